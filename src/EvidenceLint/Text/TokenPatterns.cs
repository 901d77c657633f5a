using System.Collections.Immutable;

namespace EvidenceLint.Text;

/// <summary>The placeholders a term may use for a kind of number (see <see cref="TermSet"/>).</summary>
internal static class TokenPatterns
{
    public static ImmutableArray<string> Names { get; } = ["{number}", "{percent}", "{money}", "{date}", "{time}", "{month}"];

    public static bool IsKnown(string lemma) => lemma.Length > 2 && lemma[0] == '{' && Names.Contains(lemma);

    private static readonly HashSet<string> Months = new(StringComparer.Ordinal)
    {
        "january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december",
        "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "q1", "q2", "q3", "q4",
    };

    /// <summary>True when a placeholder could match the token, so placeholder-first terms are tried there.</summary>
    public static bool CouldStart(in Token token) => token.Kind == TokenKind.Number || (token.Kind == TokenKind.Word && Months.Contains(token.Lower));

    public static bool Matches(string pattern, in Token token)
    {
        if (pattern.Length == 0 || pattern[0] != '{')
        {
            return false;
        }

        if (pattern == "{month}")
        {
            // "May" the month and "may" the verb are one word; only the capitalised form is taken as the month.
            return token.Kind == TokenKind.Word && Months.Contains(token.Lower) && (token.Lower != "may" || token.Text == "May");
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
