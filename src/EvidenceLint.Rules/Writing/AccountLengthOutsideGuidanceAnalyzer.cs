using System.Collections.Immutable;
using EvidenceLint.Analysis;

namespace EvidenceLint.Rules.Writing;

/// <summary>
/// EL6001. Centres give a word range for each unit's reflective account: too short rarely evidences every
/// criterion, too long buries the evidence. No seed fixes one: the range comes from the unit pack's <c>wordRange</c>
/// when the unit is known, a centre's <c>minimumWords</c>/<c>maximumWords</c> options override either bound, and
/// 400–2,000 words applies when there is no unit.
/// </summary>
internal sealed class AccountLengthOutsideGuidanceAnalyzer : EvidenceAnalyzer
{
    /// <summary>The minimum when neither the unit pack nor configuration gives one.</summary>
    public const int DefaultMinimumWords = 400;

    /// <summary>The maximum when neither the unit pack nor configuration gives one.</summary>
    public const int DefaultMaximumWords = 2000;

    private static readonly DiagnosticDescriptor Rule = new(
        RuleIds.AccountLengthOutsideGuidance,
        "length-outside-guidance",
        "Account length outside guidance",
        "The account has {0:N0} words; the guidance is {1:N0}–{2:N0}. {3}",
        RuleCategories.Writing,
        DiagnosticSeverity.Info,
        "A centre's word range keeps accounts long enough to evidence every criterion and short enough to read.");

    /// <inheritdoc />
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => [Rule];

    /// <inheritdoc />
    public override void Initialize(AnalysisContext context) => context.RegisterDocumentAction(Analyze);

    private static void Analyze(DocumentAnalysisContext context)
    {
        var range = context.Settings.UnitPack?.WordRange;
        int minimum = (int)context.Settings.GetOption(RuleIds.AccountLengthOutsideGuidance, "minimumWords", range?.Minimum ?? DefaultMinimumWords);
        int maximum = (int)context.Settings.GetOption(RuleIds.AccountLengthOutsideGuidance, "maximumWords", range?.Maximum ?? DefaultMaximumWords);
        int words = context.Document.WordCount;
        if (words < minimum)
        {
            context.ReportDiagnostic(Diagnostic.Create(Rule, context.DocumentLocation, words, minimum, maximum,
                "Add a specific example for each criterion: what you did, when, and what changed as a result."));
        }
        else if (words > maximum)
        {
            context.ReportDiagnostic(Diagnostic.Create(Rule, context.DocumentLocation, words, minimum, maximum,
                "Cut background and repetition; keep the passages that show what you did and its effect."));
        }
    }
}
