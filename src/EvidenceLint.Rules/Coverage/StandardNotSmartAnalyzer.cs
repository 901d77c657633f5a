using System.Collections.Frozen;
using System.Collections.Immutable;
using EvidenceLint.Analysis;
using EvidenceLint.Text;

namespace EvidenceLint.Rules.Coverage;

/// <summary>
/// EL2004. The marking point for setting standards credits "specific, measurable, achievable, relevant and
/// time-bound (SMART) objectives", and UNITS.md asks for a standard with a measurable figure and a timeframe. Of
/// the standards, targets and objectives the learner states (found by <see cref="StatedStandards"/>), the rule
/// reports those that lack a figure, a timeframe, or both, or that are a broad aim such as "improve customer
/// service". Figures, dates and periods are read through the text model's lexicon.
/// </summary>
internal sealed class StandardNotSmartAnalyzer : EvidenceAnalyzer
{
    private static readonly DiagnosticDescriptor Rule = new(
        RuleIds.StandardNotSmart,
        "standard-not-smart",
        "Standard or objective is not SMART",
        "This standard or objective {0}. Assessors look for SMART standards, with a figure to reach and a date or period to reach it in: {1}",
        RuleCategories.Coverage,
        DiagnosticSeverity.Warning,
        "A standard, target or objective the learner set should be measurable and time-bound; a broad aim presented as the objective cannot be checked.");

    /// <summary>Words of a broad aim: a direction of travel or a manner, with nothing to measure it by.</summary>
    private static readonly FrozenSet<string> BroadAimWords = new[]
    {
        "improve", "enhance", "increase", "reduce", "raise", "boost", "better", "easier", "friendly", "professional",
        "polite", "excellent", "good", "great", "helpful", "listen", "happy", "satisfied", "positive", "high",
        "quality", "best", "experience", "ensure",
    }.ToFrozenSet(StringComparer.Ordinal);

    /// <inheritdoc />
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => [Rule];

    /// <inheritdoc />
    public override void Initialize(AnalysisContext context) => context.RegisterDocumentAction(Analyze);

    private enum Gap
    {
        None,
        Timeframe,
        Figure,
        Both,
        BroadAim,
    }

    private static void Analyze(DocumentAnalysisContext context)
    {
        var text = context.Text;
        foreach (var standard in StatedStandards.Find(text))
        {
            var (first, end) = standard.Introduction;
            var gap = Judge(text, standard.FirstToken, standard.EndToken, inheritedTimeframe: HasTimeframe(text, first, end));
            if (gap != Gap.None)
            {
                Report(context, context.CreateLocation(standard.Start, standard.Length), gap);
            }
        }
    }

    private static void Report(DocumentAnalysisContext context, EvidenceLocation location, Gap gap)
    {
        var (what, fix) = gap switch
        {
            Gap.Timeframe => ("seems to have a figure but no date or period to reach it by",
                "add a timeframe such as 'by the end of March' or 'in every week of the quarter'"),
            Gap.Figure => ("seems to have a timeframe but nothing to measure it by",
                "add a figure such as 'at least 85% on the QA scorecard' or '80% of calls answered within 20 seconds'"),
            Gap.BroadAim => ("reads as a broad aim rather than something you could measure",
                "turn it into a target with a figure and a date, such as 'raise CSAT from 4.1 to 4.4 by the end of March'"),
            _ => ("seems to have neither a figure nor a timeframe",
                "say what will be measured and by when, such as 'raise FCR from 64% to 70% by the end of June'"),
        };
        context.ReportDiagnostic(Diagnostic.Create(Rule, location, what, fix));
    }

    private static Gap Judge(TextModel text, int first, int end, bool inheritedTimeframe)
    {
        var tokens = text.Tokens.AsSpan();
        bool timeframe = inheritedTimeframe || HasTimeframe(text, first, end);
        bool figure = HasFigure(text, first, end);
        if (figure)
        {
            return timeframe ? Gap.None : Gap.Timeframe;
        }

        for (int k = first; k < end; k++)
        {
            if (BroadAimWords.Contains(tokens[k].Lemma) || BroadAimWords.Contains(tokens[k].Lower))
            {
                return Gap.BroadAim;
            }
        }

        return timeframe ? Gap.Figure : Gap.Both;
    }

    private static bool HasFigure(TextModel text, int first, int end)
    {
        var tokens = text.Tokens.AsSpan();
        for (int k = first; k < end; k++)
        {
            if (text.IsFigureAt(k) || tokens[k].Lower == "none")
            {
                return true;
            }

            // "no card numbers held in recordings" is a measurable zero; "no more than" is followed by a number.
            if (tokens[k].Lower == "no" && k + 1 < end && tokens[k + 1].Kind == TokenKind.Word && !BroadAimWords.Contains(tokens[k + 1].Lemma)
                && tokens[k + 1].Lower is not ("more" or "less" or "longer"))
            {
                return true;
            }
        }

        return false;
    }

    private static bool HasTimeframe(TextModel text, int first, int end)
    {
        for (int k = first; k < end; k++)
        {
            if (text.IsTimeframeAt(k))
            {
                return true;
            }
        }

        return false;
    }
}
