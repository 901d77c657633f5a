using System.IO.Compression;
using System.Security.Cryptography;
using System.Text;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Validation;
using DocumentFormat.OpenXml.Wordprocessing;
using EvidenceLint.Analysis;
using EvidenceLint.Rules.Fixes;
using EvidenceLint.Tests.Testing;
using Microsoft.Extensions.DependencyInjection;

using WordText = DocumentFormat.OpenXml.Wordprocessing.Text;

namespace EvidenceLint.Tests.Fixes;

public class RedactionFixProviderTests
{
    private static readonly string[] CorpusAccounts = ["07-scs-weak.md", "11-pcs-weak.md", "16-dcp-tricky.md"];

    [Test]
    public void Fixes_the_privacy_rules()
    {
        new RedactionFixProvider().FixableDiagnosticIds.ShouldBe([RuleIds.PersonalDataInEvidence, RuleIds.PaymentDataInEvidence]);
    }

    [Test]
    public void Is_registered_with_the_linter()
    {
        using var provider = new ServiceCollection().AddEvidenceLint().AddEvidenceLint().BuildServiceProvider();

        provider.GetServices<IEvidenceFixProvider>().ShouldHaveSingleItem().ShouldBeOfType<RedactionFixProvider>();
    }

    [TestCaseSource(nameof(CorpusAccounts))]
    public async Task Redacted_corpus_account_has_no_privacy_findings_as_markdown_and_as_docx(string name)
    {
        string markdown = await File.ReadAllTextAsync(Path.Combine(SharedData.Require("corpus/dev"), name));
        byte[] markdownBytes = Encoding.UTF8.GetBytes(markdown);
        byte[] docx = DocxBuilder.FromMarkdown(markdown);

        foreach (var (input, fileName) in new[] { (markdownBytes, name), (docx, Path.ChangeExtension(name, ".docx")) })
        {
            string before = Hash(input);
            int findings = PrivacyFindings(await LintAsync(input, fileName)).Count;
            findings.ShouldBeGreaterThan(0, $"{fileName} should have privacy findings to fix");

            var (copy, count) = await RedactAsync(input, fileName);

            Hash(input).ShouldBe(before, "the input must not change");
            count.ShouldBe(findings, fileName);
            var relinted = await LintAsync(copy, fileName);
            PrivacyFindings(relinted).ShouldBeEmpty(fileName);
            relinted.Document!.Text.ShouldContain("[", Case.Sensitive, fileName);
            if (fileName.EndsWith(".docx", StringComparison.Ordinal))
            {
                ValidationErrors(copy).ShouldBeEmpty(fileName);
            }
        }
    }

    [Test]
    public async Task Markdown_copy_changes_only_the_data()
    {
        string markdown = "# Call\r\n\r\nI rang **Mrs Khan** on 07700\r\n900123 and e-mailed jade.carter84@example.com.\r\n";

        var (copy, count) = await RedactAsync(Encoding.UTF8.GetBytes(markdown), "account.md");

        count.ShouldBe(3);
        Encoding.UTF8.GetString(copy).ShouldBe("# Call\r\n\r\nI rang **[NAME]** on [PHONE] and e-mailed [EMAIL].\r\n");
    }

    [Test]
    public async Task Text_copy_keeps_its_encoding()
    {
        string text = "Her NI number is AB 12 34 56 C and her date of birth is 14/03/1985.\r\nShe paid with card 4111 1111 1111 1111, CVV 123.";
        byte[] utf16 = [.. Encoding.Unicode.GetPreamble(), .. Encoding.Unicode.GetBytes(text)];

        var (copy, count) = await RedactAsync(utf16, "account.txt");

        count.ShouldBe(4);
        copy.AsSpan(0, 2).ToArray().ShouldBe(Encoding.Unicode.GetPreamble());
        Encoding.Unicode.GetString(copy, 2, copy.Length - 2)
            .ShouldBe("Her NI number is [NI NUMBER] and her date of birth is [DATE OF BIRTH].\r\nShe paid with card [CARD], CVV [SECURITY CODE].");
    }

