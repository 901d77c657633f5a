using System.Collections.Frozen;
using EvidenceLint.Reading;

namespace EvidenceLint.Text;

/// <summary>Who speaks in a paragraph of a professional-discussion transcript.</summary>
internal enum Speaker : byte
{
    /// <summary>Not a transcript turn: ordinary account text.</summary>
    None,

    /// <summary>The assessor, interviewer or other questioner: never the learner's evidence.</summary>
    Interviewer,

    /// <summary>The learner answering: the learner's own words, often with the "I" left out.</summary>
    Learner,
}

/// <summary>
/// Finds the turns of a professional-discussion transcript. A turn is a paragraph that starts with a speaker label and a
/// colon — a role ("Assessor:", "Interviewer:", "Q:", "Learner:", "Candidate:", "A:") or a name ("Sam:", "R. Mensah:")
/// used for at least two turns — and runs on over the unlabelled paragraphs after it until the next label or heading.
/// A named speaker's role comes from a header line that introduces them ("Assessor: R. Mensah"), or else from how
/// they speak: the one whose turns are mostly questions is the interviewer. A note labelled as the interviewer's
/// ("Assessor's note:", "Tutor's comment:") is theirs; a label that is no speaker ("Date:") ends the turn before it.
/// </summary>
internal static class Transcripts
{
    private static readonly FrozenSet<string> InterviewerRoles = new[]
    {
        "assessor", "interviewer", "q", "question", "iqa", "verifier", "tutor", "observer", "examiner", "trainer", "assessor question",
    }.ToFrozenSet(StringComparer.Ordinal);

    private static readonly FrozenSet<string> LearnerRoles = new[]
    {
        "learner", "candidate", "a", "answer", "apprentice", "learner answer", "learner response", "response", "me",
    }.ToFrozenSet(StringComparer.Ordinal);

    private const int MaxLabelWords = 3;

    public static Speaker[] Speakers(EvidenceDocument document, bool[] headingLike, Func<EvidenceParagraph, ReadOnlySpan<Token>> tokensOf)
    {
        var paragraphs = document.Paragraphs;
        var result = new Speaker[paragraphs.Length];
        var labels = new string?[paragraphs.Length];
        var rest = new string?[paragraphs.Length];
        var question = new bool[paragraphs.Length];
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        for (int p = 0; p < paragraphs.Length; p++)
        {
            if (headingLike[p] && paragraphs[p].Kind == ParagraphKind.Heading)
            {
                continue;
            }

            var tokens = tokensOf(paragraphs[p]);
            labels[p] = Label(tokens, out int after);
            if (labels[p] is { } label)
            {
                counts[label] = counts.GetValueOrDefault(label) + 1;
                rest[p] = NameAfter(tokens, after);
                question[p] = tokens.Length > 0 && tokens[^1].Text == "?";
            }
        }

        // A role label, or a name used for two turns or more; a transcript needs two speakers, one of them not the learner.
        var roles = new Dictionary<string, Speaker>(StringComparer.Ordinal);
        foreach (var (label, count) in counts)
        {
            if (InterviewerRoles.Contains(label) || IsInterviewersNote(label))
            {
                roles[label] = Speaker.Interviewer;
            }
            else if (LearnerRoles.Contains(label))
            {
                roles[label] = Speaker.Learner;
            }
            else if (count >= 2 && IsName(label))
            {
                roles[label] = Speaker.None; // decided below
            }
        }

        // "Assessor: R. Mensah" introduces a named speaker; it is a header line, not a turn.
        var introduces = new bool[paragraphs.Length];
        for (int p = 0; p < paragraphs.Length; p++)
        {
            if (labels[p] is { } label && rest[p] is { } name && roles.TryGetValue(label, out var role) && roles.TryGetValue(name, out var named))
            {
                introduces[p] = true;
                if (role != Speaker.None && named == Speaker.None)
                {
                    roles[name] = role;
                }
            }
        }

        foreach (string name in roles.Where(kv => kv.Value == Speaker.None).Select(kv => kv.Key).ToList())
        {
            int turns = 0, questions = 0;
            for (int p = 0; p < paragraphs.Length; p++)
            {
                if (labels[p] == name)
                {
                    turns++;
                    questions += question[p] ? 1 : 0;
                }
            }

            roles[name] = questions * 2 > turns ? Speaker.Interviewer : Speaker.Learner;
        }

        int turnCount = 0;
        bool anyInterviewer = false, anyLearner = false;
        for (int p = 0; p < paragraphs.Length; p++)
        {
            if (labels[p] is { } label && roles.TryGetValue(label, out var role) && !introduces[p])
            {
                turnCount++;
                anyInterviewer |= role == Speaker.Interviewer;
                anyLearner |= role == Speaker.Learner;
            }
        }

        if (turnCount < 2 || !anyInterviewer || !anyLearner)
        {
            return result;
        }

        var current = Speaker.None;
        for (int p = 0; p < paragraphs.Length; p++)
        {
            if (headingLike[p] && labels[p] is null)
            {
                current = Speaker.None;
            }
            else if (labels[p] is { } label)
            {
                // A header line naming a speaker ("Assessor: R. Mensah") is no turn; nor is another label ("Date:").
                current = roles.TryGetValue(label, out var role) && !introduces[p] ? role : Speaker.None;
            }

            result[p] = current;
        }

        return result;
    }

