using System.Text;
using System.Text.RegularExpressions;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

using WordText = DocumentFormat.OpenXml.Wordprocessing.Text;

namespace EvidenceLint.Tests.Testing;

/// <summary>
/// Builds real Word documents for tests with the Open XML SDK: headings with Word's built-in heading styles
/// (outline levels defined in the styles part), bulleted and numbered lists, tables, quotes, footnotes and
/// comments, plus any raw paragraph content a test needs (tracked changes, fields, breaks).
/// </summary>
internal sealed partial class DocxBuilder
{
    private const int BulletNumbering = 1;
    private const int DecimalNumbering = 2;

    private readonly List<OpenXmlElement> _blocks = [];
    private readonly List<Footnote> _footnotes = [];
    private readonly List<Comment> _comments = [];

    /// <summary>A heading paragraph in the built-in "Heading N" style.</summary>
    public DocxBuilder Heading(int level, string text) => Add(StyledParagraph($"Heading{level}", text));

    /// <summary>A paragraph in the "Title" style.</summary>
    public DocxBuilder Title(string text) => Add(StyledParagraph("Title", text));

    /// <summary>A body paragraph; <c>**bold**</c> and <c>*italic*</c> markers become formatted runs.</summary>
    public DocxBuilder Paragraph(string text) => Add(new Paragraph(FormattedRuns(text)));

    /// <summary>A body paragraph made of the given content: runs, tracked changes, fields, comment ranges.</summary>
    public DocxBuilder Paragraph(params OpenXmlElement[] content) => Add(new Paragraph(content));

    /// <summary>A paragraph in the "Quote" style.</summary>
    public DocxBuilder Quote(string text) => Add(StyledParagraph("Quote", text));

    /// <summary>A bulleted list item (numbering on the paragraph, as Word writes it).</summary>
    public DocxBuilder Bullet(string text) => Add(ListParagraph(BulletNumbering, text));

    /// <summary>A numbered list item.</summary>
    public DocxBuilder Numbered(string text) => Add(ListParagraph(DecimalNumbering, text));

    /// <summary>A table, one string per cell, row by row.</summary>
    public DocxBuilder Table(params string[][] rows)
    {
        var table = new Table(new TableProperties(new TableStyle { Val = "TableGrid" }, new TableWidth { Type = TableWidthUnitValues.Auto, Width = "0" }));
        foreach (var row in rows)
        {
            table.Append(new TableRow(row.Select(cell => new TableCell(new Paragraph(FormattedRuns(cell))))));
        }

        return Add(table);
    }

    /// <summary>Any block-level element (paragraph, table, content control).</summary>
    public DocxBuilder Add(OpenXmlElement block)
    {
        _blocks.Add(block);
        return this;
    }

    /// <summary>Defines a footnote and returns the run that refers to it, to place in a paragraph.</summary>
    public Run Footnote(string text)
    {
        long id = _footnotes.Count + 1;
        _footnotes.Add(new Footnote(new Paragraph(new Run(new FootnoteReferenceMark()), Runs(" " + text))) { Id = id });
        return new Run(new RunProperties(new VerticalTextAlignment { Val = VerticalPositionValues.Superscript }), new FootnoteReference { Id = id });
    }

    /// <summary>Defines a comment on <paramref name="commented"/> and returns the comment range and reference to place in a paragraph.</summary>
    public OpenXmlElement[] Comment(string author, string text, params OpenXmlElement[] commented)
    {
        string id = _comments.Count.ToString(System.Globalization.CultureInfo.InvariantCulture);
        _comments.Add(new Comment(new Paragraph(Runs(text))) { Id = id, Author = author, Initials = "A" });
        return [new CommentRangeStart { Id = id }, .. commented, new CommentRangeEnd { Id = id }, new Run(new CommentReference { Id = id })];
    }

