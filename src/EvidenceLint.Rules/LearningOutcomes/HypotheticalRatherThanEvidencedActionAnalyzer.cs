using System.Collections.Frozen;
using System.Collections.Immutable;
using EvidenceLint.Analysis;
using EvidenceLint.Reading;
using EvidenceLint.Text;

namespace EvidenceLint.Rules.LearningOutcomes;

/// <summary>
/// EL1002. Assessment is of performance: every marking point asks what the learner did, so "I would coach him" or
/// "I will review the figures in June" is a plan an assessor cannot credit. The rule flags each sentence whose main
/// claim has the learner as the subject of a plan, wish or obligation, and stays quiet on other people's plans
/// ("the team will…"), quotations, questions, negated plans, habitual "would", past regret ("I should have…") and
/// hedges ("I would say…").
/// </summary>
internal sealed class HypotheticalRatherThanEvidencedActionAnalyzer : EvidenceAnalyzer
{
    /// <summary>The most findings reported per document, unless configured; the earliest are kept.</summary>
    public const int DefaultMaximumPerDocument = 5;

    private static readonly DiagnosticDescriptor Rule = new(
        RuleIds.HypotheticalRatherThanEvidencedAction,
        "hypothetical-action",
        "Hypothetical rather than evidenced action",
        "This seems to say what you would or will do rather than what you did. Assessors need evidence of action taken: describe a time you did it (what, when, the result); if it is still only a plan, keep it short and make sure something you have already done evidences the criterion",
        RuleCategories.LearningOutcomes,
        DiagnosticSeverity.Info,
        "Evidence must be of performance: a plan, wish or obligation is not an action the assessor can credit.");

    private static readonly FrozenSet<string> LearnerSubjects = new[]
    {
        "i", "we", "i'll", "we'll", "i'd", "we'd", "i'm", "we're",
    }.ToFrozenSet(StringComparer.Ordinal);

    private static readonly FrozenSet<string> Modals = new[]
    {
        "would", "will", "shall", "should", "might", "may", "must", "ought", "i'll", "we'll", "i'd", "we'd",
    }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>Present intentions and needs; "planned to", "wanted to" may still have been carried out.</summary>
    private static readonly FrozenSet<string> Intentions = new[]
    {
        "plan", "intend", "hope", "aim", "want", "wish", "need", "like", "expect",
    }.ToFrozenSet(StringComparer.Ordinal);

    private static readonly FrozenSet<string> OtherSubjects = new[]
    {
        "he", "she", "they", "you", "it", "he's", "she's", "they're", "you're", "it's",
    }.ToFrozenSet(StringComparer.Ordinal);

    private static readonly FrozenSet<string> ReportingVerbs = new[]
    {
        "say", "tell", "promise", "state", "ask", "explain", "agree", "confirm", "insist", "expect",
    }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>Words that may sit between the learner and the modal: "I really would like to", "we also plan to".</summary>
    private static readonly FrozenSet<string> Adverbs = new[]
    {
        "really", "also", "then", "definitely", "probably", "certainly", "still", "now", "personally", "therefore",
        "next", "first", "both", "all", "hopefully", "ideally", "only", "too",
    }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>"I would say…", "I would argue…": a hedge on an opinion, not a planned action.</summary>
    private static readonly FrozenSet<string> HedgeVerbs = new[]
    {
        "say", "argue", "think", "imagine", "guess", "suppose", "describe", "admit", "mention", "add", "note", "point",
        "estimate", "rate", "call", "consider", "agree", "stress", "emphasise", "emphasize", "hope",
    }.ToFrozenSet(StringComparer.Ordinal);

    /// <inheritdoc />
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => [Rule];

    /// <inheritdoc />
    public override void Initialize(AnalysisContext context) => context.RegisterDocumentAction(Analyze);

    private static void Analyze(DocumentAnalysisContext context)
    {
        int maximum = (int)context.Settings.GetOption(RuleIds.HypotheticalRatherThanEvidencedAction, "maximumPerDocument", DefaultMaximumPerDocument);
        int reported = 0;
        foreach (var sentence in context.Text.Sentences)
        {
            if (reported >= maximum)
            {
                return;
            }

            if (IsLearnersPlan(context.Text, sentence))
            {
                context.ReportDiagnostic(Diagnostic.Create(Rule, context.CreateLocation(sentence)));
                reported++;
            }
        }
    }

