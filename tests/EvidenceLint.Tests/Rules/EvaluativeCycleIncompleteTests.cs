using EvidenceLint.Analysis;
using EvidenceLint.Evidence;
using EvidenceLint.Rules.Cycle;
using EvidenceLint.Tests.Testing;

namespace EvidenceLint.Tests.Rules;

/// <summary>EL3004: the account as a whole does not show every stage of the evaluative cycle.</summary>
[RuleTests(RuleIds.EvaluativeCycleIncomplete)]
public class EvaluativeCycleIncompleteTests
{
    private static readonly EvaluativeCycleIncompleteAnalyzer CycleIncomplete = new();

    [Test]
    public void Account_with_the_whole_cycle_passes() => RuleTest.Verify(CycleAccounts.FullCycle, CycleIncomplete);

    [Test]
    public void Missing_stages_are_named_once_per_account()
    {
        var result = RuleTest.Verify("""
            {|EL3004:|}## Monitoring

            I listened to some call recordings when I had time. The calls were mostly fine.

            I listened to more calls in March.
            """, CycleIncomplete);
        string message = result.Diagnostics.Single().Message;
        message.ShouldContain("analyse (what the data showed), act (a change made because of it) and review (checking the change's effect)");
        message.ShouldNotContain("monitor (collecting data)");
    }

    [Test]
    public void Negated_and_planned_stages_do_not_count()
    {
        var result = RuleTest.Verify("""
            {|EL3004:|}I don't really monitor my performance. I did not change anything. Next time I would check the
            repair history, and I will look at the figures in June.
            """, CycleIncomplete);
        result.Cycle!.Shown.ShouldBe(CycleStages.None);
    }

    [Test]
    public void Pasted_criterion_wording_shows_no_stage()
    {
        var result = CycleAccounts.LintForUnit(CycleAccounts.PastedCriteria, "MCS", CycleIncomplete);
        result.Cycle!.Shown.ShouldBe(CycleStages.None);
        result.Diagnostics.Select(d => d.Id).ShouldBe([RuleIds.EvaluativeCycleIncomplete]);
    }

    [Test]
    public void Quoted_stages_do_not_count()
    {
        var result = RuleTest.Verify("""
            {|EL3004:|}My team leader said: "I listened to ten calls, found that half skipped the security check, changed the
            script and checked the figures a month later."
            """, CycleIncomplete);
        result.Cycle!.Shown.ShouldBe(CycleStages.None);
    }
}
