using EvidenceLint.Analysis;
using EvidenceLint.Rules.Cycle;
using EvidenceLint.Tests.Testing;

namespace EvidenceLint.Tests.Rules;

/// <summary>EL3002: a change the account shows nothing behind (no monitoring or analysis that prompted it).</summary>
[RuleTests(RuleIds.ChangeWithoutEvidence)]
public class ChangeWithoutEvidenceTests
{
    private static readonly ChangeWithoutEvidenceAnalyzer ChangeWithoutEvidence = new();

    [Test]
    public void Change_with_nothing_that_prompted_it_is_flagged() => RuleTest.Verify("""
        ## Complaints procedure

        {|EL3002:A new complaints procedure was developed for the customer service department.|} It covers deliveries,
        refunds and damaged items.
        """, ChangeWithoutEvidence);

    [Test]
    public void Change_prompted_by_data_earlier_in_the_account_passes() => RuleTest.Verify("""
        ## Background

        The telephony reports showed that most abandoned calls came between 17:00 and 20:00.

        ## Designing the procedure

        I designed a callback procedure with the workforce planning analyst.
        """, ChangeWithoutEvidence);

    [Test]
    public void Keeping_a_record_is_not_a_change() => RuleTest.Verify(
        "I added full notes to the account and added her to the Priority Services Register.", ChangeWithoutEvidence);

    [Test]
    public void A_new_habit_is_a_change() => RuleTest.Verify(
        "{|EL3002:So I now end every call with a short summary of the next steps.|}", ChangeWithoutEvidence);

    [Test]
    public void A_summary_of_the_account_is_not_a_change() => RuleTest.Verify(
        "This account describes how I designed and implemented a new procedure for card payments.", ChangeWithoutEvidence);

    [TestCase("I did not change the closing script.")]
    [TestCase("I would change the closing script if I had more time.")]
    [TestCase("Next time I will introduce a callback option.")]
    public void Negated_and_planned_changes_are_not_flagged(string sentence) => RuleTest.Verify(sentence, ChangeWithoutEvidence);

    [Test]
    public void Quoted_changes_are_not_flagged() =>
        RuleTest.Verify("> We changed the closing script in May.", ChangeWithoutEvidence);

    [Test]
    public void Pasted_criterion_wording_does_not_count_as_the_evidence_behind_a_change()
    {
        const string Markup = CycleAccounts.PastedCriteria + "\n\nI changed the closing script in May.";
        RuleTest.Verify(Markup, ChangeWithoutEvidence); // without a unit the wording reads as monitoring
        var diagnostics = CycleAccounts.LintForUnit(Markup, "MCS", ChangeWithoutEvidence).Diagnostics;
        diagnostics.Select(d => d.Id).ShouldBe([RuleIds.ChangeWithoutEvidence]);
        diagnostics[0].Location.Excerpt.ShouldStartWith("I changed the closing script");
    }
}
