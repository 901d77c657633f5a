using System.Collections.Concurrent;

namespace EvidenceLint.Text;

/// <summary>Splits text into word, number, address and punctuation tokens with their offsets.</summary>
/// <remarks>
/// A hand-written scanner rather than Microsoft.ML.Tokenizers: that package's pre-tokenizers
/// (<c>PreTokenizer.CreateWordOrNonWord</c>, <c>RegexPreTokenizer</c>) only return (offset, length) pairs from a regex
/// tuned for BPE vocabularies (<c>\w+|[^\w\s]+</c>), which splits "don't", "4.5%", "MCS.3" and "1-2-1". A custom regex
/// covering the cases below would be long and hard to review, and we would still need a second pass to classify each
/// token and decide sentence ends. One pass over the characters does both without a regex per token.
/// </remarks>
internal static class Tokenizer
{
    private const int MaxCachedWords = 50_000;

    /// <summary>
    /// Lower-case form → (lower-case string, lemma), shared by all documents so the same word is lemmatised once per
    /// process and its strings are not allocated again. Bounded so hostile input cannot grow it without limit.
    /// </summary>
    private static readonly ConcurrentDictionary<string, string> LemmaCache = new(StringComparer.Ordinal);
    private static readonly ConcurrentDictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> LemmaLookup =
        LemmaCache.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>Tokenizes a whole string; offsets are <paramref name="baseOffset"/> plus the position in it.</summary>
    public static List<Token> Tokenize(string text, int baseOffset = 0)
    {
        var tokens = new List<Token>();
        Tokenize(text, 0, text.Length, baseOffset, tokens);
        return tokens;
    }

    /// <summary>Tokenizes <c>source[start..end]</c>, reporting offsets as position + <paramref name="offsetDelta"/>.</summary>
    public static void Tokenize(string source, int start, int end, int offsetDelta, List<Token> output)
    {
        int i = start;
        var chunk = new Chunk();
        while (i < end)
        {
            char c = source[i];
            if (char.IsWhiteSpace(c))
            {
                i++;
                continue;
            }

            int tokenStart = i;
            TokenKind kind;
            if (char.IsLetterOrDigit(c) || (IsCurrency(c) && i + 1 < end && char.IsAsciiDigit(source[i + 1])))
            {
                int addressEnd = ScanAddress(source, i, end, ref chunk);
                if (addressEnd > i)
                {
                    i = addressEnd;
                    kind = TokenKind.Address;
                }
                else
                {
                    i = ScanWord(source, i, end, out kind);
                }
            }
            else if (c == '.' && i + 2 < end && source[i + 1] == '.' && source[i + 2] == '.')
            {
                while (i < end && source[i] == '.')
                {
                    i++;
                }

                kind = TokenKind.Punctuation;
            }
            else if (char.IsHighSurrogate(c) && i + 1 < end && char.IsLowSurrogate(source[i + 1]))
            {
                i += 2;
                kind = TokenKind.Symbol;
            }
            else
            {
                i++;
                kind = char.IsPunctuation(c) ? TokenKind.Punctuation : TokenKind.Symbol;
            }

            output.Add(MakeToken(source, tokenStart, i, offsetDelta, kind));
        }
    }

    private static Token MakeToken(string source, int start, int end, int offsetDelta, TokenKind kind)
    {
        var span = source.AsSpan(start, end - start);
        string text = span.Length == 1 && span[0] < 128 ? AsciiStrings[span[0]] : span.ToString();
        if (kind is TokenKind.Punctuation or TokenKind.Symbol)
        {
            return new Token(start + offsetDelta, end - start, text, text, text, kind);
        }

        Span<char> lowerBuffer = span.Length <= 128 ? stackalloc char[span.Length] : new char[span.Length];
        for (int k = 0; k < span.Length; k++)
        {
            lowerBuffer[k] = span[k] switch
            {
                '\u2019' or '\u2018' => '\'',
                '\u2010' or '\u2011' => '-',
                var ch => char.ToLowerInvariant(ch),
            };
        }

        ReadOnlySpan<char> lowerSpan = lowerBuffer;
        string lower;
        string lemma;
        if (kind == TokenKind.Word && IsAcronym(span))
        {
            // GDPR, AHT, NVQ: never inflected, and "US" or "IT" must not be read as "us" or "it" made plural.
            lower = lowerSpan.ToString();
            lemma = span[^1] == 's' ? lower[..^1] : lower;
        }
        else if (kind == TokenKind.Word && LemmaLookup.TryGetValue(lowerSpan, out string? cachedLower, out string? cachedLemma))
        {
            lower = cachedLower;
            lemma = cachedLemma;
        }
        else
        {
            lower = lowerSpan.ToString();
            lemma = kind == TokenKind.Word ? Lemmatizer.Lemmatize(lower) : lower;
            if (kind == TokenKind.Word && LemmaCache.Count < MaxCachedWords)
            {
                LemmaCache.TryAdd(lower, lemma);
            }
        }

        return new Token(start + offsetDelta, end - start, text, lower, lemma, kind);
    }

    private static readonly string[] AsciiStrings = Enumerable.Range(0, 128).Select(c => ((char)c).ToString()).ToArray();

    /// <summary>
    /// Two to four capitals (an optional plural s), or capitals with digits: GDPR, AHT, KPIs, NVQ3. Longer all-caps
    /// words are more likely shouted headings ("CALLS") and are lemmatised as usual.
    /// </summary>
    private static bool IsAcronym(ReadOnlySpan<char> word)
    {
        int capitals = 0;
        bool digit = false;
        for (int k = 0; k < word.Length; k++)
        {
            char c = word[k];
            if (char.IsUpper(c))
            {
                capitals++;
            }
            else if (char.IsDigit(c))
            {
                digit = true;
            }
            else if (!(c == 's' && k == word.Length - 1 && capitals >= 2) && c != '&')
            {
                return false;
            }
        }

        return capitals >= 2 && (capitals <= 4 || digit);
    }

