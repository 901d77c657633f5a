using System.Collections.Immutable;
using EvidenceLint.Analysis;

namespace EvidenceLint.Rules.Coverage;

/// <summary>
/// EL2003. Learners often label a section with the criterion it is meant to evidence ("(MCS.3)", "This section is my
/// evidence for SCS.3"). An assessor follows the label and expects the evidence under it; a label over a section that
/// does not show the criterion sends them hunting, or looks like a claim without substance. The rule reports a claimed
/// reference when no passage of the learner's own evidence for that criterion sits in the same section (under the same
/// heading). References that only talk about a criterion ("criterion 2 asks me to…") and overviews naming several
/// criteria are not claims. "AC 1.2"-style numbers are not checked: the units define no mapping for them.
/// </summary>
public sealed class CriterionReferenceNotSupportedAnalyzer : EvidenceAnalyzer
{
    private static readonly DiagnosticDescriptor Rule = new(
        RuleIds.CriterionReferenceNotSupported,
        "criterion-reference-unsupported",
        "Criterion reference not supported",
        "This passage is labelled as evidence for {0} ({1}), but nothing in this section seems to show it. Move the label to the section that does, or add what you did here that meets it.",
        RuleCategories.Coverage,
        DiagnosticSeverity.Warning,
        "A criterion reference should sit with the evidence for that criterion.");

    /// <inheritdoc />
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = [Rule];

    /// <inheritdoc />
    public override void Initialize(AnalysisContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        context.RegisterDocumentAction(Analyse);
    }

    private static void Analyse(DocumentAnalysisContext context)
    {
        if (context.Settings is not { UnitPack: { } unit, Coverage: { } coverage, Evidence: { } evidence })
        {
            return;
        }

        foreach (var reference in coverage.References.Where(r => r.IsClaim))
        {
            int section = evidence.SectionOf(reference.Paragraph);
            bool supported = coverage.Get(reference.CriterionId).Evidence.Any(p => evidence.SectionOf(p.Paragraph) == section);
            if (supported)
            {
                continue;
            }

            var criterion = unit.Criteria.First(c => string.Equals(c.Id, reference.CriterionId, StringComparison.OrdinalIgnoreCase));
            var sentence = context.Text.GetSentenceOf(TokenIndex(context, reference.Start));
            context.ReportDiagnostic(Diagnostic.CreateWithDetail(
                Rule, context.CreateLocation(sentence), criterion.Id, criterion.Id, CriterionText.Short(criterion)));
        }
    }

    private static int TokenIndex(DocumentAnalysisContext context, int offset)
    {
        var tokens = context.Text.Tokens;
        for (int i = 0; i < tokens.Length; i++)
        {
            if (tokens[i].End > offset)
            {
                return i;
            }
        }

        return tokens.Length - 1;
    }
}
