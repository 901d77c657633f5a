using System.Diagnostics;
using System.IO.Compression;
using System.Security.Cryptography;
using System.Text;
using DocumentFormat.OpenXml.Packaging;
using EvidenceLint.Analysis;
using EvidenceLint.Reading;
using EvidenceLint.Tests.Testing;

namespace EvidenceLint.Tests.Reading;

/// <summary>Broken and malicious Word files: each must end in the right EL0xxx diagnostic, quickly, with the file untouched.</summary>
public class HostileDocxTests
{
    private const string DocumentPart = "word/document.xml";
    private const string WordNamespace = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
    private string _directory = null!;

    [SetUp]
    public void CreateDirectory()
    {
        _directory = Path.Combine(Path.GetTempPath(), "evidencelint-docx-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(_directory);
    }

    [TearDown]
    public void DeleteDirectory() => Directory.Delete(_directory, recursive: true);

    private static byte[] ValidDocx() => new DocxBuilder()
        .Heading(1, "My role")
        .Paragraph("I am a team leader in a contact centre. I listen to five calls a week for each adviser.")
        .Paragraph("I changed the rota because of what I found, and complaints fell by a fifth.")
        .ToBytes();

    /// <summary>Lints the file through the public API and checks that reading left it byte-for-byte unchanged.</summary>
    private async Task<LintResult> LintFileAsync(string name, byte[] content)
    {
        string path = Path.Combine(_directory, name);
        await File.WriteAllBytesAsync(path, content);
        return await LintExistingFileAsync(path);
    }

    private static async Task<LintResult> LintExistingFileAsync(string path)
    {
        byte[] before = SHA256.HashData(File.ReadAllBytes(path));
        // The test's own cancellation (CancelAfter) guards against a hang; how fast is for the benchmarks to say.
        var result = await EvidenceLinter.CreateDefault().LintAsync(path, cancellationToken: TestContext.CurrentContext.CancellationToken);
        SHA256.HashData(File.ReadAllBytes(path)).ShouldBe(before, "reading must never change the input file");
        return result;
    }

    private static Diagnostic SingleFailure(LintResult result, string id)
    {
        result.Document.ShouldBeNull();
        var failure = result.Diagnostics.ShouldHaveSingleItem();
        failure.Id.ShouldBe(id, failure.Message);
        return failure;
    }

    [Test]
    public async Task Valid_docx_is_read_through_the_public_api()
    {
        var result = await LintFileAsync("account.docx", ValidDocx());

        result.Document.ShouldNotBeNull();
        result.Format.ShouldBe(InputFormat.Docx);
        result.Diagnostics.ShouldNotContain(d => d.Id.StartsWith("EL000", StringComparison.Ordinal) && d.Severity == DiagnosticSeverity.Error);
    }

    [Test]
    public async Task Zero_byte_file_is_unreadable()
    {
        var failure = SingleFailure(await LintFileAsync("empty.docx", []), "EL0001");

        failure.Message.ShouldContain("empty");
    }

    [Test]
    public async Task Text_renamed_docx_is_reported_as_mislabelled()
    {
        var failure = SingleFailure(await LintFileAsync("renamed.docx", "I answered calls on the billing queue and I checked my own wrap-up codes."u8.ToArray()), "EL0001");

        failure.Message.ShouldContain(".docx");
        failure.Message.ShouldContain("plain text");
    }

    [Test]
    public async Task Truncated_docx_is_unreadable()
    {
        byte[] valid = ValidDocx();

        var failure = SingleFailure(await LintFileAsync("truncated.docx", valid[..(valid.Length / 2)]), "EL0001");

        failure.Message.ShouldContain("damaged or incomplete");
    }

    [Test]
    public async Task Zip_that_is_not_a_word_package_is_unreadable()
    {
        using var zip = new MemoryStream();
        using (var archive = new ZipArchive(zip, ZipArchiveMode.Create, leaveOpen: true))
        {
            using var entry = archive.CreateEntry("notes.txt").Open();
            entry.Write("I listened to calls."u8);
        }

        var failure = SingleFailure(await LintFileAsync("notes.docx", zip.ToArray()), "EL0001");

        failure.Message.ShouldContain("ZIP archive but not a Word document");
    }

    [Test]
    public async Task Spreadsheet_renamed_docx_is_unreadable()
    {
        using var stream = new MemoryStream();
        using (var workbook = SpreadsheetDocument.Create(stream, DocumentFormat.OpenXml.SpreadsheetDocumentType.Workbook))
        {
            workbook.AddWorkbookPart().Workbook = new DocumentFormat.OpenXml.Spreadsheet.Workbook(new DocumentFormat.OpenXml.Spreadsheet.Sheets());
        }

        var failure = SingleFailure(await LintFileAsync("workbook.docx", stream.ToArray()), "EL0001");

        failure.Message.ShouldContain("not a Word document");
    }

    [Test]
    [CancelAfter(60_000)]
    public async Task Zip_bomb_declaring_a_huge_part_is_refused_before_inflating()
    {
        byte[] bomb = DocxPackages.DeclareUncompressedSize(ValidDocx(), DocumentPart, 0xFFFF_FFF0);

        var failure = SingleFailure(await LintFileAsync("declared.docx", bomb), "EL0004");

        failure.Message.ShouldContain("expand to more than 200 MB");
    }

    [Test]
    [CancelAfter(60_000)]
    public async Task Genuine_zip_bomb_of_300_MB_is_refused_quickly()
    {
        string path = Path.Combine(_directory, "bomb.docx");
        var making = Stopwatch.StartNew();
        await using (var file = File.Create(path))
        {
            DocxPackages.CopyReplacing(ValidDocx(), DocumentPart, entry => WriteRepeated(entry, (byte)'a', 300L * 1024 * 1024), file);
        }

        TestContext.Out.WriteLine($"Made a {new FileInfo(path).Length:N0}-byte bomb in {making.ElapsedMilliseconds} ms.");

        var failure = SingleFailure(await LintExistingFileAsync(path), "EL0004");

        failure.Message.ShouldContain("200 MB");
    }

    [Test]
    public async Task Highly_compressed_part_within_the_size_limit_is_refused()
    {
        using var output = new MemoryStream();
        DocxPackages.CopyReplacing(ValidDocx(), DocumentPart, entry => WriteRepeated(entry, (byte)' ', 20L * 1024 * 1024), output);

        var failure = SingleFailure(await LintFileAsync("ratio.docx", output.ToArray()), "EL0004");

        failure.Message.ShouldContain("ZIP bomb");
    }

    [Test]
    public void Part_that_lies_about_its_size_cannot_inflate_past_what_it_declares()
    {
        // Pins the .NET behaviour the package guard relies on: reading stops at the declared uncompressed size.
        using var output = new MemoryStream();
        DocxPackages.CopyReplacing(ValidDocx(), DocumentPart, entry => WriteRepeated(entry, (byte)'a', 50L * 1024 * 1024), output);
        byte[] liar = DocxPackages.DeclareUncompressedSize(output.ToArray(), DocumentPart, 1000);

        using var archive = new ZipArchive(new MemoryStream(liar), ZipArchiveMode.Read);
        using var part = archive.GetEntry(DocumentPart)!.Open();
        long inflated = 0;
        byte[] buffer = new byte[81920];
        int read;
        while ((read = part.Read(buffer)) > 0)
        {
            inflated += read;
        }

        inflated.ShouldBeLessThanOrEqualTo(1000);
    }

    [Test]
    [CancelAfter(60_000)]
    public async Task Part_that_lies_about_its_size_is_refused_quickly()
    {
        using var output = new MemoryStream();
        DocxPackages.CopyReplacing(ValidDocx(), DocumentPart, entry => WriteRepeated(entry, (byte)'a', 50L * 1024 * 1024), output);
        byte[] liar = DocxPackages.DeclareUncompressedSize(output.ToArray(), DocumentPart, 1000);

        var result = await LintFileAsync("liar.docx", liar);

        result.Document.ShouldBeNull();
        result.Diagnostics.ShouldHaveSingleItem().Id.ShouldBeOneOf("EL0001", "EL0004");
    }

    [Test]
    [CancelAfter(60_000)]
    public async Task Tables_nested_thousands_deep_are_refused_rather_than_ending_the_process()
    {
        // 20,000 levels stays under the size at which a part's compression ratio is checked, and is deep enough that
        // a recursive walk over it would overflow the stack and end the whole run, not just this document.
        byte[] docx = NestedTables(20_000, "I monitored calls.");

        var failure = SingleFailure(await LintFileAsync("nested.docx", docx), "EL0004");

        failure.Message.ShouldContain("levels deep");
    }

    [Test]
    public async Task Tables_nested_as_deep_as_real_documents_are_read()
    {
        var result = await LintFileAsync("nested.docx", NestedTables(20, "I monitored calls in the innermost cell."));

        result.Document.ShouldNotBeNull().Text.ShouldContain("I monitored calls in the innermost cell.");
    }

    /// <summary>A Word document whose only paragraph sits in tables nested <paramref name="depth"/> deep.</summary>
    private static byte[] NestedTables(int depth, string text)
    {
        var xml = new StringBuilder($"<w:document xmlns:w=\"{WordNamespace}\"><w:body>");
        xml.Insert(xml.Length, "<w:tbl><w:tr><w:tc>", depth);
        xml.Append($"<w:p><w:r><w:t>{text}</w:t></w:r></w:p>");
        xml.Insert(xml.Length, "</w:tc></w:tr></w:tbl>", depth);
        xml.Append("</w:body></w:document>");
        return DocxPackages.ReplaceEntry(ValidDocx(), DocumentPart, Encoding.UTF8.GetBytes(xml.ToString()));
    }

    [Test]
    public async Task External_entity_is_refused_and_never_resolved()
    {
        string xml = $"""
            <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
            <!DOCTYPE w:document [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>
            <w:document xmlns:w="{WordNamespace}"><w:body><w:p><w:r><w:t>I work in a contact centre. &xxe;</w:t></w:r></w:p></w:body></w:document>
            """;
        byte[] docx = DocxPackages.ReplaceEntry(ValidDocx(), DocumentPart, Encoding.UTF8.GetBytes(xml));

        var failure = SingleFailure(await LintFileAsync("xxe.docx", docx), "EL0001");

        failure.Message.ShouldContain("DTD or external entity");
        failure.Message.ShouldNotContain("root:");
    }

    [Test]
    [CancelAfter(60_000)]
    public async Task Billion_laughs_is_refused()
    {
        var entities = new StringBuilder("<!ENTITY lol0 \"lol\">");
        for (int i = 1; i <= 9; i++)
        {
            entities.Append($"<!ENTITY lol{i} \"{string.Concat(Enumerable.Repeat($"&lol{i - 1};", 10))}\">");
        }

        string xml = $"""<?xml version="1.0"?><!DOCTYPE w:document [{entities}]><w:document xmlns:w="{WordNamespace}"><w:body><w:p><w:r><w:t>&lol9;</w:t></w:r></w:p></w:body></w:document>""";
        byte[] docx = DocxPackages.ReplaceEntry(ValidDocx(), DocumentPart, Encoding.UTF8.GetBytes(xml));

        var failure = SingleFailure(await LintFileAsync("laughs.docx", docx), "EL0001");

        failure.Message.ShouldContain("DTD");
    }

    [Test]
    public async Task External_entity_in_the_package_content_types_is_refused()
    {
        string contentTypes = """
            <?xml version="1.0" encoding="UTF-8"?>
            <!DOCTYPE Types [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>
            <Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="&xxe;"/></Types>
            """;
        byte[] docx = DocxPackages.ReplaceEntry(ValidDocx(), "[Content_Types].xml", Encoding.UTF8.GetBytes(contentTypes));

        var failure = SingleFailure(await LintFileAsync("content-types.docx", docx), "EL0001");

        failure.Message.ShouldNotContain("root:");
    }

    [Test]
    public void Open_XML_SDK_itself_also_refuses_a_DTD()
    {
        // Documents what the SDK does by default, in case a future change reads parts through its DOM.
        string xml = $"""<?xml version="1.0"?><!DOCTYPE w:document [<!ENTITY xxe SYSTEM "file:///etc/passwd">]><w:document xmlns:w="{WordNamespace}"><w:body><w:p><w:r><w:t>&xxe;</w:t></w:r></w:p></w:body></w:document>""";
        byte[] docx = DocxPackages.ReplaceEntry(ValidDocx(), DocumentPart, Encoding.UTF8.GetBytes(xml));

        using var document = WordprocessingDocument.Open(new MemoryStream(docx, writable: false), false);

        Should.Throw<System.Xml.XmlException>(() => document.MainDocumentPart!.Document!.InnerText.Length.ShouldBe(0));
    }

    private static void WriteRepeated(Stream stream, byte value, long count)
    {
        byte[] block = new byte[1024 * 1024];
        Array.Fill(block, value);
        for (long written = 0; written < count; written += block.Length)
        {
            stream.Write(block, 0, (int)Math.Min(block.Length, count - written));
        }
    }
}