    [Test]
    public async Task Value_split_over_runs_becomes_one_placeholder_in_the_first_runs_formatting()
    {
        byte[] docx = new DocxBuilder()
            .Paragraph(
                new Run(new WordText("I called her back on 07700 ") { Space = SpaceProcessingModeValues.Preserve }),
                new Run(new RunProperties(new Bold()), new WordText("900")),
                new Run(new RunProperties(new Italic()), new WordText("123 that afternoon.") { Space = SpaceProcessingModeValues.Preserve }))
            .Paragraph("Sort code 12-34-56, account 12345678.")
            .ToBytes();

        var (copy, count) = await RedactAsync(docx, "account.docx");

        count.ShouldBe(3);
        using var document = WordprocessingDocument.Open(new MemoryStream(copy), false);
        var paragraphs = document.MainDocumentPart!.Document!.Body!.Elements<Paragraph>().ToList();
        paragraphs[0].InnerText.ShouldBe("I called her back on [PHONE] that afternoon.");
        var runs = paragraphs[0].Elements<Run>().ToList();
        runs[0].InnerText.ShouldBe("I called her back on [PHONE]");
        runs[0].RunProperties.ShouldBeNull();
        runs[1].InnerText.ShouldBeEmpty();
        runs[2].InnerText.ShouldBe(" that afternoon.");
        runs[2].RunProperties!.Italic.ShouldNotBeNull();
        paragraphs[1].InnerText.ShouldBe("Sort code [BANK DETAILS], account [BANK DETAILS].");
        ValidationErrors(copy).ShouldBeEmpty();
    }

    [Test]
    public async Task Data_outside_the_evidence_text_is_redacted_too()
    {
        var builder = new DocxBuilder();
        var footnote = builder.Footnote("Her e-mail was jade.carter84@example.com.");
        builder.Paragraph(
            new Run(new WordText("I logged the complaint.") { Space = SpaceProcessingModeValues.Preserve }),
            footnote);
        builder.Paragraph(builder.Comment("Assessor", "Remove Mrs Khan's number, 07700 900123.", new Run(new WordText("I called her back."))));
        builder.Paragraph(
            new Run(new FieldChar { FieldCharType = FieldCharValues.Begin }),
            new Run(new FieldCode(" HYPERLINK \"mailto:jade.carter84@example.com\" ") { Space = SpaceProcessingModeValues.Preserve }),
            new Run(new FieldChar { FieldCharType = FieldCharValues.Separate }),
            new Run(new WordText("her address")),
            new Run(new FieldChar { FieldCharType = FieldCharValues.End }));
        builder.Paragraph(
            new Run(new WordText("I first wrote ") { Space = SpaceProcessingModeValues.Preserve }),
            new DeletedRun(new Run(new DeletedText("her postcode LS1 4AP"))) { Id = "1", Author = "Learner" },
            new Run(new WordText("her area.")));
        byte[] docx = DocxPackages.Edit(builder.ToBytes(), document =>
        {
            var main = document.MainDocumentPart!;
            var header = main.AddNewPart<HeaderPart>();
            header.Header = new Header(new Paragraph(new Run(new WordText("Call notes for Mr O'Brien, SW1A 1AA"))));
            var link = main.AddHyperlinkRelationship(new Uri("mailto:sam.jones84@example.com"), true);
            main.Document!.Body!.Append(new Paragraph(new Hyperlink(new Run(new WordText("e-mail the customer"))) { Id = link.Id }));
            main.Document.Body.Append(new SectionProperties(new HeaderReference { Type = HeaderFooterValues.Default, Id = main.GetIdOfPart(header) }));
            main.Document.Body.Elements<SectionProperties>().First().Remove();
        });

        var (copy, _) = await RedactAsync(docx, "account.docx");

        string package = AllPartsText(copy);
        foreach (string value in (string[])["jade.carter84", "07700 900123", "Khan", "LS1 4AP", "O'Brien", "SW1A 1AA", "sam.jones84"])
        {
            package.ShouldNotContain(value);
        }

        AllPartsText(docx).ShouldContain("sam.jones84");
        package.ShouldContain("[EMAIL]");
        package.ShouldContain("[POSTCODE]");
        ValidationErrors(copy).ShouldBeEmpty();
    }

