using System.Globalization;

namespace EvidenceLint.Text;

/// <summary>Splits text into word, number and punctuation tokens with their offsets.</summary>
internal static class Tokenizer
{
    public static List<Token> Tokenize(string text, int baseOffset = 0)
    {
        var tokens = new List<Token>();
        int i = 0;
        while (i < text.Length)
        {
            char c = text[i];
            if (char.IsWhiteSpace(c))
            {
                i++;
                continue;
            }

            int start = i;
            TokenKind kind;
            if (char.IsLetter(c))
            {
                i++;
                while (i < text.Length && (char.IsLetterOrDigit(text[i]) || (IsJoiner(text[i]) && i + 1 < text.Length && char.IsLetter(text[i + 1]))))
                {
                    i++;
                }

                kind = TokenKind.Word;
            }
            else if (char.IsDigit(c))
            {
                i++;
                while (i < text.Length && (char.IsDigit(text[i]) || (text[i] is '.' or ',' or ':' && i + 1 < text.Length && char.IsDigit(text[i + 1]))))
                {
                    i++;
                }

                if (i < text.Length && text[i] == '%')
                {
                    i++;
                }

                kind = TokenKind.Number;
            }
            else
            {
                i++;
                kind = char.IsPunctuation(c) ? TokenKind.Punctuation : TokenKind.Symbol;
            }

            string tokenText = text[start..i];
            string lower = tokenText.ToLowerInvariant().Replace('\u2019', '\'');
            string lemma = kind == TokenKind.Word ? Lemmatizer.Lemmatize(lower) : lower;
            tokens.Add(new Token(baseOffset + start, i - start, tokenText, lower, lemma, kind));
        }

        return tokens;
    }

    private static bool IsJoiner(char c) => c is '\'' or '\u2019' or '-' or '&';

    internal static bool IsSentenceEnd(char c) => c is '.' or '!' or '?';

    internal static string Lower(string s) => s.ToLower(CultureInfo.InvariantCulture);
}
