using EvidenceLint.Evidence;
using EvidenceLint.Reading;
using EvidenceLint.Text;
using EvidenceLint.Units;

namespace EvidenceLint.Tests.Analysis;

/// <summary>
/// A standard is said in the future ("90% of calls will be answered by March"): its figure and timeframe, supporting
/// groups that describe what was set, count when the sentence reports the setting as done, and not when it is a plan.
/// </summary>
public class StandardDetailsTests
{
    private static readonly UnitPack Pack = UnitPackLoader.Load("""
        id: STD
        title: Standards unit
        learningOutcomes:
          - {id: LO1, wording: Set standards., verbs: [set]}
        criteria:
          - id: STD.1
            wording: Uses SMART objectives when setting customer service standards.
            indicators:
              - {name: standard set, terms: ["set ... standard", "agree ... {percent}"]}
              - {name: measurable figure, supporting: true, terms: ["{percent}"]}
              - {name: timeframe, supporting: true, terms: [by the end of]}
            evidence: {covered: 3, partial: 1, scope: paragraph}
        """, "std.yaml");

    private static CriterionCoverage Coverage(string markdown) =>
        CoverageAnalysis.Analyse(TextModel.Create(new PlainTextReader(InputFormat.Markdown).ReadString(markdown, "t.md")), Pack).Get("STD.1");

    [TestCase("In September I set a standard with the team: 90% of calls will be answered within 20 seconds by the end of March.")]
    [TestCase("In September the team and I agreed that 90% of calls would be answered within 20 seconds by the end of March.")]
    public void The_figure_and_timeframe_of_a_standard_set_count_though_the_standard_is_said_in_the_future(string sentence)
    {
        var coverage = Coverage(sentence);

        coverage.Status.ShouldBe(CoverageStatus.Partial);
        coverage.Score.ShouldBe(1);
        coverage.Evidence.ShouldHaveSingleItem().Indicators.ShouldBe(["standard set", "measurable figure", "timeframe"]);
    }

    [TestCase("Next year I will set a standard that 90% of calls are answered within 20 seconds by the end of March.")]
    [TestCase("I would like to agree that 90% of calls are answered within 20 seconds by the end of March.")]
    public void A_plan_to_set_a_standard_shows_nothing(string sentence)
    {
        var coverage = Coverage(sentence);

        coverage.Status.ShouldBe(CoverageStatus.Missing);
        coverage.Evidence.ShouldBeEmpty();
    }
}
