using EvidenceLint.Rules.Coverage;
using EvidenceLint.Tests.Testing;

namespace EvidenceLint.Tests.Rules;

[RuleTests(RuleIds.StandardNotSmart)]
public class StandardNotSmartTests
{
    private static readonly StandardNotSmartAnalyzer Analyzer = new();

    [TestCase("I set a target of 80% of calls answered within 20 seconds.")]
    [TestCase("We agreed a standard that every call is answered politely and professionally.")]
    [TestCase("I set the team a goal to improve customer service.")]
    [TestCase("The objective of the project was to improve the customer experience.")]
    [TestCase("The objective of the procedure is to improve customer service and reduce complaints.")]
    [TestCase("Our aim was to make it easier for customers to get through to us.")]
    [TestCase("The aim of the procedure is to give guests a better stay.")]
    [TestCase("My manager and I agreed an objective to raise CSAT by the end of June.")]
    [TestCase("I set a KPI of 90% adherence for the team.")]
    [TestCase("Target: answer calls within 20 seconds.")]
    [TestCase("Standard 1: answer calls quickly.")]
    [TestCase("I set objectives to improve customer service and reduce complaints.")]
    [TestCase("I set a target for the team to improve customer service.")]
    [TestCase("I established a standard of at least 85% on the QA scorecard for every adviser.")]
    public void Standard_without_a_figure_or_timeframe_is_flagged(string sentence) =>
        RuleTest.Verify($"I lead a team of ten advisers on the billing queue. {{|EL2004:{sentence}|}}", Analyzer);

    [Test]
    public void Message_names_the_missing_timeframe() =>
        RuleTest.Verify("{|EL2004:I set a target of 80% of calls answered within 20 seconds.|}", Analyzer)
            .Diagnostics.Single().Message.ShouldContain("figure but no date");

    [Test]
    public void Message_names_a_broad_aim() =>
        RuleTest.Verify("{|EL2004:The objective of the procedure was to improve customer service.|}", Analyzer)
            .Diagnostics.Single().Message.ShouldContain("broad aim");

    [Test]
    public void Items_of_a_list_of_standards_are_judged_one_by_one() => RuleTest.Verify("""
        ## Standards

        My manager asked me to set standards, so I set them myself. The standards are:

        - {|EL2004:Keep AHT under 5 minutes|}

        - {|EL2004:To improve customer service across the team|}

        - Answer 80% of calls within 20 seconds by the end of March

        My main standard is the AHT one because it shows the advisers know what they are doing.
        """, Analyzer);

    [Test]
    public void Labelled_list_items_do_not_take_their_number_as_the_figure() => RuleTest.Verify("""
        Using their ideas I set two standards:

        - {|EL2004:Standard 1: first contact resolution (FCR) for the team to go up from 64% to 70%.|}

        - {|EL2004:Standard 2: customers should feel listened to and every call should be friendly and professional.|}
        """, Analyzer);

    [Test]
    public void List_under_an_objectives_heading_is_judged() => RuleTest.Verify("""
        ## Objectives

        - {|EL2004:Reduce complaints about late deliveries|}

        - Cut complaints about late deliveries from 40 to 20 a month by the end of June
        """, Analyzer);

    [Test]
    public void A_list_introduced_by_a_pointer_to_the_sentence_that_names_the_standards_is_judged() => RuleTest.Verify("""
        I made the standards myself in May and read them out at the team meeting. They are:

        - Answer 80% of calls within 20 seconds by the end of June

        - {|EL2004:Be friendlier with callers|}
        """, Analyzer);

    [Test]
    public void A_pointer_after_a_sentence_about_something_else_introduces_nothing() => RuleTest.Verify("""
        I read out the new rota at the team meeting. They are:

        - Be friendlier with callers
        """, Analyzer);

    [Test]
    public void Timeframe_in_the_introduction_covers_each_item() => RuleTest.Verify("""
        From that discussion I established three standards for the quarter:

        - Raise FCR on the claims-status queue from 68% to 75%.

        - Every adviser to average at least 85% on the QA scorecard.

        - Keep the team's CSAT score at 4.3 out of 5 or above.
        """, Analyzer);

    [Test]
    public void Items_that_lost_their_list_markup_are_judged_but_the_narration_after_them_is_not() => RuleTest.Verify("""
        The standards are:

        {|EL2004:Keep AHT under 5 minutes|}

        Answer 80% of calls within 20 seconds by the end of March

        Because the advisers helped to write the standards, nobody questioned them.

        Communicating the standards
        """, Analyzer);

    [Test]
    public void Narration_after_a_marked_up_list_is_not_an_item() => RuleTest.Verify("""
        I set two standards for the team:

        - Raise FCR from 68% to 75% by 31 March.

        - Keep CSAT at 4.3 or above every week.

        The wording is theirs, so nobody questioned it.
        """, Analyzer);

    [Test]
    public void Lists_not_introduced_as_standards_pass() => RuleTest.Verify("""
        ## Communicating the standards

        - I emailed the standards to the team.

        The core steps of the procedure are:

        - Listen to the customer and apologise.

        - Give the caller a named contact and a date for the next update.
        """, Analyzer);

    [TestCase("I set a target of 75% FCR by the end of March.")]
    [TestCase("We agreed a standard that 80% of calls are answered within 20 seconds every week.")]
    [TestCase("I set two objectives for the procedure: no card numbers held in recordings from go-live, and 95% of payments taken by keypad by 31 January.")]
    [TestCase("I set a goal of cutting repeat calls from 26 to 10 a week within six weeks.")]
    [TestCase("My objective was to reduce the abandoned call rate from 11.8% to 5% by Q2.")]
    [TestCase("I agreed a KPI of at least 90% adherence each month with the team.")]
    public void Smart_standard_passes(string sentence) => RuleTest.Verify(sentence, Analyzer);

    [TestCase("I did not set a target of 80% for the team.")]
    [TestCase("I would set a target to improve customer service.")]
    [TestCase("If I did it again, I would set an objective to improve the customer experience.")]
    [TestCase("Our objective would be to improve customer service.")]
    [TestCase("Uses SMART objectives when setting customer service standards.")]
    [TestCase("I used SMART objectives when setting customer service standards.")]
    [TestCase("I set three standards with the team in January.")]
    [TestCase("I set standards for the team to follow.")]
    [TestCase("I set targets for the team to hit each week.")]
    [TestCase("We agreed the standards that my manager had given us.")]
    [TestCase("Our company's aim is to improve customer service.")]
    [TestCase("The aim of the business is to improve customer service.")]
    [TestCase("She set her own goal of closing every call with the next step.")]
    [TestCase("My manager set a target of 90% for the team.")]
    [TestCase("In February adherence was 84% against a target of 90%.")]
    [TestCase("The target is 6 minutes.")]
    [TestCase("My aim for next year is to apply for the operations manager role.")]
    [TestCase("The charter says \"our objective is to improve customer service\".")]
    [TestCase("I briefed the team at the huddle, put the three standards on the wallboard next to the live figures, and emailed a summary to the night shift.")]
    [TestCase("I set three standards and sent them to the part-time staff.")]
    public void Negated_hypothetical_quoted_and_other_peoples_aims_pass(string sentence) => RuleTest.Verify(sentence, Analyzer);

    [Test]
    public void Block_quotes_and_headings_pass() => RuleTest.Verify("""
        # Objective: improve customer service

        > Our objective is to improve customer service.

        Our company's aim is to be "the easiest retailer in Britain to buy from", so I turned it into standards we could track.
        """, Analyzer);
}
