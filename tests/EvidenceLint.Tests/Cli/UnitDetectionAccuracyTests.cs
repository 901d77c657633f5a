using System.Text.RegularExpressions;
using EvidenceLint.Cli.Evaluation;
using EvidenceLint.Evidence;
using EvidenceLint.Reading;
using EvidenceLint.Tests.Testing;
using EvidenceLint.Text;

namespace EvidenceLint.Tests.Cli;

/// <summary>
/// Automatic unit detection on the labelled accounts: with their titles, and with every heading and criterion id taken
/// out, so only the body's wording is left. A wrong unit is worse than none (EL0006 asks the learner to name it), so a
/// confident wrong guess fails outright; the number detected is a floor that only goes up.
/// </summary>
public class UnitDetectionAccuracyTests
{
    private const int BodyOnlyDetectedFloor = 12;

    [Test]
    public void Every_account_is_detected_as_its_labelled_unit() =>
        Detect(strip: false).ShouldAllBe(d => d.Detected == d.Labelled, "with titles, every account names or reads as its unit");

    [Test]
    public void From_the_body_alone_detection_is_never_confidently_wrong()
    {
        var outcomes = Detect(strip: true);

        outcomes.Where(d => d.Detected is not null && d.Detected != d.Labelled).ShouldBeEmpty();
        outcomes.Count(d => d.Detected == d.Labelled).ShouldBeGreaterThanOrEqualTo(BodyOnlyDetectedFloor);
    }

    private static List<(string Account, string? Labelled, string? Detected)> Detect(bool strip)
    {
        var outcomes = new List<(string, string?, string?)>();
        foreach (var (account, labelsPath) in CorpusEvaluator.FindAccounts(SharedData.Require("corpus/dev")))
        {
            string markdown = File.ReadAllText(account);
            if (strip)
            {
                markdown = string.Join('\n', markdown.Split('\n').Where(line => !line.StartsWith('#')));
                markdown = Regex.Replace(markdown, @"\(?\b(?:MCS|SCS|PCS|DCP)\.[0-9]\)?", string.Empty);
            }

            var document = new PlainTextReader(InputFormat.Markdown).ReadString(markdown, account);
            var detection = UnitDetection.Detect(TextModel.Create(document), BuiltInUnits.Packs);
            string? detected = detection.Confidence >= EvidenceLinter.UnitDetectionThreshold ? detection.Unit?.Id : null;
            outcomes.Add((Path.GetFileName(account), CorpusLabels.Parse(File.ReadAllText(labelsPath)).Unit, detected));
        }

        outcomes.Count.ShouldBeGreaterThanOrEqualTo(16);
        return outcomes;
    }
}
