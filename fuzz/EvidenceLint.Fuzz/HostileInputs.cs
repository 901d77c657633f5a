using System.IO.Compression;
using System.Text;
using UglyToad.PdfPig.Core;
using UglyToad.PdfPig.Fonts.Standard14Fonts;
using UglyToad.PdfPig.Writer;

namespace EvidenceLint.Fuzz;

/// <summary>
/// Writes the large and hostile documents bench/limits.sh measures: each must be read within the default limits
/// or refused with the EL0xxx that names the limit. Usage: <c>EvidenceLint.Fuzz hostile OUTDIR</c>.
/// </summary>
internal static class HostileInputs
{
    private const string WordNamespace = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
    private const string Sentence = "I listened to the customer and explained the complaints procedure before I checked the notes.";

    public static int Write(string directory)
    {
        Directory.CreateDirectory(directory);
        void Save(string name, byte[] bytes)
        {
            File.WriteAllBytes(Path.Combine(directory, name), bytes);
            Console.WriteLine($"{name,-40} {bytes.Length,12:N0} bytes");
        }

        // 100,000 short paragraphs (two words each: 200,000 words, exactly the word limit), padded with an
        // incompressible image to just under the 50 MB input limit.
        Save("paragraphs-100k-50mb.docx", Docx(Paragraphs(100_000, i => $"Step {i}."), padTo: (50L * 1024 * 1024) - (64 * 1024)));

        // The same 100,000 paragraphs as whole sentences: 1.5 million words, over the word limit.
        Save("paragraphs-100k-sentences.docx", Docx(Paragraphs(100_000, _ => Sentence)));

        // One paragraph of 5 MB: words, and one unbroken run of letters.
        Save("paragraph-5mb-words.docx", Docx(Paragraphs(1, _ => Repeat(Sentence + " ", 5 * 1024 * 1024))));
        Save("paragraph-5mb-one-word.docx", Docx(Paragraphs(1, _ => new string('a', 5 * 1024 * 1024))));

        // Tables nested inside table cells, deeper and deeper.
        foreach (int depth in new[] { 100, 1_000, 10_000, 100_000 })
        {
            Save($"nested-tables-{depth}.docx", Docx(NestedTables(depth)));
        }

        // 2,000 pages, four times the page limit.
        Save("pages-2000.pdf", Pdf(2_000));
        return 0;
    }

    private static string Repeat(string text, int length)
    {
        var builder = new StringBuilder(length + text.Length);
        while (builder.Length < length)
        {
            builder.Append(text);
        }

        return builder.ToString(0, length);
    }

    private static Action<TextWriter> Paragraphs(int count, Func<int, string> text) => writer =>
    {
        for (int i = 1; i <= count; i++)
        {
            writer.Write("<w:p><w:r><w:t xml:space=\"preserve\">");
            writer.Write(System.Security.SecurityElement.Escape(text(i)));
            writer.Write("</w:t></w:r></w:p>");
        }
    };

    private static Action<TextWriter> NestedTables(int depth) => writer =>
    {
        writer.Write("<w:p><w:r><w:t>Nested tables follow.</w:t></w:r></w:p>");
        for (int i = 0; i < depth; i++)
        {
            writer.Write("<w:tbl><w:tr><w:tc><w:p><w:r><w:t>Level ");
            writer.Write(i);
            writer.Write("</w:t></w:r></w:p>");
        }

        for (int i = 0; i < depth; i++)
        {
            // A cell must end with a paragraph.
            writer.Write("<w:p/></w:tc></w:tr></w:tbl>");
        }

        writer.Write("<w:p><w:r><w:t>I reflected on the account after the tables.</w:t></w:r></w:p>");
    };

    private static byte[] Docx(Action<TextWriter> body, long padTo = 0)
    {
        using var buffer = new MemoryStream();
        using (var zip = new ZipArchive(buffer, ZipArchiveMode.Create, leaveOpen: true))
        {
            Text(zip, "[Content_Types].xml", """<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Default Extension="png" ContentType="image/png"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>""");
            Text(zip, "_rels/.rels", """<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>""");
            using (var writer = new StreamWriter(zip.CreateEntry("word/document.xml", CompressionLevel.Optimal).Open(), new UTF8Encoding(false)))
            {
                writer.Write($"""<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document xmlns:w="{WordNamespace}"><w:body>""");
                body(writer);
                writer.Write("<w:sectPr/></w:body></w:document>");
            }

            if (padTo > 0)
            {
                Text(zip, "word/_rels/document.xml.rels", """<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId9" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/image" Target="media/image1.png"/></Relationships>""");
                long remaining = padTo - buffer.Length;
                using var image = zip.CreateEntry("word/media/image1.png", CompressionLevel.NoCompression).Open();
                byte[] chunk = new byte[1024 * 1024];
                var random = new Random(1);
                for (long written = 0; written < remaining; written += chunk.Length)
                {
                    random.NextBytes(chunk);
                    image.Write(chunk, 0, (int)Math.Min(chunk.Length, remaining - written));
                }
            }
        }

        return buffer.ToArray();
    }

    private static void Text(ZipArchive zip, string name, string content)
    {
        using var writer = new StreamWriter(zip.CreateEntry(name, CompressionLevel.Optimal).Open(), new UTF8Encoding(false));
        writer.Write(content);
    }

    private static byte[] Pdf(int pages)
    {
        using var builder = new PdfDocumentBuilder();
        var font = builder.AddStandard14Font(Standard14Font.Helvetica);
        for (int i = 1; i <= pages; i++)
        {
            var page = builder.AddPage(595, 842);
            page.AddText($"Page {i}. {Sentence}", 11, new PdfPoint(56, 780), font);
        }

        return builder.Build();
    }
}
