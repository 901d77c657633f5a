using EvidenceLint.Cli.Evaluation;
using EvidenceLint.Tests.Testing;

namespace EvidenceLint.Tests.Cli;

/// <summary>
/// Rule accuracy on the labelled development corpus, measured by the same evaluator as <c>evidencelint eval</c>.
/// The floors only ever go up: raise one when a rule improves, never lower it to make a change pass.
/// </summary>
public class CorpusAccuracyTests
{
    private static readonly Dictionary<string, (double Precision, double Recall)> Floors = new()
    {
        ["EL1001"] = (1.0, 1.0),
        ["EL1002"] = (1.0, 1.0),
        ["EL1003"] = (1.0, 1.0),
        ["EL2001"] = (1.0, 1.0),
        ["EL2002"] = (1.0, 0.66),
        ["EL2003"] = (1.0, 1.0),
        ["EL2004"] = (1.0, 1.0),
        ["EL3001"] = (1.0, 1.0),
        ["EL3002"] = (1.0, 1.0),
        ["EL3003"] = (1.0, 1.0),
        ["EL3004"] = (1.0, 1.0),
        ["EL4001"] = (1.0, 1.0),
        ["EL4002"] = (1.0, 1.0),
        ["EL4003"] = (1.0, 1.0),
        ["EL4004"] = (1.0, 1.0),
        ["EL4005"] = (1.0, 1.0),
        ["EL4006"] = (1.0, 1.0),
        ["EL4007"] = (1.0, 1.0),
        ["EL4008"] = (1.0, 1.0),
        ["EL4009"] = (1.0, 1.0),
        ["EL4010"] = (1.0, 1.0),
        ["EL4011"] = (1.0, 1.0),
        ["EL4012"] = (1.0, 1.0),
        ["EL4013"] = (1.0, 1.0),
        ["EL5001"] = (1.0, 1.0),
        ["EL5002"] = (1.0, 1.0),
        ["EL6001"] = (1.0, 1.0),
        ["EL6002"] = (1.0, 1.0),
        ["EL6003"] = (1.0, 1.0),
    };

    /// <summary>Share of labelled criteria whose reported coverage status agrees with the label.</summary>
    private const double CoverageAgreementFloor = 1.0;

    /// <summary>Share of the labelled cycle stages (monitor, analyse, act, review) that must agree; only goes up.</summary>
    private const double CycleAgreementFloor = 1.0;

    private static string Corpus => SharedData.Require("corpus/dev");

    [Test]
    public async Task Every_rule_meets_its_floor_on_the_development_corpus()
    {
        var evaluation = await CorpusEvaluator.EvaluateAsync(EvidenceLinter.CreateDefault(), Corpus, null, CancellationToken.None);
        evaluation.Accounts.ShouldBeGreaterThanOrEqualTo(16);
        EvaluationReport.WriteText(evaluation, TestContext.Out, verbose: false);

        foreach (var (id, floor) in Floors)
        {
            var score = evaluation.Rules.Single(r => r.Id == id);

            // A rule with nothing labelled scores 1.00 by definition; a floor must measure something.
            (score.TruePositives + score.FalseNegatives).ShouldBeGreaterThan(0, $"{id} has no labelled findings");
            score.Precision.ShouldBeGreaterThanOrEqualTo(floor.Precision, $"{id} precision");
            score.Recall.ShouldBeGreaterThanOrEqualTo(floor.Recall, $"{id} recall");
        }

        evaluation.Coverage.Criteria.ShouldBeGreaterThanOrEqualTo(68);
        evaluation.Coverage.Accuracy.ShouldBeGreaterThanOrEqualTo(CoverageAgreementFloor, "criterion coverage agreement");
        evaluation.Coverage.MissingReportedCovered.ShouldBe(0, "criteria labelled missing must never be reported covered");
    }

    [Test]
    public async Task Cycle_stages_meet_their_floor_on_the_development_corpus()
    {
        var evaluation = await CorpusEvaluator.EvaluateAsync(EvidenceLinter.CreateDefault(), Corpus, null, CancellationToken.None);
        evaluation.Cycle.Labelled.ShouldBe(evaluation.Accounts * 4);
        evaluation.Cycle.Accuracy.ShouldBeGreaterThanOrEqualTo(CycleAgreementFloor);
    }

    /// <summary>
    /// The second labelled corpus, written independently of the term lists, read from each of its formats: floors on
    /// the micro-averaged figures over all rules, criterion coverage and the cycle. Like the others, they only go up.
    /// </summary>
    [TestCase("md", 0.98, 0.93, 0.95, 0.98)]
    [TestCase("docx", 0.98, 0.93, 0.95, 0.98)]
    [TestCase("pdf", 0.98, 0.92, 0.95, 0.98)]
    public async Task The_second_corpus_meets_its_floors(string from, double precision, double recall, double coverage, double cycle)
    {
        var evaluation = await CorpusEvaluator.EvaluateAsync(EvidenceLinter.CreateDefault(), SharedData.Require("corpus/dev2"), null, CancellationToken.None, from);
        var all = new RuleScore("all", evaluation.Rules.Sum(r => r.TruePositives), evaluation.Rules.Sum(r => r.FalsePositives), evaluation.Rules.Sum(r => r.FalseNegatives));

        all.Precision.ShouldBeGreaterThanOrEqualTo(precision, "micro precision");
        all.Recall.ShouldBeGreaterThanOrEqualTo(recall, "micro recall");
        evaluation.Coverage.Accuracy.ShouldBeGreaterThanOrEqualTo(coverage, "criterion coverage agreement");
        evaluation.Coverage.MissingReportedCovered.ShouldBe(0);
        evaluation.Cycle.Accuracy.ShouldBeGreaterThanOrEqualTo(cycle, "cycle stage agreement");
    }

    [TestCase("docx")]
    [TestCase("pdf")]
    public async Task Word_and_PDF_renderings_score_exactly_as_the_text(string format)
    {
        string rendered = Path.Combine(Path.GetTempPath(), "evidencelint-corpus-" + format + "-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(rendered);
        try
        {
            foreach (var (account, labels) in CorpusEvaluator.FindAccounts(Corpus))
            {
                string markdown = await File.ReadAllTextAsync(account);
                string stem = Path.GetFileNameWithoutExtension(account);
                byte[] bytes = format == "docx" ? DocxBuilder.FromMarkdown(markdown) : PdfBuilder.FromMarkdown(markdown);
                await File.WriteAllBytesAsync(Path.Combine(rendered, stem + "." + format), bytes);
                File.Copy(labels, Path.Combine(rendered, Path.GetFileName(labels)));
            }

            var linter = EvidenceLinter.CreateDefault();
            var fromText = await CorpusEvaluator.EvaluateAsync(linter, Corpus, null, CancellationToken.None);
            var fromRendering = await CorpusEvaluator.EvaluateAsync(linter, rendered, null, CancellationToken.None);

            fromRendering.Accounts.ShouldBe(fromText.Accounts);
            fromRendering.Rules.ShouldBe(fromText.Rules);
            fromRendering.Coverage.Confusion.ShouldBe(fromText.Coverage.Confusion);
            fromRendering.Cycle.Stages.ShouldBe(fromText.Cycle.Stages);
        }
        finally
        {
            Directory.Delete(rendered, recursive: true);
        }
    }
}
