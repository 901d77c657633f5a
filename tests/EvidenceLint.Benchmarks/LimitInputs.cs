using System.Text;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using WordText = DocumentFormat.OpenXml.Wordprocessing.Text;

namespace EvidenceLint.Benchmarks;

/// <summary>
/// Writes the oversized and pathological inputs that <c>bench/limits.sh</c> times the CLI on: each must finish within
/// the configured limits or be refused with the EL0xxx that names the limit, in bounded time and memory.
/// </summary>
internal static class LimitInputs
{
    public static int Write(string directory)
    {
        Directory.CreateDirectory(directory);
        var paragraphs = SampleAccounts.Paragraphs(SampleAccounts.Markdown(5_000));

        // 100,000 paragraphs plus an incompressible picture part bring the package to just under the 50 MB input limit.
        File.WriteAllBytes(Path.Combine(directory, "docx-100k-paragraphs-50MB.docx"), Docx(paragraphs, 100_000, mediaBytes: 40L * 1024 * 1024));
        // The most an account may be: just under the 200,000-word limit, so it is read and analysed in full.
        File.WriteAllBytes(Path.Combine(directory, "docx-190k-words.docx"), Docx(paragraphs, WordsToParagraphs(paragraphs, 190_000), mediaBytes: 0));
        File.WriteAllBytes(Path.Combine(directory, "pdf-2000-pages.pdf"), SampleAccounts.Pdf(Repeat(paragraphs, 2_000 * 4), pages: 2_000));
        File.WriteAllBytes(Path.Combine(directory, "pdf-500-pages.pdf"), SampleAccounts.Pdf(Repeat(paragraphs, 500 * 4), pages: 500));

        string fiveMegabytes = OneParagraph(paragraphs, 5 * 1024 * 1024);
        File.WriteAllText(Path.Combine(directory, "txt-one-5MB-paragraph.txt"), fiveMegabytes);
        File.WriteAllBytes(Path.Combine(directory, "docx-one-5MB-paragraph.docx"), Docx([fiveMegabytes], 1, mediaBytes: 0));

        File.WriteAllBytes(Path.Combine(directory, "docx-tables-nested-20000-deep.docx"), NestedTables(20_000));
        File.WriteAllBytes(Path.Combine(directory, "docx-tables-nested-60-deep.docx"), NestedTables(60));
        return 0;
    }

    /// <summary>The paragraphs over and over, so every page of a long PDF carries text.</summary>
    private static List<string> Repeat(IReadOnlyList<string> paragraphs, int count) =>
        [.. Enumerable.Range(0, count).Select(i => paragraphs[i % paragraphs.Count])];

    private static int WordsToParagraphs(IReadOnlyList<string> paragraphs, int words)
    {
        double perParagraph = paragraphs.Average(p => p.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length);
        return (int)(words / perParagraph);
    }

    private static string OneParagraph(IReadOnlyList<string> paragraphs, int characters)
    {
        var text = new StringBuilder(characters + 1_000);
        for (int i = 0; text.Length < characters; i++)
        {
            text.Append(paragraphs[i % paragraphs.Count]).Append(' ');
        }

        return text.ToString(0, characters);
    }

    private static byte[] Docx(IReadOnlyList<string> paragraphs, int count, long mediaBytes)
    {
        using var buffer = new MemoryStream();
        using (var document = WordprocessingDocument.Create(buffer, WordprocessingDocumentType.Document))
        {
            var main = document.AddMainDocumentPart();
            var body = new Body();
            for (int i = 0; i < count; i++)
            {
                body.Append(new Paragraph(new Run(new WordText(paragraphs[i % paragraphs.Count]) { Space = SpaceProcessingModeValues.Preserve })));
            }

            main.Document = new Document(body);
            if (mediaBytes > 0)
            {
                // Random bytes do not compress, as a photograph pasted into an account does not.
                var picture = main.AddImagePart(ImagePartType.Png);
                using var stream = picture.GetStream(FileMode.Create);
                byte[] block = new byte[1024 * 1024];
                var random = new Random(17);
                for (long written = 0; written < mediaBytes; written += block.Length)
                {
                    random.NextBytes(block);
                    stream.Write(block);
                }
            }
        }

        return buffer.ToArray();
    }

    /// <summary>A table in a cell of a table, <paramref name="depth"/> times, written as raw XML (the SDK's own writer recurses).</summary>
    private static byte[] NestedTables(int depth)
    {
        const string w = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
        var xml = new StringBuilder($"<w:document xmlns:w=\"{w}\"><w:body>");
        xml.Insert(xml.Length, "<w:tbl><w:tr><w:tc>", depth);
        xml.Append("<w:p><w:r><w:t>I monitored calls and agreed a standard with the team.</w:t></w:r></w:p>");
        xml.Insert(xml.Length, "</w:tc></w:tr></w:tbl>", depth);
        xml.Append("</w:body></w:document>");

        using var buffer = new MemoryStream();
        using (var document = WordprocessingDocument.Create(buffer, WordprocessingDocumentType.Document))
        {
            var main = document.AddMainDocumentPart();
            using var stream = main.GetStream(FileMode.Create);
            stream.Write(Encoding.UTF8.GetBytes(xml.ToString()));
        }

        return buffer.ToArray();
    }
}