    /// <summary>Scans a word, number or id starting at <paramref name="i"/>; returns the position just past it.</summary>
    private static int ScanWord(string s, int i, int end, out TokenKind kind)
    {
        int start = i;

        // Dotted abbreviations: e.g., i.e., a.m., U.K. are one token, so their full stops never end a sentence.
        if (char.IsLetter(s[i]) && i + 3 < end && s[i + 1] == '.' && char.IsLetter(s[i + 2]) && s[i + 3] == '.')
        {
            i += 4;
            while (i + 1 < end && char.IsLetter(s[i]) && s[i + 1] == '.')
            {
                i += 2;
            }

            kind = TokenKind.Word;
            return i;
        }

        bool startsNumeric = !char.IsLetter(s[i]);
        bool hasLetter = !startsNumeric;
        bool hasHyphen = false;
        bool allCaps = char.IsUpper(s[i]);
        i++;
        while (i < end)
        {
            char c = s[i];
            if (char.IsLetterOrDigit(c))
            {
                hasLetter |= char.IsLetter(c);
                allCaps &= !char.IsLower(c);
                i++;
                continue;
            }

            if (i + 1 >= end)
            {
                break;
            }

            char prev = s[i - 1];
            char next = s[i + 1];
            bool join = c switch
            {
                // don't, I’ve, O’Neill
                '\'' or '\u2019' => char.IsLetter(prev) && char.IsLetter(next),

                // side-by-side, 1-2-1, 48-hour
                '-' or '\u2010' or '\u2011' => char.IsLetterOrDigit(prev) && char.IsLetterOrDigit(next),

                // ID&V, R&D, Q&A
                '&' => char.IsUpper(prev) && char.IsUpper(next),

                // 4.5, MCS.3, LO3.2; a full stop before a digit after an ordinary word still ends the word
                '.' => char.IsAsciiDigit(next) && (char.IsAsciiDigit(prev) || allCaps),

                // 1,200; 07:30; 27/02/2024
                ',' or ':' or '/' => char.IsAsciiDigit(prev) && char.IsAsciiDigit(next),
                _ => false,
            };
            if (!join)
            {
                break;
            }

            hasHyphen |= c is '-' or '\u2010' or '\u2011';
            i++;
        }

        if (i < end && s[i] == '%' && char.IsAsciiDigit(s[i - 1]))
        {
            i++;
        }

        kind = startsNumeric && !hasLetter && !hasHyphen ? TokenKind.Number : TokenKind.Word;
        return i;
    }

    /// <summary>
    /// The run of non-space characters the tokenizer is in, and the first "@" in it from a position on. Each word of a
    /// long run ("ab.ab.ab…", "a@a@a@…") asks whether an address starts there; remembering the run's end and its next
    /// "@" keeps those questions linear in the run instead of quadratic.
    /// </summary>
    private struct Chunk
    {
        public int End;
        public int At;
    }

    /// <summary>The longest local part (before "@") and domain an e-mail address may have (RFC 5321).</summary>
    private const int MaxLocalPart = 64, MaxDomain = 255;

    /// <summary>
    /// An e-mail address or URL starting at <paramref name="i"/>: returns the position just past it, or
    /// <paramref name="i"/> when there is none. Trailing sentence punctuation is left out.
    /// </summary>
    private static int ScanAddress(string s, int i, int end, ref Chunk chunk)
    {
        if (i >= chunk.End)
        {
            int e = i;
            while (e < end && !char.IsWhiteSpace(s[e]))
            {
                e++;
            }

            chunk.End = e;
            chunk.At = -1;
        }

        int chunkEnd = chunk.End;
        if (chunk.At < i)
        {
            int from = Math.Max(i, chunk.At + 1);
            int found = s.AsSpan(from, chunkEnd - from).IndexOf('@');
            chunk.At = found < 0 ? int.MaxValue : from + found;
        }

        int at = chunk.At == int.MaxValue ? -1 : chunk.At;
        var text = s.AsSpan(i, chunkEnd - i);
        bool url = text.StartsWith("http://", StringComparison.OrdinalIgnoreCase)
            || text.StartsWith("https://", StringComparison.OrdinalIgnoreCase)
            || text.StartsWith("www.", StringComparison.OrdinalIgnoreCase);
        if (!url)
        {
            if (at <= i || at - i > MaxLocalPart)
            {
                return i;
            }

            // The local part must be address characters only, so "email:jo@x.com" yields "email", ":" and the address.
            foreach (char c in s.AsSpan(i, at - i))
            {
                if (!(char.IsLetterOrDigit(c) || c is '.' or '_' or '%' or '+' or '-'))
                {
                    return i;
                }
            }

            if (s.AsSpan(at + 1, Math.Min(chunkEnd - at - 1, MaxDomain)).IndexOf('.') < 1)
            {
                return i;
            }
        }

        while (chunkEnd > i && s[chunkEnd - 1] is '.' or ',' or ';' or ':' or '!' or '?' or ')' or ']' or '}' or '>' or '"' or '\'' or '\u2019' or '\u201D')
        {
            chunkEnd--;
        }

        return chunkEnd;
    }

    private static bool IsCurrency(char c) => c is '£' or '$' or '€';

    internal static bool IsSentenceEnd(char c) => c is '.' or '!' or '?' or '\u2026';
}
