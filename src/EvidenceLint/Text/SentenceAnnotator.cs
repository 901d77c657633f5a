using System.Collections.Frozen;

namespace EvidenceLint.Text;

/// <summary>What applies to one token: whether it sits in negated, hypothetical or quoted text.</summary>
[Flags]
internal enum TokenScope : byte
{
    None = 0,
    Negated = 1,
    Hypothetical = 2,
    Quoted = 4,
}

/// <summary>
/// Works out a sentence's flags and the negated, hypothetical and quoted scope of each of its tokens.
/// </summary>
/// <remarks>
/// The sentence is cut into clauses at <c>, ; : ( ) – —</c> and at words that open a clause ("but", "however",
/// "although", "because", "which", "and I"…). A negation or modal cue covers its clause from the cue onwards, so
/// "I did not monitor calls, but I listened to recordings" negates only the first clause. A clause-wide negation
/// with no first-person subject before the cue ("calls were never monitored", "monitoring was not done") also
/// covers the words before it. The sentence flags describe the main claim: the first clause that is not a
/// subordinate one ("Although…", "Because…", "Apart from…") and has the learner as subject, or failing that the
/// first main clause. Judgement calls, chosen so rules stay quiet on plans and denials without losing past narrative:
/// <list type="bullet">
/// <item>"could" is past ability in a narrative ("I could see that…", "advisers could raise a trace"), so it is
/// hypothetical only as "could have…" / "could be…" or under a frame such as "next time" or "if I had".</item>
/// <item>"would" is hypothetical, except habitual past in a sentence with a frequency word ("every Friday I would
/// listen to…"); "I'd" before a past participle is "I had".</item>
/// <item>"which would…" only marks its own relative clause, so "I set up a huddle, which would run weekly" is a
/// past action.</item>
/// <item>Intentions in the present ("I plan to", "I need to", "I hope to") make the sentence hypothetical; past
/// ones ("I planned to", "I wanted to") mark only the words after them, because the sentence may still report
/// what was done.</item>
/// <item>"without", "instead of" and "rather than" negate only what follows ("I set the standards without
/// consulting the team" still claims the setting).</item>
/// <item>"not only", "not just" and "whether or not" are not negation.</item>
/// <item>A sentence is quoted when it starts inside quotation marks and at least half its words are quoted; cues
/// inside a quotation within a learner's own sentence ("I told her "we will call you back"") do not affect it.</item>
/// </list>
/// </remarks>
internal static class SentenceAnnotator
{
    private static readonly FrozenSet<string> FirstPersonSubjects = new[]
    {
        "i", "we", "i'm", "i've", "i'd", "i'll", "we've", "we're", "we'd", "we'll",
    }.ToFrozenSet(StringComparer.Ordinal);

    private static readonly FrozenSet<string> ClauseOpeners = new[]
    {
        "but", "however", "although", "though", "whereas", "because", "while", "whilst", "which", "who", "whom",
        "whose", "unless", "except", "yet", "what", "how", "whether", "why",
    }.ToFrozenSet(StringComparer.Ordinal);

    private static readonly FrozenSet<string> Pronouns = new[]
    {
        "i", "we", "he", "she", "they", "it", "you", "i'm", "i've", "i'd", "i'll", "we've", "we're", "we'd", "we'll",
        "he'd", "she'd", "they'd", "it's",
    }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>Verbs (lemmas) that introduce a reported "that" clause.</summary>
    private static readonly FrozenSet<string> ReportingVerbs = new[]
    {
        "say", "show", "tell", "find", "explain", "feel", "think", "know", "see", "realise", "agree", "confirm",
        "notice", "mean", "ensure", "check", "decide", "learn", "understand", "believe", "note", "state", "suggest",
        "report", "remind", "highlight", "discover", "reveal", "prove", "demonstrate", "recognise", "accept", "admit",
        "mention", "point", "promise", "reassure", "advise", "inform", "assure", "hear", "indicate",
    }.ToFrozenSet(StringComparer.Ordinal);

    private static readonly FrozenSet<string> Subordinators = new[]
    {
        "although", "though", "because", "since", "as", "if", "when", "whenever", "while", "whilst", "whereas",
        "unless", "once", "after", "before", "until", "given", "apart", "despite", "which", "who", "whom", "whose",
        "where", "having", "following", "what", "how", "whether", "why",
    }.ToFrozenSet(StringComparer.Ordinal);

