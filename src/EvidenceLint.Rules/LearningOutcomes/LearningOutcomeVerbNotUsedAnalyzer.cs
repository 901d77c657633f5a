using System.Collections.Frozen;
using System.Collections.Immutable;
using EvidenceLint.Analysis;
using EvidenceLint.Reading;
using EvidenceLint.Text;
using EvidenceLint.Units;

namespace EvidenceLint.Rules.LearningOutcomes;

/// <summary>
/// EL1001. Each learning outcome is phrased as something the learner is able to do ("monitor and evaluate customer
/// service performance"), and an assessor reads the account for that action done by the learner. The rule reports an
/// outcome when none of its verbs appears with the learner as subject in the past simple ("I monitored"), the present
/// perfect ("we have monitored"), a past progressive ("I was monitoring") or an own-action gerund ("After monitoring
/// the calls, I…"). A verb that is negated, planned, quoted, inside a heading or in the unit's own wording pasted back
/// does not count, and neither does someone else's action ("my manager monitored") or a passive ("calls were monitored").
/// Derived nouns ("an evaluation", "the review") do not count either: the outcome asks for the action, and "at the
/// review" is as often someone else's meeting as the learner's work.
/// </summary>
internal sealed class LearningOutcomeVerbNotUsedAnalyzer : EvidenceAnalyzer
{
    private static readonly DiagnosticDescriptor Rule = new(
        RuleIds.LearningOutcomeVerbNotUsed,
        "learning-outcome-verb",
        "Learning-outcome verb not used",
        "{0} ({1}): the account never seems to use {2} for something you did yourself. Describe a time you did, in your own words and in the past tense (what, when and the result), e.g. {3}",
        RuleCategories.LearningOutcomes,
        DiagnosticSeverity.Warning,
        "An assessor looks for the outcome's action done by the learner; an account that never says the learner did it leaves the outcome unevidenced.");

    private static readonly FrozenSet<string> LearnerSubjects = new[]
    {
        "i", "we", "i've", "we've", "i'd", "we'd",
    }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>
    /// Someone other than the learner is the subject, or a relative clause starts: the verb is not the learner's. "It",
    /// "this" and "those" are left out: after the learner's verb they are objects ("I fed this back and supported…").
    /// </summary>
    private static readonly FrozenSet<string> OtherSubjects = new[]
    {
        "he", "she", "they", "you", "who", "which", "that", "he'd", "she'd", "they'd", "they've", "you've",
        "he's", "she's", "it's", "they're", "you're",
    }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>Subordinators that open a new clause whose subject has not been seen.</summary>
    private static readonly FrozenSet<string> ClauseOpeners = new[]
    {
        "because", "since", "although", "though", "while", "whilst", "when", "where", "whereas", "if", "unless", "until",
        "after", "before", "once", "as", "so", "how", "why", "what", "whether",
    }.ToFrozenSet(StringComparer.Ordinal);

    private static readonly FrozenSet<string> HaveAuxiliaries = new[]
    {
        "have", "has", "had", "'ve", "'d",
    }.ToFrozenSet(StringComparer.Ordinal);

    private static readonly FrozenSet<string> BeAuxiliaries = new[]
    {
        "was", "were", "been", "am", "are", "is", "be", "being",
    }.ToFrozenSet(StringComparer.Ordinal);

    private static readonly FrozenSet<string> Adverbs = new[]
    {
        "also", "then", "first", "firstly", "next", "now", "just", "already", "personally", "both", "all", "together",
        "jointly", "again", "still", "later", "initially", "regularly", "always", "often", "actually", "myself", "ourselves",
        "subsequently", "immediately", "quickly", "carefully", "closely", "successfully", "formally", "informally",
    }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>Words that introduce an own-action gerund: "by monitoring", "after evaluating", "I started monitoring".</summary>
    private static readonly FrozenSet<string> GerundIntroducers = new[]
    {
        "by", "after", "before", "while", "whilst", "when", "through",
    }.ToFrozenSet(StringComparer.Ordinal);

    private static readonly FrozenSet<string> CatenativeVerbs = new[]
    {
        "start", "begin", "continue", "keep", "spend", "finish",
    }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>Verbs whose past is the base form: "I set three standards" is read as past, as it is in an account.</summary>
    private static readonly FrozenSet<string> InvariantPast = new[]
    {
        "set", "put", "cut", "let", "shut", "spread", "broadcast", "forecast", "upset", "read",
    }.ToFrozenSet(StringComparer.Ordinal);

