using EvidenceLint.Analysis;
using EvidenceLint.Rules.Coverage;
using EvidenceLint.Reading;
using EvidenceLint.Tests.Testing;
using EvidenceLint.Units;

namespace EvidenceLint.Tests.Rules;

/// <summary>EL2002: a criterion with only partial evidence, reported at the learner's main attempt. EL2001 runs beside it.</summary>
[RuleTests(RuleIds.CriterionWeaklyEvidenced)]
public class CriterionWeaklyEvidencedTests
{
    private static readonly CriterionNotEvidencedAnalyzer NotEvidenced = new();
    private static readonly CriterionWeaklyEvidencedAnalyzer Weak = new();

    [Test]
    public void Coaching_tied_to_a_gap_in_two_sentences_is_covered() => RuleTest.Verify(
        $"{CoverageUnit.Listening}\n\nAdviser R had the lowest first contact resolution in the team. I coached her side-by-side for two weeks and she reached 70%.",
        CoverageUnit.Pack, NotEvidenced, Weak);

    [Test]
    public void One_passing_mention_is_weak()
    {
        var result = RuleTest.Verify(
            $"{CoverageUnit.Listening}\n\n{{|EL2002:I coached Adviser R once.|}}",
            CoverageUnit.Pack, NotEvidenced, Weak);
        result.Diagnostics.Single().Detail.ShouldBe("TST.1");
        result.Diagnostics.Single().Message.ShouldEndWith("Add what seems to be missing there, from your own work: gap.");
    }

    [Test]
    public void A_short_claim_in_the_criterions_words_is_the_learners_own_evidence() => RuleTest.Verify(
        $"{CoverageUnit.Listening}\n\n{{|EL2002:I coached Adviser R on her performance gaps.|}}",
        CoverageUnit.Pack, NotEvidenced, Weak);

    [Test]
    public void General_statement_about_the_practice_is_weak() => RuleTest.Verify(
        $"{CoverageUnit.Listening}\n\n{{|EL2002:Coaching is important in a contact centre because it keeps advisers motivated.|}}",
        CoverageUnit.Pack, NotEvidenced, Weak);

    [Test]
    public void A_gap_on_its_own_is_not_evidence_of_coaching() => RuleTest.Verify(
        $"{{|EL2001:|}}{CoverageUnit.Listening} If anyone is struggling they know they can come and ask me.",
        CoverageUnit.Pack, NotEvidenced, Weak);

    [Test]
    public void Weak_finding_spans_the_paragraph_and_the_list_it_introduces()
    {
        // Markup cannot span paragraphs, so the span is checked directly.
        string account = $"{CoverageUnit.Listening}\n\nI sat with two advisers:\n\n- Adviser R, who I coached on refunds.";
        var document = new PlainTextReader(InputFormat.Markdown).ReadString(account, "account.md");
        var linter = new EvidenceLinter([NotEvidenced, Weak], LintOptions.Default with { Unit = "TST" }, units: UnitCatalog.Create([CoverageUnit.Pack]));

        var finding = linter.Lint(document).Diagnostics.ShouldHaveSingleItem();

        finding.Id.ShouldBe("EL2002");
        finding.Location.Excerpt.ShouldStartWith("I sat with two advisers:");
        finding.Location.Excerpt.ShouldEndWith("who I coached on refunds.");
    }

    [TestCase("I did not look at who was below target.")]
    [TestCase("Next month I will find out which advisers are below target.")]
    [TestCase("My manager said \"coach whoever is lowest on the scorecard\".")]
    [TestCase("Supports staff through targeted coaching aligned with identified performance gaps.")]
    public void Negated_hypothetical_quoted_and_pasted_wording_does_not_complete_a_weak_mention(string sentence) => RuleTest.Verify(
        $"{CoverageUnit.Listening}\n\n{{|EL2002:I coached Adviser R once.|}}\n\n{sentence}",
        CoverageUnit.Pack, NotEvidenced, Weak);

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

    private const string CoachedThenWarned =
        "Adviser R had the lowest first contact resolution in the team. I coached her side-by-side for two weeks and she reached 70%. I also gave her a written warning.";

    /// <summary>A pack rule that limits TST.1, as the misconception packs limit the criteria they undermine.</summary>
    private static EvidenceLint.Packs.DeclarativeRuleAnalyzer SanctionFirst() => new(EvidenceLint.Packs.RulePackLoader.Load("""
        rules:
          - id: EL9001
            alias: sanction-first
            title: Sanction first
            severity: info
            category: misconception
            kind: existence
            limits: [TST.1]
            message: Found '{term}'.
            terms: [written warning]
        """, "centre.yaml").Rules.Single());

    private static LintResult LintCoaching(LintOptions options) =>
        new EvidenceLinter([NotEvidenced, Weak, SanctionFirst()], options with { Unit = "TST" }, units: UnitCatalog.Create([CoverageUnit.Pack]))
            .Lint(new PlainTextReader(InputFormat.Markdown).ReadString($"{CoverageUnit.Listening}\n\n{CoachedThenWarned}", "account.md"));

    [Test]
    public void A_finding_that_limits_the_criterion_keeps_it_partial_and_the_weak_finding_says_which()
    {
        var result = LintCoaching(LintOptions.Default);

        result.Coverage!.Get("TST.1").Status.ShouldBe(EvidenceLint.Evidence.CoverageStatus.Partial);
        result.Coverage.Get("TST.1").LimitedBy.ShouldBe(["EL9001"]);
        var weak = result.Diagnostics.Single(d => d.Id == "EL2002");
        weak.Detail.ShouldBe("TST.1");
        weak.Message.ShouldContain("the account shows coaching and gap, but also what EL9001 points out");
        weak.Message.ShouldEndWith("Add what that finding suggests, in your own work.");
    }

    [Test]
    public void A_limiting_rule_that_is_switched_off_or_suppressed_limits_nothing()
    {
        var off = LintCoaching(LintOptions.Default with { Severities = LintOptions.Default.Severities.SetItem("EL9001", null) });
        var suppressed = LintCoaching(LintOptions.Default with { Suppressions = [new Suppression("EL9001", "the centre accepts warnings as coaching")] });

        foreach (var result in new[] { off, suppressed })
        {
            result.Coverage!.Get("TST.1").Status.ShouldBe(EvidenceLint.Evidence.CoverageStatus.Covered);
            result.Coverage.Get("TST.1").LimitedBy.ShouldBeEmpty();
            result.Diagnostics.ShouldNotContain(d => d.Id == "EL2002" || d.Id == "EL9001");
        }
    }
}