    private static readonly FrozenSet<string> Modals = new[]
    {
        "would", "will", "shall", "should", "might", "must", "ought", "wouldn't", "won't", "shouldn't", "mustn't",
        "i'll", "we'll", "you'll", "they'll", "he'll", "she'll", "it'll", "i'd", "we'd", "could've", "would've",
        "should've", "might've",
    }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>
    /// Words after which "I" is still inside the clause: auxiliaries in a question or inversion ("did I", "was I"),
    /// subordinators that open the clause themselves ("when I", "if I"), and "than I", "as I", "me and I".
    /// </summary>
    private static readonly FrozenSet<string> BeforeSubjectInClause = new[]
    {
        "did", "do", "does", "have", "had", "has", "can", "could", "may", "am", "was", "were", "is", "are",
        "than", "as", "me", "if", "when", "where", "once", "before", "after", "until", "since",
    }.ToFrozenSet(StringComparer.Ordinal);

    private static readonly FrozenSet<string> IntentionVerbs = new[]
    {
        "plan", "intend", "hope", "aim", "want", "wish", "need", "like", "expect",
    }.ToFrozenSet(StringComparer.Ordinal);

    private static readonly FrozenSet<string> FrequencyWords = new[]
    {
        "every", "each", "always", "usually", "often", "regularly", "normally", "typically", "generally", "sometimes",
        "weekly", "daily",
    }.ToFrozenSet(StringComparer.Ordinal);

    private static readonly FrozenSet<string> PastParticiples = new[]
    {
        "been", "had", "done", "gone", "made", "taken", "given", "seen", "spoken", "written", "known", "told", "sent",
        "kept", "left", "met", "set", "put", "run", "led", "fed", "got", "found", "heard", "felt", "thought", "brought",
        "taught", "held", "paid", "said", "built", "shown", "become", "begun", "chosen",
    }.ToFrozenSet(StringComparer.Ordinal);

    private static readonly FrozenSet<string> NegativeWords = new[]
    {
        "not", "never", "cannot", "nobody", "nothing", "none", "neither", "nor", "noone",
    }.ToFrozenSet(StringComparer.Ordinal);

    private static readonly FrozenSet<string> Determiners = new[]
    {
        "the", "a", "an", "my", "our", "his", "her", "their", "your", "this", "that", "work", "bed", "school",
    }.ToFrozenSet(StringComparer.Ordinal);

    private enum Cue
    {
        None,

        /// <summary>Negates the clause (not, never, didn't, no one).</summary>
        Negation,

        /// <summary>Negates only what follows (without, instead of, rather than).</summary>
        ForwardNegation,

        /// <summary>A modal or present intention: the clause is a plan, wish or condition.</summary>
        Hypothetical,

        /// <summary>A past intention ("I planned to"): only what follows is unrealised.</summary>
        ForwardHypothetical,
    }

