using System.Collections.Immutable;
using EvidenceLint.Analysis;
using EvidenceLint.Evidence;

namespace EvidenceLint.Rules.Coverage;

/// <summary>
/// EL2002. A criterion whose indicators appear, but thinly (one passing mention, or only some of the kinds of evidence
/// the marking point asks for) or not as the learner's own action ("customer service is about being polite"), is the
/// commonest reason an assessor sends an account back. The rule reports each partially covered criterion of the
/// selected unit at the first passage that touches it, naming what is there and what seems to be missing.
/// </summary>
internal sealed class CriterionWeaklyEvidencedAnalyzer : EvidenceAnalyzer
{
    private static readonly DiagnosticDescriptor Rule = new(
        RuleIds.CriterionWeaklyEvidenced,
        "criterion-weakly-evidenced",
        "Criterion weakly evidenced",
        "{0} ({1}) seems only partly evidenced: {2} Add {3}.",
        RuleCategories.Coverage,
        DiagnosticSeverity.Warning,
        "Indicators of the criterion appear, but thinly or not as the learner's own action.");

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
        var (unit, coverage, evidence) = (context.Unit, context.Coverage, context.Evidence);

        foreach (var criterion in unit.Criteria)
        {
            var found = coverage.Get(criterion.Id);
            if (found.Status != CoverageStatus.Partial)
            {
                continue;
            }

            // Point at the learner's main attempt at the criterion: the paragraph (with the list it introduces) that
            // shows the most kinds of its evidence, from its first such sentence to its last.
            var attempt = found.Evidence.Concat(found.Mentions)
                .GroupBy(p => evidence.LeadParagraphOf(p.Paragraph))
                .OrderByDescending(g => g.SelectMany(p => p.Indicators).Distinct().Count())
                .ThenByDescending(g => g.Count(p => found.Evidence.Contains(p)))
                .ThenBy(g => g.Min(p => p.Start))
                .First();
            int start = attempt.Min(p => p.Start);
            int end = attempt.Max(p => p.Start + p.Length);
            // A criterion whose evidence shows a misconception the examiners name is partial however much else it shows:
            // the way to meet it is to put that right, which the other finding says how to do.
            var limitedBy = found.LimitedBy;
            string shown = !limitedBy.IsEmpty
                ? $"the account shows {CriterionText.List(criterion.Indicators.Select(g => g.Name).Where(n => !found.MissingIndicators.Contains(n)))}, but also what {CriterionText.List(limitedBy)} points out, and an assessor would not count it as met until that is put right."
                : found.Evidence.IsEmpty
                ? "it is described in general terms or as someone else's action, not as something you did."
                : $"the account shows {CriterionText.List(criterion.Indicators.Select(g => g.Name).Where(n => !found.MissingIndicators.Contains(n)))}, but only briefly or without the rest of what the criterion asks for together in one passage.";
            var missing = found.MissingIndicators;
            string add = !limitedBy.IsEmpty
                ? $"what {(limitedBy.Length == 1 ? "that finding suggests" : "those findings suggest")}, in your own work"
                : missing.IsEmpty
                ? "a second, specific example of what you did and what happened as a result"
                : $"what seems to be missing there, from your own work: {CriterionText.List(missing)}";
            context.ReportDiagnostic(Diagnostic.CreateWithDetail(
                Rule, context.CreateLocation(start, end - start), criterion.Id, criterion.Id, CriterionText.Short(criterion), shown, add));
        }
    }
}
