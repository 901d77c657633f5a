using System.Collections.Frozen;

namespace EvidenceLint.Text;

/// <summary>
/// Finds sentence ends among the tokens of one paragraph (so a sentence never crosses a paragraph, and a heading or
/// list item without a full stop is one sentence).
/// </summary>
internal static class SentenceSplitter
{
    /// <summary>Abbreviations whose full stop never ends a sentence: they are always followed by more of it.</summary>
    private static readonly FrozenSet<string> NeverFinal = new[]
    {
        "mr", "mrs", "ms", "dr", "prof", "st", "vs", "cf", "fig", "ref", "tel", "ext", "dept", "approx", "incl",
        "eg", "ie", "esp", "nos", "no", "sgt", "rev", "mt", "ave",
    }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>Abbreviations that may close a sentence: they end one only when a capitalised word follows.</summary>
    private static readonly FrozenSet<string> MaybeFinal = new[]
    {
        "etc", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "co", "ltd",
        "inc", "plc", "am", "pm", "hrs", "mins", "secs", "wk", "wks",
    }.ToFrozenSet(StringComparer.Ordinal);

    private static readonly FrozenSet<string> LowerCaseFirstPerson = new[] { "i", "i'm", "i've", "i'll", "i'd" }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>Appends the [from, to) token ranges of the sentences of <c>tokens[from..to]</c>.</summary>
    public static void Split(List<Token> tokens, int from, int to, List<(int From, int To)> output)
    {
        int sentenceStart = from;
        for (int i = from; i < to; i++)
        {
            if (!IsTerminal(tokens[i]))
            {
                continue;
            }

            // "?!", "...", and closing quotes or brackets written against the full stop belong to this sentence.
            int last = i;
            while (last + 1 < to && tokens[last + 1].Start == tokens[last].End && (IsTerminal(tokens[last + 1]) || IsCloser(tokens[last + 1])))
            {
                last++;
            }

            if (last + 1 >= to)
            {
                break;
            }

            if (EndsHere(tokens, from, i, tokens[last + 1]))
            {
                output.Add((sentenceStart, last + 1));
                sentenceStart = last + 1;
            }

            i = last;
        }

        if (sentenceStart < to)
        {
            output.Add((sentenceStart, to));
        }
    }

    private static bool EndsHere(List<Token> tokens, int from, int i, Token next)
    {
        var mark = tokens[i];
        if (mark.Text == "." && i > from && tokens[i - 1].End == mark.Start && tokens[i - 1].Kind == TokenKind.Word)
        {
            string previous = tokens[i - 1].Lower;
            if (previous == "no")
            {
                // "No. 5" is an abbreviation; "I said no." ends a sentence.
                if (next.Kind == TokenKind.Number)
                {
                    return false;
                }
            }
            else if (NeverFinal.Contains(previous))
            {
                return false;
            }
            else if (MaybeFinal.Contains(previous))
            {
                return StartsWithCapital(next);
            }
        }

        if (mark.Text is "\u2026" || mark.Text.StartsWith("...", StringComparison.Ordinal))
        {
            // An ellipsis trails off mid-sentence unless a new sentence visibly starts.
            return StartsWithCapital(next);
        }

        // A full stop followed by a lower-case word is an abbreviation we do not know ("approx. five", "p. 3 of"),
        // except for learners who write "i" in lower case.
        if (next.Kind == TokenKind.Word && char.IsLower(next.Text[0]) && !LowerCaseFirstPerson.Contains(next.Lower))
        {
            return false;
        }

        return true;
    }

    private static bool StartsWithCapital(Token token) =>
        (token.Kind == TokenKind.Word && (char.IsUpper(token.Text[0]) || LowerCaseFirstPerson.Contains(token.Lower)))
        || token.Kind == TokenKind.Number || IsOpener(token);

    internal static bool IsTerminal(Token token) =>
        token.Kind == TokenKind.Punctuation && (Tokenizer.IsSentenceEnd(token.Text[0]) || token.Text.StartsWith("...", StringComparison.Ordinal));

    private static bool IsCloser(Token token) =>
        token.Kind == TokenKind.Punctuation && token.Text is "\"" or "\u201D" or "\u2019" or "'" or ")" or "]" or "}" or "\u00BB";

    private static bool IsOpener(Token token) =>
        token.Kind == TokenKind.Punctuation && token.Text is "\"" or "\u201C" or "\u2018" or "(" or "[" or "\u00AB";
}