    /// <summary>Writes the document and returns its bytes.</summary>
    public byte[] ToBytes()
    {
        using var stream = new MemoryStream();
        using (var document = WordprocessingDocument.Create(stream, WordprocessingDocumentType.Document))
        {
            var main = document.AddMainDocumentPart();
            main.Document = new Document(new Body(_blocks.Select(b => b.CloneNode(true)).Append(new SectionProperties())));
            main.AddNewPart<StyleDefinitionsPart>().Styles = Styles();
            main.AddNewPart<NumberingDefinitionsPart>().Numbering = Numbering();
            if (_footnotes.Count > 0)
            {
                var footnotes = new Footnotes(
                    new Footnote(new Paragraph(new Run(new SeparatorMark()))) { Type = FootnoteEndnoteValues.Separator, Id = -1 },
                    new Footnote(new Paragraph(new Run(new ContinuationSeparatorMark()))) { Type = FootnoteEndnoteValues.ContinuationSeparator, Id = 0 });
                footnotes.Append(_footnotes.Select(f => f.CloneNode(true)));
                main.AddNewPart<FootnotesPart>().Footnotes = footnotes;
            }

            if (_comments.Count > 0)
            {
                main.AddNewPart<WordprocessingCommentsPart>().Comments = new Comments(_comments.Select(c => c.CloneNode(true)));
            }
        }

        return stream.ToArray();
    }

    /// <summary>
    /// Builds a document from Markdown the way a learner would type it into Word: one paragraph per block,
    /// <c>#</c> headings in heading styles, list items as Word list paragraphs, <c>&gt;</c> quotes in the Quote
    /// style and pipe tables as tables. Line grouping follows <see cref="EvidenceLint.Reading.PlainTextReader"/>.
    /// </summary>
    public static byte[] FromMarkdown(string markdown)
    {
        ArgumentNullException.ThrowIfNull(markdown);
        var builder = new DocxBuilder();
        var pending = new StringBuilder();
        string kind = "body";
        var tableRows = new List<string[]>();

        void Flush()
        {
            if (tableRows.Count > 0)
            {
                builder.Table([.. tableRows]);
                tableRows.Clear();
            }

            if (pending.Length > 0)
            {
                string text = pending.ToString().Trim();
                _ = kind switch
                {
                    "bullet" => builder.Bullet(text),
                    "numbered" => builder.Numbered(text),
                    "quote" => builder.Quote(text),
                    _ => builder.Paragraph(text),
                };
                pending.Clear();
            }

            kind = "body";
        }

        foreach (string rawLine in markdown.ReplaceLineEndings("\n").Split('\n'))
        {
            string line = rawLine.TrimEnd();
            if (line.Trim().Length == 0)
            {
                Flush();
                continue;
            }

            var heading = MarkdownHeading().Match(line);
            if (heading.Success)
            {
                Flush();
                builder.Heading(heading.Groups[1].Length, heading.Groups[2].Value);
                continue;
            }

            if (MarkdownTableRule().IsMatch(line))
            {
                continue;
            }

            if (line.TrimStart().StartsWith('|'))
            {
                if (pending.Length > 0)
                {
                    Flush();
                }

                tableRows.Add([.. line.Trim().Trim('|').Split('|').Select(c => c.Trim())]);
                continue;
            }

            var item = MarkdownListItem().Match(line);
            if (item.Success)
            {
                Flush();
                pending.Append(item.Groups[2].Value);
                kind = char.IsDigit(item.Groups[1].Value[0]) ? "numbered" : "bullet";
                continue;
            }

            var quote = MarkdownQuote().Match(line);
            if (quote.Success)
            {
                if (kind != "quote")
                {
                    Flush();
                    kind = "quote";
                }

                pending.Append(' ').Append(quote.Groups[1].Value);
                continue;
            }

            if (tableRows.Count > 0)
            {
                Flush();
            }

            pending.Append(' ').Append(line.Trim());
        }

        Flush();
        return builder.ToBytes();
    }

    private static Paragraph StyledParagraph(string styleId, string text) =>
        new([new ParagraphProperties(new ParagraphStyleId { Val = styleId }), .. FormattedRuns(text)]);

    private static Paragraph ListParagraph(int numbering, string text) =>
        new([
            new ParagraphProperties(
                new ParagraphStyleId { Val = "ListParagraph" },
                new NumberingProperties(new NumberingLevelReference { Val = 0 }, new NumberingId { Val = numbering })),
            .. FormattedRuns(text)]);

