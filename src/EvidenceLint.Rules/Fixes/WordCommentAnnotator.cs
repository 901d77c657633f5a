using System.Globalization;
using System.Xml.Linq;
using DocumentFormat.OpenXml.Packaging;
using EvidenceLint.Analysis;
using EvidenceLint.Evidence;
using EvidenceLint.Reporting;
using EvidenceLint.Reading;

namespace EvidenceLint.Rules.Fixes;

/// <summary>
/// Writes a copy of the learner's Word document with each finding as a Word comment, the way a tutor would mark it up:
/// the comment is anchored on exactly the flagged text and gives the rule id and title, the message and how to fix it.
/// Findings about the whole account, and a summary with the criterion coverage table, are anchored on the first
/// paragraph. Comments are by "EvidenceLint" (initials "EL"), so they are easy to tell from an assessor's and to
/// delete. The original file is never written; a privacy finding's comment never repeats the data it is about.
/// </summary>
public static class WordCommentAnnotator
{
    /// <summary>The author name on every comment.</summary>
    public const string Author = "EvidenceLint";

    /// <summary>The initials on every comment.</summary>
    public const string Initials = "EL";

    private static readonly XNamespace W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";

    /// <summary>Writes the annotated copy.</summary>
    /// <param name="input">The Word document that was checked; read to the end, never written or closed.</param>
    /// <param name="result">The result of checking that document.</param>
    /// <param name="output">Where the annotated .docx is written; not closed.</param>
    /// <param name="limits">The safety limits for reading the input; null for the defaults.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The number of comments added.</returns>
    /// <exception cref="NotSupportedException">The result is not for a Word document.</exception>
    /// <exception cref="DocumentReadException">The input could not be read.</exception>
    /// <exception cref="InvalidOperationException">The input is not the document the result is for (its text differs).</exception>
    public static async Task<int> WriteAsync(Stream input, LintResult result, Stream output, ReadingLimits? limits = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(result);
        ArgumentNullException.ThrowIfNull(output);
        if (result.Document is not { } checkedDocument || result.Format != InputFormat.Docx)
        {
            throw new NotSupportedException(NotWordMessage(result.Format));
        }

        limits ??= ReadingLimits.Default;
        byte[] content = await RedactionFixProvider.ReadBoundedAsync(input, limits, cancellationToken).ConfigureAwait(false);
        byte[] copyBytes;
        int added;
        using (var copy = WordDocumentCopy.Open(content, limits, cancellationToken))
        {
            var main = copy.Main;
            var xml = copy.Load(main);
            var body = xml?.Root?.Element(W + "body") ?? throw new DocumentReadException(ReadFailure.Unreadable, "The Word document has no body, so it could not be annotated.");
            var map = copy.MapText([body], result.Path, cancellationToken);
            if (!string.Equals(map.Document.Text, checkedDocument.Text, StringComparison.Ordinal))
            {
                throw new InvalidOperationException("The document is not the one that was checked (its text differs); check it again and annotate the same file.");
            }

            var existingPart = main.WordprocessingCommentsPart;
            var commentsXml = copy.Load(existingPart) is { Root: not null } existing
                ? existing
                : new XDocument(new XElement(W + "comments", new XAttribute(XNamespace.Xmlns + "w", W.NamespaceName)));
            var commentsPart = existingPart ?? main.AddNewPart<WordprocessingCommentsPart>();
            var comments = commentsXml.Root!;
            int nextId = comments.Elements(W + "comment")
                .Select(c => int.TryParse((string?)c.Attribute(W + "id"), NumberStyles.Integer, CultureInfo.InvariantCulture, out int id) ? id : -1)
                .DefaultIfEmpty(-1).Max() + 1;

            int firstId = nextId;
            var markers = new List<WordTextMarker>();
            var documentLevel = new List<int>();
            foreach (var diagnostic in result.Diagnostics.Where(d => d.Severity != DiagnosticSeverity.Hidden))
            {
                int id = nextId++;
                comments.Add(Comment(id, DiagnosticParagraphs(diagnostic, checkedDocument)));
                var location = diagnostic.Location;
                if (location.IsDocumentLevel || location.Length == 0 || location.End > checkedDocument.Text.Length)
                {
                    documentLevel.Add(id);
                    continue;
                }

                markers.Add(new WordTextMarker(location.Start, false, [new XElement(W + "commentRangeStart", new XAttribute(W + "id", id))]));
                markers.Add(new WordTextMarker(location.End, true, [new XElement(W + "commentRangeEnd", new XAttribute(W + "id", id)), Reference(id)]));
            }

            int summaryId = nextId++;
            comments.Add(Comment(summaryId, SummaryBlocks(result)));
            documentLevel.Add(summaryId);

            map.Insert(markers);
            AnchorOnFirstParagraph(body, map, documentLevel);

            WordDocumentCopy.Save(main, xml!);
            WordDocumentCopy.Save(commentsPart, commentsXml);
            added = nextId - firstId;
            copyBytes = copy.ToArray();
        }

        await output.WriteAsync(copyBytes, cancellationToken).ConfigureAwait(false);
        return added;
    }

