using EvidenceLint.Analysis;
using EvidenceLint.Rules.Coverage;
using EvidenceLint.Reading;
using EvidenceLint.Tests.Testing;
using EvidenceLint.Units;

namespace EvidenceLint.Tests.Rules;

/// <summary>The two-criterion unit written for the coverage rule tests (EL2001–EL2003), so each expectation is about one criterion.</summary>
internal static class CoverageUnit
{
    /// <summary>
    /// TST.1: coaching tied to a gap, covered by coaching and a gap together (a gap alone is only supporting).
    /// TST.2: call listening, covered by listening and a scorecard.
    /// </summary>
    public static readonly UnitPack Pack = UnitPackLoader.Load("""
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

    public const string Listening = "Each week I listened to four recorded calls per adviser and scored them on the QA form. I gave each adviser their scorecard.";
}
