using System.Collections.Frozen;
using System.Collections.Immutable;

namespace EvidenceLint.Text;

/// <summary>
/// A group of synonymous terms (single words or phrases) compiled once to lemma sequences, so
/// "call recording" matches "call recordings" and "listened to calls" can be written as "listen to call". Acronyms that
/// are also words ("ACT", "GROW") match only when written in capitals.
/// Matching is case-insensitive (lemmas are lower case), terms may contain ids and numbers ("MCS.3", "AC 1.2",
/// "1-2-1"), and a phrase matches only its words in order: quote marks, hyphens and slashes between them are
/// skipped, but clause punctuation (, ; : . ( )) is not, so "call recording" does not match "calls, recordings".
/// Immutable and safe to share between threads.
/// </summary>
public sealed class TermSet
{
    private TermSet(string name, ImmutableArray<string> terms, ImmutableArray<ImmutableArray<string>> lemmaSequences)
    {
        Name = name;
        Terms = terms;
        LemmaSequences = lemmaSequences;

        // First lemma → the sequences starting with it, longest first, so a lookup finds the longest match first.
        ByFirstLemma = Enumerable.Range(0, lemmaSequences.Length)
            .GroupBy(i => LookupKey(lemmaSequences[i][0]), StringComparer.Ordinal)
            .ToFrozenDictionary(
                g => g.Key,
                g => g.OrderByDescending(i => lemmaSequences[i].Length).ThenBy(i => i).ToArray(),
                StringComparer.Ordinal);
        ByFirstLemmaSpan = ByFirstLemma.GetAlternateLookup<ReadOnlySpan<char>>();
        PatternFirst = [.. Enumerable.Range(0, lemmaSequences.Length).Where(i => TokenPatterns.IsKnown(lemmaSequences[i][0])).OrderByDescending(i => lemmaSequences[i].Length).ThenBy(i => i)];
    }

    /// <summary>Indices of the sequences that start with a placeholder such as <c>{percent}</c>, longest first.</summary>
    internal int[] PatternFirst { get; }

    /// <summary>A name for the group, used in messages and reports.</summary>
    public string Name { get; }

    /// <summary>The terms as written.</summary>
    public ImmutableArray<string> Terms { get; }

    internal ImmutableArray<ImmutableArray<string>> LemmaSequences { get; }

    /// <summary>Indices into <see cref="LemmaSequences"/> (and <see cref="SequenceTerms"/>) by first lemma.</summary>
    internal FrozenDictionary<string, int[]> ByFirstLemma { get; }

    /// <summary><see cref="ByFirstLemma"/> by span, to look up the first part of a hyphenated word without allocating.</summary>
    internal FrozenDictionary<string, int[]>.AlternateLookup<ReadOnlySpan<char>> ByFirstLemmaSpan { get; }

    /// <summary>The written term each lemma sequence came from.</summary>
    internal ImmutableArray<string> SequenceTerms { get; private init; }

    /// <summary>Compiles a group of terms.</summary>
    public static TermSet Create(string name, IEnumerable<string> terms)
    {
        ArgumentNullException.ThrowIfNull(terms);
        var written = terms.Where(t => !string.IsNullOrWhiteSpace(t)).Select(t => t.Trim()).Distinct(StringComparer.OrdinalIgnoreCase).ToImmutableArray();
        if (written.IsEmpty)
        {
            throw new ArgumentException($"The term group '{name}' has no terms.", nameof(terms));
        }

        var compiled = written
            .Select(t => (Term: t, Lemmas: CompileTerm(name, t)))
            .Where(c => !c.Lemmas.IsEmpty)
            .ToList();
        if (compiled.Count == 0)
        {
            throw new ArgumentException($"The term group '{name}' has no words.", nameof(terms));
        }

        // A hyphenated word in a term also matches its parts written apart ("follow-up" matches "follow up"); the
        // reverse, a spaced term against a hyphenated word in the account, is handled when matching.
        var variants = compiled
            .Where(c => c.Lemmas.Any(l => IsHyphenated(LookupKey(l))))
            .Select(c => (c.Term, Lemmas: c.Lemmas.SelectMany(l => IsHyphenated(LookupKey(l)) ? LookupKey(l).Split('-') : [l]).ToImmutableArray()))
            .ToList();
        compiled.AddRange(variants);

        // "agree ... standard" also matches "the agreement of a standard": the verb's noun form, before a wildcard.
        compiled.AddRange(compiled
            .SelectMany(c => Clauses.NounForms(c.Lemmas).Select(lemmas => (c.Term, Lemmas: lemmas)))
            .ToList());
        return new TermSet(name, written, [.. compiled.Select(c => c.Lemmas)]) { SequenceTerms = [.. compiled.Select(c => c.Term)] };
    }

