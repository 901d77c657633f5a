using System.Security.Cryptography;
using EvidenceLint.Reading;
using EvidenceLint.Tests.Testing;
using UglyToad.PdfPig.Core;
using UglyToad.PdfPig.Fonts.Standard14Fonts;
using UglyToad.PdfPig.Writer;

namespace EvidenceLint.Tests.Reading;

public sealed class PdfReaderTests
{
    private const string Header = "Reflective account \u2013 J. Smith";

    [Test]
    public void Rebuilds_paragraphs_and_drops_running_header_and_page_numbers()
    {
        byte[] pdf = BuildTwoPageAccount();

        var document = new PdfReader().Read(pdf, "account.pdf", ReadingLimits.Default, CancellationToken.None);

        document.PageCount.ShouldBe(2);
        var paragraphs = document.Paragraphs.Select(p => (document.GetText(p), p.Page)).ToList();
        paragraphs.ShouldBe(
        [
            ("I answered a call from a customer who was upset about a delayed refund and I listened without interrupting her.", 1),
            ("I checked the account and found the evidence that the refund had been approved, and I showed her a side-by-side comparison of the two statements.", 1),
            ("Afterwards I reflected on how I had kept calm and how I could explain refund timescales more clearly next time.", 2),
            ("My team leader agreed that I should share the script with the team.", 2),
        ]);
        document.Text.ShouldNotContain("Reflective account");
        document.Text.ShouldNotContain("Page 1");
        document.Text.ShouldNotContain("Page 2");
    }

    [Test]
    public void Joins_only_words_hyphenated_at_a_line_end()
    {
        var text = new System.Text.StringBuilder("found the evi-");
        PdfLayout.Append(text, "dence for a side-by-side check and a re-");
        PdfLayout.Append(text, "Assessment with the T-");
        PdfLayout.Append(text, "2 form");

        text.ToString().ShouldBe("found the evidence for a side-by-side check and a re- Assessment with the T- 2 form");
    }

    [Test]
    public void Markdown_rendered_to_pdf_reads_back_with_the_same_words_in_order()
    {
        string? corpus = SharedData.Find("corpus/dev");
        if (corpus is null)
        {
            Assert.Ignore("shared/corpus/dev was not found above the test directory.");
        }

        var files = Directory.GetFiles(corpus!, "*.md").Order(StringComparer.Ordinal).ToList();
        files.ShouldNotBeEmpty();
        foreach (string file in files)
        {
            string markdown = File.ReadAllText(file);
            var expected = new PlainTextReader(InputFormat.Markdown).ReadString(markdown, file);
            string[] expectedWords = Words(PdfBuilder.Printable(expected.Text));

            var actual = new PdfReader().Read(PdfBuilder.FromMarkdown(markdown), file, ReadingLimits.Default, CancellationToken.None);

            Words(actual.Text).ShouldBe(expectedWords, $"{Path.GetFileName(file)}");
            actual.Paragraphs.Length.ShouldBeGreaterThanOrEqualTo(expected.Paragraphs.Length, Path.GetFileName(file));
        }
    }

    [Test]
    public async Task Truncated_pdf_is_unreadable_or_partial_never_an_exception()
    {
        byte[] whole = BuildTwoPageAccount();
        byte[] half = whole[..(whole.Length / 2)];

        var result = await Load(half, "truncated.pdf");

        if (result.Failure is not null)
        {
            result.Failure.Id.ShouldBeOneOf("EL0001", "EL0003");
        }
        else
        {
            result.Document.ShouldNotBeNull().Text.ShouldNotBeEmpty();
        }
    }

    [Test]
    public async Task Password_protected_pdf_is_reported_as_encrypted()
    {
        string? file = SharedData.Find("external/pdf/encrypted-password-is-password.pdf");
        if (file is null)
        {
            Assert.Ignore("shared/external/pdf was not found above the test directory.");
        }

        var result = await new DocumentLoader(EvidenceLinter.DefaultReaders()).LoadFileAsync(file!, ReadingLimits.Default, CancellationToken.None);

        result.Document.ShouldBeNull();
        result.Failure.ShouldNotBeNull().Id.ShouldBe("EL0002");
        result.Failure.Message.ShouldContain("password-protected");
        result.Failure.Message.ShouldContain("unprotected copy");
    }

    [Test]
    public async Task Pdf_without_text_needs_ocr()
    {
        using var builder = new PdfDocumentBuilder();
        var page = builder.AddPage(595, 842);
        page.DrawRectangle(new PdfPoint(100, 400), 300, 200, 2, fill: true);
        byte[] pdf = builder.Build();

        var result = await Load(pdf, "scan.pdf");

        result.Failure.ShouldNotBeNull().Id.ShouldBe("EL0003");
        result.Failure.Message.ShouldContain("OCR");
    }