    private static readonly FrozenDictionary<string, string> IrregularPast = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["lead"] = "led", ["run"] = "ran", ["give"] = "gave", ["make"] = "made", ["take"] = "took", ["write"] = "wrote",
        ["teach"] = "taught", ["hold"] = "held", ["find"] = "found", ["tell"] = "told", ["build"] = "built", ["plan"] = "planned",
    }.ToFrozenDictionary(StringComparer.Ordinal);

    /// <inheritdoc />
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => [Rule];

    /// <inheritdoc />
    public override void Initialize(AnalysisContext context) => context.RegisterUnitAction(Analyze);

    private static void Analyze(UnitAnalysisContext context)
    {
        foreach (var outcome in context.Unit.LearningOutcomes)
        {
            if (outcome.Verbs.IsDefaultOrEmpty)
            {
                continue;
            }

            if (!IsUsed(context.Text, context.Evidence, outcome.VerbLemmas))
            {
                string detail = $"{outcome.Id}/{string.Join(',', outcome.Verbs)}";
                context.ReportDiagnostic(Diagnostic.CreateWithDetail(
                    Rule, context.DocumentLocation, detail, outcome.Id, Summarise(outcome.Wording), VerbList(outcome.Verbs), Examples(outcome.Verbs)));
            }
        }
    }

    private static bool IsUsed(TextModel text, Evidence.EvidenceSentences evidence, FrozenSet<string> verbs)
    {
        foreach (var sentence in text.Sentences)
        {
            // Headings, block quotes and the unit's wording pasted back (even turned into "I monitored and evaluated
            // customer service performance, systems and processes") are never the learner's account of an action. A
            // short claim of the learner's own in the marking point's words still counts; the evidence standings
            // draw that line for every rule.
            var kind = text.Document.Paragraphs[sentence.Paragraph].Kind;
            if (kind is ParagraphKind.Heading or ParagraphKind.Quote || !sentence.IsFirstPerson
                || evidence[sentence] == Evidence.EvidenceStanding.None)
            {
                continue;
            }

            var tokens = text.GetTokens(sentence);
            for (int k = 0; k < tokens.Length; k++)
            {
                if (tokens[k].Kind == TokenKind.Word && verbs.Contains(tokens[k].Lemma)
                    && text.IsOwnActionAt(sentence.FirstToken + k) && IsLearnersAction(tokens, k))
                {
                    return true;
                }
            }
        }

        return false;
    }

    private static bool IsLearnersAction(ReadOnlySpan<Token> tokens, int k)
    {
        var verb = tokens[k];
        if (verb.Lower.EndsWith("ing", StringComparison.Ordinal) && verb.Lower != verb.Lemma)
        {
            return IsOwnGerund(tokens, k);
        }

        bool past = verb.Lower != verb.Lemma && !IsThirdPersonPresent(verb);
        int before = SkipBackwards(tokens, k - 1, out bool perfect, out bool passive);
        if (passive)
        {
            return false;
        }

        // A base form is a plan or a present habit ("I monitor…", "LO3 asks me to monitor…"), except for verbs whose
        // past is the base form ("I set…") and after "have" ("I have set…").
        if (!past && !perfect && !(InvariantPast.Contains(verb.Lemma) && before >= 0 && LearnerSubjects.Contains(tokens[before].Lower)))
        {
            return false;
        }

        return HasLearnerSubject(tokens, before);
    }

    private static bool IsThirdPersonPresent(Token verb) =>
        verb.Lower == verb.Lemma + "s" || verb.Lower == verb.Lemma + "es"
        || (verb.Lemma.EndsWith('y') && verb.Lower == verb.Lemma[..^1] + "ies");

    /// <summary>
    /// Steps back over adverbs and auxiliaries to the word before the verb group, noting "have" (perfect) and a form of
    /// "be" directly before a participle (passive: "calls were monitored").
    /// </summary>
    private static int SkipBackwards(ReadOnlySpan<Token> tokens, int j, out bool perfect, out bool passive)
    {
        perfect = passive = false;
        for (; j >= 0; j--)
        {
            var token = tokens[j];
            if (token.Kind != TokenKind.Word)
            {
                return j;
            }

            if (HaveAuxiliaries.Contains(token.Lower))
            {
                perfect = true;
            }
            else if (BeAuxiliaries.Contains(token.Lower))
            {
                passive |= !perfect;
            }
            else if (token.Lower is "i've" or "we've" or "i'd" or "we'd")
            {
                perfect = true;
                return j;
            }
            else if (!Adverbs.Contains(token.Lower) && !token.Lower.EndsWith("ly", StringComparison.Ordinal))
            {
                return j;
            }
        }

        return j;
    }

    /// <summary>
    /// True when the clause the verb group belongs to has the learner as subject: directly ("I monitored", "my team
    /// and I monitored") or through a coordination ("I listened to the calls and evaluated…", "I designed, implemented
    /// and reviewed…"). A noun or another pronoun directly before the verb ("my manager monitored") is someone else.
    /// </summary>
    private static bool HasLearnerSubject(ReadOnlySpan<Token> tokens, int j)
    {
        if (j < 0)
        {
            return false;
        }

        if (LearnerSubjects.Contains(tokens[j].Lower))
        {
            return true;
        }

        bool coordinated = tokens[j].Lower is "and" or "or" or "but" or "then" || (tokens[j].Kind == TokenKind.Punctuation && tokens[j].Text == ",");
        if (!coordinated)
        {
            return false;
        }

        for (int i = j - 1; i >= 0; i--)
        {
            var token = tokens[i];
            if (LearnerSubjects.Contains(token.Lower))
            {
                return true;
            }

            if (OtherSubjects.Contains(token.Lower) || ClauseOpeners.Contains(token.Lower)
                || (token.Kind == TokenKind.Punctuation && token.Text is ";" or ":" or "(" or ")" or "\u2013" or "\u2014"))
            {
                return false;
            }

            // "my manager and I" coordinates subjects; "my manager listened and evaluated" has another subject before a verb.
            if (token.Kind == TokenKind.Word && i + 1 < tokens.Length && IsPastForm(tokens[i + 1]) && !Adverbs.Contains(token.Lower)
                && !HaveAuxiliaries.Contains(token.Lower) && !BeAuxiliaries.Contains(token.Lower) && token.Lower is not ("and" or "or" or "but" or "then"))
            {
                return false;
            }
        }

        return false;
    }

    private static bool IsPastForm(Token token) =>
        token.Kind == TokenKind.Word && token.Lower != token.Lemma && !token.Lower.EndsWith("ing", StringComparison.Ordinal) && !IsThirdPersonPresent(token)
        && token.Lower.EndsWith("ed", StringComparison.Ordinal);

    /// <summary>
    /// A gerund is the learner's action when it opens the sentence or follows "by", "after"… ("After evaluating the
    /// survey, I…"), continues a learner's verb ("I started monitoring", "we have been monitoring"). "I was
    /// responsible for monitoring" describes a duty, not an action, so "for" does not introduce one.
    /// </summary>
    private static bool IsOwnGerund(ReadOnlySpan<Token> tokens, int k)
    {
        int j = k - 1;
        while (j >= 0 && tokens[j].Kind == TokenKind.Word && (Adverbs.Contains(tokens[j].Lower) || tokens[j].Lower.EndsWith("ly", StringComparison.Ordinal)))
        {
            j--;
        }

        if (j < 0)
        {
            return true;
        }

        var before = tokens[j];
        if (before.Kind == TokenKind.Word && GerundIntroducers.Contains(before.Lower))
        {
            return j == 0 || LearnerSubjectBefore(tokens, j) || tokens[j - 1].Kind == TokenKind.Punctuation;
        }

        if (before.Kind == TokenKind.Word && (BeAuxiliaries.Contains(before.Lower) || (CatenativeVerbs.Contains(before.Lemma) && before.Lower != before.Lemma)))
        {
            int subject = SkipBackwards(tokens, j - 1, out _, out _);
            return HasLearnerSubject(tokens, subject);
        }

        return false;
    }

    private static bool LearnerSubjectBefore(ReadOnlySpan<Token> tokens, int j)
    {
        for (int i = j - 1; i >= 0; i--)
        {
            if (LearnerSubjects.Contains(tokens[i].Lower))
            {
                return true;
            }

            if (OtherSubjects.Contains(tokens[i].Lower))
            {
                return false;
            }
        }

        return false;
    }

    private static string Summarise(string wording)
    {
        string text = wording.Trim().TrimEnd('.');
        if (text.StartsWith("Be able to ", StringComparison.OrdinalIgnoreCase))
        {
            text = text["Be able to ".Length..];
        }

        if (text.Length > 0)
        {
            text = char.ToLowerInvariant(text[0]) + text[1..];
        }

        const int Limit = 70;
        if (text.Length > Limit)
        {
            int cut = text.LastIndexOf(' ', Limit);
            text = text[..(cut > 0 ? cut : Limit)].TrimEnd(',', ' ') + "\u2026";
        }

        return text;
    }

    private static string VerbList(ImmutableArray<string> verbs)
    {
        var quoted = verbs.Select(v => $"'{v.Trim()}'").ToList();
        return quoted.Count == 1 ? quoted[0] : string.Join(", ", quoted.Take(quoted.Count - 1)) + " or " + quoted[^1];
    }

    private static string Examples(ImmutableArray<string> verbs) =>
        string.Join(", ", verbs.Select(v => $"'I {Past(v)}\u2026'")) + ".";

    private static string Past(string verb)
    {
        string lemma = verb.Trim().ToLowerInvariant();
        if (IrregularPast.TryGetValue(lemma, out string? irregular))
        {
            return irregular;
        }

        if (InvariantPast.Contains(lemma))
        {
            return lemma;
        }

        if (lemma.EndsWith('e'))
        {
            return lemma + "d";
        }

        if (lemma.Length > 2 && lemma.EndsWith('y') && !"aeiou".Contains(lemma[^2], StringComparison.Ordinal))
        {
            return lemma[..^1] + "ied";
        }

        return lemma + "ed";
    }
}
