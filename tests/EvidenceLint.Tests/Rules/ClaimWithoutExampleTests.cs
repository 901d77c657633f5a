using EvidenceLint.Tests.Testing;
using EvidenceLint.Rules.Writing;

namespace EvidenceLint.Tests.Rules;

[RuleTests(RuleIds.ClaimWithoutExample)]
public class ClaimWithoutExampleTests
{
    private static readonly ClaimWithoutExampleAnalyzer Analyzer = new();

    [Test]
    public void Claims_with_nothing_specific_in_their_paragraph_are_flagged_one_per_sentence() =>
        RuleTest.Verify("""
            {|EL6002:I always give excellent service and I am very good at dealing with angry customers.|} If anyone in the team is struggling they know they can ask me or one of the seniors.

            {|EL6002:The team always hits its targets.|} {|EL6002:I have excellent communication skills.|}
            """, Analyzer);

    [Test]
    public void Judgements_of_the_work_are_claims_too() =>
        RuleTest.Verify("""
            A new procedure was written for the department. {|EL6002:The procedure has now been implemented and has been very successful.|}

            {|EL6002:I think the procedure is working well.|} It is now part of how the department works.
            """, Analyzer);

    [Test]
    public void Praise_and_sufficiency_in_everyday_words_are_claims() =>
        RuleTest.Verify("""
            {|EL6002:My advisers always go above and beyond.|}

            {|EL6002:We always have enough cover when the phones get busy.|}

            {|EL6002:The new process is really clear and easy to follow.|}
            """, Analyzer);

    [Test]
    public void Clear_and_enough_about_something_else_pass() =>
        RuleTest.Verify("""
            The customer was not clear about the charge, so I went through the statement with her line by line.

            There were not enough advisers on the Saturday shift, so I offered overtime to three of them.
            """, Analyzer);

    [Test]
    public void A_claim_backed_by_specifics_in_its_paragraph_passes() =>
        RuleTest.Verify("""
            I am very good at dealing with angry customers. On one call last Tuesday a customer was shouting about a missed refund, so I let him finish, apologised and booked the refund while he was on the line.

            The team always hits its targets: in March FCR was 78% against a target of 75%.

            I always put the customer first. When Adviser R was unsure about a bereavement call I took it over and logged the notes on the CRM.

            I listened to calls using the QA scorecard and read the post-call survey comments. The survey comments told me more than the scores did, and I think the coaching is working well.
            """, Analyzer);

    [Test]
    public void Negated_claims_pass() =>
        RuleTest.Verify("""
            I do not always give excellent service when the queue is long. I am not a good judge of my own calls yet.
            """, Analyzer);

    [Test]
    public void Hypothetical_claims_pass() =>
        RuleTest.Verify("""
            I would like to be a good team leader who always puts the customer first. If I were more patient I would be very good at coaching.
            """, Analyzer);

    [Test]
    public void Quoted_claims_pass() =>
        RuleTest.Verify("""
            Our company slogan is "We always give excellent service", which nobody can measure.

            > I am a good team leader and I always put the customer first.
            """, Analyzer);

    [Test]
    public void Judgements_of_other_things_and_general_advice_pass() =>
        RuleTest.Verify("""
            That is a good slogan, but it is not a standard. It is good practice to check the repair history before booking. The customer was happy with the outcome.
            """, Analyzer);
}