    /// <summary>Returns the sentence's flags and fills in <paramref name="scopes"/> (one per token).</summary>
    public static SentenceFlags Annotate(ReadOnlySpan<Token> tokens, ReadOnlySpan<bool> inQuote, bool quoteParagraph, Span<TokenScope> scopes)
    {
        var flags = SentenceFlags.None;
        int words = 0, quotedWords = 0;
        for (int k = 0; k < tokens.Length; k++)
        {
            if (tokens[k].IsWordLike)
            {
                words++;
                quotedWords += inQuote[k] ? 1 : 0;
            }
        }

        bool quoted = quoteParagraph || (tokens.Length > 0 && inQuote[0] && words > 0 && quotedWords * 2 >= words);
        for (int k = 0; k < tokens.Length; k++)
        {
            scopes[k] = quoted || inQuote[k] ? TokenScope.Quoted : TokenScope.None;
        }

        if (quoted)
        {
            flags |= SentenceFlags.Quoted;
        }

        if (IsQuestion(tokens))
        {
            flags |= SentenceFlags.Question;
        }

        bool frame = HasHypotheticalFrame(tokens, inQuote, quoted);
        bool habitual = !frame && ContainsAny(tokens, FrequencyWords);

        // The claim: the first main clause with the learner as subject, else the first main clause, else the first
        // clause with the learner as subject, else the first clause.
        (bool Negated, bool Hypothetical)? ownMain = null, anyMain = null, ownAny = null, first = null;

        int clauseStart = 0;
        var carried = TokenScope.None;
        while (clauseStart < tokens.Length)
        {
            int clauseEnd = NextClauseStart(tokens, clauseStart);
            bool subordinate = IsSubordinate(tokens, clauseStart, clauseEnd);

            // "I did not look at who was below target", "I will find out which advisers are below target": a clause
            // embedded straight after a denied or planned verb is what was not (or not yet) done, so the scope runs on.
            if (carried != TokenScope.None && IsEmbedded(tokens, clauseStart))
            {
                Mark(scopes, clauseStart, clauseEnd, carried);
            }

            bool firstPerson = false, negated = false, hypothetical = false;

            // Each cue's scope runs to the clause's end, so the clause's scopes are the union from its first cue of each
            // kind; they are marked once after the scan, and "a past verb / a first-person subject before the cue" is a
            // comparison with the first of each, so a clause of many cues ("not not not…") stays linear.
            int firstPast = FirstIndex(tokens, clauseStart, clauseEnd, IsPastVerb);
            int firstOwn = FirstIndex(tokens, clauseStart, clauseEnd, t => FirstPersonSubjects.Contains(t.Lower));
            int negatedFrom = clauseEnd, hypotheticalFrom = clauseEnd, negatedBackTo = clauseStart;
            for (int k = clauseStart; k < clauseEnd; k++)
            {
                // Cues inside a quotation belong to the speaker, not the learner, unless the whole sentence is quoted.
                if ((!quoted && inQuote[k]) || !tokens[k].IsWordLike)
                {
                    continue;
                }

                // Not exclusive with a cue: "I'll" and "I'd" are both.
                firstPerson |= IsFirstPersonSubject(tokens, k, clauseStart);

                var cue = CueAt(tokens, k, habitual);
                switch (cue)
                {
                    case Cue.Negation:
                        // "…she said I was not summarising": a cue after the clause's own past verb is reported.
                        negated |= firstPast >= k;
                        negatedFrom = Math.Min(negatedFrom, k);
                        if (firstOwn >= k)
                        {
                            negatedBackTo = Math.Max(negatedBackTo, k);
                        }

                        break;
                    case Cue.ForwardNegation:
                        negatedFrom = Math.Min(negatedFrom, k);
                        break;
                    case Cue.Hypothetical:
                        // "I told her it would be Monday", "I added her so she will not be cut off": reported or a purpose.
                        hypothetical |= firstPast >= k;
                        hypotheticalFrom = Math.Min(hypotheticalFrom, k);
                        break;
                    case Cue.ForwardHypothetical:
                        hypotheticalFrom = Math.Min(hypotheticalFrom, k);
                        break;
                }
            }

            Mark(scopes, negatedFrom, clauseEnd, TokenScope.Negated);
            Mark(scopes, clauseStart, negatedBackTo, TokenScope.Negated);
            Mark(scopes, hypotheticalFrom, clauseEnd, TokenScope.Hypothetical);

            if (firstPerson)
            {
                flags |= SentenceFlags.FirstPerson;
            }

            var claim = (negated, hypothetical);
            first ??= claim;
            if (!subordinate)
            {
                anyMain ??= claim;
            }

            if (firstPerson)
            {
                ownAny ??= claim;
                if (!subordinate)
                {
                    ownMain ??= claim;
                }
            }

            carried = scopes[clauseEnd - 1] & (TokenScope.Negated | TokenScope.Hypothetical);
            clauseStart = clauseEnd;
        }

        var (claimNegated, claimHypothetical) = ownMain ?? anyMain ?? ownAny ?? first ?? (false, false);

        if (frame)
        {
            claimHypothetical = true;
            Mark(scopes, 0, tokens.Length, TokenScope.Hypothetical);
        }

        if (claimHypothetical && !frame)
        {
            // "If the pilot goes well, I would roll it out": the condition of a plan has not happened either.
            for (int start = 0; start < tokens.Length;)
            {
                int end = NextClauseStart(tokens, start);
                if (IsCondition(tokens, start, end))
                {
                    Mark(scopes, start, end, TokenScope.Hypothetical);
                }

                start = end;
            }
        }

        if (claimNegated)
        {
            flags |= SentenceFlags.Negated;
        }

        if (claimHypothetical)
        {
            flags |= SentenceFlags.Hypothetical;
        }

        return flags;
    }

