using EvidenceLint.Analysis;
using EvidenceLint.Rules.Coverage;
using EvidenceLint.Reading;
using EvidenceLint.Tests.Testing;
using EvidenceLint.Units;

namespace EvidenceLint.Tests.Rules;

/// <summary>EL2003: a section that claims a criterion ("(TST.2)", "criterion 2") without showing it.</summary>
[RuleTests(RuleIds.CriterionReferenceNotSupported)]
public class CriterionReferenceNotSupportedTests
{
    private static readonly CriterionReferenceNotSupportedAnalyzer Reference = new();

    [Test]
    public void Reference_in_a_heading_over_the_evidence_is_supported() => RuleTest.Verify($"""
        # Checking quality (TST.2)

        {CoverageUnit.Listening}

        # Coaching (TST.1)

        Adviser R had the lowest scores on the QA form. I coached her side-by-side for two weeks.
        """, CoverageUnit.Pack, Reference);

    [Test]
    public void Reference_over_a_section_without_the_evidence_is_not_supported() => RuleTest.Verify($$"""
        # Checking quality (TST.2)

        {{CoverageUnit.Listening}}

        # Coaching

        Adviser R had the lowest scores. I coached her side-by-side for two weeks. {|EL2003:This section is my evidence for TST.2.|}
        """, CoverageUnit.Pack, Reference);

    [Test]
    public void A_tag_at_the_end_of_a_paragraph_offers_that_paragraph() => RuleTest.Verify($$"""
        {{CoverageUnit.Listening}} (TST.2)

        Adviser R had the lowest scores, so I coached her side-by-side for two weeks. (TST.1)

        {|EL2003:The team is really happy with the new scorecard. (TST.2)|}
        """, CoverageUnit.Pack, Reference);

    [Test]
    public void Talking_about_a_criterion_is_not_a_claim() => RuleTest.Verify($"""
        # Coaching

        Criterion 1 of this unit asks me to coach advisers. I did not coach anyone this quarter. {CoverageUnit.Listening}
        """, CoverageUnit.Pack, Reference);

    [TestCase("I will show my evidence for TST.2 in the next section.")]
    [TestCase("This section is not my evidence for TST.2.")]
    [TestCase("My assessor wrote \"this is your evidence for TST.2\" on the first draft.")]
    public void Planned_negated_and_quoted_references_claim_nothing(string sentence) => RuleTest.Verify($"""
        # Coaching

        Adviser R had the lowest scores. I coached her side-by-side for two weeks. {sentence}
        """, CoverageUnit.Pack, Reference);

    [Test]
    public void AC_numbers_are_not_resolved() => RuleTest.Verify($"""
        # Coaching (AC 2.1)

        {CoverageUnit.Listening}
        """, CoverageUnit.Pack, Reference);
}
