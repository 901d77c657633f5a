using EvidenceLint.Evidence;
using EvidenceLint.Reading;
using EvidenceLint.Tests.Rules;
using EvidenceLint.Text;
using static EvidenceLint.Tests.Analysis.EvidenceVoiceTests;

namespace EvidenceLint.Tests.Analysis;

/// <summary>
/// Whose action a sentence tells: a passive with someone else named as the doer is not the learner's, even in a
/// paragraph that narrates their work; a report in the impersonal voice by a learner who says the work was theirs is.
/// </summary>
public class EvidenceVoiceTests
{
    private const string ImpersonalReport = """
        ## Monitoring

        Each week four recorded calls per adviser were sampled. The calls were scored on the QA form. The scores were shared in one-to-ones.

        Adviser G was found to be struggling with refunds, so she was coached on the refund screen. Her calls were checked again a month later.

        The scorecard covers the greeting, security and the summary. Refund calls are marked by the quality team.

        ## Author's note

        I designed the monitoring and ran it myself.
        """;

    internal static EvidenceSentences Standings(string markdown) =>
        EvidenceSentences.Create(TextModel.Create(new PlainTextReader(InputFormat.Markdown).ReadString(markdown, "t.md")), CoverageUnit.Pack);

    internal static EvidenceStanding StandingOf(EvidenceSentences standings, string start) =>
        standings[standings.Text.Sentences.Single(s => standings.Text.GetText(s).StartsWith(start, StringComparison.Ordinal))];

    [Test]
    public void A_passive_naming_someone_else_as_the_doer_stays_a_mention_in_a_narrating_paragraph()
    {
        var standings = Standings("I listened to four recorded calls per adviser each week. The QA form is completed by the quality team.");

        StandingOf(standings, "I listened").ShouldBe(EvidenceStanding.OwnAction);
        StandingOf(standings, "The QA form").ShouldBe(EvidenceStanding.Mention);
    }

    [TestCase("The QA form was completed for each call.")]
    [TestCase("The QA form was completed by the end of the week.")]
    [TestCase("The calls were passed to me by the quality team.")]
    public void A_passive_without_another_doer_still_belongs_to_the_paragraph_that_narrates_it(string second)
    {
        var standings = Standings($"I listened to four recorded calls per adviser each week. {second}");

        StandingOf(standings, second[..10]).ShouldBe(EvidenceStanding.OwnAction);
    }

    [Test]
    public void A_report_in_the_impersonal_voice_by_a_learner_who_claims_the_work_is_their_own_evidence()
    {
        var coverage = CoverageAnalysis.Analyse(Standings(ImpersonalReport), CoverageUnit.Pack);

        coverage.Get("TST.2").Status.ShouldBe(CoverageStatus.Covered);
        coverage.Get("TST.2").Evidence.ShouldContain(p => p.Excerpt.StartsWith("The calls were scored", StringComparison.Ordinal));
        coverage.Get("TST.1").Evidence.ShouldContain(p => p.Excerpt.StartsWith("Adviser G was found", StringComparison.Ordinal));
    }

    [Test]
    public void In_such_a_report_a_description_is_the_learners_work_unless_it_names_another_doer()
    {
        var standings = Standings(ImpersonalReport);

        StandingOf(standings, "The scorecard covers").ShouldBe(EvidenceStanding.OwnAction);
        StandingOf(standings, "Refund calls are marked").ShouldBe(EvidenceStanding.Mention);
    }

    [Test]
    public void Without_the_claim_the_same_passive_report_only_mentions_the_work()
    {
        var standings = Standings(ImpersonalReport.Replace("I designed the monitoring and ran it myself.", "I think it went well.", StringComparison.Ordinal));

        StandingOf(standings, "The calls were scored").ShouldBe(EvidenceStanding.Mention);
        CoverageAnalysis.Analyse(standings, CoverageUnit.Pack).Get("TST.2").Evidence.ShouldBeEmpty();
    }

    [Test]
    public void In_an_account_mostly_in_the_first_person_a_stray_passive_is_not_made_the_learners()
    {
        var standings = Standings("""
            I designed a new call-listening routine. I listened to four calls a week. I coached two advisers. I shared the scores.

            Calls were scored on the QA form.
            """);

        StandingOf(standings, "Calls were scored").ShouldBe(EvidenceStanding.Mention);
    }
}

/// <summary>
/// A description of a piece of work the learner says they made — the procedure's aim, its steps, what is set out under
/// a heading naming it — describes the learner's own product; without that claim it stays a mention.
/// </summary>
public class OwnWorkDescriptionTests
{
    [Test]
    public void The_steps_a_description_of_the_learners_procedure_introduces_are_their_own_evidence()
    {
        var standings = Standings("""
            ## Designing it

            I designed the callback procedure in February.

            The procedure covers three situations:

            - The adviser completes ID&V before discussing the account, as our data protection policy requires.
            - A failed callback is logged on the CRM.
            """);

        StandingOf(standings, "The procedure covers").ShouldBe(EvidenceStanding.OwnAction);
        StandingOf(standings, "The adviser completes").ShouldBe(EvidenceStanding.OwnAction);
        StandingOf(standings, "A failed callback").ShouldBe(EvidenceStanding.OwnAction);
    }

    [Test]
    public void What_is_set_out_under_a_heading_naming_the_work_is_the_work_but_a_story_about_it_is_not()
    {
        var standings = Standings("""
            I wrote the procedure after the complaints review.

            ## Why a procedure was needed

            Agents typed requests into a free-text box that the hotels never saw.

            ## The procedure (version 0.3)

            Agents choose the need from a drop-down instead of typing free text.
            """);

        StandingOf(standings, "Agents typed").ShouldBe(EvidenceStanding.Mention);
        StandingOf(standings, "Agents choose").ShouldBe(EvidenceStanding.OwnAction);
    }

    [TestCase("## What the procedure says", EvidenceStanding.OwnAction)]
    [TestCase("## What my new procedure covers", EvidenceStanding.OwnAction)]
    [TestCase("## What I found", EvidenceStanding.Mention)]
    [TestCase("## What happens next", EvidenceStanding.Mention)]
    public void A_heading_asking_what_the_work_itself_says_opens_the_work(string heading, EvidenceStanding expected)
    {
        var standings = Standings($"""
            I drafted the procedure in May.

            {heading}

            Agents choose the need from a drop-down instead of typing free text.
            """);

        StandingOf(standings, "Agents choose").ShouldBe(expected);
    }

    [TestCase("Our team leader designed the callback procedure in February.")]
    [TestCase("I would like to design a callback procedure next year.")]
    [TestCase("I did not design the callback procedure.")]
    public void Without_the_learners_claim_to_the_work_its_description_stays_a_mention(string claim)
    {
        var standings = Standings($"""
            {claim}

            The procedure covers three situations:

            - The adviser completes ID&V before discussing the account.
            """);

        StandingOf(standings, "The procedure covers").ShouldBe(EvidenceStanding.Mention);
        StandingOf(standings, "The adviser completes").ShouldBe(EvidenceStanding.Mention);
    }
}
