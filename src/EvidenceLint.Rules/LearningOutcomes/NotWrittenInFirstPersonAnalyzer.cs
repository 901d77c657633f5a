using System.Collections.Immutable;
using EvidenceLint.Analysis;
using EvidenceLint.Reading;

namespace EvidenceLint.Rules.LearningOutcomes;

/// <summary>
/// EL1003. A reflective account is evidence of what the learner did; every unit's learning outcomes begin
/// "Be able to…", so an assessor looks for "I set…", "I listened…", not a description of what the
/// organisation does. Passive, third-person accounts ("A procedure was developed") are the commonest reason
/// an assessor cannot attribute the work to the learner.
/// </summary>
internal sealed class NotWrittenInFirstPersonAnalyzer : EvidenceAnalyzer
{
    /// <summary>The share of narrative sentences below which the rule fires, unless configured.</summary>
    public const double DefaultMinimumShare = 0.2;

    /// <summary>Fewer narrative sentences than this and the share means nothing, so the rule stays quiet.</summary>
    public const int MinimumSentences = 5;

    private static readonly DiagnosticDescriptor Rule = new(
        RuleIds.NotWrittenInFirstPerson,
        "not-first-person",
        "Account is not written in the first person",
        "Only {0} of {1} sentences say what you did yourself. Assessors credit your own actions: rewrite passages such as \"{2}\" to start with \"I…\" or \"My team and I…\"",
        RuleCategories.LearningOutcomes,
        DiagnosticSeverity.Warning,
        "Learning outcomes are written as \"Be able to…\": the account must show the learner doing it.");

    /// <inheritdoc />
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => [Rule];

    /// <inheritdoc />
    public override void Initialize(AnalysisContext context) => context.RegisterDocumentAction(Analyze);

    private static void Analyze(DocumentAnalysisContext context)
    {
        // Narrative only: headings, numbered procedure steps, tables and quoted scripts are rightly not "I" sentences.
        var narrative = context.Text.Sentences
            .Where(s => context.Document.Paragraphs[s.Paragraph].Kind == ParagraphKind.Body && !s.IsQuoted)
            .ToList();
        if (narrative.Count < MinimumSentences)
        {
            return;
        }

        int firstPerson = narrative.Count(s => s.IsFirstPerson);
        double minimum = context.Settings.GetOption(RuleIds.NotWrittenInFirstPerson, "minimumShare", DefaultMinimumShare);
        if ((double)firstPerson / narrative.Count >= minimum)
        {
            return;
        }

        var example = narrative.First(s => !s.IsFirstPerson);
        string excerpt = context.Text.GetText(example);
        if (excerpt.Length > 80)
        {
            excerpt = excerpt[..77].TrimEnd() + "…";
        }

        context.ReportDiagnostic(Diagnostic.Create(Rule, context.DocumentLocation, firstPerson, narrative.Count, excerpt));
    }
}
