using System.Collections.Immutable;
using EvidenceLint.Analysis;
using EvidenceLint.Evidence;

namespace EvidenceLint.Rules.Cycle;

/// <summary>
/// EL3004. Across the units the evaluating marking points describe one cycle: monitor the service, analyse what the
/// data shows, act on it, and review the effect. The rule reports once per account which stages the learner's own
/// evidence does not seem to show.
/// </summary>
internal sealed class EvaluativeCycleIncompleteAnalyzer : EvidenceAnalyzer
{
    private static readonly DiagnosticDescriptor Rule = new(
        RuleIds.EvaluativeCycleIncomplete,
        "cycle-incomplete",
        "Evaluative cycle incomplete",
        "The account does not seem to show every stage of the evaluative cycle (monitor, analyse, act, review): {0} {1}",
        RuleCategories.EvaluativeCycle,
        DiagnosticSeverity.Warning,
        "Assessors look for the whole cycle: monitoring, analysis of what it showed, a change made because of it, and a check of the change's effect.");

    /// <inheritdoc />
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => [Rule];

    /// <inheritdoc />
    public override void Initialize(AnalysisContext context) => context.RegisterDocumentAction(Analyze);

    private static void Analyze(DocumentAnalysisContext context)
    {
        var cycle = context.Cycle;
        if (cycle.IsComplete)
        {
            return;
        }

        var missing = cycle.Missing;
        string names = missing.Length == 1
            ? $"{Describe(missing[0])} seems to be missing."
            : $"{string.Join(", ", missing.Take(missing.Length - 1).Select(Describe))} and {Describe(missing[^1])} seem to be missing.";
        context.ReportDiagnostic(Diagnostic.Create(Rule, context.DocumentLocation, names, Advice(missing[0])));
    }

    private static string Describe(CycleStages stage) => stage switch
    {
        CycleStages.Monitor => "monitor (collecting data)",
        CycleStages.Analyse => "analyse (what the data showed)",
        CycleStages.Act => "act (a change made because of it)",
        _ => "review (checking the change's effect)",
    };

    private static string Advice(CycleStages firstMissing) => firstMissing switch
    {
        CycleStages.Monitor => "Add how you collected evidence of performance, such as listening to calls, reading survey comments or checking a report.",
        CycleStages.Analyse => "Add what the evidence showed you: a trend, a cause or a comparison, with a figure if you have one.",
        CycleStages.Act => "Add what you changed because of what you found, and when.",
        _ => "Add how you checked whether the change worked, for example a before-and-after figure or a later sample of calls.",
    };
}
