using EvidenceLint.Packs;
using EvidenceLint.Reading;
using EvidenceLint.Tests.Testing;

namespace EvidenceLint.Tests.Packs;

/// <summary>The five declarative kinds and their scopes, each on a small pack written inline.</summary>
public class RuleKindTests
{
    private static DeclarativeRuleAnalyzer Pack(string body) =>
        new(RulePackLoader.Load($"""
            rules:
              - id: EL9001
                alias: test-rule
                title: Test rule
                severity: info
                category: test
                message: Found '{"{term}"}'.
            {body}
            """, "test.yaml").Rules.Single());

    [Test]
    public void Existence_flags_each_plain_mention_and_skips_negated_hypothetical_and_quoted_ones() =>
        RuleTest.Verify("""
            I put the figures on the {|EL9001:wallboard|}. I did not update the wallboard on Friday. I will move the wallboard.

            She said "the wallboard is broken".
            """, Pack("""
                kind: existence
                terms: [wallboard]
            """));

    [Test]
    public void Existence_can_opt_in_to_negated_text() =>
        RuleTest.Verify("I did not update the {|EL9001:wallboard|}.", Pack("""
                kind: existence
                terms: [wallboard]
                include: [negated]
            """));

    [Test]
    public void Exceptions_cancel_a_match_in_the_same_sentence_or_scope()
    {
        RuleTest.Verify("I updated the wallboard daily. I updated the {|EL9001:wallboard|} weekly.", Pack("""
                kind: existence
                terms: [wallboard]
                exceptions: [daily]
            """));
        RuleTest.Verify("I updated the wallboard daily. I updated the wallboard weekly.", Pack("""
                kind: existence
                scope: paragraph
                terms: [wallboard]
                exceptions: [daily]
                exceptionScope: scope
            """));
    }

    [Test]
    public void Co_occurrence_in_require_mode_flags_terms_without_their_partner_in_the_scope() =>
        RuleTest.Verify("""
            I set a {|EL9001:target|} for FCR.

            I set a target for FCR of 75% by March.
            """, Pack("""
                kind: co-occurrence
                mode: require
                scope: paragraph
                terms: [target]
                with: ["{percent}"]
            """));

    [Test]
    public void Co_occurrence_does_not_pair_neighbouring_items_of_a_list_but_does_pair_a_claim() =>
        RuleTest.Verify("""
            Each week I checked handling time, customer satisfaction and adherence.

            I checked handling time and satisfaction scores.

            For me {|EL9001:handling time shows satisfaction|}.

            A short {|EL9001:handling time, that's satisfaction|} for me.
            """, Pack("""
                kind: co-occurrence
                terms: [handling time]
                with: [satisfaction]
            """));

    [Test]
    public void Sequence_flags_the_first_term_of_each_section_that_nothing_follows_in_it() =>
        RuleTest.Verify("""
            # Monitoring

            I {|EL9001:monitored|} the calls. Later I monitored chats.

            # Feedback

            I gave feedback to each adviser. Then I {|EL9001:monitored|} again.
            """, Pack("""
                kind: sequence
                scope: section
                terms: [monitor]
                then: [feedback]
            """));

    [Test]
    public void A_sequence_is_not_closed_by_what_comes_before_it() =>
        RuleTest.Verify("I gave feedback at the huddle. Then I {|EL9001:monitored|} the calls.", Pack("""
                kind: sequence
                scope: document
                terms: [monitor]
                then: [feedback]
            """));

    [Test]
    public void Absence_given_trigger_is_judged_per_scope() =>
        RuleTest.Verify("""
            I gave a {|EL9001:refund|} to the customer.

            I gave a refund and logged it.
            """, Pack("""
                kind: absence-given-trigger
                scope: paragraph
                trigger: [refund]
                required: [log]
            """));

    [Test]
    public void Ratio_flags_a_scope_whose_share_of_items_with_the_property_is_too_low()
    {
        var rule = Pack("""
                kind: ratio
                of: paragraph
                trigger: [monitor]
                terms: [listen]
                min: 0.5
                minItems: 2
            """);

        RuleTest.Verify("""
            {|EL9001:I monitored AHT.|}

            I monitored FCR.

            I monitored adherence and listened to calls.
            """, rule);
        RuleTest.Verify("""
            I monitored AHT.

            I monitored calls and listened to them.
            """, rule);
        RuleTest.Verify("I monitored AHT.", rule);
    }

    [Test]
    public void A_rule_for_some_units_stays_quiet_without_one() =>
        RuleTest.Verify("I updated the wallboard.", Pack("""
                kind: existence
                appliesTo: [MCS]
                terms: [wallboard]
            """));
}