    [Test]
    public async Task Both_copies_of_a_text_box_are_redacted()
    {
        // Word stores a text box twice: a DrawingML shape for current Word, a VML fallback for older readers.
        const string TextBox = "<w:pict><v:rect><v:textbox><w:txbxContent><w:p><w:r><w:t>Call back on 07700 900123</w:t></w:r></w:p></w:txbxContent></v:textbox></v:rect></w:pict>";
        var paragraph = new Paragraph(
            "<w:p xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\" xmlns:mc=\"http://schemas.openxmlformats.org/markup-compatibility/2006\" " +
            "xmlns:wps=\"http://schemas.microsoft.com/office/word/2010/wordprocessingShape\" xmlns:v=\"urn:schemas-microsoft-com:vml\">" +
            "<w:r><w:t xml:space=\"preserve\">I noted her number. </w:t></w:r>" +
            $"<w:r><mc:AlternateContent><mc:Choice Requires=\"wps\">{TextBox}</mc:Choice><mc:Fallback>{TextBox}</mc:Fallback></mc:AlternateContent></w:r></w:p>");
        byte[] docx = new DocxBuilder().Add(paragraph).ToBytes();
        AllPartsText(docx).Split("07700 900123").Length.ShouldBe(3);
        PrivacyFindings(await LintAsync(docx, "account.docx")).Count.ShouldBe(1);

        var (copy, count) = await RedactAsync(docx, "account.docx");

        count.ShouldBe(2);
        AllPartsText(copy).ShouldNotContain("07700 900123");
        AllPartsText(copy).Split("Call back on [PHONE]").Length.ShouldBe(3);
    }

    [Test]
    public async Task Pdf_is_refused_with_a_way_forward()
    {
        byte[] pdf = PdfBuilder.FromMarkdown("I called Mrs Khan back on 07700 900123.");

        var error = await Should.ThrowAsync<NotSupportedException>(() => RedactAsync(pdf, "account.pdf"));

        error.Message.ShouldContain("cannot be redacted safely");
        error.Message.ShouldContain("evidencelint extract");
    }

    [Test]
    public async Task Damaged_word_document_is_a_read_error()
    {
        byte[] docx = DocxBuilder.FromMarkdown("I called Mrs Khan.")[..200];

        await Should.ThrowAsync<EvidenceLint.Reading.DocumentReadException>(() => RedactAsync(docx, "account.docx"));
    }

    internal static async Task<(byte[] Copy, int Count)> RedactAsync(byte[] input, string fileName)
    {
        using var source = new MemoryStream(input, writable: false);
        using var output = new MemoryStream();
        int count = await new RedactionFixProvider().WriteFixedCopyAsync(source, fileName, output);
        return (output.ToArray(), count);
    }

    internal static Task<LintResult> LintAsync(byte[] content, string fileName) =>
        EvidenceLinter.CreateDefault().LintAsync(new MemoryStream(content, writable: false), fileName);

    internal static List<Diagnostic> PrivacyFindings(LintResult result) =>
        [.. result.Diagnostics.Where(d => d.Id is RuleIds.PersonalDataInEvidence or RuleIds.PaymentDataInEvidence)];

    internal static List<string> ValidationErrors(byte[] docx)
    {
        using var document = WordprocessingDocument.Open(new MemoryStream(docx), false);
        return [.. new OpenXmlValidator(FileFormatVersions.Office2019).Validate(document).Select(e => $"{e.Part?.Uri} {e.Path?.XPath}: {e.Description}")];
    }

    internal static string Hash(byte[] bytes) => Convert.ToHexString(SHA256.HashData(bytes));

    /// <summary>Every part's XML and every relationship target, as stored in the package.</summary>
    private static string AllPartsText(byte[] docx)
    {
        using var zip = new ZipArchive(new MemoryStream(docx), ZipArchiveMode.Read);
        var text = new StringBuilder();
        foreach (var entry in zip.Entries)
        {
            using var reader = new StreamReader(entry.Open());
            text.AppendLine(System.Net.WebUtility.HtmlDecode(reader.ReadToEnd()));
        }

        return text.ToString();
    }
}
