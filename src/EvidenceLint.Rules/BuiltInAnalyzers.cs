using EvidenceLint.Analysis;
using EvidenceLint.CoverageRules;
using EvidenceLint.CycleRules;
using EvidenceLint.LearningOutcomes;
using EvidenceLint.Privacy;
using EvidenceLint.Writing;

namespace EvidenceLint;

/// <summary>The analyzers that ship with EvidenceLint.</summary>
public static class BuiltInAnalyzers
{
    /// <summary>A new instance of every built-in analyzer.</summary>
    public static IReadOnlyList<EvidenceAnalyzer> Create() =>
    [
        new LearningOutcomeVerbNotUsedAnalyzer(),
        new HypotheticalRatherThanEvidencedActionAnalyzer(),
        new NotWrittenInFirstPersonAnalyzer(),
        new CriterionNotEvidencedAnalyzer(),
        new CriterionWeaklyEvidencedAnalyzer(),
        new CriterionReferenceNotSupportedAnalyzer(),
        new StandardNotSmartAnalyzer(),
        new MonitoringWithoutOutcomeAnalyzer(),
        new ChangeWithoutEvidenceAnalyzer(),
        new ChangeNeverReviewedAnalyzer(),
        new EvaluativeCycleIncompleteAnalyzer(),
        new PersonalDataInEvidenceAnalyzer(),
        new PaymentDataInEvidenceAnalyzer(),
        new AccountLengthOutsideGuidanceAnalyzer(),
        new ClaimWithoutExampleAnalyzer(),
        new AcronymNotExpandedAnalyzer(),
    ];
}
