using EvidenceLint.Analysis;
using EvidenceLint.Rules.Coverage;
using EvidenceLint.Reading;
using EvidenceLint.Tests.Testing;
using EvidenceLint.Units;

namespace EvidenceLint.Tests.Rules;

/// <summary>
/// EL2001, EL2002 and EL2003 read the shared coverage analysis. Most cases use a two-criterion pack written for the test,
/// so each expectation is about one criterion; the last ones use the shipped MCS pack to show its synonyms at work.
/// </summary>
public class CoverageRuleTests
{
    /// <summary>
    /// TST.1: coaching tied to a gap, covered by coaching and a gap together (a gap alone is only supporting).
    /// TST.2: call listening, covered by listening and a scorecard.
    /// </summary>
    private static readonly UnitPack Pack = UnitPackLoader.Load("""
        id: TST
        title: Test unit
        learningOutcomes:
          - {id: LO1, wording: Be able to support staff., verbs: [support]}
        criteria:
          - id: TST.1
            wording: Supports staff through targeted coaching aligned with identified performance gaps.
            indicators:
              - {name: coaching, terms: [coaching, coached, side-by-side, sat with]}
              - {name: gap, supporting: true, terms: [struggling, struggled, below target, lowest]}
            evidence: {covered: 2, partial: 1}
          - id: TST.2
            wording: Uses call recordings and quality scorecards to check adherence to standards.
            indicators:
              - {name: call listening, terms: [listened to * calls, call recording, recorded calls]}
              - {name: scorecard, terms: [scorecard, QA form]}
            evidence: {covered: 2, partial: 1}
        """, "test.yaml");

    private const string Listening = "Each week I listened to four recorded calls per adviser and scored them on the QA form. I gave each adviser their scorecard.";

    private static readonly CriterionNotEvidencedAnalyzer NotEvidenced = new();
    private static readonly CriterionWeaklyEvidencedAnalyzer Weak = new();
    private static readonly CriterionReferenceNotSupportedAnalyzer Reference = new();

    [Test]
    public void Criterion_never_mentioned_is_not_evidenced()
    {
        var result = RuleTest.Verify($"{{|EL2001:|}}{Listening}", Pack, NotEvidenced, Weak);
        result.Diagnostics.Single().Detail.ShouldBe("TST.1");
        result.Diagnostics.Single().Message.ShouldContain("TST.1 (Supports staff through targeted coaching");
    }

    [TestCase("I did not coach anyone this quarter because the team was short-staffed.")]
    [TestCase("I would like to do some coaching with the two advisers when it is quieter.")]
    [TestCase("Next month I will sit with each adviser for a side-by-side session.")]
    [TestCase("The unit asks for \"coaching aligned with identified performance gaps\".")]
    [TestCase("Supports staff through targeted coaching aligned with identified performance gaps.")]
    [TestCase("I supported staff through targeted coaching aligned with identified performance gaps.")]
    public void Negated_hypothetical_quoted_and_pasted_coaching_is_not_evidence(string sentence) =>
        RuleTest.Verify($"{{|EL2001:|}}{Listening} {sentence}", Pack, NotEvidenced, Weak);

    [Test]
    public void Coaching_tied_to_a_gap_in_two_sentences_is_covered() => RuleTest.Verify(
        $"{Listening}\n\nAdviser R had the lowest first contact resolution in the team. I coached her side-by-side for two weeks and she reached 70%.",
        Pack, NotEvidenced, Weak);

    [Test]
    public void One_passing_mention_is_weak()
    {
        var result = RuleTest.Verify(
            $"{Listening}\n\n{{|EL2002:I coached Adviser R once.|}}",
            Pack, NotEvidenced, Weak);
        result.Diagnostics.Single().Detail.ShouldBe("TST.1");
        result.Diagnostics.Single().Message.ShouldEndWith("Add what seems to be missing there, from your own work: gap.");
    }

    [Test]
    public void A_short_claim_in_the_criterions_words_is_the_learners_own_evidence() => RuleTest.Verify(
        $"{Listening}\n\n{{|EL2002:I coached Adviser R on her performance gaps.|}}",
        Pack, NotEvidenced, Weak);

    [Test]
    public void General_statement_about_the_practice_is_weak() => RuleTest.Verify(
        $"{Listening}\n\n{{|EL2002:Coaching is important in a contact centre because it keeps advisers motivated.|}}",
        Pack, NotEvidenced, Weak);

    [Test]
    public void A_gap_on_its_own_is_not_evidence_of_coaching() => RuleTest.Verify(
        $"{{|EL2001:|}}{Listening} If anyone is struggling they know they can come and ask me.",
        Pack, NotEvidenced, Weak);

    [Test]
    public void Weak_finding_spans_the_paragraph_and_the_list_it_introduces()
    {
        // Markup cannot span paragraphs, so the span is checked directly.
        string account = $"{Listening}\n\nI sat with two advisers:\n\n- Adviser R, who I coached on refunds.";
        var document = new PlainTextReader(InputFormat.Markdown).ReadString(account, "account.md");
        var linter = new EvidenceLinter([NotEvidenced, Weak], LintOptions.Default with { Unit = "TST" }, units: UnitCatalog.Create([Pack]));

        var finding = linter.Lint(document).Diagnostics.ShouldHaveSingleItem();

        finding.Id.ShouldBe("EL2002");
        finding.Location.Excerpt.ShouldStartWith("I sat with two advisers:");
        finding.Location.Excerpt.ShouldEndWith("who I coached on refunds.");
    }