    /// <summary>Why a non-Word input cannot be annotated, and what to do instead.</summary>
    public static string NotWordMessage(InputFormat? format) =>
        $"Comments can only be added to a Word document (.docx), and this account is {format switch
        {
            InputFormat.Pdf => "a PDF",
            InputFormat.Markdown => "a Markdown file",
            InputFormat.Text => "a text file",
            _ => "not a readable document",
        }}. " +
        "Check it without --annotate to see the findings, or save it as a Word document and annotate that.";

    private static void AnchorOnFirstParagraph(XElement body, WordTextMap map, IEnumerable<int> ids)
    {
        var paragraph = (map.Document.Text.Length > 0 ? map.ParagraphAt(0) : null)
            ?? body.Descendants(W + "p").FirstOrDefault();
        if (paragraph is null)
        {
            paragraph = new XElement(W + "p");
            body.AddFirst(paragraph);
        }

        foreach (int id in ids)
        {
            var start = new XElement(W + "commentRangeStart", new XAttribute(W + "id", id));
            if (paragraph.Element(W + "pPr") is { } properties)
            {
                properties.AddAfterSelf(start);
            }
            else
            {
                paragraph.AddFirst(start);
            }

            paragraph.Add(new XElement(W + "commentRangeEnd", new XAttribute(W + "id", id)), Reference(id));
        }
    }

    private static XElement Reference(int id) => new(W + "r", new XElement(W + "commentReference", new XAttribute(W + "id", id)));

    private static XElement Comment(int id, IEnumerable<XElement> blocks)
    {
        var comment = new XElement(
            W + "comment",
            new XAttribute(W + "id", id),
            new XAttribute(W + "author", Author),
            new XAttribute(W + "initials", Initials),
            blocks);

        // Word shows the comment's mark at the start of its first paragraph (these paragraphs have no properties).
        comment.Elements(W + "p").First().AddFirst(new XElement(W + "r", new XElement(W + "annotationRef")));

        return comment;
    }

    private static IEnumerable<XElement> DiagnosticParagraphs(Diagnostic diagnostic, EvidenceDocument document)
    {
        var descriptor = diagnostic.Descriptor;
        string heading = $"{diagnostic.Id} {descriptor.Title} ({ReportText.SeverityName(diagnostic.Severity)})";
        string howToFix = HowToFix(descriptor);
        string[] lines = [diagnostic.Message, howToFix.Length > 0 ? "How to fix: " + howToFix : string.Empty, "More: " + descriptor.HelpUri];

        yield return Paragraph(heading, bold: true);
        foreach (string line in lines.Where(l => l.Length > 0))
        {
            yield return Paragraph(line);
        }
    }

    private static IEnumerable<XElement> SummaryBlocks(LintResult result)
    {
        var counts = ReportSummary.From([result]);
        yield return Paragraph("EvidenceLint summary", bold: true);
        yield return Paragraph(string.Create(CultureInfo.InvariantCulture, $"{counts.Errors} error(s), {counts.Warnings} warning(s), {counts.Infos} info(s); {result.WordCount} words."));
        string unit = result.Unit is null
            ? "No unit was identified, so criterion coverage was not assessed."
            : $"Unit: {result.Unit}{(result.UnitSource == "auto" ? " (detected from the account)" : string.Empty)}.";
        yield return Paragraph(unit);
        if (result.Coverage is { } coverage && !coverage.Criteria.IsEmpty)
        {
            yield return CoverageTable(coverage);
            yield return Paragraph("Coverage is a guide for you and your assessor: \"covered\" means the account seems to contain evidence for the criterion for your assessor to judge, not that it is met.");
        }
    }

    private static XElement CoverageTable(UnitCoverage coverage)
    {
        const int ColumnWidth = 1600;
        XElement Border(string side) => new(W + side, new XAttribute(W + "val", "single"), new XAttribute(W + "sz", 4), new XAttribute(W + "space", 0), new XAttribute(W + "color", "auto"));
        XElement Cell(string text, bool bold = false) => new(
            W + "tc",
            new XElement(W + "tcPr", new XElement(W + "tcW", new XAttribute(W + "w", ColumnWidth), new XAttribute(W + "type", "dxa"))),
            Paragraph(text, bold));
        XElement Row(string a, string b, string c, bool bold = false) => new(W + "tr", Cell(a, bold), Cell(b, bold), Cell(c, bold));

        return new XElement(
            W + "tbl",
            new XElement(
                W + "tblPr",
                new XElement(W + "tblW", new XAttribute(W + "w", 0), new XAttribute(W + "type", "auto")),
                new XElement(W + "tblBorders", Border("top"), Border("left"), Border("bottom"), Border("right"), Border("insideH"), Border("insideV"))),
            new XElement(W + "tblGrid", Enumerable.Range(0, 3).Select(_ => new XElement(W + "gridCol", new XAttribute(W + "w", ColumnWidth)))),
            Row("Criterion", "Status", "Score", bold: true),
            coverage.Criteria.Select(c => Row(c.CriterionId, ReportText.StatusName(c.Status), c.Score.ToString("0.00", CultureInfo.InvariantCulture))));
    }

    private static XElement Paragraph(string text, bool bold = false) => new(
        W + "p",
        new XElement(
            W + "r",
            bold ? new XElement(W + "rPr", new XElement(W + "b")) : null,
            new XElement(W + "t", new XAttribute(XNamespace.Xml + "space", "preserve"), text)));

    /// <summary>The first paragraph of the rule page's "How to fix it" section, as plain text; else the rule's description.</summary>
    private static string HowToFix(DiagnosticDescriptor descriptor)
    {
        string? page = RuleDocumentation.Get(descriptor.Id);
        if (page is not null)
        {
            var lines = page.ReplaceLineEndings("\n").Split('\n');
            int heading = Array.FindIndex(lines, l => l.StartsWith("## How to fix", StringComparison.OrdinalIgnoreCase));
            if (heading >= 0)
            {
                var paragraph = lines.Skip(heading + 1).SkipWhile(string.IsNullOrWhiteSpace).TakeWhile(l => !string.IsNullOrWhiteSpace(l) && !l.StartsWith('#'));
                string text = string.Join(' ', paragraph.Select(l => l.Trim())).Replace("`", string.Empty, StringComparison.Ordinal);
                if (text.Length > 0)
                {
                    return text;
                }
            }
        }

        return descriptor.Description;
    }
}
