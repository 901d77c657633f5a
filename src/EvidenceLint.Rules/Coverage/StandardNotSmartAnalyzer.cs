using System.Collections.Frozen;
using System.Collections.Immutable;
using EvidenceLint.Analysis;
using EvidenceLint.Reading;
using EvidenceLint.Text;

namespace EvidenceLint.Rules.Coverage;

/// <summary>
/// EL2004. The marking point for setting standards credits "specific, measurable, achievable, relevant and
/// time-bound (SMART) objectives", and UNITS.md asks for a standard with a measurable figure and a timeframe. The
/// rule finds the standards, targets and objectives the learner states (a sentence in which they set or agree one,
/// "the objective of the procedure was…", "Standard 1: …", or the items of a list introduced that way) and reports
/// those that lack a figure, a timeframe, or both, or that are a broad aim such as "improve customer service". It
/// stays quiet on other people's aims ("our company's aim is…", "she set her own goal…"), on standards the learner
/// did not set or only would set, on quotations, and on criterion wording pasted back.
/// </summary>
public sealed class StandardNotSmartAnalyzer : EvidenceAnalyzer
{
    private static readonly DiagnosticDescriptor Rule = new(
        RuleIds.StandardNotSmart,
        "standard-not-smart",
        "Standard or objective is not SMART",
        "This standard or objective {0}. Assessors look for SMART standards, with a figure to reach and a date or period to reach it in: {1}",
        RuleCategories.Coverage,
        DiagnosticSeverity.Warning,
        "A standard, target or objective the learner set should be measurable and time-bound; a broad aim presented as the objective cannot be checked.");

    /// <summary>Lemmas of the nouns that name what the learner is setting.</summary>
    private static readonly FrozenSet<string> GoalNouns = new[]
    {
        "standard", "target", "objective", "goal", "aim", "kpi",
    }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>Copular statements of these are the learner's objective ("the objective of the procedure was…").</summary>
    private static readonly FrozenSet<string> ObjectiveNouns = new[]
    {
        "objective", "goal", "aim",
    }.ToFrozenSet(StringComparer.Ordinal);

    private static readonly FrozenSet<string> SettingVerbs = new[]
    {
        "set", "agree", "establish", "introduce", "create", "write", "define", "devise", "draft", "draw", "give",
        "choose", "propose", "decide", "put", "settle",
    }.ToFrozenSet(StringComparer.Ordinal);

    private static readonly FrozenSet<string> Subjects = new[]
    {
        "i", "we", "she", "he", "they", "you",
    }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>How narration, rather than a listed standard, begins.</summary>
    private static readonly FrozenSet<string> NarrationOpeners = new[]
    {
        "because", "so", "since", "after", "when", "this", "that", "it", "these", "then", "however", "although", "as",
        "i", "we", "i've", "we've", "i'm", "we're", "overall", "also", "but", "and", "once", "while", "before",
    }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>Verbs whose object is the standard itself: "targets for the team to hit".</summary>
    private static readonly FrozenSet<string> PursuitVerbs = new[]
    {
        "hit", "meet", "follow", "achieve", "work", "use", "aim", "beat", "apply", "stick", "try", "miss", "discuss",
    }.ToFrozenSet(StringComparer.Ordinal);

    private static readonly FrozenSet<string> Copulas = new[]
    {
        "is", "was", "are", "were", "will", "would",
    }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>Whose aims these are when they follow "of": the organisation's, not a standard the learner set.</summary>
    private static readonly FrozenSet<string> Organisations = new[]
    {
        "business", "company", "organisation", "organization", "society", "charter", "employer", "firm", "group",
        "bank", "council", "site", "centre", "center", "department", "board", "directorate", "trust", "mission",
    }.ToFrozenSet(StringComparer.Ordinal);

    private static readonly FrozenSet<string> Months = new[]
    {
        "january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november",
        "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
    }.ToFrozenSet(StringComparer.Ordinal);

    private static readonly FrozenSet<string> Weekdays = new[]
    {
        "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "christmas", "easter",
    }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>Periods that make a standard time-bound after "each", "every", "per", "this", "the", "a", "next".</summary>
    private static readonly FrozenSet<string> Periods = new[]
    {
        "day", "week", "fortnight", "month", "quarter", "year", "shift", "term", "half",
    }.ToFrozenSet(StringComparer.Ordinal);

