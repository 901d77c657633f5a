using System.Collections.Immutable;
using EvidenceLint.Analysis;

namespace EvidenceLint.Rules.Cycle;

/// <summary>
/// EL3001. The monitoring marking points (MCS.4, SCS.2, PCS.3) credit monitoring that leads somewhere ("with
/// documented corrective actions taken"), and the revision notes say "when describing monitoring activities, always
/// explain the outcome—what you changed as a result—to show a full evaluative cycle". The rule finds a passage where the learner monitors ("I listened to…", "I check the report…") with
/// nothing after it in the same section, or the next, saying what was changed, agreed or decided; one per section.
/// </summary>
internal sealed class MonitoringWithoutOutcomeAnalyzer : EvidenceAnalyzer
{
    private static readonly DiagnosticDescriptor Rule = new(
        RuleIds.MonitoringWithoutOutcome,
        "monitoring-without-outcome",
        "Monitoring without an outcome",
        "This passage describes monitoring, but nothing after it in this section seems to say what was changed or decided as a result. Add what you did differently because of what you found, and what happened next.",
        RuleCategories.EvaluativeCycle,
        DiagnosticSeverity.Warning,
        "Monitoring is evidence of the cycle only when it leads to an outcome: a change, a decision or an agreed action.");

    /// <inheritdoc />
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => [Rule];

    /// <inheritdoc />
    public override void Initialize(AnalysisContext context) => context.RegisterDocumentAction(Analyze);

    private static void Analyze(DocumentAnalysisContext context)
    {
        foreach (var passage in context.Cycle.UnansweredMonitoring)
        {
            context.ReportDiagnostic(Diagnostic.Create(Rule, context.CreateLocation(context.Text.Sentences[passage.Sentence])));
        }
    }
}
