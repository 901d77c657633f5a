using System.Text;
using System.Text.RegularExpressions;
using EvidenceLint.Reading;
using EvidenceLint.Tests.Testing;

namespace EvidenceLint.Tests.Reading;

/// <summary>
/// Reads pandoc's own DOCX test documents (written by Word, LibreOffice and others) and compares the words with
/// reference text from independent tools. Recall, not exact equality: tools legitimately differ in how they
/// render tables, list markers and note references.
/// </summary>
public partial class ExternalDocxTests
{
    private const double RequiredMedianRecall = 0.97;

    [Test]
    public async Task Every_external_docx_is_read_and_the_median_word_recall_is_high()
    {
        string folder = SharedData.Require("external/docx");
        var loader = new DocumentLoader(EvidenceLinter.DefaultReaders());
        var recalls = new List<double>();
        var failures = new List<string>();

        foreach (string path in Directory.EnumerateFiles(folder, "*.docx").Order(StringComparer.Ordinal))
        {
            var loaded = await loader.LoadFileAsync(path, ReadingLimits.Default, CancellationToken.None);
            string name = Path.GetFileName(path);
            if (loaded.Document is null)
            {
                failures.Add($"{name}: {loaded.Failure}");
                continue;
            }

            var (referenceName, reference) = FindReference(path);
            var expected = Words(reference);
            if (expected.Count == 0)
            {
                TestContext.Out.WriteLine($"{name,-40} no reference words ({referenceName}); read {loaded.Document.WordCount} words");
                continue;
            }

            // References render footnotes, endnotes and comments inline; the reader keeps them as notes instead.
            var document = loaded.Document;
            string everything = string.Join(' ', [document.Text, .. document.Notes.Select(n => n.Text)]);
            var read = Words(everything);
            double recall = Recall(expected, read);
            recalls.Add(recall);
            string missing = string.Join(' ', Missing(expected, read).Take(12));
            TestContext.Out.WriteLine($"{name,-40} recall {recall:P1} against {referenceName}{(missing.Length > 0 ? $"; missing: {missing}" : string.Empty)}");
        }

        failures.ShouldBeEmpty();
        recalls.ShouldNotBeEmpty();
        double median = Median(recalls);
        TestContext.Out.WriteLine($"Median word recall over {recalls.Count} documents: {median:P2}");
        median.ShouldBeGreaterThanOrEqualTo(RequiredMedianRecall);
    }

    /// <summary>
    /// The best reference available: the accepted-changes rendering for tracked changes, then pandoc's expected
    /// output as text, then the words of its native AST, then pandoc 2.17's plain text, then a hand-written expectation.
    /// </summary>
    private static (string Name, string Text) FindReference(string docxPath)
    {
        string stem = Path.Combine(Path.GetDirectoryName(docxPath)!, Path.GetFileNameWithoutExtension(docxPath));
        foreach (string candidate in new[] { "_accept.native.txt", ".native.txt", ".native", ".pandoc.txt", ".expected.txt" })
        {
            string path = stem + candidate;
            if (File.Exists(path))
            {
                string text = File.ReadAllText(path);
                return (Path.GetFileName(path), candidate == ".native" ? NativeStrings(text) : text);
            }
        }

        return ("none", string.Empty);
    }

    /// <summary>The words of a pandoc native AST: the contents of its <c>Str "…"</c> nodes.</summary>
    private static string NativeStrings(string native)
    {
        var text = new StringBuilder();
        foreach (Match match in NativeStr().Matches(native))
        {
            text.Append(Regex.Unescape(match.Groups[1].Value)).Append(' ');
        }

        return text.ToString();
    }

    /// <summary>Lower-cased tokens with punctuation removed, as a multiset.</summary>
    internal static List<string> Words(string text)
    {
        var words = new List<string>();
        foreach (string token in text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries))
        {
            string word = new([.. token.ToLowerInvariant().Where(char.IsLetterOrDigit)]);
            if (word.Length > 0)
            {
                words.Add(word);
            }
        }

        return words;
    }

    /// <summary>The fraction of reference words (counted with multiplicity) that appear in the text read.</summary>
    internal static double Recall(List<string> expected, List<string> actual)
    {
        var available = actual.GroupBy(w => w, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal);
        int found = 0;
        foreach (string word in expected)
        {
            if (available.TryGetValue(word, out int count) && count > 0)
            {
                available[word] = count - 1;
                found++;
            }
        }

        return (double)found / expected.Count;
    }

    private static IEnumerable<string> Missing(List<string> expected, List<string> actual)
    {
        var available = actual.GroupBy(w => w, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal);
        foreach (string word in expected)
        {
            if (available.TryGetValue(word, out int count) && count > 0)
            {
                available[word] = count - 1;
            }
            else
            {
                yield return word;
            }
        }
    }

    private static double Median(List<double> values)
    {
        var sorted = values.Order().ToList();
        int middle = sorted.Count / 2;
        return sorted.Count % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
    }

    [GeneratedRegex(@"Str ""((?:[^""\\]|\\.)*)""")]
    private static partial Regex NativeStr();
}
