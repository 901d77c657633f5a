using EvidenceLint.Evidence;
using EvidenceLint.Reading;
using EvidenceLint.Text;
using EvidenceLint.Units;

namespace EvidenceLint.Tests.Analysis;

/// <summary>
/// A procedure the learner made, set out as a list of steps, is a step-by-step procedure whatever words its steps use:
/// an indicator group marked <c>listedSteps</c> counts the steps, as an assessor reading the procedure would.
/// </summary>
public class ListedStepsTests
{
    private static readonly UnitPack Pack = UnitPackLoader.Load("""
        id: PRC
        title: Procedure unit
        learningOutcomes:
          - {id: LO1, wording: Design procedures., verbs: [design]}
        criteria:
          - id: PRC.1
            wording: Documented procedures are clear and practical and comply with data protection regulation.
            indicators:
              - {name: step-by-step procedure, listedSteps: true, terms: [step-by-step, flowchart]}
              - {name: data protection, terms: [GDPR, data protection]}
            evidence: {covered: 2, partial: 1, scope: section}
        """, "prc.yaml");

    private const string Claim = "I designed the callback procedure in February after the complaints review.";

    private static CriterionCoverage Coverage(string markdown) =>
        CoverageAnalysis.Analyse(TextModel.Create(new PlainTextReader(InputFormat.Markdown).ReadString(markdown, "t.md")), Pack).Get("PRC.1");

    [Test]
    public void Three_numbered_steps_under_a_heading_naming_the_learners_procedure_are_step_by_step()
    {
        var coverage = Coverage($"""
            {Claim}

            ## The procedure (version 2)

            1. The agent asks whether the customer wants a callback.
            2. The agent books the slot in the dialler.
            3. The agent records consent to call back, as UK GDPR requires.
            """);

        coverage.Status.ShouldBe(CoverageStatus.Covered);
        coverage.Evidence.Select(p => p.Excerpt).ShouldBe(
        [
            "The agent asks whether the customer wants a callback.",
            "The agent books the slot in the dialler.",
            "The agent records consent to call back, as UK GDPR requires.",
        ]);
        coverage.Evidence[0].Indicators.ShouldBe(["step-by-step procedure"]);
        coverage.Evidence[2].Indicators.ShouldBe(["step-by-step procedure", "data protection"]);
    }

    [Test]
    public void Steps_introduced_by_a_sentence_about_the_procedure_count_too()
    {
        var coverage = Coverage($"""
            {Claim}

            The procedure has four steps, and data protection is built into the first:

            - Check the caller's identity before discussing the account.
            - Offer a callback slot.
            - Book it in the dialler.
            - Call back within the slot.
            """);

        coverage.Status.ShouldBe(CoverageStatus.Covered);
        coverage.Evidence.Count(p => p.Indicators.Contains("step-by-step procedure")).ShouldBe(4);
    }

    [Test]
    public void Steps_stated_as_rules_in_the_future_are_the_procedure()
    {
        var coverage = Coverage($"""
            {Claim}

            ## The procedure

            1. The agent will ask whether the customer wants a callback.
            2. The agent will book the slot in the dialler.
            3. The agent will record consent to call back, as UK GDPR requires.
            """);

        coverage.Status.ShouldBe(CoverageStatus.Covered);
        coverage.Evidence.Count(p => p.Indicators.Contains("step-by-step procedure")).ShouldBe(3);
        coverage.Evidence.ShouldContain(p => p.Indicators.Contains("data protection"));
    }

    [Test]
    public void The_learners_own_plans_set_out_as_a_list_are_not_a_procedure()
    {
        var coverage = Coverage($"""
            {Claim}

            ## The procedure

            1. I will ask the agents what confuses callers.
            2. I will pilot it with two agents.
            3. I will check that it complies with UK GDPR.
            """);

        coverage.Evidence.ShouldBeEmpty();
        coverage.Status.ShouldNotBe(CoverageStatus.Covered);
    }

    [Test]
    public void Two_items_are_an_example_not_a_procedure()
    {
        var coverage = Coverage($"""
            {Claim}

            ## The procedure

            1. The agent records consent to call back, as UK GDPR requires.
            2. The agent books the slot in the dialler.
            """);

        coverage.Status.ShouldBe(CoverageStatus.Partial);
        coverage.Evidence.ShouldAllBe(p => !p.Indicators.Contains("step-by-step procedure"));
    }

    [TestCase("Our quality team designed the callback procedure in February.")]
    [TestCase("I would like to design a callback procedure next year.")]
    public void Steps_of_a_procedure_the_learner_did_not_make_show_nothing(string claim)
    {
        var coverage = Coverage($"""
            {claim}

            ## The procedure

            1. The agent asks whether the customer wants a callback.
            2. The agent books the slot in the dialler.
            3. The agent records consent to call back, as UK GDPR requires.
            """);

        coverage.Evidence.ShouldAllBe(p => !p.Indicators.Contains("step-by-step procedure"));
        coverage.Status.ShouldNotBe(CoverageStatus.Covered);
    }

    [Test]
    public void A_list_of_what_the_learner_did_is_not_a_documented_procedure()
    {
        var coverage = Coverage($"""
            {Claim}

            ## What I did next

            - I met the dialler team.
            - I asked three agents what confused callers.
            - I checked the wording against UK GDPR.
            """);

        coverage.Evidence.ShouldAllBe(p => !p.Indicators.Contains("step-by-step procedure"));
        coverage.Status.ShouldBe(CoverageStatus.Partial);
    }
}