    private static void Mark(Span<TokenScope> scopes, int from, int to, TokenScope scope)
    {
        for (int k = from; k < to; k++)
        {
            scopes[k] |= scope;
        }
    }

    private static bool IsQuestion(ReadOnlySpan<Token> tokens)
    {
        for (int k = tokens.Length - 1; k >= 0; k--)
        {
            var t = tokens[k];
            if (t.Kind == TokenKind.Punctuation && t.Text is "\"" or "\u201D" or "\u2019" or "'" or ")" or "]")
            {
                continue;
            }

            return t.Text == "?";
        }

        return false;
    }

    /// <summary>The index where the clause after the one starting at <paramref name="start"/> begins.</summary>
    private static int NextClauseStart(ReadOnlySpan<Token> tokens, int start)
    {
        // A clause needs a word of its own before a conjunction can end it: "but because…" is one clause.
        bool content = tokens[start].IsWordLike && !IsConjunction(tokens[start].Lower);
        for (int k = start + 1; k < tokens.Length; k++)
        {
            var t = tokens[k];
            if (t.Kind == TokenKind.Punctuation)
            {
                // A short gloss in brackets ("average handling time (AHT) as a quality target") is part of its clause:
                // the negation or plan around it reaches past it.
                if (t.Text == "(" && ClosingGloss(tokens, k) is int close)
                {
                    k = close;
                    continue;
                }

                if (t.Text is "," or ";" or ":" or "(" or ")" or "[" or "]" or "\u2013" or "\u2014" or "-")
                {
                    return k + 1;
                }

                continue;
            }

            if (t.Kind != TokenKind.Word)
            {
                content |= t.IsWordLike;
                continue;
            }

            if (content && StartsClause(tokens, k))
            {
                return k;
            }

            content |= !IsConjunction(t.Lower);
        }

        return tokens.Length;
    }

    /// <summary>
    /// The index of the ")" closing a bracket opened at <paramref name="open"/> when what it holds is a short gloss of
    /// up to three words with no clause punctuation ("(AHT)", "(first contact resolution)"); otherwise null.
    /// </summary>
    private static int? ClosingGloss(ReadOnlySpan<Token> tokens, int open)
    {
        for (int k = open + 1; k < tokens.Length && k <= open + 4; k++)
        {
            if (tokens[k].Text == ")")
            {
                return k > open + 1 ? k : null;
            }

            if (!tokens[k].IsWordLike)
            {
                return null;
            }
        }

        return null;
    }

    /// <summary>
    /// A clause that is the object of the verb before it: it opens with a wh-word or a reported "that" and follows a word,
    /// not punctuation (after a comma, "who was struggling" describes someone rather than completing the verb).
    /// </summary>
    private static bool IsEmbedded(ReadOnlySpan<Token> tokens, int start) =>
        start > 0 && tokens[start - 1].Kind == TokenKind.Word &&
        tokens[start].Lower is "who" or "whom" or "whose" or "which" or "what" or "how" or "whether" or "why" or "that";

    private static bool IsConjunction(string lower) => ClauseOpeners.Contains(lower) || lower is "and" or "so" or "then" or "that" or "or";

