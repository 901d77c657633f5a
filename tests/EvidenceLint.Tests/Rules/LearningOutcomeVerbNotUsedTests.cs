using EvidenceLint.Analysis;
using EvidenceLint.Rules.LearningOutcomes;
using EvidenceLint.Tests.Testing;

namespace EvidenceLint.Tests.Rules;

[RuleTests(RuleIds.LearningOutcomeVerbNotUsed)]
public class LearningOutcomeVerbNotUsedTests
{
    private static readonly LearningOutcomeVerbNotUsedAnalyzer Analyzer = new();

    private static readonly LintOptions Mcs = LintOptions.Default with { Unit = "MCS" };

    private static readonly LintOptions Scs = LintOptions.Default with { Unit = "SCS" };

    /// <summary>MCS LO1 (establish, communicate) and LO2 (support) evidenced, so only LO3 (monitor, evaluate) is in question.</summary>
    private const string McsLo1AndLo2 =
        "I established two standards with the team in January and communicated them at the Monday briefing. I supported Adviser G with two coaching sessions.";

    [TestCase("I monitored the team's calls every week.")]
    [TestCase("We have evaluated the survey comments from March.")]
    [TestCase("I've monitored the wallboard every day since March.")]
    [TestCase("My team leader and I monitored the queue during the outage.")]
    [TestCase("I listened to five calls per adviser and evaluated each one against the QA form.")]
    [TestCase("I listened to the calls, scored them and then evaluated the results with the quality team.")]
    [TestCase("When I evaluated the first four weeks of data, FCR had only reached 70%.")]
    [TestCase("After monitoring the calls for a month, I changed the opening script.")]
    [TestCase("I improved the score by monitoring the chat queue every hour.")]
    [TestCase("I was monitoring the queue when the outage started.")]
    [TestCase("I started monitoring the chat queue in May.")]
    [TestCase("I also regularly monitored repeat contacts.")]
    [TestCase("I discussed it with my manager and evaluated the options.")]
    [TestCase("I monitored and evaluated customer service performance, systems and processes using the QA scorecard.")]
    public void Verb_used_as_the_learners_own_action_passes(string sentence) =>
        RuleTest.Verify($"{McsLo1AndLo2} {sentence}", Mcs, Analyzer);

    [Test]
    public void Irregular_past_counts() => RuleTest.Verify(
        "I resolved the complaint within five days. I monitored the team's AHT every week. I led a five-minute huddle at 8:45 to go through the plan.",
        Scs,
        Analyzer);

    [TestCase("I did not monitor calls during the week of 11 March, because the recording system was being upgraded.")]
    [TestCase("I don't really monitor my performance, that is my team leader's job.")]
    [TestCase("I will monitor the calls next month and evaluate the results.")]
    [TestCase("I would like to evaluate the survey results at some point.")]
    [TestCase("Next time I would monitor the calls more often.")]
    [TestCase("Adviser K told me: \"I monitored my own calls and evaluated them.\"")]
    [TestCase("My manager monitored the calls and evaluated the scores.")]
    [TestCase("I listened in while my manager monitored the calls.")]
    [TestCase("I found that the quality team had monitored every call.")]
    [TestCase("Calls were monitored by the quality team.")]
    [TestCase("The calls have been monitored and evaluated by the quality team.")]
    [TestCase("I monitor the team's AHT every day.")]
    [TestCase("I carried out an evaluation of the survey comments.")]
    [TestCase("I was responsible for monitoring the queue.")]
    [TestCase("I monitored and evaluated customer service performance, systems and processes.")]
    [TestCase("Did I monitor the calls often enough, and did I evaluate what they showed?")]
    public void Verb_not_used_as_the_learners_own_past_action_fires(string sentence) =>
        RuleTest.Verify($"{{|EL1001:|}}{McsLo1AndLo2} {sentence}", Mcs, Analyzer);

    [Test]
    public void Pasted_outcome_wording_does_not_count() => RuleTest.Verify($$"""
        {|EL1001:|}Be able to monitor and evaluate customer service performance, systems and processes.

        {{McsLo1AndLo2}}
        """, Mcs, Analyzer);

    [Test]
    public void Outcome_claimed_only_as_ability_does_not_count() => RuleTest.Verify(
        $"{{|EL1001:|}}{McsLo1AndLo2} I am able to monitor and evaluate customer service performance, systems and processes.",
        Mcs,
        Analyzer);

    [Test]
    public void Heading_and_block_quote_do_not_count() => RuleTest.Verify($$"""
        # {|EL1001:|}Monitoring and evaluating

        {{McsLo1AndLo2}}

        > I monitored every call and evaluated the results.
        """, Mcs, Analyzer);

    [Test]
    public void Present_role_description_does_not_count() => RuleTest.Verify(
        "{|EL1001:|}I lead twelve advisers. I resolved the complaint within five days. I monitored the team's AHT every week.",
        Scs,
        Analyzer);

    [Test]
    public void Each_outcome_lacking_its_verbs_is_reported_once_with_its_detail_and_a_useful_message()
    {
        var result = RuleTest.Verify(
            "{|EL1001:|}I answered calls on the billing queue and listened to some recordings. I did not monitor calls in March.",
            Mcs,
            Analyzer);

        result.Diagnostics.Select(d => d.Detail).ShouldBe(["LO1/establish,communicate", "LO2/support", "LO3/monitor,evaluate"], ignoreOrder: true);
        var lo3 = result.Diagnostics.Single(d => d.Detail == "LO3/monitor,evaluate");
        lo3.Location.IsDocumentLevel.ShouldBeTrue();
        lo3.Severity.ShouldBe(DiagnosticSeverity.Warning);
        lo3.Message.ShouldStartWith("LO3 (monitor and evaluate customer service performance");
        lo3.Message.ShouldContain("never seems to use 'monitor' or 'evaluate' for something you did yourself");
        lo3.Message.ShouldContain("'I monitored\u2026', 'I evaluated\u2026'");
        result.Diagnostics.Single(d => d.Detail == "LO1/establish,communicate").Message.ShouldContain("'establish' or 'communicate'");
    }

    [Test]
    public void Nothing_is_reported_without_a_unit() =>
        RuleTest.Verify("I answered calls on the billing queue and listened to some recordings.", Analyzer);
}
