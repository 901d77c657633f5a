using System.Text;
using System.Text.RegularExpressions;
using EvidenceLint.Analysis;
using EvidenceLint.Reporting;
using EvidenceLint.Tests.Testing;

namespace EvidenceLint.Tests.Privacy;

/// <summary>
/// EL5001 and EL5002 over <see cref="PrivacyCases"/> as a learner would submit them: each case as a .txt and as a
/// Word document, with straight and typographic punctuation, through the whole linter. Precision and recall are
/// counted per rule over every rendering, and no rendering's report may hold a flagged value.
/// </summary>
public partial class PrivacyAccuracyTests
{
    private static readonly EvidenceLinter Linter = EvidenceLinter.CreateDefault();

    public static IEnumerable<TestCaseData> Renderings()
    {
        foreach (string markup in PrivacyCases.Positives.Concat(PrivacyCases.NearMisses))
        {
            foreach (bool typographic in new[] { false, true })
            {
                foreach (string format in new[] { "txt", "docx" })
                {
                    yield return new TestCaseData(markup, typographic, format);
                }
            }
        }
    }

    [Test]
    public void The_case_set_is_large_enough_to_measure() =>
        (PrivacyCases.Positives.Length + PrivacyCases.NearMisses.Length).ShouldBeGreaterThanOrEqualTo(60);

    [Test]
    public async Task Precision_and_recall_are_at_least_0_98_for_each_rule()
    {
        var counts = new Dictionary<string, (int Tp, int Fp, int Fn)> { ["EL5001"] = default, ["EL5002"] = default };
        var misses = new List<string>();
        foreach (var data in Renderings())
        {
            var (markup, typographic, format) = ((string)data.Arguments[0]!, (bool)data.Arguments[1]!, (string)data.Arguments[2]!);
            var (text, expected) = Strip(typographic ? PrivacyCases.Typographic(markup) : markup);
            var result = await LintAsync(text, format);
            var found = result.Diagnostics.Where(d => d.Id is "EL5001" or "EL5002")
                .Select(d => (d.Id, Value: result.Document!.GetText(d.Location.Start, d.Location.Length))).ToList();
            foreach (var item in expected)
            {
                var entry = counts[item.Id];
                if (found.Remove(item))
                {
                    counts[item.Id] = entry with { Tp = entry.Tp + 1 };
                }
                else
                {
                    counts[item.Id] = entry with { Fn = entry.Fn + 1 };
                    misses.Add($"missed {item.Id} \"{item.Value}\" in {format}{(typographic ? " (typographic)" : string.Empty)}: {text}");
                }
            }

            foreach (var extra in found)
            {
                var entry = counts[extra.Id];
                counts[extra.Id] = entry with { Fp = entry.Fp + 1 };
                misses.Add($"false {extra.Id} \"{extra.Value}\" in {format}{(typographic ? " (typographic)" : string.Empty)}: {text}");
            }
        }

        foreach (var (id, (tp, fp, fn)) in counts.OrderBy(c => c.Key, StringComparer.Ordinal))
        {
            TestContext.Out.WriteLine($"{id}: TP {tp} FP {fp} FN {fn} precision {Ratio(tp, tp + fp):0.000} recall {Ratio(tp, tp + fn):0.000}");
        }

        foreach (string miss in misses)
        {
            TestContext.Out.WriteLine(miss);
        }

        counts.ShouldAllBe(c => c.Value.Tp > 0);
        counts.ShouldAllBe(c => Ratio(c.Value.Tp, c.Value.Tp + c.Value.Fp) >= 0.98, string.Join("\n", misses));
        counts.ShouldAllBe(c => Ratio(c.Value.Tp, c.Value.Tp + c.Value.Fn) >= 0.98, string.Join("\n", misses));
    }

    [TestCaseSource(nameof(Renderings))]
    public async Task No_report_holds_a_flagged_value(string markup, bool typographic, string format)
    {
        var (text, expected) = Strip(typographic ? PrivacyCases.Typographic(markup) : markup);
        var result = await LintAsync(text, format);

        string json = JsonReport.ToJson([result], "1.0.0");
        Schemas.ShouldMatchJsonContract(json);
        var console = new StringWriter();
        ConsoleReport.Write(console, [result], useColor: false);

        foreach (var (_, value) in expected)
        {
            MaskingTests.Decoded(json).ShouldNotContain(value);
            console.ToString().ShouldNotContain(value);
        }
    }

    private static double Ratio(int part, int whole) => whole == 0 ? 1 : (double)part / whole;

    private static async Task<LintResult> LintAsync(string text, string format)
    {
        byte[] bytes = format == "docx" ? DocxBuilder.FromMarkdown(text) : Encoding.UTF8.GetBytes(text);
        using var stream = new MemoryStream(bytes);
        return await Linter.LintAsync(stream, "case." + format);
    }

    /// <summary>The plain text of a case and the values it marks, by rule.</summary>
    private static (string Text, List<(string Id, string Value)> Expected) Strip(string markup)
    {
        var expected = new List<(string, string)>();
        string text = Mark().Replace(markup, m =>
        {
            expected.Add((m.Groups["id"].Value, m.Groups["value"].Value));
            return m.Groups["value"].Value;
        });
        return (text, expected);
    }

    [GeneratedRegex(@"\{\|(?<id>EL\d{4}):(?<value>.*?)\|\}")]
    private static partial Regex Mark();
}
