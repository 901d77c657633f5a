using System.Text;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using PageSize = UglyToad.PdfPig.Content.PageSize;
using WordText = DocumentFormat.OpenXml.Wordprocessing.Text;
using UglyToad.PdfPig.Core;
using UglyToad.PdfPig.Fonts.Standard14Fonts;
using UglyToad.PdfPig.Writer;

namespace EvidenceLint.Benchmarks;

/// <summary>
/// Builds the accounts the benchmarks read: real learner-style prose from the shared dev corpus when it can be
/// found, so timings reflect the text the rules will actually see, and an embedded account otherwise.
/// </summary>
internal static class SampleAccounts
{
    private const string FallbackParagraph =
        "I lead twelve advisers who take calls from customers chasing the progress of home insurance claims. " +
        "At the end of December our first contact resolution rate was 68% against a site average of 72%. " +
        "I listened to five calls a week for each adviser and scored them on the quality form. " +
        "We agreed three standards at a team huddle, and I reviewed the results with my manager each month.";

    /// <summary>About <paramref name="words"/> words of Markdown, cut at a line end so no construct is split.</summary>
    public static string Markdown(int words = 1000)
    {
        string source = FindCorpus() is { } corpus
            ? string.Join("\n\n", Directory.GetFiles(corpus, "*.md").Order(StringComparer.Ordinal).Select(File.ReadAllText))
            : string.Join("\n\n", Enumerable.Repeat(FallbackParagraph, (words / 60) + 2));

        var kept = new StringBuilder();
        int count = 0;
        foreach (string line in source.ReplaceLineEndings("\n").Split('\n'))
        {
            kept.Append(line).Append('\n');
            count += line.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).Length;
            if (count >= words)
            {
                break;
            }
        }

        return kept.ToString();
    }

    /// <summary>The account's plain paragraphs, without Markdown markers, for the DOCX and PDF builders.</summary>
    public static IReadOnlyList<string> Paragraphs(string markdown) =>
        [.. markdown.Split("\n\n", StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(p => p.TrimStart('#', ' ').Replace("**", string.Empty, StringComparison.Ordinal).ReplaceLineEndings(" "))
            .Where(p => p.Length > 0)];

    /// <summary>A Word document with a title, a section heading and the paragraphs.</summary>
    public static byte[] Docx(IReadOnlyList<string> paragraphs)
    {
        using var buffer = new MemoryStream();
        using (var document = WordprocessingDocument.Create(buffer, WordprocessingDocumentType.Document))
        {
            var main = document.AddMainDocumentPart();
            var styles = main.AddNewPart<StyleDefinitionsPart>();
            styles.Styles = new Styles(HeadingStyle("Heading1", "heading 1", 1), HeadingStyle("Heading2", "heading 2", 2));

            var body = new Body();
            body.Append(Heading("Reflective account: Manage customer service", "Heading1"));
            int half = paragraphs.Count / 2;
            for (int i = 0; i < paragraphs.Count; i++)
            {
                if (i == half)
                {
                    body.Append(Heading("Monitoring and reviewing the standards", "Heading2"));
                }

                body.Append(new Paragraph(new Run(new WordText(paragraphs[i]) { Space = SpaceProcessingModeValues.Preserve })));
            }

            main.Document = new Document(body);
        }

        return buffer.ToArray();
    }

    /// <summary>A PDF of <paramref name="pages"/> A4 pages in Helvetica, about 30 wrapped lines a page.</summary>
    public static byte[] Pdf(IReadOnlyList<string> paragraphs, int pages = 3, int linesPerPage = 30)
    {
        var lines = new List<string>();
        foreach (string paragraph in paragraphs)
        {
            lines.AddRange(Wrap(paragraph, 90));
            lines.Add(string.Empty);
        }

        var builder = new PdfDocumentBuilder();
        var font = builder.AddStandard14Font(Standard14Font.Helvetica);
        for (int p = 0; p < pages; p++)
        {
            var page = builder.AddPage(PageSize.A4);
            for (int l = 0; l < linesPerPage; l++)
            {
                int index = (p * linesPerPage) + l;
                if (index < lines.Count && lines[index].Length > 0)
                {
                    page.AddText(lines[index], 10, new PdfPoint(50, 800 - (l * 24)), font);
                }
            }
        }

        return builder.Build();
    }

    private static IEnumerable<string> Wrap(string text, int width)
    {
        var line = new StringBuilder();
        foreach (string word in text.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            if (line.Length > 0 && line.Length + 1 + word.Length > width)
            {
                yield return line.ToString();
                line.Clear();
            }

            line.Append(line.Length > 0 ? " " : string.Empty).Append(word);
        }

        if (line.Length > 0)
        {
            yield return line.ToString();
        }
    }

    private static Paragraph Heading(string text, string style) =>
        new(new ParagraphProperties(new ParagraphStyleId { Val = style }), new Run(new WordText(text)));

    private static Style HeadingStyle(string id, string name, int level) =>
        new(new StyleName { Val = name }, new StyleParagraphProperties(new OutlineLevel { Val = level - 1 }))
        {
            Type = StyleValues.Paragraph,
            StyleId = id,
        };

    /// <summary>The shared dev corpus, found by walking up from the benchmark's own folder.</summary>
    private static string? FindCorpus()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            string candidate = Path.Combine(directory.FullName, "shared", "corpus", "dev");
            if (Directory.Exists(candidate) && Directory.EnumerateFiles(candidate, "*.md").Any())
            {
                return candidate;
            }
        }

        return null;
    }
}
