using System.Collections.Immutable;
using EvidenceLint.Analysis;
using EvidenceLint.Evidence;

namespace EvidenceLint.Rules.Coverage;

/// <summary>
/// EL2001. Every marking point needs evidence: an assessor cannot credit a criterion the account never shows the
/// learner doing. The rule reads the shared coverage analysis and reports each criterion of the selected unit with no
/// indicator at all outside negated, planned, quoted and pasted-back text. It runs only when the unit is known.
/// </summary>
internal sealed class CriterionNotEvidencedAnalyzer : EvidenceAnalyzer
{
    private static readonly DiagnosticDescriptor Rule = new(
        RuleIds.CriterionNotEvidenced,
        "criterion-not-evidenced",
        "Criterion not evidenced",
        "{0} ({1}): no passage of the account seems to evidence this criterion. Add an example of something you did yourself that shows {2}.",
        RuleCategories.Coverage,
        DiagnosticSeverity.Error,
        "Each assessment criterion needs at least one passage in which the learner describes doing it.");

    /// <inheritdoc />
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = [Rule];

    /// <inheritdoc />
    public override void Initialize(AnalysisContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        context.RegisterUnitAction(Analyse);
    }

    private static void Analyse(UnitAnalysisContext context)
    {
        var (unit, coverage) = (context.Unit, context.Coverage);

        foreach (var criterion in unit.Criteria)
        {
            if (coverage.Get(criterion.Id).Status != CoverageStatus.Missing)
            {
                continue;
            }

            var kinds = criterion.Indicators.Where(g => !g.IsSupporting).Select(g => g.Name);
            context.ReportDiagnostic(Diagnostic.CreateWithDetail(
                Rule, context.DocumentLocation, criterion.Id, criterion.Id, CriterionText.Short(criterion), CriterionText.List(kinds)));
        }
    }
}
