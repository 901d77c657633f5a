using EvidenceLint.Analysis;
using EvidenceLint.Rules.Coverage;
using EvidenceLint.Reading;
using EvidenceLint.Tests.Testing;
using EvidenceLint.Units;

namespace EvidenceLint.Tests.Rules;

/// <summary>EL2001: a criterion of the unit with no evidence in the account. EL2002 runs beside it, as the two share one analysis and a criterion is reported by one or the other.</summary>
[RuleTests(RuleIds.CriterionNotEvidenced)]
public class CriterionNotEvidencedTests
{
    private static readonly CriterionNotEvidencedAnalyzer NotEvidenced = new();
    private static readonly CriterionWeaklyEvidencedAnalyzer Weak = new();

    [Test]
    public void Criterion_never_mentioned_is_not_evidenced()
    {
        var result = RuleTest.Verify($"{{|EL2001:|}}{CoverageUnit.Listening}", CoverageUnit.Pack, NotEvidenced, Weak);
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
        RuleTest.Verify($"{{|EL2001:|}}{CoverageUnit.Listening} {sentence}", CoverageUnit.Pack, NotEvidenced, Weak);

    [Test]
    public void Without_a_unit_the_coverage_rules_say_nothing() =>
        RuleTest.Verify("I listened to four calls.", NotEvidenced, Weak, new CriterionReferenceNotSupportedAnalyzer());
}