    private static bool StartsClause(ReadOnlySpan<Token> tokens, int k)
    {
        string lower = tokens[k].Lower;
        if (ClauseOpeners.Contains(lower))
        {
            return true;
        }

        var next = k + 1 < tokens.Length ? tokens[k + 1] : default;
        if (next.Lower is null)
        {
            return false;
        }

        // "When advisers do not meet the standards I give them a warning": learners often leave out the comma after an
        // opening clause, and "I" straight after a noun is the subject of a new clause (so is "the calls I listened
        // to"). After an auxiliary ("did I", "would I"), a conjunction or a reporting verb it is not.
        if (lower is "i" or "i've" or "i'd" or "i'm" or "i'll")
        {
            // "she said I was not…" is a reported clause, which the reporting verb's clause keeps (see the negation cues).
            var previous = tokens[k - 1];
            return previous.Kind == TokenKind.Word && !IsConjunction(previous.Lower) && !Modals.Contains(previous.Lower)
                && !BeforeSubjectInClause.Contains(previous.Lower) && !ReportingVerbs.Contains(previous.Lemma);
        }

        // "…and I listened", "…so she agreed", "…and rang her back": a new subject or a new past-tense verb.
        if (lower is "and" or "so" or "then" or "or")
        {
            return Pronouns.Contains(next.Lower) || IsPastVerb(next);
        }

        // "…showed that three advisers were not…", "…told him that if…", "…promises members and their families
        // that we will…": a reported clause, the reporting verb at most a short object before it.
        if (lower == "that")
        {
            var previous = tokens[k - 1];
            return ReportingVerbs.Contains(previous.Lemma) || previous.Lower is "and" or "so" || HasReportingVerbJustBefore(tokens, k);
        }

        return false;
    }