    private static readonly FrozenSet<string> PeriodDeterminers = new[]
    {
        "each", "every", "per", "this", "the", "a", "next", "that", "same", "first", "second", "third", "fourth",
    }.ToFrozenSet(StringComparer.Ordinal);

    private static readonly FrozenSet<string> PeriodAdverbs = new[]
    {
        "daily", "weekly", "fortnightly", "monthly", "quarterly", "annually", "yearly", "q1", "q2", "q3", "q4",
        "deadline", "go-live", "launch",
    }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>Units after a number that set a deadline ("within six weeks") rather than a service level ("within 20 seconds").</summary>
    private static readonly FrozenSet<string> DeadlineUnits = new[]
    {
        "week", "month", "year", "quarter", "fortnight",
    }.ToFrozenSet(StringComparer.Ordinal);

    private static readonly FrozenSet<string> NumberWords = new[]
    {
        "zero", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve", "fifteen",
        "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety", "hundred", "half", "quarter",
        "none", "no",
    }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>Words of a broad aim: a direction of travel or a manner, with nothing to measure it by.</summary>
    private static readonly FrozenSet<string> BroadAimWords = new[]
    {
        "improve", "enhance", "increase", "reduce", "raise", "boost", "better", "easier", "friendly", "professional",
        "polite", "excellent", "good", "great", "helpful", "listen", "happy", "satisfied", "positive", "high",
        "quality", "best", "experience", "ensure",
    }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>What a customer service objective is about; "my aim is to apply for the manager role" is not one.</summary>
    private static readonly FrozenSet<string> ServiceWords = new[]
    {
        "service", "customer", "call", "complaint", "experience", "satisfaction", "fcr", "aht", "csat", "nps", "qa",
        "quality", "resolution", "contact", "wait", "queue", "abandon", "response", "answer", "team", "adviser",
        "advisor", "agent", "score", "handle", "handling", "chat", "email", "case", "repeat", "member", "caller",
        "sale", "conversion", "adherence", "error", "payment",
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
        var paragraphs = text.Document.Paragraphs;
        foreach (var paragraph in paragraphs)
        {
            if (paragraph.Kind is not (ParagraphKind.Body or ParagraphKind.ListItem))
            {
                continue;
            }

            if (IsItemLike(text, paragraph) && TryGetListIntroduction(text, paragraph, out bool introTimeframe))
            {
                var sentences = text.GetSentences(paragraph);
                if (sentences.Length == 0 || IsAllQuoted(sentences))
                {
                    continue;
                }

                int first = sentences[0].FirstToken;
                int end = sentences[^1].FirstToken + sentences[^1].TokenCount;
                first = SkipLabel(text.Tokens.AsSpan(), first, end);
                var gap = Judge(text, first, end, introTimeframe);
                if (gap != Gap.None)
                {
                    Report(context, context.CreateLocation(paragraph.Start, paragraph.Length), gap);
                }

                continue;
            }

            foreach (var sentence in text.GetSentences(paragraph))
            {
                if (sentence.IsQuoted || sentence.IsQuestion)
                {
                    continue;
                }

                int content = FindStatedStandard(text, sentence);
                if (content < 0)
                {
                    continue;
                }

                var gap = Judge(text, content, sentence.FirstToken + sentence.TokenCount, inheritedTimeframe: false);
                if (gap != Gap.None)
                {
                    Report(context, context.CreateLocation(sentence), gap);
                }
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

    private static bool IsAllQuoted(ReadOnlySpan<Sentence> sentences)
    {
        foreach (var sentence in sentences)
        {
            if (!sentence.IsQuoted)
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// True when the list this item belongs to is introduced as the learner's standards: the paragraph before the
    /// list ends with a sentence such as "I set two standards:" or "The standards are:", or the list sits straight
    /// under a heading such as "Objectives". A timeframe in the introduction ("…for the quarter:") covers every item.
    /// </summary>
    private static bool TryGetListIntroduction(TextModel text, EvidenceParagraph item, out bool timeframe)
    {
        timeframe = false;
        var paragraphs = text.Document.Paragraphs;
        int index = item.Index - 1;
        while (index >= 0 && IsItemLike(text, paragraphs[index]))
        {
            // A plain paragraph after marked-up list items is the narration that follows the list.
            if (item.Kind == ParagraphKind.Body && paragraphs[index].Kind == ParagraphKind.ListItem)
            {
                return false;
            }

            index--;
        }

        if (index < 0)
        {
            return false;
        }

        var before = paragraphs[index];
        var tokens = text.GetTokens(before);
        if (before.Kind == ParagraphKind.Heading)
        {
            // "Communicating the standards" introduces how, not what; only a heading naming the standards themselves
            // (or the act of setting them) introduces a list of them.
            bool namesGoal = false;
            foreach (var token in tokens)
            {
                if (GoalNouns.Contains(token.Lemma) && token.Lemma != "kpi")
                {
                    namesGoal = true;
                }
                else if (token.Kind == TokenKind.Word && token.Lower.EndsWith("ing", StringComparison.Ordinal) && token.Lower != "setting")
                {
                    return false;
                }
            }

            return namesGoal;
        }

        if (before.Kind != ParagraphKind.Body)
        {
            return false;
        }

        var sentences = text.GetSentences(before);
        if (sentences.Length == 0)
        {
            return false;
        }

        var last = sentences[^1];
        var span = text.GetTokens(last);
        if (last.IsQuoted || span.Length < 2 || span[^1].Text != ":")
        {
            return false;
        }

        int goal = -1;
        for (int k = span.Length - 2; k >= 0; k--)
        {
            if (GoalNouns.Contains(span[k].Lemma) && span[k].Lemma != "kpi")
            {
                goal = k;
                break;
            }
        }

        if (goal < 0)
        {
            return false;
        }

        int goalIndex = last.FirstToken + goal;
        if (text.IsNegatedAt(goalIndex) || text.IsHypotheticalAt(goalIndex) || text.IsQuotedAt(goalIndex))
        {
            return false;
        }

        bool introduces = IsLearnerSetting(text, last, goal) || IsListedAsOwn(span, goal);
        if (introduces)
        {
            timeframe = HasTimeframe(text.Tokens.AsSpan(), last.FirstToken, last.FirstToken + last.TokenCount);
        }

        return introduces;
    }

    /// <summary>
    /// A list item, or a one-sentence paragraph: PDF text and some Word documents lose the list markup, leaving each
    /// item as a short paragraph of its own under the sentence that introduced the list.
    /// </summary>
    private static bool IsItemLike(TextModel text, EvidenceParagraph paragraph)
    {
        if (paragraph.Kind == ParagraphKind.ListItem)
        {
            return true;
        }

        if (paragraph.Kind != ParagraphKind.Body)
        {
            return false;
        }

        var sentences = text.GetSentences(paragraph);
        if (sentences.Length != 1 || sentences[0].TokenCount == 0)
        {
            return false;
        }

        // Narration after the list ("Because the advisers helped to write the standards, …") and headings flattened
        // into text ("Consulting people before drafting", "Communicating the standards") are not items.
        var tokens = text.GetTokens(sentences[0]);
        if (tokens[^1].Text == ":" || NarrationOpeners.Contains(tokens[0].Lower)
            || (tokens[0].Kind == TokenKind.Word && tokens[0].Lower.EndsWith("ing", StringComparison.Ordinal)))
        {
            return false;
        }

        int label = SkipLabel(text.Tokens.AsSpan(), sentences[0].FirstToken, sentences[0].FirstToken + sentences[0].TokenCount);
        for (int k = label - sentences[0].FirstToken; k < tokens.Length; k++)
        {
            if (GoalNouns.Contains(tokens[k].Lemma))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>"The standards are:", "Our targets were:" — the learner's own, not another party's.</summary>
    private static bool IsListedAsOwn(ReadOnlySpan<Token> span, int goal)
    {
        int k = goal + 1;
        while (k < span.Length && Copulas.Contains(span[k].Lower))
        {
            k++;
        }

        return k == span.Length - 1 && HasOwnDeterminer(span, goal);
    }

    /// <summary>
    /// True when a setting verb with the learner as its subject governs a goal noun before it: "I set two standards",
    /// "my manager and I agreed three objectives", "we set the team a target".
    /// </summary>
    private static bool IsLearnerSetting(TextModel text, Sentence sentence, int goal)
    {
        var span = text.GetTokens(sentence);
        for (int k = goal - 1; k >= 0 && k >= goal - 6; k--)
        {
            if (span[k].Kind == TokenKind.Punctuation && span[k].Text != "-")
            {
                return false;
            }

            if (span[k].Kind == TokenKind.Word && SettingVerbs.Contains(span[k].Lemma))
            {
                int verb = sentence.FirstToken + k;
                return !text.IsNegatedAt(verb) && !text.IsHypotheticalAt(verb) && !text.IsQuotedAt(verb) && HasLearnerSubject(span, k);
            }
        }

        return false;
    }

    private static bool HasLearnerSubject(ReadOnlySpan<Token> span, int verb)
    {
        for (int k = verb - 1; k >= 0; k--)
        {
            if (Subjects.Contains(span[k].Lower))
            {
                return span[k].Lower is "i" or "we";
            }
        }

        return false;
    }

    private static bool HasOwnDeterminer(ReadOnlySpan<Token> span, int goal)
    {
        // Walk back over the noun phrase: "The two standards", "Our main objective". A possessive ("our company's aim")
        // makes it someone else's.
        for (int k = goal - 1; k >= 0; k--)
        {
            var token = span[k];
            if (token.Kind != TokenKind.Word && token.Kind != TokenKind.Number)
            {
                return false;
            }

            if (token.Lower.EndsWith("'s", StringComparison.Ordinal) || token.Lower.EndsWith("\u2019s", StringComparison.Ordinal))
            {
                return false;
            }

            if (token.Lower is "the" or "our" or "my" or "these")
            {
                return k == 0 || span[k - 1].Kind == TokenKind.Punctuation;
            }
        }

        return false;
    }

    /// <summary>
    /// The first token of the standard's wording when the sentence states one the learner set, or -1.
    /// </summary>
    private static int FindStatedStandard(TextModel text, Sentence sentence)
    {
        var span = text.GetTokens(sentence);
        int label = SkipLabel(text.Tokens.AsSpan(), sentence.FirstToken, sentence.FirstToken + sentence.TokenCount);
        if (label > sentence.FirstToken && !text.IsHypotheticalAt(sentence.FirstToken) && !text.IsQuotedAt(label))
        {
            return label;
        }

        for (int g = 0; g < span.Length; g++)
        {
            if (span[g].Kind != TokenKind.Word || !GoalNouns.Contains(span[g].Lemma))
            {
                continue;
            }

            int index = sentence.FirstToken + g;
            if (text.IsQuotedAt(index))
            {
                continue;
            }

            if (IsLearnerSetting(text, sentence, g))
            {
                int content = FindSetContent(span, g);
                if (content >= 0)
                {
                    return sentence.FirstToken + content;
                }

                continue;
            }

            int copular = FindCopularContent(text, sentence, g);
            if (copular >= 0)
            {
                return sentence.FirstToken + copular;
            }
        }

        return -1;
    }

    /// <summary>
    /// After "I set a target…": where its wording starts ("of 80%…", ": …", "that every call…", "to raise…"),
    /// skipping a short phrase about who or what it is for ("for the team", "for the procedure"). -1 when the
    /// sentence names the standards without stating them ("I set three standards with the team in January").
    /// </summary>
    private static int FindSetContent(ReadOnlySpan<Token> span, int goal)
    {
        for (int k = goal + 1; k < span.Length && k <= goal + 8; k++)
        {
            var token = span[k];
            if (token.Text is ":" or "\u2013" or "\u2014")
            {
                return HasWording(span, k + 1) ? k + 1 : -1;
            }

            if (token.Kind == TokenKind.Punctuation)
            {
                return -1;
            }

            // "targets for the team to hit each week" and "the standards that my manager had given us" say what
            // happened to the standards, not what they were; "a standard that every call…" and "a goal to raise…"
            // state one.
            if (token.Lower == "to" && k + 1 < span.Length && PursuitVerbs.Contains(span[k + 1].Lemma))
            {
                return -1;
            }

            if (token.Lower == "that" && !(goal > 0 && span[goal - 1].Lower is "a" or "an" or "one" or "new"))
            {
                return -1;
            }

            if (token.Lower is "that" or "to")
            {
                return HasWording(span, k + 1) ? k + 1 : -1;
            }

            if (token.Lower == "of" && k + 1 < span.Length && StartsMeasure(span[k + 1]))
            {
                return k + 1;
            }
        }

        return -1;
    }

    private static bool StartsMeasure(Token token) =>
        token.Kind == TokenKind.Number
        || NumberWords.Contains(token.Lower)
        || token.Lower is "at" or "under" or "below" or "above" or "over" or "less" or "more" or "fewer" or "every" or "all"
        || (token.Kind == TokenKind.Word && token.Lower.EndsWith("ing", StringComparison.Ordinal));

    private static bool HasWording(ReadOnlySpan<Token> span, int from)
    {
        int words = 0;
        for (int k = from; k < span.Length; k++)
        {
            if (span[k].IsWordLike)
            {
                words++;
            }
        }

        return words >= 3;
    }

    /// <summary>
    /// "The objective of the new procedure was to improve…", "Our aim is to…": where the objective's wording starts,
    /// or -1. Standards and targets stated this way are usually the organisation's existing ones ("the target is 6
    /// minutes"), so only objectives, aims and goals, or any of them under a heading about standards, count.
    /// </summary>
    private static int FindCopularContent(TextModel text, Sentence sentence, int goal)
    {
        var span = text.GetTokens(sentence);
        if (!HasOwnDeterminer(span, goal))
        {
            return -1;
        }

        bool objective = ObjectiveNouns.Contains(span[goal].Lemma);
        if (!objective && !UnderStandardsHeading(text, sentence))
        {
            return -1;
        }

        int k = goal + 1;
        if (k < span.Length && span[k].Lower is "of" or "for")
        {
            int limit = Math.Min(span.Length, goal + 8);
            k++;
            while (k < limit && span[k].Kind == TokenKind.Word && !Copulas.Contains(span[k].Lower))
            {
                if (Organisations.Contains(span[k].Lemma))
                {
                    return -1;
                }

                k++;
            }
        }

        if (k >= span.Length || !Copulas.Contains(span[k].Lower))
        {
            return -1;
        }

        int copula = sentence.FirstToken + k;
        if (text.IsNegatedAt(copula) || text.IsHypotheticalAt(copula) || span[k].Lower is "will" or "would")
        {
            return -1;
        }

        int content = k + 1;
        if (!HasWording(span, content) || text.IsQuotedAt(sentence.FirstToken + content))
        {
            return -1;
        }

        if (objective && !MentionsService(span[content..]))
        {
            return -1;
        }

        // "My main standard is the AHT one because…" points back at a standard already stated; only wording that
        // states one ("is to…", "is that…", "is 80%…") is judged.
        if (!objective && !(span[content].Lower is "to" or "that" || StartsMeasure(span[content])))
        {
            return -1;
        }

        return content;
    }

    private static bool UnderStandardsHeading(TextModel text, Sentence sentence)
    {
        var path = text.Document.Paragraphs[sentence.Paragraph].HeadingPath;
        return path.Length > 0 && path[^1].Split(' ', StringSplitOptions.RemoveEmptyEntries)
            .Any(w => Lemmatizer.Lemmatize(w.ToLowerInvariant().Trim(':', '(', ')')) is "standard" or "target" or "objective");
    }

    private static bool MentionsService(ReadOnlySpan<Token> span)
    {
        foreach (var token in span)
        {
            if (ServiceWords.Contains(token.Lemma) || ServiceWords.Contains(token.Lower))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Skips a leading "Standard 1:", "Target –", "Objective 2." so its number is not taken as the figure.</summary>
    private static int SkipLabel(ReadOnlySpan<Token> tokens, int first, int end)
    {
        int k = first;
        if (k >= end || !GoalNouns.Contains(tokens[k].Lemma))
        {
            return first;
        }

        k++;
        if (k < end && (tokens[k].Kind == TokenKind.Number || NumberWords.Contains(tokens[k].Lower) || tokens[k].Lower is "one"))
        {
            k++;
        }

        return k < end - 1 && tokens[k].Text is ":" or "-" or "\u2013" or "\u2014" or "." ? k + 1 : first;
    }

    private static Gap Judge(TextModel text, int first, int end, bool inheritedTimeframe)
    {
        var tokens = text.Tokens.AsSpan();
        bool timeframe = inheritedTimeframe || HasTimeframe(tokens, first, end);
        bool figure = HasFigure(tokens, first, end);
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

    private static bool IsMonth(Token token) =>
        Months.Contains(token.Lower) && (token.Lower != "may" || token.Text == "May") && (token.Lower != "mar" || token.Text == "Mar");

    private static bool IsYear(Token token) =>
        token.Kind == TokenKind.Number && token.Text.Length == 4 && (token.Text.StartsWith("19", StringComparison.Ordinal) || token.Text.StartsWith("20", StringComparison.Ordinal));

    private static bool IsDateNumber(ReadOnlySpan<Token> tokens, int k, int first, int end)
    {
        var token = tokens[k];
        return IsYear(token)
            || token.Text.Contains('/', StringComparison.Ordinal)
            || token.Text.Contains(':', StringComparison.Ordinal)
            || (k + 1 < end && IsMonth(tokens[k + 1]))
            || (k - 1 >= first && IsMonth(tokens[k - 1]));
    }

    private static bool HasFigure(ReadOnlySpan<Token> tokens, int first, int end)
    {
        for (int k = first; k < end; k++)
        {
            var token = tokens[k];
            if (token.Kind == TokenKind.Number)
            {
                if (!IsDateNumber(tokens, k, first, end) && !IsDeadline(tokens, k, end))
                {
                    return true;
                }
            }
            else if (token.Kind == TokenKind.Word && NumberWords.Contains(token.Lower) && token.Lower is not ("half" or "quarter" or "no"))
            {
                if (!IsDeadline(tokens, k, end))
                {
                    return true;
                }
            }
            else if (token.Lower == "no" && k + 1 < end && tokens[k + 1].Kind == TokenKind.Word && !BroadAimWords.Contains(tokens[k + 1].Lemma))
            {
                // "no card numbers held in recordings" is a measurable zero; "no more than" is followed by a number.
                if (tokens[k + 1].Lower is not ("more" or "less" or "longer"))
                {
                    return true;
                }
            }
        }

        return false;
    }

    /// <summary>"within six weeks", "in 3 months": the number sets a deadline, not a measure.</summary>
    private static bool IsDeadline(ReadOnlySpan<Token> tokens, int k, int end) =>
        k + 1 < end && DeadlineUnits.Contains(tokens[k + 1].Lemma);

    private static bool HasTimeframe(ReadOnlySpan<Token> tokens, int first, int end)
    {
        for (int k = first; k < end; k++)
        {
            var token = tokens[k];
            if (IsMonth(token) || IsYear(token) || Weekdays.Contains(token.Lower) || PeriodAdverbs.Contains(token.Lower))
            {
                return true;
            }

            if (token.Kind == TokenKind.Number && (token.Text.Contains('/', StringComparison.Ordinal) || IsDeadline(tokens, k, end)))
            {
                return true;
            }

            if (token.Kind == TokenKind.Word && NumberWords.Contains(token.Lower) && IsDeadline(tokens, k, end))
            {
                return true;
            }

            if (Periods.Contains(token.Lemma) && k > first && PeriodDeterminers.Contains(tokens[k - 1].Lower))
            {
                return true;
            }

            if (token.Lower is "by" or "until" or "till" && k + 1 < end)
            {
                // "by the end of…", "by the same date", "by then", "until the review".
                for (int j = k + 1; j < end && j <= k + 3; j++)
                {
                    if (tokens[j].Lower is "end" or "date" or "then" or "deadline" or "review" or "go-live" or "launch")
                    {
                        return true;
                    }
                }
            }
        }

        return false;
    }
}
