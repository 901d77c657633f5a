using EvidenceLint.Analysis;
using EvidenceLint.Rules.LearningOutcomes;
using EvidenceLint.Tests.Testing;

namespace EvidenceLint.Tests.Rules;

[RuleTests(RuleIds.NotWrittenInFirstPerson)]
public class NotWrittenInFirstPersonTests
{
    private static readonly NotWrittenInFirstPersonAnalyzer Analyzer = new();

    [Test]
    public void Passive_third_person_account_is_flagged() => RuleTest.Verify("""
        {|EL1003:|}A new complaints procedure was developed for the department. The objective was to reduce complaints.

        The procedure has now been implemented. Agents were told to read it. Posters were put up in the staff room.

        Complaints are kept for six years. I think it is working well.
        """, Analyzer);

    [Test]
    public void Account_in_the_first_person_passes() => RuleTest.Verify("""
        I set three standards with my team in March. We agreed them at a huddle.

        I listened to five calls a week for each adviser. I scored them on the QA form.

        The company sells furniture online. I changed the rota because of what I found. Complaints fell by 20%.
        """, Analyzer);

    [Test]
    public void Numbered_procedure_steps_and_quotes_do_not_count_against_the_learner() => RuleTest.Verify("""
        I wrote the new procedure with two agents in May. I tested it on the complaints queue.

        - Listen to the customer and apologise.

        - Log the complaint on the CRM.

        - Send the acknowledgement letter.

        > Thank you for calling. Can I take your account number? Let me check that for you.

        I reviewed the first fifty complaints after launch and changed step three.
        """, Analyzer);

    [Test]
    public void Too_few_sentences_to_judge_stays_quiet() => RuleTest.Verify("""
        The procedure was written. It was launched in May.
        """, Analyzer);

    [Test]
    public void Threshold_is_configurable()
    {
        var strict = LintOptions.Default with
        {
            RuleOptions = LintOptions.Default.RuleOptions.Add("EL1003", System.Collections.Immutable.ImmutableDictionary<string, string>.Empty.Add("minimumShare", "0.9")),
        };
        RuleTest.Verify("""
            {|EL1003:|}I set the standards. I briefed the team. The team agreed them. The wallboard shows them. Agents like them.
            """, strict, Analyzer);
    }
}
