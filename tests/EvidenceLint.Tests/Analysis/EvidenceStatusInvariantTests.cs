using EvidenceLint.Evidence;
using EvidenceLint.Reading;
using EvidenceLint.Tests.Rules;
using EvidenceLint.Text;

namespace EvidenceLint.Tests.Analysis;

/// <summary>
/// The evidence-status invariants every coverage rule relies on: a criterion reported partial or covered always rests on a
/// passage of the learner's own action with a score above 0; questions, interviewer turns, headings and denials never do.
/// Written against the two-criterion unit of the coverage rule tests.
/// </summary>
public class EvidenceStatusInvariantTests
{
    private const string Listening = CoverageUnit.Listening;

    private static UnitCoverage Coverage(string markdown) =>
        CoverageAnalysis.Analyse(TextModel.Create(new PlainTextReader(InputFormat.Markdown).ReadString(markdown, "t.md")), CoverageUnit.Pack);

    [TestCase("Adviser G was struggling with claims.")]
    [TestCase("Did I coach her? Did I listen to recorded calls?")]
    [TestCase("**Assessor:** Tell me about coaching. Who was struggling?\n\n**Learner:** Adviser G.\n\n**Assessor:** Did you use the scorecard or call recording?\n\n**Learner:** Not really.")]
    [TestCase("## Coaching and call recording\n\nI work on the claims team.")]
    [TestCase("I did not coach anyone and I never listened to recorded calls.")]
    public void Supporting_indicators_questions_interviewer_turns_headings_and_denials_leave_a_criterion_missing(string markdown)
    {
        foreach (var criterion in Coverage(markdown).Criteria)
        {
            criterion.Status.ShouldBe(CoverageStatus.Missing, criterion.CriterionId);
            criterion.Score.ShouldBe(0);
            criterion.Evidence.ShouldBeEmpty();
        }
    }

    [TestCase("I coached Adviser G, who was struggling. I sat with her again the next week.")]
    [TestCase("Coaching is important. Adviser G was coached by her buddy.")]
    [TestCase("**Assessor:** Did you coach anyone?\n\n**Learner:** Sat with Adviser G for an hour. She was struggling.")]
    [TestCase(Listening)]
    public void Partial_and_covered_always_rest_on_a_passage_and_score_above_zero(string markdown)
    {
        var coverage = Coverage(markdown);
        coverage.Criteria.ShouldContain(c => c.Status != CoverageStatus.Missing);
        foreach (var criterion in coverage.Criteria.Where(c => c.Status != CoverageStatus.Missing))
        {
            criterion.Score.ShouldBeGreaterThan(0, criterion.CriterionId);
            (criterion.Evidence.Length + criterion.Mentions.Length).ShouldBeGreaterThan(0, criterion.CriterionId);
            if (criterion.Status == CoverageStatus.Covered)
            {
                criterion.Evidence.ShouldNotBeEmpty(criterion.CriterionId);
            }
        }
    }

    [Test]
    public void A_learners_answer_in_a_transcript_is_their_own_evidence()
    {
        var coverage = Coverage("**Assessor:** Did you coach anyone who was struggling?\n\n**Learner:** Adviser G was struggling. Sat with her for an hour each afternoon.\n\nCoached her again on the Friday.");
        var tst1 = coverage.Get("TST.1");
        tst1.Status.ShouldBe(CoverageStatus.Covered);
        tst1.Evidence.ShouldAllBe(p => !p.Excerpt.Contains("Assessor"));
    }

    [Test]
    public void A_short_answer_takes_its_topic_from_the_question_about_what_the_learner_did()
    {
        // "Which advisers did you coach?" reads as "I coached advisers": the answer names them and their gap.
        var coverage = Coverage("**Assessor:** Which advisers did you coach this quarter?\n\n**Learner:** The two who were struggling most.");

        var tst1 = coverage.Get("TST.1");
        tst1.Status.ShouldBe(CoverageStatus.Partial);
        tst1.Evidence.ShouldHaveSingleItem().Excerpt.ShouldBe("Learner: The two who were struggling most.");
        tst1.Evidence[0].Indicators.ShouldBe(["coaching", "gap"]);
    }

    [TestCase("**Assessor:** Did you coach anyone who was struggling?\n\n**Learner:** Yes.")]
    [TestCase("**Assessor:** How did you feel about coaching her?\n\n**Learner:** Nervous, because she was struggling.")]
    [TestCase("**Assessor:** Who coached the advisers who were struggling?\n\n**Learner:** The two who were struggling most.")]
    public void An_answer_gains_no_topic_when_it_shows_nothing_or_the_question_is_not_about_what_the_learner_did(string markdown)
    {
        var tst1 = Coverage(markdown).Get("TST.1");
        tst1.Status.ShouldBe(CoverageStatus.Missing);
        tst1.Evidence.ShouldBeEmpty();
    }

    [Test]
    public void A_clause_the_learner_reports_counts_even_when_the_sentence_opens_with_a_denial()
    {
        var coverage = Coverage("I did not want to lecture her, so I coached Adviser G, who was struggling. I sat with her again the next week.");
        coverage.Get("TST.1").Status.ShouldBe(CoverageStatus.Covered);
    }
}
