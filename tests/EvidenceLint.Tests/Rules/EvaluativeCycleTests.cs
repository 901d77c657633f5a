using System.Collections.Immutable;
using System.Text.Json;
using EvidenceLint.Analysis;
using EvidenceLint.Evidence;
using EvidenceLint.Rules.Cycle;
using EvidenceLint.Reporting;
using EvidenceLint.Tests.Testing;

namespace EvidenceLint.Tests.Rules;

public class EvaluativeCycleTests
{
    private static readonly MonitoringWithoutOutcomeAnalyzer MonitoringWithoutOutcome = new();
    private static readonly ChangeWithoutEvidenceAnalyzer ChangeWithoutEvidence = new();
    private static readonly ChangeNeverReviewedAnalyzer ChangeNeverReviewed = new();
    private static readonly EvaluativeCycleIncompleteAnalyzer CycleIncomplete = new();

    private const string FullCycle = """
        ## Monitoring

        Each week I listened to four recorded calls per adviser and read the survey comments. When I analysed the
        repeat contacts I found that 41% were about the excess. I changed the closing script so that advisers explain
        the excess. By the end of March repeat calls had fallen from 26 to 7 a week.
        """;

    /// <summary>The MCS unit's own wording for monitoring and improving, pasted back as a learner might.</summary>
    private const string PastedCriteria = """
        Systematic use of quality monitoring tools (call recording, screen capture, customer feedback surveys) to assess adherence to standards.

        Monitoring data analysed and used to make evidence-based improvements to processes or service delivery.
        """;

    private static LintResult LintForUnit(string markup, string unit, params EvidenceAnalyzer[] analyzers)
    {
        var (document, _) = RuleTest.Parse(markup);
        var linter = new EvidenceLinter(analyzers, units: BuiltInUnits.Catalog);
        return linter.Lint(document, new LintRequest { Unit = unit });
    }

    // EL3001 -------------------------------------------------------------------------------------------------------

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
        LintForUnit("## Monitoring\n\n" + PastedCriteria, "MCS", MonitoringWithoutOutcome).Diagnostics.ShouldBeEmpty();

    // EL3002 -------------------------------------------------------------------------------------------------------

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
        const string Markup = PastedCriteria + "\n\nI changed the closing script in May.";
        RuleTest.Verify(Markup, ChangeWithoutEvidence); // without a unit the wording reads as monitoring
        var diagnostics = LintForUnit(Markup, "MCS", ChangeWithoutEvidence).Diagnostics;
        diagnostics.Select(d => d.Id).ShouldBe([RuleIds.ChangeWithoutEvidence]);
        diagnostics[0].Location.Excerpt.ShouldStartWith("I changed the closing script");
    }

    // EL3003 -------------------------------------------------------------------------------------------------------

    [Test]
    public void Change_never_checked_is_flagged() => RuleTest.Verify("""
        The survey showed that customers were confused by the closing script. {|EL3003:I changed the script so that
        advisers confirm the next step.|}
        """, ChangeNeverReviewed);

    [Test]
    public void Change_with_a_later_before_and_after_figure_passes() => RuleTest.Verify(FullCycle, ChangeNeverReviewed);

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

    // EL3004 -------------------------------------------------------------------------------------------------------

    [Test]
    public void Account_with_the_whole_cycle_passes() => RuleTest.Verify(FullCycle, CycleIncomplete);

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
        var result = LintForUnit(PastedCriteria, "MCS", CycleIncomplete);
        result.Cycle!.Shown.ShouldBe(CycleStages.None);
        result.Diagnostics.Select(d => d.Id).ShouldBe([RuleIds.EvaluativeCycleIncomplete]);
    }

    // The analysis and its outputs ----------------------------------------------------------------------------------

    [Test]
    public void Stages_are_found_without_a_unit()
    {
        var result = RuleTest.Verify(FullCycle);
        result.Unit.ShouldBeNull();
        result.Cycle!.IsComplete.ShouldBeTrue();
        result.Cycle.Passages.ShouldContain(p => p.Stages.HasFlag(CycleStages.Review));
    }

    [Test]
    public void A_measure_before_any_change_is_not_a_review()
    {
        var result = RuleTest.Verify("In April the team's FCR went from 64% to 58%, so I listened to ten calls.");
        result.Cycle!.Review.ShouldBeFalse();
        result.Cycle.Act.ShouldBeFalse();
    }

    [Test]
    public void Json_report_writes_the_cycle_stages()
    {
        var result = RuleTest.Verify("I listened to ten recorded calls and found that 3 skipped the second security question.");
        string report = JsonReport.ToJson([result], "1.0.0");
        Schemas.ShouldMatchJsonContract(report);
        using var json = JsonDocument.Parse(report);
        var cycle = json.RootElement.GetProperty("documents")[0].GetProperty("cycle");
        cycle.GetProperty("monitor").GetBoolean().ShouldBeTrue();
        cycle.GetProperty("analyse").GetBoolean().ShouldBeTrue();
        cycle.GetProperty("act").GetBoolean().ShouldBeFalse();
        cycle.GetProperty("review").GetBoolean().ShouldBeFalse();
    }

    [Test]
    public void Console_report_summarises_the_cycle_in_one_line()
    {
        var result = RuleTest.Verify("I listened to ten recorded calls and found that 3 skipped the second security question.");
        var writer = new StringWriter();
        ConsoleReport.Write(writer, [result], useColor: false);
        writer.ToString().ShouldContain("account.md: evaluative cycle: monitor yes -> analyse yes -> act no -> review no (not shown: act, review)");
    }

    [Test]
    public void Cycle_terms_load_errors_name_the_file_line_and_column()
    {
        Should.Throw<InvalidDataException>(() => CycleTerms.Load("monitoring: [monitor]\nmonitorring: [listen]\n", "rules/cycle.yaml"))
            .Message.ShouldStartWith("rules/cycle.yaml:2:1: error: unknown group 'monitorring'");
        Should.Throw<InvalidDataException>(() => CycleTerms.Load("monitoring: [monitor]\n", "rules/cycle.yaml"))
            .Message.ShouldContain("missing group(s)");
        Should.Throw<InvalidDataException>(() => CycleTerms.Load("monitoring: [monitor\n", "rules/cycle.yaml"))
            .Message.ShouldContain("malformed YAML");
    }

    [Test]
    public void Built_in_cycle_terms_load() => CycleTerms.Default.Monitoring.Terms.ShouldContain("monitor");

    // The act stage told without the change verbs --------------------------------------------------------------------

    [TestCase("From then on the team read the payment date back on every call.")]
    [TestCase("We switched to a shorter greeting.")]
    [TestCase("I rewrote the script.")]
    [TestCase("Since then we check the date on every call.")]
    [TestCase("Now we always read the date back.")]
    [TestCase("I changed the closing question.")]
    [TestCase("I replaced the old greeting with a shorter one.")]
    [TestCase("I reworded the arrears letter.")]
    public void A_change_told_in_everyday_words_is_the_act_stage(string change)
    {
        var result = RuleTest.Verify($"I listened to ten calls and found that most skipped the date. {change}");
        result.Cycle!.Act.ShouldBeTrue();
    }

    [TestCase("The plumber replaced the washer.")]
    [TestCase("I will switch to a shorter greeting next month.")]
    [TestCase("We did not switch to the new script.")]
    [TestCase("If the pilot goes well, we would switch to the new script.")]
    public void Replacing_a_part_plans_and_denials_are_not_the_act_stage(string sentence)
    {
        var result = RuleTest.Verify(sentence);
        result.Cycle!.Act.ShouldBeFalse();
    }
}
