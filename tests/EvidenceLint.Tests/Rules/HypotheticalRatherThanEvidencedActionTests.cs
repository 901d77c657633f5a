using System.Collections.Immutable;
using EvidenceLint.Analysis;
using EvidenceLint.Rules.LearningOutcomes;
using EvidenceLint.Tests.Testing;

namespace EvidenceLint.Tests.Rules;

[RuleTests(RuleIds.HypotheticalRatherThanEvidencedAction)]
public class HypotheticalRatherThanEvidencedActionTests
{
    private static readonly HypotheticalRatherThanEvidencedActionAnalyzer Analyzer = new();

    [TestCase("I would coach him using the GROW model.")]
    [TestCase("I will look at the repeat contact figures at the end of June.")]
    [TestCase("I should give feedback to the team more often.")]
    [TestCase("I plan to run a refresher on the complaints procedure.")]
    [TestCase("I would like to do some coaching with the two advisers.")]
    [TestCase("I am going to listen to more calls from the evening shift.")]
    [TestCase("We intend to review the standards with the team in April.")]
    [TestCase("I'll keep an eye on the AHT and the conversion figures.")]
    [TestCase("I really would like to review it at some point.")]
    [TestCase("Given more time, I would coach him using the GROW model.")]
    [TestCase("In future I will check the repair history before booking.")]
    [TestCase("Next time I would run a workshop with advisers before drafting.")]
    [TestCase("Next year I want to use the new dashboard with the team.")]
    [TestCase("I need to give feedback sooner.")]
    [TestCase("If she agrees, I will coach her on the new script.")]
    [TestCase("We are planning to add a wallboard.")]
    [TestCase("My manager and I plan to go through the figures at my one-to-one.")]
    public void Learners_plan_is_flagged(string sentence) =>
        RuleTest.Verify($"I listened to ten calls in March. {{|EL1002:{sentence}|}}", Analyzer);

    [Test]
    public void Plan_in_a_list_item_is_flagged() => RuleTest.Verify("""
        I set three standards with the team in January.

        - {|EL1002:I will review the standards every quarter.|}
        """, Analyzer);

    [TestCase("I listened to ten calls and gave each adviser feedback the same day.")]
    [TestCase("I coached Adviser R for four weeks and her score rose from 52% to 66%.")]
    [TestCase("The team will use the new call guide from May.")]
    [TestCase("The procedure will be reviewed by the quality team.")]
    [TestCase("Customers would often ring back the next day.")]
    [TestCase("Every Friday I would listen to five calls for each adviser.")]
    [TestCase("I could see that the wrap time was too long.")]
    [TestCase("I told the customer I would call her back by Friday, and I did.")]
    [TestCase("I set up a huddle, which would run every Monday.")]
    [TestCase("I should have checked the repair history before booking.")]
    [TestCase("I would say empathy is the most important principle in our team.")]
    [TestCase("Our charter promises members that we will deal with them kindly.")]
    [TestCase("Should I have escalated it sooner?")]
    [TestCase("I would not change the rota again without asking the team first.")]
    [TestCase("I won't change the rota again without asking the team first.")]
    [TestCase("I can see now that advisers would have spotted the problem if I had consulted them.")]
    [TestCase("I planned to coach him, and I did so in the first week of May.")]
    [TestCase("She tells us at the end of the month if there is anything we need to do differently.")]
    [TestCase("The charter says we will answer every call within 20 seconds.")]
    [TestCase("I'd already checked her identity before she asked.")]
    [TestCase("The one I want to use here was a real complaint.")]
    [TestCase("In this section I will describe how I set the standards.")]
    public void Evidenced_action_and_other_peoples_plans_pass(string sentence) =>
        RuleTest.Verify(sentence, Analyzer);

    [Test]
    public void Quoted_script_and_headings_pass() => RuleTest.Verify("""
        # What I will do next

        I opened every call with the agreed greeting: "Thank you for calling, I will take your details first."

        > We will answer 80% of calls within 20 seconds.

        "I will call you back within the hour," I said, and I rang her back at 14:10.
        """, Analyzer);

    [Test]
    public void Each_planning_sentence_is_reported_separately() => RuleTest.Verify("""
        I monitored calls for a month. {|EL1002:I would coach the two advisers.|} The figures improved. {|EL1002:I will review them in June.|}
        """, Analyzer);

    [Test]
    public void At_most_five_findings_per_document_the_earliest_kept() => RuleTest.Verify("""
        {|EL1002:I will coach Sam.|} {|EL1002:I will coach Priya.|} {|EL1002:I will coach Lee.|}

        {|EL1002:I will coach Jo.|} {|EL1002:I will coach Ali.|} I will coach Kim. I will coach Max.
        """, Analyzer);

    [Test]
    public void Cap_is_configurable() => RuleTest.Verify("""
        {|EL1002:I will coach Sam.|} I will coach Priya. I will coach Lee.
        """, WithOption("maximumPerDocument", "1"), Analyzer);

    [Test]
    public void Severity_comes_from_configuration()
    {
        var options = LintOptions.Default with
        {
            Severities = LintOptions.Default.Severities.SetItem("EL1002", DiagnosticSeverity.Warning),
        };
        var result = RuleTest.Verify("{|EL1002:I would coach him next month.|}", options, Analyzer);
        result.Diagnostics.Single().Severity.ShouldBe(DiagnosticSeverity.Warning);
    }

    [Test]
    public void Rule_can_be_switched_off_by_alias()
    {
        var options = LintOptions.Default with
        {
            Severities = LintOptions.Default.Severities.SetItem("hypothetical-action", null),
        };
        RuleTest.Verify("I would coach him next month.", options, Analyzer);
    }

    [Test]
    public void Default_severity_is_info_and_the_message_suggests_a_fix()
    {
        var result = RuleTest.Verify("{|EL1002:I would coach him next month.|}", Analyzer);
        var diagnostic = result.Diagnostics.Single();
        diagnostic.Severity.ShouldBe(DiagnosticSeverity.Info);
        diagnostic.Message.ShouldContain("describe a time you did it");
    }

    private static LintOptions WithOption(string name, string value) => LintOptions.Default with
    {
        RuleOptions = LintOptions.Default.RuleOptions.Add("EL1002", ImmutableDictionary<string, string>.Empty.Add(name, value)),
    };
}