    /// <summary>
    /// "Assessor's note", "Tutor's comment", "IQA comments": what the interviewer adds around the turns ("the learner
    /// agreed that this record is accurate") is their words, not the learner's.
    /// </summary>
    private static bool IsInterviewersNote(string label)
    {
        int space = label.IndexOf(' ', StringComparison.Ordinal);
        if (space < 0)
        {
            return false;
        }

        string first = label[..space];
        foreach (string possessive in (ReadOnlySpan<string>)["'s", "\u2019s", "s'"])
        {
            if (first.EndsWith(possessive, StringComparison.Ordinal))
            {
                first = first[..^possessive.Length];
                break;
            }
        }

        return InterviewerRoles.Contains(first);
    }

    /// <summary>The lower-case label before a colon that opens the paragraph ("assessor", "r. mensah"), or null.</summary>
    private static string? Label(ReadOnlySpan<Token> tokens, out int after)
    {
        after = 0;
        int words = 0;
        if (tokens.Length == 0 || tokens[0].Text.Length == 0 || !char.IsUpper(tokens[0].Text[0]))
        {
            return null;
        }

        for (int k = 0; k < tokens.Length && k <= MaxLabelWords * 2; k++)
        {
            var t = tokens[k];
            if (t.Kind == TokenKind.Punctuation && t.Text == ":")
            {
                if (words == 0 || k + 1 >= tokens.Length)
                {
                    return null;
                }

                after = k + 1;
                return string.Join(' ', tokens[..k].ToArray().Where(x => x.IsWordLike).Select(x => x.Lower.TrimEnd('.')));
            }

            if (t.IsWordLike)
            {
                if (++words > MaxLabelWords)
                {
                    return null;
                }
            }
            else if (t.Text is not ("." or "*" or "-" or "(" or ")"))
            {
                return null;
            }
        }

        return null;
    }

    /// <summary>When what follows a label is only a name ("R. Mensah"), the name as a label would be written; else null.</summary>
    private static string? NameAfter(ReadOnlySpan<Token> tokens, int after)
    {
        var rest = tokens[after..];
        int words = 0;
        foreach (var t in rest)
        {
            if (t.IsWordLike)
            {
                if (++words > MaxLabelWords || t.Text.Length == 0 || !char.IsUpper(t.Text[0]))
                {
                    return null;
                }
            }
            else if (t.Text is not ("." or "-"))
            {
                return null;
            }
        }

        return words == 0 ? null : string.Join(' ', rest.ToArray().Where(x => x.IsWordLike).Select(x => x.Lower.TrimEnd('.')));
    }

    private static bool IsName(string label) => label.Length > 0 && !label.Any(char.IsDigit) && !NotNames.Contains(label);

    /// <summary>Labels that head parts of an account rather than name a speaker (STAR, GROW, a log's fields).</summary>
    private static readonly FrozenSet<string> NotNames = new[]
    {
        "date", "note", "notes", "situation", "task", "action", "actions", "result", "results", "reflection", "outcome",
        "evidence", "criterion", "criteria", "target", "standard", "goal", "reality", "options", "will", "way forward",
        "step", "example", "summary", "feedback", "issue", "problem", "cause", "solution", "time", "location", "unit",
        "learner name", "assessor name", "name", "role", "duration", "method", "topic", "purpose",
    }.ToFrozenSet(StringComparer.Ordinal);
}