    /// <summary>
    /// A term's lemma sequence. Placeholders in braces stand for a kind of number rather than a word, so a pack can say
    /// "a percentage" or "a date" without listing every figure: <c>{number}</c>, <c>{percent}</c>, <c>{money}</c>,
    /// <c>{date}</c>, <c>{time}</c>, <c>{month}</c> (a month or quarter name). "rose from {percent}" matches "rose from 64%".
    /// A lone <c>*</c> between words stands for up to two other words: "set * standards" matches "set standards",
    /// "set the standards" and "set two new standards". It keeps that meaning so that packs written for it match as
    /// before.
    /// A lone <c>...</c> (or <c>…</c>) between words stands for anything in the same clause (see
    /// <see cref="Clauses"/>): "agree ... standard" matches "I agreed a clear wrap-up standard with them" and "agreed,
    /// after a month of listening to calls, a standard", but not "I agreed the rota, and she wrote the standard". A term
    /// whose verb has a common noun form also matches that noun ("agreement of a standard", "the rollout of my new
    /// greeting standard"; see <see cref="Clauses.Nominalisations"/>).
    /// </summary>
    private static ImmutableArray<string> CompileTerm(string group, string term)
    {
        var lemmas = ImmutableArray.CreateBuilder<string>();
        foreach (string part in PlaceholderPattern.Split(term))
        {
            if (part.Length == 0)
            {
                continue;
            }

            if (part is "*" or Clauses.Wildcard or "\u2026")
            {
                if (lemmas.Count == 0 || IsWildcard(lemmas[^1]))
                {
                    throw new ArgumentException($"The term '{term}' in the group '{group}' must have a word before each {part}.");
                }

                lemmas.Add(part == "*" ? part : Clauses.Wildcard);
                continue;
            }

            if (part[0] == '{')
            {
                if (!TokenPatterns.IsKnown(part))
                {
                    throw new ArgumentException($"The term '{term}' in the group '{group}' uses the unknown placeholder {part}; use one of {string.Join(", ", TokenPatterns.Names)}.");
                }

                lemmas.Add(part);
                continue;
            }

            lemmas.AddRange(Tokenizer.Tokenize(part).Where(tok => tok.IsWordLike || tok.Kind == TokenKind.Address).Select(CaseMarked));
        }

        if (lemmas.Count > 0 && IsWildcard(lemmas[^1]))
        {
            throw new ArgumentException($"The term '{term}' in the group '{group}' must not end with {lemmas[^1]}.");
        }

        return lemmas.ToImmutable();
    }

    /// <summary>
    /// The character between a lemma and the capitals a term requires: an acronym that is also an ordinary word
    /// ("ACT", "GROW", "NICE", "SMART"), written in capitals in a term, only matches the same capitals in the account,
    /// never the word. Other acronyms match in any case, since learners write "gdpr" and "Csat" too.
    /// </summary>
    internal const char CapitalsMark = '\u0001';

    private static readonly FrozenSet<string> AcronymsThatAreWords = new[]
    {
        "act", "aim", "care", "grow", "learn", "nice", "pip", "sar", "smart", "ace", "cap", "sale", "plan", "team", "star",
    }.ToFrozenSet(StringComparer.Ordinal);

    private static string CaseMarked(Token token) =>
        token.Kind == TokenKind.Word && token.Text.Length >= 2 && !token.Text.Any(char.IsLower) && AcronymsThatAreWords.Contains(token.Lower)
            ? token.Lemma + CapitalsMark + token.Text
            : token.Lemma;

    /// <summary>The part of a compiled lemma that is looked up: the lemma without any capitals requirement.</summary>
    internal static string LookupKey(string lemma)
    {
        int mark = lemma.IndexOf(CapitalsMark, StringComparison.Ordinal);
        return mark < 0 ? lemma : lemma[..mark];
    }

    /// <summary>True when a token matches one compiled lemma of a term (its capitals too, when the term requires them).</summary>
    internal static bool LemmaMatches(string lemma, in Token token)
    {
        int mark = lemma.IndexOf(CapitalsMark, StringComparison.Ordinal);
        if (mark < 0)
        {
            return string.Equals(token.Lemma, lemma, StringComparison.Ordinal);
        }

        return token.Lemma.AsSpan().SequenceEqual(lemma.AsSpan(0, mark)) && !token.Text.Any(char.IsLower);
    }

    private static readonly System.Text.RegularExpressions.Regex PlaceholderPattern = new(@"(\{[a-z]+\}|(?<=^|\s)(?:\*|\.\.\.|\u2026)(?=\s|$))", System.Text.RegularExpressions.RegexOptions.CultureInvariant);

    private static bool IsWildcard(string lemma) => lemma is "*" or Clauses.Wildcard;

    private static bool IsHyphenated(string lemma) => lemma.Length > 2 && lemma.AsSpan(1, lemma.Length - 2).Contains('-');

    /// <summary>Compiles a group of terms named after its first term.</summary>
    public static TermSet Create(params string[] terms) => Create(terms.FirstOrDefault() ?? string.Empty, terms);
}

/// <summary>One place a term of a <see cref="TermSet"/> occurs.</summary>
/// <param name="Term">The term that matched, as written in the set.</param>
/// <param name="FirstToken">Index of the first matching token.</param>
/// <param name="TokenCount">Number of word tokens the match spans (punctuation between them is skipped).</param>
/// <param name="Start">Offset in the normalised text.</param>
/// <param name="Length">Length in characters.</param>
public readonly record struct TermMatch(string Term, int FirstToken, int TokenCount, int Start, int Length)
{
    /// <summary>The offset just past the match.</summary>
    public int End => Start + Length;
}
