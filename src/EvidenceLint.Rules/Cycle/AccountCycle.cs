using EvidenceLint.Analysis;
using EvidenceLint.Evidence;

namespace EvidenceLint.Rules.Cycle;

/// <summary>The evaluative cycle the EL3xxx rules read: the linter's, or computed here when a driver ran without one.</summary>
internal static class AccountCycle
{
    public static EvaluativeCycle Of(AnalysisActionContext context) =>
        context.Settings.Cycle
        ?? CycleAnalysis.Analyse(context.Settings.Evidence ?? EvidenceSentences.Create(context.Text), context.CancellationToken);
}
