using EvidenceLint.Analysis;
using EvidenceLint.CoverageRules;
using EvidenceLint.LearningOutcomes;
using EvidenceLint.Privacy;
using EvidenceLint.Writing;

namespace EvidenceLint;

/// <summary>The analyzers that ship with EvidenceLint.</summary>
public static class BuiltInAnalyzers
{
    /// <summary>A new instance of every built-in analyzer.</summary>
    public static IReadOnlyList<EvidenceAnalyzer> Create() => Create(BuiltInRulePacks.Rules);

    /// <summary>A new instance of every built-in analyzer written in C#, and one for each of the given declarative rules.</summary>
    /// <param name="rules">The declarative rules, such as <see cref="BuiltInRulePacks.WithPacksFrom"/> returns.</param>
    public static IReadOnlyList<EvidenceAnalyzer> Create(IEnumerable<Packs.DeclarativeRule> rules) =>
    [
        new HypotheticalRatherThanEvidencedActionAnalyzer(),
        new NotWrittenInFirstPersonAnalyzer(),
        new StandardNotSmartAnalyzer(),
        new PersonalDataInEvidenceAnalyzer(),
        new PaymentDataInEvidenceAnalyzer(),
        new AccountLengthOutsideGuidanceAnalyzer(),
        .. BuiltInRulePacks.CreateAnalyzers(rules),
    ];
}
