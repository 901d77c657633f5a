using System.Collections.Frozen;
using EvidenceLint.Reading;
using EvidenceLint.Text;

namespace EvidenceLint.Rules.Coverage;

/// <summary>
/// A standard, target or objective the learner states: the tokens of its wording, where to report it, and the
/// sentence that introduced it when it is an item of a list ("I set two standards for the quarter:").
/// </summary>
/// <param name="Start">Offset of the sentence or list item that states it.</param>
/// <param name="Length">Its length in characters.</param>
/// <param name="FirstToken">The first token of the wording (after any "Standard 1:" label).</param>
/// <param name="EndToken">The token index just past the wording.</param>
/// <param name="Introduction">The tokens [First, End) of the sentence that introduced the list it is an item of; empty otherwise.</param>
internal readonly record struct StatedStandard(int Start, int Length, int FirstToken, int EndToken, (int First, int End) Introduction);

/// <summary>
/// Finds the standards, targets and objectives the learner states, for EL2004 to judge: a sentence in which they set
/// or agree one ("I agreed a target of…"), "the objective of the procedure was…", "Standard 1: …", or the items of a
/// list introduced that way (by a sentence, or by a heading naming the standards). Other people's aims ("our
/// company's aim is…", "she set her own goal…"), standards the learner did not set or only would set, questions,
/// quotations and criterion wording pasted back are not stated standards.
/// </summary>
internal static class StatedStandards
{
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
        "choose", "propose", "decide", "put", "settle", "make",
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

    /// <summary>What a customer service objective is about; "my aim is to apply for the manager role" is not one.</summary>
    private static readonly FrozenSet<string> ServiceWords = new[]
    {
        "service", "customer", "call", "complaint", "experience", "satisfaction", "fcr", "aht", "csat", "nps", "qa",
        "quality", "resolution", "contact", "wait", "queue", "abandon", "response", "answer", "team", "adviser",
        "advisor", "agent", "score", "handle", "handling", "chat", "email", "case", "repeat", "member", "caller",
        "sale", "conversion", "adherence", "error", "payment",
        // What customers are called in other sectors: a hotel's guests, a bus company's passengers, a landlord's tenants.
        "guest", "passenger", "tenant", "patient", "student", "client", "policyholder", "visitor", "resident",
    }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>The standards a document states, in order.</summary>
    public static List<StatedStandard> Find(TextModel text)
    {
        var found = new List<StatedStandard>();
        foreach (var paragraph in text.Document.Paragraphs)
        {
            if (paragraph.Kind is not (ParagraphKind.Body or ParagraphKind.ListItem))
            {
                continue;
            }

            if (IsItemLike(text, paragraph) && TryGetListIntroduction(text, paragraph, out var introduction))
            {
                var sentences = text.GetSentences(paragraph);
                if (sentences.Length == 0 || IsAllQuoted(sentences))
                {
                    continue;
                }

                int end = sentences[^1].FirstToken + sentences[^1].TokenCount;
                int first = SkipLabel(text, sentences[0].FirstToken, end);
                found.Add(new StatedStandard(paragraph.Start, paragraph.Length, first, end, introduction));
                continue;
            }

            foreach (var sentence in text.GetSentences(paragraph))
            {
                if (sentence.IsQuoted || sentence.IsQuestion)
                {
                    continue;
                }

                int content = FindStatedStandard(text, sentence);
                if (content >= 0)
                {
                    found.Add(new StatedStandard(sentence.Start, sentence.Length, content, sentence.FirstToken + sentence.TokenCount, (0, 0)));
                }
            }
        }

        return found;
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
    /// under a heading (or a line that reads as one) such as "Objectives". <paramref name="introduction"/> is the
    /// introducing sentence's tokens, whose timeframe ("…for the quarter:") covers every item; empty for a heading.
    /// </summary>
    private static bool TryGetListIntroduction(TextModel text, EvidenceParagraph item, out (int First, int End) introduction)
    {
        introduction = (0, 0);
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
        if (text.Outline.IsHeadingLike(before))
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

        // "I made the standards myself and read them out at the huddle. They are:": a short pointer back to the
        // sentence before, which names the standards.
        if (sentences.Length > 1 && IsPointerBack(span))
        {
            last = sentences[^2];
            span = text.GetTokens(last);
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
            introduction = (last.FirstToken, last.FirstToken + last.TokenCount);
        }

        return introduces;
    }

    /// <summary>"They are:", "These were:", "They were as follows:".</summary>
    private static bool IsPointerBack(ReadOnlySpan<Token> span) =>
        span.Length is >= 3 and <= 6 && span[0].Lower is "they" or "these" or "those"
        && span[1].Lower is "are" or "were" or "was" or "is";

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

        int label = SkipLabel(text, sentences[0].FirstToken, sentences[0].FirstToken + sentences[0].TokenCount);
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
        int label = SkipLabel(text, sentence.FirstToken, sentence.FirstToken + sentence.TokenCount);
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
                int content = FindSetContent(text, sentence, g);
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
    private static int FindSetContent(TextModel text, Sentence sentence, int goal)
    {
        var span = text.GetTokens(sentence);
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

            // "To" before a determiner is a preposition ("put the standards next to the live figures", "sent them to
            // the night shift"), not the infinitive of "a goal to raise…".
            if (token.Lower == "to" && k + 1 < span.Length && span[k + 1].Lower is "the" or "a" or "an" or "our" or "my" or "their" or "his" or "her" or "its" or "each" or "every")
            {
                return -1;
            }

            if (token.Lower is "that" or "to")
            {
                return HasWording(span, k + 1) ? k + 1 : -1;
            }

            if (token.Lower == "of" && k + 1 < span.Length && StartsMeasure(text, sentence.FirstToken + k + 1))
            {
                return k + 1;
            }
        }

        return -1;
    }

    /// <summary>"of 80%", "of six", "of half", "of no more than", "of at least", "of answering…": the wording of a measure.</summary>
    internal static bool StartsMeasure(TextModel text, int index)
    {
        var token = text.Tokens[index];
        return token.Kind == TokenKind.Number
            || text.IsNumberWordAt(index)
            || token.Lower is "half" or "quarter" or "none" or "no"
            || token.Lower is "at" or "under" or "below" or "above" or "over" or "less" or "more" or "fewer" or "every" or "all"
            || (token.Kind == TokenKind.Word && token.Lower.EndsWith("ing", StringComparison.Ordinal));
    }

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
        if (!objective && !(span[content].Lower is "to" or "that" || StartsMeasure(text, sentence.FirstToken + content)))
        {
            return -1;
        }

        return content;
    }

    private static bool UnderStandardsHeading(TextModel text, Sentence sentence)
    {
        var path = text.Outline.HeadingPath(text.Document.Paragraphs[sentence.Paragraph]);
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
    private static int SkipLabel(TextModel text, int first, int end)
    {
        var tokens = text.Tokens.AsSpan();
        int k = first;
        if (k >= end || !GoalNouns.Contains(tokens[k].Lemma))
        {
            return first;
        }

        k++;
        if (k < end && (tokens[k].Kind == TokenKind.Number || text.IsNumberWordAt(k) || tokens[k].Lower is "one" or "half" or "quarter" or "none" or "no"))
        {
            k++;
        }

        return k < end - 1 && tokens[k].Text is ":" or "-" or "\u2013" or "\u2014" or "." ? k + 1 : first;
    }
}