    /// <summary>A reporting verb among the few words before <paramref name="k"/>, with no punctuation between.</summary>
    private static bool HasReportingVerbJustBefore(ReadOnlySpan<Token> tokens, int k)
    {
        const int Reach = 6;
        for (int j = k - 1; j >= 0 && j >= k - Reach; j--)
        {
            if (tokens[j].Kind != TokenKind.Word)
            {
                return false;
            }

            // "…the calls that…" after a noun is a relative clause unless a reporting verb leads the phrase.
            if (j < k - 1 && ReportingVerbs.Contains(tokens[j].Lemma))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>A clause that opens with "if", "unless", "once" or "when": a condition.</summary>
    private static bool IsCondition(ReadOnlySpan<Token> tokens, int start, int end)
    {
        for (int k = start; k < end; k++)
        {
            if (tokens[k].Kind == TokenKind.Word)
            {
                return tokens[k].Lower is "if" or "unless" or "once" or "when";
            }
        }

        return false;
    }

    private static bool IsSubordinate(ReadOnlySpan<Token> tokens, int start, int end)
    {
        for (int k = start; k < end; k++)
        {
            if (tokens[k].Kind == TokenKind.Word)
            {
                // "That is a good slogan" opens a sentence; "…showed that…" is reported.
                return Subordinators.Contains(tokens[k].Lower) || (tokens[k].Lower == "that" && start > 0);
            }
        }

        return false;
    }

    /// <summary>A past-tense or irregular past form of a verb other than be, have and do: listened, rang, told.</summary>
    private static bool IsPastVerb(Token token)
    {
        if (token.Kind != TokenKind.Word || token.Lemma == token.Lower || token.Lemma is "be" or "have" or "do")
        {
            return false;
        }

        string lower = token.Lower;
        return lower.EndsWith("ed", StringComparison.Ordinal)
            || !(lower.EndsWith('s') || lower.EndsWith("ing", StringComparison.Ordinal) || lower.Contains('\'', StringComparison.Ordinal));
    }

    /// <summary>The first index in [<paramref name="from"/>, <paramref name="to"/>) whose token matches, or <paramref name="to"/>.</summary>
    private static int FirstIndex(ReadOnlySpan<Token> tokens, int from, int to, Func<Token, bool> match)
    {
        for (int k = from; k < to; k++)
        {
            if (match(tokens[k]))
            {
                return k;
            }
        }

        return to;
    }

    private static bool IsFirstPersonSubject(ReadOnlySpan<Token> tokens, int k, int clauseStart)
    {
        string lower = tokens[k].Lower;
        if (FirstPersonSubjects.Contains(lower))
        {
            return true;
        }

        // "Me and my team agreed…", "Myself and two advisers wrote…": ungrammatical but common.
        return lower is "me" or "myself" && k + 1 < tokens.Length && tokens[k + 1].Lower == "and" && IsFirstWord(tokens, k, clauseStart);
    }

    private static bool IsFirstWord(ReadOnlySpan<Token> tokens, int k, int clauseStart)
    {
        for (int j = clauseStart; j < k; j++)
        {
            if (tokens[j].IsWordLike)
            {
                return false;
            }
        }

        return true;
    }

    private static Cue CueAt(ReadOnlySpan<Token> tokens, int k, bool habitual)
    {
        var t = tokens[k];
        string lower = t.Lower;
        string next = k + 1 < tokens.Length ? tokens[k + 1].Lower : string.Empty;
        string previous = k > 0 ? tokens[k - 1].Lower : string.Empty;

        if (lower == "not" && (next is "only" or "just" or "merely" or "simply" or "least" || previous == "or"))
        {
            return Cue.None;
        }

        if (NegativeWords.Contains(lower))
        {
            return Cue.Negation;
        }

        if (lower == "no")
        {
            string afterNext = k + 2 < tokens.Length ? tokens[k + 2].Lower : string.Empty;
            bool fixedPhrase = next is "matter" or "doubt" || (next is "more" or "less" or "later" or "fewer" or "sooner" or "earlier" && afterNext == "than")
                || (k + 1 < tokens.Length && tokens[k + 1].Text == ".");
            return fixedPhrase ? Cue.None : Cue.Negation;
        }

        if (lower.EndsWith("n't", StringComparison.Ordinal))
        {
            return Cue.Negation;
        }

        if (lower == "without" || (lower == "instead" && next == "of") || (lower == "rather" && next == "than"))
        {
            return Cue.ForwardNegation;
        }

        if (t.Lemma == "fail" && next == "to")
        {
            return Cue.Negation;
        }

        if (Modals.Contains(lower))
        {
            if (lower is "i'd" or "we'd" && IsPastParticiple(k + 1 < tokens.Length ? tokens[k + 1] : default))
            {
                return Cue.None; // "I'd already checked" is "I had".
            }

            if (lower == "would" && habitual)
            {
                return Cue.None; // "Every Friday I would listen to…" is habitual past.
            }

            return Cue.Hypothetical;
        }

        if (lower == "could")
        {
            return next is "have" or "be" ? Cue.Hypothetical : Cue.None;
        }

        if ((lower == "may" && t.Text == "may") || (lower == "going" && next == "to" && !NextIsDeterminer(tokens, k + 2)))
        {
            return Cue.Hypothetical;
        }

        if (next == "to" && t.Kind == TokenKind.Word && IntentionVerbs.Contains(t.Lemma))
        {
            // plan/plans/planning to: a present intention; planned/wanted/hoped to: past, and perhaps done after all.
            // "need" ends in -ed but is present: only a form that differs from its lemma is past.
            bool past = lower != t.Lemma && lower.EndsWith("ed", StringComparison.Ordinal);
            return past ? Cue.ForwardHypothetical : Cue.Hypothetical;
        }

        return Cue.None;
    }

    private static bool NextIsDeterminer(ReadOnlySpan<Token> tokens, int k) => k < tokens.Length && Determiners.Contains(tokens[k].Lower);

    private static bool IsPastParticiple(Token token) =>
        token.Lower is not null && (PastParticiples.Contains(token.Lower) || (token.Lower.EndsWith("ed", StringComparison.Ordinal) && token.Lower.Length > 3)
            || token.Lower is "already" or "just" or "never" or "not");

    private static bool ContainsAny(ReadOnlySpan<Token> tokens, FrozenSet<string> words)
    {
        foreach (var t in tokens)
        {
            if (t.Kind == TokenKind.Word && words.Contains(t.Lower))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Sentence-wide frames that make everything in the sentence a plan or a condition: "next time", "in (the)
    /// future", "going forward", "given more time", "if I had…".
    /// </summary>
    private static bool HasHypotheticalFrame(ReadOnlySpan<Token> tokens, ReadOnlySpan<bool> inQuote, bool quoted)
    {
        for (int k = 0; k + 1 < tokens.Length; k++)
        {
            if (!quoted && inQuote[k])
            {
                continue;
            }

            string a = tokens[k].Lower;
            string b = tokens[k + 1].Lower;
            string c = k + 2 < tokens.Length ? tokens[k + 2].Lower : string.Empty;
            bool found = (a == "next" && b == "time" && (k == 0 || tokens[k - 1].Lower != "the"))
                || (a == "in" && (b == "future" || (b == "the" && c == "future")))
                || (a is "going" or "moving" && b == "forward")
                || (a is "given" or "with" && b == "more" && c == "time")
                || (a == "if" && b is "i" or "we" && c is "had" or "were" or "was" or "could" or "would");
            if (found)
            {
                return true;
            }
        }

        return false;
    }
}
