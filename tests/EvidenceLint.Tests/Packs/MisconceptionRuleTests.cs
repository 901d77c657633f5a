using EvidenceLint.Analysis;
using EvidenceLint.Packs;
using EvidenceLint.Tests.Testing;

namespace EvidenceLint.Tests.Packs;

/// <summary>The hard cases of the misconception rules, with the exact span each finding must cover.</summary>
public class MisconceptionRuleTests
{
    private static DeclarativeRuleAnalyzer Rule(string id) => new(BuiltInRulePacks.Rules.Single(r => r.Id == id));

    [Test]
    public void EL4001_flags_AHT_offered_as_proof_of_quality_from_AHT_to_the_quality_claim() =>
        RuleTest.Verify("""
            The {|EL4001:AHT report is mostly green, which shows the quality|} of our calls is good.
            """, Rule("EL4001"));

    [Test]
    public void EL4001_stays_quiet_on_AHT_named_as_an_efficiency_measure_beside_FCR_and_CSAT() =>
        RuleTest.Verify("""
            We also track average handling time (AHT). AHT is an efficiency measure that helps us plan staffing; it does
            not tell us whether the parcel turned up, so quality is judged on FCR and CSAT.

            My manager and I agreed the longer calls were an acceptable cost, because AHT tells us how long calls take
            rather than whether the customer's problem was solved, and the quality measures (FCR, CSAT and QA scores)
            had all improved.
            """, Rule("EL4001"));

    [Test]
    public void EL4002_does_not_count_a_negated_mention_of_GDPR_as_addressing_it() =>
        RuleTest.Verify("""
            I checked the policy details on the {|EL4002:CRM|} and listened to the call recording.

            I did not need to think about GDPR for this complaint, because it was about his premium and not his data.
            """, Rule("EL4002"));

    [Test]
    public void EL4002_counts_data_protection_mentioned_beside_a_negative() =>
        RuleTest.Verify("""
            I listened to four recorded calls for each adviser.

            Recordings are opened only inside the quality system, and under our data protection policy nothing that
            identifies a customer goes into my scoring notes.
            """, Rule("EL4002"));

    [Test]
    public void EL4007_flags_a_warning_with_no_support() =>
        RuleTest.Verify("""
            Adviser J has been over target for a month. I have also given him a {|EL4007:verbal warning|} about his wrap time.
            """, Rule("EL4007"));

    [Test]
    public void EL4007_stays_quiet_when_a_coaching_session_follows_the_warning() =>
        RuleTest.Verify("""
            I gave him a verbal warning about his lateness.

            The following week I held a coaching session with him using the GROW model, and his adherence rose to 92%.
            """, Rule("EL4007"));

    [Test]
    public void A_pack_rule_severity_is_configured_like_any_other_rule() =>
        RuleTest.Verify(
            "I have also given him a verbal warning about his wrap time.",
            LintOptions.Default with { Severities = LintOptions.Default.Severities.Add("punitive-only-response", null) },
            Rule("EL4007"));
}