    [Test]
    public void Reference_in_a_heading_over_the_evidence_is_supported() => RuleTest.Verify($"""
        # Checking quality (TST.2)

        {Listening}

        # Coaching (TST.1)

        Adviser R had the lowest scores on the QA form. I coached her side-by-side for two weeks.
        """, Pack, Reference);

    [Test]
    public void Reference_over_a_section_without_the_evidence_is_not_supported() => RuleTest.Verify($$"""
        # Checking quality (TST.2)

        {{Listening}}

        # Coaching

        Adviser R had the lowest scores. I coached her side-by-side for two weeks. {|EL2003:This section is my evidence for TST.2.|}
        """, Pack, Reference);

    [Test]
    public void Talking_about_a_criterion_is_not_a_claim() => RuleTest.Verify($"""
        # Coaching

        Criterion 1 of this unit asks me to coach advisers. I did not coach anyone this quarter. {Listening}
        """, Pack, Reference);

    [TestCase("I will show my evidence for TST.2 in the next section.")]
    [TestCase("This section is not my evidence for TST.2.")]
    [TestCase("My assessor wrote \"this is your evidence for TST.2\" on the first draft.")]
    public void Planned_negated_and_quoted_references_claim_nothing(string sentence) => RuleTest.Verify($"""
        # Coaching

        Adviser R had the lowest scores. I coached her side-by-side for two weeks. {sentence}
        """, Pack, Reference);

    [Test]
    public void AC_numbers_are_not_resolved() => RuleTest.Verify($"""
        # Coaching (AC 2.1)

        {Listening}
        """, Pack, Reference);

    [Test]
    public void Without_a_unit_the_coverage_rules_say_nothing() =>
        RuleTest.Verify("I listened to four calls.", NotEvidenced, Weak, Reference);

    [Test]
    public void Shipped_pack_credits_synonyms_of_coaching_and_gaps()
    {
        var options = LintOptions.Default with { Unit = "MCS" };
        var result = RuleTest.Verify("""
            {|EL2001:|}{|EL2002:I set the standards for the team.|}

            Adviser G was finding damaged-item claims hard to follow. For her first three shifts she was buddied with Adviser M, and I sat with her for an hour each afternoon.

            {|EL2002:I listened to four recorded calls for each adviser.|}
            """, options, NotEvidenced, Weak);
        result.Diagnostics.Where(d => d.Id == "EL2001").Select(d => d.Detail).ShouldBe(["MCS.2", "MCS.5"], ignoreOrder: true);
        result.Diagnostics.ShouldNotContain(d => d.Detail == "MCS.3");
    }

    // The evidence-status invariants -------------------------------------------------------------------------------

    private static EvidenceLint.Evidence.UnitCoverage Coverage(string markdown) =>
        EvidenceLint.Evidence.CoverageAnalysis.Analyse(EvidenceLint.Text.TextModel.Create(new PlainTextReader(InputFormat.Markdown).ReadString(markdown, "t.md")), Pack);

    [TestCase("Adviser G was struggling with claims.")]
    [TestCase("Did I coach her? Did I listen to recorded calls?")]
    [TestCase("**Assessor:** Tell me about coaching. Who was struggling?\n\n**Learner:** Adviser G.\n\n**Assessor:** Did you use the scorecard or call recording?\n\n**Learner:** Not really.")]
    [TestCase("## Coaching and call recording\n\nI work on the claims team.")]
    [TestCase("I did not coach anyone and I never listened to recorded calls.")]
    public void Supporting_indicators_questions_interviewer_turns_headings_and_denials_leave_a_criterion_missing(string markdown)
    {
        foreach (var criterion in Coverage(markdown).Criteria)
        {
            criterion.Status.ShouldBe(EvidenceLint.Evidence.CoverageStatus.Missing, criterion.CriterionId);
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
        coverage.Criteria.ShouldContain(c => c.Status != EvidenceLint.Evidence.CoverageStatus.Missing);
        foreach (var criterion in coverage.Criteria.Where(c => c.Status != EvidenceLint.Evidence.CoverageStatus.Missing))
        {
            criterion.Score.ShouldBeGreaterThan(0, criterion.CriterionId);
            (criterion.Evidence.Length + criterion.Mentions.Length).ShouldBeGreaterThan(0, criterion.CriterionId);
            if (criterion.Status == EvidenceLint.Evidence.CoverageStatus.Covered)
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
        tst1.Status.ShouldBe(EvidenceLint.Evidence.CoverageStatus.Covered);
        tst1.Evidence.ShouldAllBe(p => !p.Excerpt.Contains("Assessor"));
    }

    [Test]
    public void A_clause_the_learner_reports_counts_even_when_the_sentence_opens_with_a_denial()
    {
        var coverage = Coverage("I did not want to lecture her, so I coached Adviser G, who was struggling. I sat with her again the next week.");
        coverage.Get("TST.1").Status.ShouldBe(EvidenceLint.Evidence.CoverageStatus.Covered);
    }
}
