using System.Collections.Immutable;

namespace EvidenceLint.Text;

/// <summary>The placeholders a term may use for a kind of number (see <see cref="TermSet"/>).</summary>
internal static class TokenPatterns
{
    public static ImmutableArray<string> Names { get; } = ["{number}", "{percent}", "{money}", "{date}", "{time}", "{month}"];

    public static bool IsKnown(string lemma) => lemma.Length > 2 && lemma[0] == '{' && Names.Contains(lemma);

    /// <summary>True when a placeholder could match the token, so placeholder-first terms are tried there.</summary>
    public static bool CouldStart(in Token token) => token.Kind == TokenKind.Number || Lexicon.IsNumberWord(token) || Lexicon.CouldBeMonth(token) || Lexicon.IsQuarter(token);

    /// <summary>True when the placeholder <paramref name="pattern"/> matches <c>sentence[k]</c>.</summary>
    public static bool Matches(string pattern, ReadOnlySpan<Token> sentence, int k)
    {
        if (pattern.Length == 0 || pattern[0] != '{')
        {
            return false;
        }

        var token = sentence[k];
        if (pattern == "{month}")
        {
            return Lexicon.IsMonth(sentence, k) || Lexicon.IsQuarter(token);
        }

        // Learners write small figures in words ("four minutes", "ten calls a week"): a number word is a {number}.
        if (pattern == "{number}" && Lexicon.IsNumberWord(token))
        {
            return true;
        }

        if (token.Kind != TokenKind.Number)
        {
            return false;
        }

        string text = token.Text;
        return pattern switch
        {
            "{number}" => true,
            "{percent}" => text.EndsWith('%'),
            "{money}" => text[0] is '£' or '$' or '€' || text.EndsWith('p'),
            "{date}" => text.Count(c => c is '/' or '.' or '-') == 2 && !text.Contains(':'),
            "{time}" => text.Contains(':') || text.EndsWith("am", StringComparison.OrdinalIgnoreCase) || text.EndsWith("pm", StringComparison.OrdinalIgnoreCase),
            _ => false,
        };
    }
}
