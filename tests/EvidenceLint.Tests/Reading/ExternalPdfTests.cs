using System.Diagnostics;
using EvidenceLint.Reading;
using EvidenceLint.Tests.Testing;

namespace EvidenceLint.Tests.Reading;

/// <summary>
/// Every PDF from PdfPig's own test suite in shared/external/pdf, read through the real loader: each gives a
/// document or the right EL0xxx diagnostic, never an exception, and the words match pdftotext's.
/// </summary>
public sealed class ExternalPdfTests
{
    /// <summary>
    /// Files that must not give a document, and why (see PDFPIG-EXPECTATIONS.md and pdftotext-exit-codes.tsv).
    /// Every other file must be read.
    /// </summary>
    private static readonly Dictionary<string, string> ExpectedFailures = new(StringComparer.Ordinal)
    {
        ["encrypted-password-is-password"] = "EL0002", // needs the user password "password"
        // Has no "%PDF-" header at all, so the loader's content sniffing treats it as text; its bytes are all
        // PDF punctuation, so it has no words. PdfPig itself (lenient) would throw PdfDocumentStackDepthException.
        ["stackoverflow_error"] = "EL0001",               // no %PDF- header: named .pdf but not a PDF
        ["repro_cmap_deep_array_so"] = "EL0001",       // PdfDocumentStackDepthException on page 1
        ["Hang"] = "EL0001",                           // PdfDocumentFormatException "Could not find ..." on page 1
        ["EmptyPdf"] = "EL0003",                       // a page with nothing on it
        ["invalid-xref-loop"] = "EL0003",              // opens, pages have content but no text
        ["r4_aes_empty_string"] = "EL0001",            // empty user password opens it, but its content does not decrypt
        ["issue_1163"] = "EL0003",                     // image-only pages
        ["pages-indirect-to-null"] = "EL0003",         // lenient parsing recovers one empty page
        ["GHOSTSCRIPT-700125-1"] = "EL0004",           // 569 pages, over the 500-page limit
    };

    private const double RequiredMedianRecall = 0.95;

    [Test]
    public async Task Every_external_pdf_gives_a_document_or_the_expected_diagnostic()
    {
        string? folder = SharedData.Find("external/pdf");
        if (folder is null)
        {
            Assert.Ignore("shared/external/pdf was not found above the test directory; the external PDF checks were skipped.");
        }

        var loader = new DocumentLoader(EvidenceLinter.DefaultReaders());
        var recalls = new List<double>();
        var problems = new List<string>();
        var total = Stopwatch.StartNew();
        foreach (string path in Directory.GetFiles(folder!, "*.pdf").Order(StringComparer.Ordinal))
        {
            string name = Path.GetFileNameWithoutExtension(path);
            var timer = Stopwatch.StartNew();
            LoadResult result;
            try
            {
                result = await loader.LoadFileAsync(path, ReadingLimits.Default, CancellationToken.None);
            }
            catch (Exception ex)
            {
                problems.Add($"{name}: threw {ex.GetType().Name}: {ex.Message}");
                continue;
            }

            timer.Stop();
            string outcome = result.Failure is { } failure ? $"{failure.Id} {failure.Message}" : $"{result.Document!.PageCount} pages, {result.Document.WordCount} words";
            string? expectedId = ExpectedFailures.GetValueOrDefault(name);
            string? actualId = result.Failure?.Id;
            if (expectedId != actualId)
            {
                problems.Add($"{name}: expected {expectedId ?? "a document"}, got {outcome}");
            }

            string recallText = string.Empty;
            string reference = Path.Combine(folder!, name + ".raw.txt");
            if (result.Document is { } document && File.Exists(reference))
            {
                var referenceWords = RecallWords(File.ReadAllText(reference));
                if (referenceWords.Count > 0)
                {
                    double recall = Recall(referenceWords, RecallWords(document.Text));
                    recalls.Add(recall);
                    recallText = $" recall {recall:P1}";
                }
            }

            TestContext.Out.WriteLine($"{name}: {timer.ElapsedMilliseconds} ms{recallText} - {outcome}");
        }

        total.Stop();
        recalls.Sort();
        double median = recalls.Count == 0 ? 0 : recalls.Count % 2 == 1
            ? recalls[recalls.Count / 2]
            : (recalls[(recalls.Count / 2) - 1] + recalls[recalls.Count / 2]) / 2;
        TestContext.Out.WriteLine($"Median word recall over {recalls.Count} files: {median:P1}; all files in {total.ElapsedMilliseconds} ms");

        problems.ShouldBeEmpty();
        median.ShouldBeGreaterThanOrEqualTo(RequiredMedianRecall);
    }

    [Test]
    [CancelAfter(60_000)]
    public async Task A_document_over_the_page_limit_is_refused_before_its_pages_are_read()
    {
        string? file = SharedData.Find("external/pdf/GHOSTSCRIPT-700125-1.pdf");
        if (file is null)
        {
            Assert.Ignore("shared/external/pdf was not found above the test directory.");
        }

        var result = await new DocumentLoader(EvidenceLinter.DefaultReaders()).LoadFileAsync(file!, ReadingLimits.Default, TestContext.CurrentContext.CancellationToken);

        result.Failure.ShouldNotBeNull().Id.ShouldBe("EL0004");
        result.Failure.Message.ShouldContain("500-page limit");
    }

    /// <summary>Lowercased words with punctuation removed, counted, so line breaks and column order do not matter.</summary>
    private static Dictionary<string, int> RecallWords(string text)
    {
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (string token in text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries))
        {
            string word = new string([.. token.Where(char.IsLetterOrDigit)]).ToLowerInvariant();
            if (word.Length > 0)
            {
                counts[word] = counts.GetValueOrDefault(word) + 1;
            }
        }

        return counts;
    }

    /// <summary>The fraction of the reference's words (as a multiset) that our text also has.</summary>
    private static double Recall(Dictionary<string, int> reference, Dictionary<string, int> ours)
    {
        int found = 0;
        int total = 0;
        foreach (var (word, count) in reference)
        {
            total += count;
            found += Math.Min(count, ours.GetValueOrDefault(word));
        }

        return (double)found / total;
    }
}
