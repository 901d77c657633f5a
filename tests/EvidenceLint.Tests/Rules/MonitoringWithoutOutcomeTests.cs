using EvidenceLint.Analysis;
using EvidenceLint.Rules.Cycle;
using EvidenceLint.Tests.Testing;

namespace EvidenceLint.Tests.Rules;

/// <summary>EL3001: monitoring that nothing follows (no analysis, action or outcome) in its section or the next.</summary>
[RuleTests(RuleIds.MonitoringWithoutOutcome)]
public class MonitoringWithoutOutcomeTests
{
    private static readonly MonitoringWithoutOutcomeAnalyzer MonitoringWithoutOutcome = new();

    [Test]
    public void Monitoring_with_nothing_after_it_is_flagged() => RuleTest.Verify("""
        ## Monitoring

        {|EL3001:I listened to three recorded calls per adviser every fortnight.|} The calls were mostly fine.

        ## Reflection

        I think the team is doing well.
        """, MonitoringWithoutOutcome);

    [Test]
    public void Only_the_monitoring_after_the_last_outcome_of_a_section_is_flagged() => RuleTest.Verify("""
        ## Monitoring my performance

        I monitored my own figures each month. In February I found that two flags were late, so since then I add the
        flag during the call. {|EL3001:I also looked at my survey comments for March.|} Most were about the wait.
        """, MonitoringWithoutOutcome);

    [Test]
    public void Monitoring_that_leads_to_an_agreed_action_passes() => RuleTest.Verify("""
        ## Monitoring

        I listened to three recorded calls per adviser every fortnight and scored them on the QA form. Where a score
        was under 80% we agreed one thing for the adviser to practise that week.
        """, MonitoringWithoutOutcome);

    [Test]
    public void An_outcome_under_the_next_heading_answers_the_monitoring() => RuleTest.Verify("""
        ## Consultation

        I read all 17 executor complaints to see the problem from the families' side.

        ## The procedure

        I designed the procedure around the three situations advisers met most often.
        """, MonitoringWithoutOutcome);

    [TestCase("I did not monitor calls in March because the recording system was being upgraded.")]
    [TestCase("I don't really monitor my performance, that is my team leader's job.")]
    [TestCase("I will listen to three recorded calls per adviser next month.")]
    [TestCase("I would like to look at the survey comments when it is quieter.")]
    public void Negated_and_planned_monitoring_is_not_flagged(string sentence) =>
        RuleTest.Verify($"## Monitoring\n\n{sentence}", MonitoringWithoutOutcome);

    [Test]
    public void Quoted_monitoring_is_not_flagged() => RuleTest.Verify("""
        ## Monitoring

        > I listened to three recorded calls per adviser every fortnight.
        """, MonitoringWithoutOutcome);

    [Test]
    public void Pasted_criterion_wording_is_not_monitoring() =>
        CycleAccounts.LintForUnit("## Monitoring\n\n" + CycleAccounts.PastedCriteria, "MCS", MonitoringWithoutOutcome).Diagnostics.ShouldBeEmpty();
}
