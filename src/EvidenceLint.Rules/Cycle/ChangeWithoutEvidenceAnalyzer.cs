using System.Collections.Immutable;
using EvidenceLint.Analysis;

namespace EvidenceLint.Rules.Cycle;

/// <summary>
/// EL3002. Improving a service or a procedure is credited as the result of evidence: assessors look for "how
/// monitoring data has been analysed and used to make evidence-based improvements". The rule finds a change the account
/// describes ("A new procedure was developed", "I changed the script") with no monitoring, data, analysis or feedback
/// anywhere before it or beside it in its paragraph.
/// </summary>
internal sealed class ChangeWithoutEvidenceAnalyzer : EvidenceAnalyzer
{
    private static readonly DiagnosticDescriptor Rule = new(
        RuleIds.ChangeWithoutEvidence,
        "change-without-evidence",
        "Change without evidence",
        "The account describes this change, but nothing before it seems to say what data, finding or feedback prompted it. Add what you saw (a figure, a trend, customer or adviser comments) that showed the change was needed.",
        RuleCategories.EvaluativeCycle,
        DiagnosticSeverity.Info,
        "A change evidences the evaluative cycle when the account shows the evidence that prompted it.");

    /// <inheritdoc />
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => [Rule];

    /// <inheritdoc />
    public override void Initialize(AnalysisContext context) => context.RegisterDocumentAction(Analyze);

    private static void Analyze(DocumentAnalysisContext context)
    {
        foreach (var passage in context.Cycle.UnpromptedChanges)
        {
            context.ReportDiagnostic(Diagnostic.Create(Rule, context.CreateLocation(context.Text.Sentences[passage.Sentence])));
        }
    }
}
