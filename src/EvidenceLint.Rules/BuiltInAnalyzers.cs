using EvidenceLint.Analysis;
using EvidenceLint.Rules.Coverage;
using EvidenceLint.Rules.Cycle;
using EvidenceLint.Rules.LearningOutcomes;
using EvidenceLint.Rules.Privacy;
using EvidenceLint.Rules.Writing;

namespace EvidenceLint;

/// <summary>The analyzers that ship with EvidenceLint.</summary>
public static class BuiltInAnalyzers
{
    /// <summary>A new instance of every built-in analyzer.</summary>
    public static IReadOnlyList<EvidenceAnalyzer> Create() => Create(BuiltInRulePacks.Rules);

    /// <summary>A new instance of every built-in analyzer written in C#, and one for each of the given declarative rules.</summary>
    /// <param name="rules">The declarative rules, such as <see cref="BuiltInRulePacks.WithPacksFrom"/> returns.</param>
    /// <exception cref="Packs.RulePackException">A declarative rule reuses the id or alias of a rule written in C#.</exception>
    public static IReadOnlyList<EvidenceAnalyzer> Create(IEnumerable<Packs.DeclarativeRule> rules)
    {
        ArgumentNullException.ThrowIfNull(rules);
        var written = CreateWrittenInCSharp();
        var taken = written.SelectMany(a => a.SupportedDiagnostics).SelectMany(d => new[] { d.Id, d.Alias }).ToHashSet(StringComparer.OrdinalIgnoreCase);
        var declarative = rules.ToList();

        // A pack may add rules or replace pack rules; two analyzers behind one id would make severities and findings ambiguous.
        if (declarative.FirstOrDefault(r => taken.Contains(r.Id) || taken.Contains(r.Descriptor.Alias)) is { } clash)
        {
            throw new Packs.RulePackException(clash.SourcePath, clash.Line, clash.Column, $"rule '{clash.Id}' ({clash.Descriptor.Alias}) reuses the id or alias of a built-in rule written in C#");
        }

        return [.. written, .. BuiltInRulePacks.CreateAnalyzers(declarative)];
    }

    private static List<EvidenceAnalyzer> CreateWrittenInCSharp() =>
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
        new CustomerDataInEvidenceAnalyzer(),
        new AccountLengthOutsideGuidanceAnalyzer(),
        new ClaimWithoutExampleAnalyzer(),
        new AcronymNotExpandedAnalyzer(),
    ];
}