    [Test]
    public void Reading_leaves_the_input_bytes_unchanged()
    {
        byte[] pdf = BuildTwoPageAccount();
        byte[] before = SHA256.HashData(pdf);

        new PdfReader().Read(pdf, "account.pdf", ReadingLimits.Default, CancellationToken.None);
        try
        {
            new PdfReader().Read(pdf.AsMemory(0, pdf.Length / 2), "half.pdf", ReadingLimits.Default, CancellationToken.None);
        }
        catch (DocumentReadException)
        {
            // A damaged file may fail; what matters here is that the bytes it was given are untouched.
        }

        SHA256.HashData(pdf).ShouldBe(before);
    }

    [Test]
    public async Task Pdf_named_docx_is_still_read_as_pdf()
    {
        string path = Path.Combine(Path.GetTempPath(), $"evidencelint-{Guid.NewGuid():N}.docx");
        await File.WriteAllBytesAsync(path, BuildTwoPageAccount());
        try
        {
            var result = await new DocumentLoader(EvidenceLinter.DefaultReaders()).LoadFileAsync(path, ReadingLimits.Default, CancellationToken.None);

            result.Format.ShouldBe(InputFormat.Pdf);
            result.Failure.ShouldBeNull();
            result.Document.ShouldNotBeNull().Text.ShouldContain("evidence that the refund");
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Test]
    public void Too_many_pages_is_a_limit_not_a_parse()
    {
        byte[] pdf = BuildTwoPageAccount();

        var ex = Should.Throw<DocumentReadException>(() =>
            new PdfReader().Read(pdf, "account.pdf", ReadingLimits.Default with { MaxPages = 1 }, CancellationToken.None));

        ex.Failure.ShouldBe(ReadFailure.LimitExceeded);
    }

    [Test]
    public void Cancellation_stops_reading()
    {
        using var cancelled = new CancellationTokenSource();
        cancelled.Cancel();

        Should.Throw<OperationCanceledException>(() =>
            new PdfReader().Read(BuildTwoPageAccount(), "account.pdf", ReadingLimits.Default, cancelled.Token));
    }

    [Test]
    [CancelAfter(20_000)]
    public async Task Hang_pdf_ends_with_a_diagnostic(CancellationToken cancellationToken)
    {
        string? file = SharedData.Find("external/pdf/Hang.pdf");
        if (file is null)
        {
            Assert.Ignore("shared/external/pdf was not found above the test directory.");
        }

        var limits = ReadingLimits.Default with { Timeout = TimeSpan.FromSeconds(5) };
        var result = await new DocumentLoader(EvidenceLinter.DefaultReaders()).LoadFileAsync(file!, limits, cancellationToken);

        result.Document.ShouldBeNull();
        result.Failure.ShouldNotBeNull().Id.ShouldBeOneOf("EL0001", "EL0004");
    }

    internal static string[] Words(string text) => text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);

    private static Task<LoadResult> Load(byte[] bytes, string name)
    {
        using var stream = new MemoryStream(bytes, writable: false);
        return new DocumentLoader(EvidenceLinter.DefaultReaders()).LoadAsync(stream, name, ReadingLimits.Default, CancellationToken.None);
    }

    /// <summary>
    /// Two A4 pages laid out like a typed account: a running header and "Page n of 2" footer on each, body
    /// lines 14pt apart, paragraphs separated by a blank line, one word hyphenated at a line end.
    /// </summary>
    private static byte[] BuildTwoPageAccount()
    {
        string[][][] pages =
        [
            [
                ["I answered a call from a customer who was upset about a delayed", "refund and I listened without interrupting her."],
                ["I checked the account and found the evi-", "dence that the refund had been approved, and I showed her a", "side-by-side comparison of the two statements."],
            ],
            [
                ["Afterwards I reflected on how I had kept calm and how I could", "explain refund timescales more clearly next time."],
                ["My team leader agreed that I should share the script with the team."],
            ],
        ];

        using var builder = new PdfDocumentBuilder();
        var font = builder.AddStandard14Font(Standard14Font.Helvetica);
        for (int p = 0; p < pages.Length; p++)
        {
            var page = builder.AddPage(595, 842);
            page.AddText(Header, 9, new PdfPoint(56, 800), font);
            double y = 740;
            foreach (string[] paragraph in pages[p])
            {
                foreach (string line in paragraph)
                {
                    page.AddText(line, 11, new PdfPoint(56, y), font);
                    y -= 14;
                }

                y -= 14;
            }

            page.AddText($"Page {p + 1} of {pages.Length}", 9, new PdfPoint(270, 30), font);
        }

        return builder.Build();
    }
}
