using System.Collections.Immutable;
using EvidenceLint.Analysis;
using EvidenceLint.Evidence;
using EvidenceLint.Reading;

namespace EvidenceLint.Rules.Coverage;

/// <summary>
/// EL2003. Learners often label a section with the criterion it is meant to evidence ("(MCS.3)", "This section is my
/// evidence for SCS.3"). An assessor follows the label and expects the evidence under it; a label over a section that
/// does not show the criterion sends them hunting, or looks like a claim without substance. The rule reports a claimed
/// reference when no passage of the learner's own evidence for that criterion sits in the same section (under the same
/// heading). References that only talk about a criterion ("criterion 2 asks me to…") and overviews naming several
/// criteria are not claims. "AC 1.2"-style numbers are not checked: the units define no mapping for them.
/// </summary>
internal sealed class CriterionReferenceNotSupportedAnalyzer : EvidenceAnalyzer
{
    private static readonly DiagnosticDescriptor Rule = new(
        RuleIds.CriterionReferenceNotSupported,
        "criterion-reference-unsupported",
        "Criterion reference not supported",
        "This passage is labelled as evidence for {0} ({1}), but nothing in this {2} seems to show it. Move the label to the {2} that does, or add what you did here that meets it.",
        RuleCategories.Coverage,
        DiagnosticSeverity.Warning,
        "A criterion reference should sit with the evidence for that criterion.");

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

        foreach (var reference in coverage.References.Where(r => r.IsClaim))
        {
            // A tag in brackets at the end of a passage ("…rang to say thank you for the new letter. (DCP.2)") offers that
            // paragraph, with the list it introduces; a tag in a heading or a "this section shows…" sentence, its section.
            bool inline = IsInlineTag(context, reference);
            int ScopeOf(int paragraph) => inline ? evidence.LeadParagraphOf(paragraph) : evidence.SectionOf(paragraph);
            int scope = ScopeOf(reference.Paragraph);
            bool supported = coverage.Get(reference.CriterionId).Evidence.Any(p => ScopeOf(p.Paragraph) == scope);
            if (supported)
            {
                continue;
            }

            var criterion = unit.Criteria.First(c => string.Equals(c.Id, reference.CriterionId, StringComparison.OrdinalIgnoreCase));
            var sentence = context.Text.GetSentenceOf(TokenIndex(context, reference.Start));
            var location = context.CreateLocation(sentence);
            if (inline)
            {
                // The tag may be a sentence of its own ("… easy to follow. (DCP.3)"): point at what it labels as well.
                var paragraph = context.Text.Document.Paragraphs[reference.Paragraph];
                int end = reference.Start + reference.Length + 1;
                location = context.CreateLocation(paragraph.Start, Math.Min(end, paragraph.Start + paragraph.Length) - paragraph.Start);
            }

            context.ReportDiagnostic(Diagnostic.CreateWithDetail(
                Rule, location, criterion.Id, criterion.Id, CriterionText.Short(criterion), inline ? "paragraph" : "section"));
        }
    }

    private static bool IsInlineTag(AnalysisActionContext context, CriterionReference reference)
    {
        var document = context.Text.Document;
        var paragraph = document.Paragraphs[reference.Paragraph];
        if (paragraph.Kind == ParagraphKind.Heading || context.Text.Outline.IsHeadingLike(paragraph) || reference.Start == 0)
        {
            return false;
        }

        // Something of the paragraph must come before the tag for it to point back at it.
        return document.GetText(reference.Start - 1, 1) == "(" && reference.Start - 1 > paragraph.Start;
    }

    private static int TokenIndex(AnalysisActionContext context, int offset)
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