    private static Run Runs(string text) => new(new WordText(text) { Space = SpaceProcessingModeValues.Preserve });

    /// <summary>Turns <c>**bold**</c>, <c>*italic*</c> and <c>`code`</c> into formatted runs without the markers.</summary>
    private static OpenXmlElement[] FormattedRuns(string text)
    {
        var runs = new List<OpenXmlElement>();
        int at = 0;
        foreach (Match match in MarkdownEmphasis().Matches(text))
        {
            if (match.Index > at)
            {
                runs.Add(Runs(text[at..match.Index]));
            }

            var properties = match.Groups[1].Value switch
            {
                "**" or "__" => new RunProperties(new Bold()),
                "`" => new RunProperties(new RunFonts { Ascii = "Consolas" }),
                _ => new RunProperties(new Italic()),
            };
            runs.Add(new Run(properties, new WordText(match.Groups[2].Value) { Space = SpaceProcessingModeValues.Preserve }));
            at = match.Index + match.Length;
        }

        if (at < text.Length)
        {
            runs.Add(Runs(text[at..]));
        }

        return [.. runs];
    }

    private static Styles Styles()
    {
        var styles = new Styles(
            new Style(new StyleName { Val = "Normal" }, new PrimaryStyle()) { Type = StyleValues.Paragraph, StyleId = "Normal", Default = true },
            new Style(new StyleName { Val = "Title" }, new BasedOn { Val = "Normal" }, new PrimaryStyle()) { Type = StyleValues.Paragraph, StyleId = "Title" },
            new Style(new StyleName { Val = "Quote" }, new BasedOn { Val = "Normal" }, new PrimaryStyle()) { Type = StyleValues.Paragraph, StyleId = "Quote" },
            new Style(new StyleName { Val = "List Paragraph" }, new BasedOn { Val = "Normal" }, new PrimaryStyle()) { Type = StyleValues.Paragraph, StyleId = "ListParagraph" });
        for (int level = 1; level <= 6; level++)
        {
            styles.Append(new Style(
                new StyleName { Val = $"heading {level}" },
                new BasedOn { Val = "Normal" },
                new NextParagraphStyle { Val = "Normal" },
                new PrimaryStyle(),
                new StyleParagraphProperties(new KeepNext(), new OutlineLevel { Val = level - 1 }))
            { Type = StyleValues.Paragraph, StyleId = $"Heading{level}" });
        }

        return styles;
    }

    private static Numbering Numbering() => new(
        new AbstractNum(new Level(new NumberingFormat { Val = NumberFormatValues.Bullet }, new LevelText { Val = "•" }) { LevelIndex = 0 }) { AbstractNumberId = BulletNumbering },
        new AbstractNum(new Level(new StartNumberingValue { Val = 1 }, new NumberingFormat { Val = NumberFormatValues.Decimal }, new LevelText { Val = "%1." }) { LevelIndex = 0 }) { AbstractNumberId = DecimalNumbering },
        new NumberingInstance(new AbstractNumId { Val = BulletNumbering }) { NumberID = BulletNumbering },
        new NumberingInstance(new AbstractNumId { Val = DecimalNumbering }) { NumberID = DecimalNumbering });

    [GeneratedRegex(@"^\s{0,3}(#{1,6})\s+(.*?)\s*#*\s*$")]
    private static partial Regex MarkdownHeading();

    [GeneratedRegex(@"^\s*([-*+]|\d{1,3}[.)])\s+(.*)$")]
    private static partial Regex MarkdownListItem();

    [GeneratedRegex(@"^\s{0,3}>\s?(.*)$")]
    private static partial Regex MarkdownQuote();

    [GeneratedRegex(@"^\s*\|?\s*:?-{3,}:?\s*(\|\s*:?-{3,}:?\s*)*\|?\s*$")]
    private static partial Regex MarkdownTableRule();

    [GeneratedRegex(@"(\*\*|__|\*|`)(?=\S)(.+?)(?<=\S)\1")]
    private static partial Regex MarkdownEmphasis();
}