    private static bool IsLearnersPlan(TextModel text, Sentence sentence)
    {
        // Headings, tables and quoted scripts or charters are not the learner's claims; a question asks, it does not
        // claim. A negated plan ("I would not change the rota", "I won't…") is a judgement or resolution, not a
        // substitute for evidence, and RULES.md keeps rules quiet on negated text.
        var kind = text.Document.Paragraphs[sentence.Paragraph].Kind;
        if (kind is not (ParagraphKind.Body or ParagraphKind.ListItem)
            || !sentence.IsHypothetical || !sentence.IsFirstPerson || sentence.IsNegated || sentence.IsQuoted || sentence.IsQuestion)
        {
            return false;
        }

        var tokens = text.GetTokens(sentence);
        for (int k = 0; k < tokens.Length; k++)
        {
            int index = sentence.FirstToken + k;
            if (!LearnerSubjects.Contains(tokens[k].Lower) || text.IsQuotedAt(index) || IsEmbedded(tokens, k))
            {
                continue;
            }

            // "I'll" and "I'd" carry their own modal; otherwise the next word (after an adverb or "am") must be a
            // modal or a present intention the text model left hypothetical: "I would…", "we will…", "I plan to…",
            // "I am going to…". A frame alone is not enough: in "…I can see now that advisers would have spotted it
            // if I had consulted them" the learner plans nothing.
            int verb = tokens[k].Lower is "i'll" or "we'll" or "i'd" or "we'd" ? k : NextVerb(tokens, k + 1);
            if (verb < 0 || !text.IsHypotheticalAt(sentence.FirstToken + verb) || !IsPlanningVerb(tokens, verb))
            {
                continue;
            }

            if (!IsRegretOrHedge(tokens, verb) && !IsSignpost(tokens))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// "The one I want to use here was a real complaint", "In this section I will describe…": a plan about the account
    /// itself (which example to use, what comes next in it) signposts the writing; it is not a plan of practice.
    /// </summary>
    private static bool IsSignpost(ReadOnlySpan<Token> tokens)
    {
        bool place = false, writing = false;
        for (int k = 0; k < tokens.Length; k++)
        {
            string lower = tokens[k].Lower;
            place |= lower is "here" or "below"
                || (lower is "account" or "report" or "section" or "example" && k > 0 && tokens[k - 1].Lower is "this" or "next" or "following");
            writing |= tokens[k].Kind == TokenKind.Word && SignpostVerbs.Contains(tokens[k].Lemma);
        }

        return place && writing;
    }

    private static readonly FrozenSet<string> SignpostVerbs = new[]
    {
        "use", "describe", "explain", "discuss", "talk", "write", "cover", "focus", "present", "outline", "show", "give",
    }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>
    /// True when someone else speaks or acts earlier in the same stretch, so the learner's clause is embedded in
    /// theirs: "She tells us … if there is anything we need to do", "The charter says we will…".
    /// </summary>
    private static bool IsEmbedded(ReadOnlySpan<Token> tokens, int k)
    {
        for (int j = k - 1; j >= 0; j--)
        {
            var token = tokens[j];
            if (token.Kind == TokenKind.Punctuation && token.Text is "," or ";" or ":" or "\u2013" or "\u2014" or "(" or ")")
            {
                return false;
            }

            if (token.Kind == TokenKind.Word && (OtherSubjects.Contains(token.Lower) || ReportingVerbs.Contains(token.Lemma)))
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsPlanningVerb(ReadOnlySpan<Token> tokens, int k)
    {
        var token = tokens[k];
        bool followedByTo = k + 1 < tokens.Length && tokens[k + 1].Lower == "to";
        return Modals.Contains(token.Lower)
            || (followedByTo && token.Lower == "going")
            || (followedByTo && Intentions.Contains(token.Lemma) && !(token.Lower != token.Lemma && token.Lower.EndsWith("ed", StringComparison.Ordinal)));
    }

    private static int NextVerb(ReadOnlySpan<Token> tokens, int from)
    {
        for (int k = from; k < tokens.Length; k++)
        {
            if (tokens[k].Kind != TokenKind.Word)
            {
                return -1;
            }

            if (!Adverbs.Contains(tokens[k].Lower) && tokens[k].Lower is not ("am" or "are"))
            {
                return k;
            }
        }

        return -1;
    }

    /// <summary>
    /// "I should have checked" looks back on what was done (reflection an assessor values, not a plan); "I would say"
    /// hedges an opinion.
    /// </summary>
    private static bool IsRegretOrHedge(ReadOnlySpan<Token> tokens, int modal)
    {
        int next = modal + 1;
        while (next < tokens.Length && tokens[next].Kind == TokenKind.Word && Adverbs.Contains(tokens[next].Lower))
        {
            next++;
        }

        if (next >= tokens.Length || tokens[next].Kind != TokenKind.Word)
        {
            return false;
        }

        string word = tokens[next].Lower;
        return word is "have" or "'ve" || tokens[modal].Lower.EndsWith("'ve", StringComparison.Ordinal) || HedgeVerbs.Contains(word);
    }
}
