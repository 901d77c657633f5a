using System.Collections.Immutable;
using EvidenceLint.Analysis;

namespace EvidenceLint.Rules.Cycle;

/// <summary>
/// EL3003. The evaluating marking points (MCS.5, DCP.5) credit a change whose effect was checked: a before-and-after
/// figure, a later sample, a review; the revision notes warn against "overlooking the need for continuous monitoring
/// and feedback loops to refine procedures post-implementation". The rule
/// finds a change with no later measure, check or comparison, or one the account itself says has not been checked yet
/// ("I have not had the chance to look at whether it has worked", "I will look at the figures in June").
/// </summary>
internal sealed class ChangeNeverReviewedAnalyzer : EvidenceAnalyzer
{
    private static readonly DiagnosticDescriptor Rule = new(
        RuleIds.ChangeNeverReviewed,
        "change-never-reviewed",
        "Change never reviewed",
        "The account describes this change, but its effect never seems to be checked. Add how you measured whether it worked: a before-and-after figure, a later sample of calls, or a review and what it found.",
        RuleCategories.EvaluativeCycle,
        DiagnosticSeverity.Warning,
        "A change completes the evaluative cycle only when its effect is measured, reviewed or compared afterwards.");

    /// <inheritdoc />
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => [Rule];

    /// <inheritdoc />
    public override void Initialize(AnalysisContext context) => context.RegisterDocumentAction(Analyze);

    /// <summary>
    /// A draft that never reviews anything gets a few pointers rather than one per change sentence; the first changes
    /// are the ones reported. Configurable as <c>ruleOptions.EL3003.maximumPerDocument</c>.
    /// </summary>
    private const int DefaultMaximumPerDocument = 3;

    private static void Analyze(DocumentAnalysisContext context)
    {
        int maximum = (int)context.Settings.GetOption(RuleIds.ChangeNeverReviewed, "maximumPerDocument", DefaultMaximumPerDocument);
        foreach (var passage in context.Cycle.UnreviewedChanges.Take(Math.Max(0, maximum)))
        {
            context.ReportDiagnostic(Diagnostic.Create(Rule, context.CreateLocation(context.Text.Sentences[passage.Sentence])));
        }
    }
}
