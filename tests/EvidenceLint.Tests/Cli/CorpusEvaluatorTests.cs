using System.Collections.Immutable;
using EvidenceLint.Analysis;
using EvidenceLint.Cli.Evaluation;
using EvidenceLint.Reading;

namespace EvidenceLint.Tests.Cli;

public class CorpusEvaluatorTests
{
    private static readonly DiagnosticDescriptor Hypothetical = new("EL1002", "hypothetical", "t", "m", "learning-outcomes", DiagnosticSeverity.Info);
    private static readonly DiagnosticDescriptor NotEvidenced = new("EL2001", "not-evidenced", "t", "m", "coverage", DiagnosticSeverity.Error);
    private static readonly DiagnosticDescriptor Length = new("EL6001", "length", "t", "m", "writing", DiagnosticSeverity.Info);
    private static readonly DiagnosticDescriptor PersonalData = new("EL5001", "personal-data", "t", "a name", "privacy", DiagnosticSeverity.Error) { MaskExcerpt = true };

    private static readonly EvidenceDocument Document = new PlainTextReader(InputFormat.Markdown).ReadString(
        "I set the standards with the team.\n\nI would like to coach the two advisers when it is quieter.", "a.md");

    private static Diagnostic At(DiagnosticDescriptor d, string text, string? detail = null)
    {
        int start = Document.Text.IndexOf(text, StringComparison.Ordinal);
        return Diagnostic.CreateWithDetail(d, new EvidenceLocation("a.md", null, Document.FindParagraph(start)!.Index, start, text.Length, text), detail);
    }

    private static (ImmutableArray<string> Missed, ImmutableArray<string> FalseAlarms, SortedDictionary<string, (int Tp, int Fp, int Fn)> Counts) Score(CorpusLabels labels, params Diagnostic[] found)
    {
        var counts = new SortedDictionary<string, (int Tp, int Fp, int Fn)>(StringComparer.Ordinal);
        var result = new LintResult { Path = "a.md", Document = Document, Diagnostics = [.. found] };
        var (missed, alarms) = CorpusEvaluator.Score(result, labels, counts);
        return (missed, alarms, counts);
    }

    [Test]
    public void A_quoted_expectation_is_met_only_by_an_overlapping_finding()
    {
        var labels = CorpusLabels.Parse("""
            expect:
              - id: EL1002
                quote: "I would like to coach the two advisers"
            """);

        Score(labels, At(Hypothetical, "I would like to coach")).Counts["EL1002"].ShouldBe((1, 0, 0));
        Score(labels, At(Hypothetical, "I set the standards")).Counts["EL1002"].ShouldBe((0, 0, 1));
    }

    [Test]
    public void False_alarms_show_the_excerpt_the_engine_masked()
    {
        var labels = CorpusLabels.Parse("""
            must_not:
              - EL5001
            """);

        var found = At(PersonalData, "the two advisers");
        var alarm = Score(labels, found with { Location = found.Location with { Excerpt = "[NAME]" } }).FalseAlarms.ShouldHaveSingleItem();

        // The first line is the masked excerpt; with -v a second line gives the finding's message as its reason.
        alarm.Split('\n')[0].ShouldBe("EL5001: [NAME]");
        alarm.ShouldContain("why: ");
    }

    [Test]
    public void A_detailed_expectation_needs_the_same_criterion()
    {
        var labels = CorpusLabels.Parse("""
            expect:
              - id: EL2001
                detail: MCS.3
            """);

        Score(labels, Diagnostic.CreateWithDetail(NotEvidenced, EvidenceLocation.ForDocument("a.md"), "MCS.3")).Counts["EL2001"].ShouldBe((1, 0, 0));
        var wrong = Score(labels, Diagnostic.CreateWithDetail(NotEvidenced, EvidenceLocation.ForDocument("a.md"), "MCS.5"));
        wrong.Counts["EL2001"].ShouldBe((0, 0, 1));
        wrong.Missed.ShouldHaveSingleItem().ShouldContain("MCS.3");
    }

    [Test]
    public void Must_not_findings_are_false_positives_and_unlabelled_ids_are_ignored()
    {
        var labels = CorpusLabels.Parse("""
            unit: MCS
            must_not:
              - EL6001
            """);

        var (_, alarms, counts) = Score(labels, Diagnostic.Create(Length, EvidenceLocation.ForDocument("a.md")), At(Hypothetical, "I would like to coach"));
        counts["EL6001"].ShouldBe((0, 1, 0));
        counts.ContainsKey("EL1002").ShouldBeFalse();
        alarms.ShouldHaveSingleItem().ShouldStartWith("EL6001");
    }

    [Test]
    public void Precision_and_recall_follow_the_counts()
    {
        var score = new RuleScore("EL1002", 3, 1, 2);
        score.Precision.ShouldBe(0.75);
        score.Recall.ShouldBe(0.6);
        new RuleScore("EL1002", 0, 0, 0).Precision.ShouldBe(1);
    }
}
