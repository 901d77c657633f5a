using System.Collections.Immutable;
using EvidenceLint.Analysis;
using EvidenceLint.Rules.Cycle;
using EvidenceLint.Tests.Testing;

namespace EvidenceLint.Tests.Rules;

/// <summary>EL3003: a change whose effect the account never checks.</summary>
[RuleTests(RuleIds.ChangeNeverReviewed)]
public class ChangeNeverReviewedTests
{
    private static readonly ChangeNeverReviewedAnalyzer ChangeNeverReviewed = new();

    [Test]
    public void Change_never_checked_is_flagged() => RuleTest.Verify("""
        The survey showed that customers were confused by the closing script. {|EL3003:I changed the script so that
        advisers confirm the next step.|}
        """, ChangeNeverReviewed);

    [Test]
    public void Change_with_a_later_before_and_after_figure_passes() => RuleTest.Verify(CycleAccounts.FullCycle, ChangeNeverReviewed);

    [Test]
    public void Change_reviewed_by_monitoring_under_the_next_heading_passes() => RuleTest.Verify("""
        ## Implementing it

        I implemented the procedure on 6 November.

        ## Monitoring and reviewing it

        For the first eight weeks I monitored the procedure weekly and checked 50 recorded payment calls a week.
        """, ChangeNeverReviewed);

    [Test]
    public void Saying_the_effect_has_not_been_checked_outweighs_later_figures() => RuleTest.Verify("""
        ## Improving the service

        {|EL3003:I changed our call guide so that advisers ask for a meter reading.|} I have not had the chance to look
        at whether this has made a difference yet. I will look at the repeat contact figures at the end of June.

        ## Reflection

        Adviser R's progress from 52% to 66% shows me that targeted support works.
        """, ChangeNeverReviewed);

    [Test]
    public void A_planned_review_is_not_a_review() => RuleTest.Verify("""
        {|EL3003:I implemented the procedure on 4 March.|} I would like to review it at some point.
        """, ChangeNeverReviewed);

    [Test]
    public void Unreviewed_changes_are_capped_per_account_as_configured() => RuleTest.Verify(
        """
        The survey showed that customers were confused by the closing script. {|EL3003:I changed the script so that
        advisers confirm the next step.|} I rewrote the refund letter. I introduced a callback option.
        """,
        LintOptions.Default with { RuleOptions = LintOptions.Default.RuleOptions.SetItem("EL3003", ImmutableDictionary<string, string>.Empty.Add("maximumPerDocument", "1")) },
        ChangeNeverReviewed);

    [Test]
    public void The_first_three_unreviewed_changes_are_reported_by_default() => RuleTest.Verify("""
        The survey showed that customers were confused by the closing script. {|EL3003:I changed the script so that
        advisers confirm the next step.|} {|EL3003:I rewrote the refund letter.|} {|EL3003:I introduced a callback option.|}
        I removed the second security question. I added a wallboard.
        """, ChangeNeverReviewed);

    [TestCase("I did not change the closing script.")]
    [TestCase("I would change the closing script if I had more time.")]
    public void Negated_and_planned_changes_need_no_review(string sentence) => RuleTest.Verify(sentence, ChangeNeverReviewed);

    [Test]
    public void A_change_recapped_in_the_reflection_is_not_judged_again() => RuleTest.Verify("""
        ## What I learned

        The workshops changed the design more than anything else.
        """, ChangeNeverReviewed);

    [Test]
    public void A_heading_without_markup_still_starts_a_section() => RuleTest.Verify("""
        The survey showed that customers were confused by the closing script.

        What I learned

        The workshops changed the design more than anything else.
        """, ChangeNeverReviewed);

    [Test]
    public void A_quoted_change_needs_no_review() =>
        RuleTest.Verify("> We changed the closing script in May.", ChangeNeverReviewed);
}
