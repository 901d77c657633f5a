using System.Collections.Frozen;
using System.Collections.Immutable;

namespace EvidenceLint.Text;

/// <summary>
/// Where a clause ends, for the <c>...</c> wildcard of a term (see <see cref="TermSet"/>): an indicator's verb and the
/// head of its object count together when they sit in one clause, whatever lies between them ("I agreed a clear
/// wrap-up standard with them", "after a month of listening I agreed, with the two new starters, a standard"), and
/// not when a new clause starts between them. A clause ends at
/// <list type="bullet">
/// <item>sentence punctuation, a semicolon, a colon, a bracket or a dash;</item>
/// <item>a word that opens a subordinate or relative clause ("which", "who", "because", "although", "when"…), and
/// "that" unless it follows the verb directly ("I agreed that the standard…" reports what was agreed);</item>
/// <item>a coordinator that brings a new subject: "…, and she wrote…", "…so they…", "…but the team…".</item>
/// </list>
/// A comma on its own does not end a clause: learners put asides in commas ("I agreed, after a long discussion, a
/// standard"). The split is deliberately shallow — no parser — so it stays fast and predictable for pack authors.
/// </summary>
internal static class Clauses
{
    /// <summary>The compiled form of the clause wildcard.</summary>
    public const string Wildcard = "...";

    private static readonly FrozenSet<string> Openers = new[]
    {
        "which", "who", "whom", "whose", "because", "although", "though", "whereas", "however", "while", "whilst",
        "unless", "when", "whenever", "where", "whereby", "if", "until",
    }.ToFrozenSet(StringComparer.Ordinal);

    private static readonly FrozenSet<string> Coordinators = new[] { "and", "but", "so", "or", "then", "yet" }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>Words that begin a new subject after a coordinator: a personal pronoun, or a determiner before a noun.</summary>
    private static readonly FrozenSet<string> Subjects = new[]
    {
        "i", "we", "he", "she", "they", "you", "it", "i'm", "i've", "i'd", "i'll", "we've", "we're", "we'd", "we'll",
        "he's", "she's", "they're", "they've", "it's", "there", "nobody", "everyone", "someone",
    }.ToFrozenSet(StringComparer.Ordinal);

    private static readonly FrozenSet<string> Determiners = new[] { "the", "my", "our", "his", "her", "their", "this", "that", "these", "those" }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>
    /// True when a new clause starts at <paramref name="at"/>, inside a wildcard gap that began at
    /// <paramref name="gapStart"/>, within the sentence [<paramref name="from"/>, <paramref name="to"/>).
    /// </summary>
    public static bool StartsAt(ReadOnlySpan<Token> tokens, int from, int to, int at, int gapStart)
    {
        var token = tokens[at];
        if (token.Kind == TokenKind.Punctuation)
        {
            return token.Text is ";" or ":" or "(" or ")" or "[" or "]" or "\u2013" or "\u2014" or "." or "!" or "?";
        }

        if (token.Kind != TokenKind.Word)
        {
            return false;
        }

        string lower = token.Lower;
        if (Openers.Contains(lower))
        {
            return true;
        }

        if (lower == "that")
        {
            // "I agreed that the standard would be…" reports what was agreed; "the meeting that set the standard" is a new clause.
            return at != gapStart;
        }

        if (Coordinators.Contains(lower) && at + 1 < to)
        {
            var next = tokens[at + 1];
            if (Subjects.Contains(next.Lower))
            {
                return true;
            }

            // "…, and the team agreed…": after a comma, a coordinator and a determiner start a new subject; without the
            // comma "the calls and the standards" is one object.
            return at > from && tokens[at - 1].Text == "," && Determiners.Contains(next.Lower);
        }

        return false;
    }

    /// <summary>
    /// Nouns made from the verbs indicators use, so "agree ... standard" also finds "the agreement of a standard" and
    /// "roll out ... standard" finds "the rollout of my new greeting standard". Only nouns that name the action itself
    /// are listed (a "setting" or a "design" can be a thing; "review" and "change" are the verb's own lemma already).
    /// </summary>
    public static readonly FrozenDictionary<string, ImmutableArray<string>> Nominalisations = new Dictionary<string, ImmutableArray<string>>(StringComparer.Ordinal)
    {
        ["agree"] = ["agreement"],
        ["introduce"] = ["introduction"],
        ["roll out"] = ["rollout"],
        ["establish"] = ["establishment"],
        ["implement"] = ["implementation"],
        ["develop"] = ["development"],
        ["revise"] = ["revision"],
        ["create"] = ["creation"],
        ["define"] = ["definition"],
        ["adopt"] = ["adoption"],
        ["communicate"] = ["communication"],
        ["decide"] = ["decision"],
        ["analyse"] = ["analysis"],
        ["evaluate"] = ["evaluation"],
        ["investigate"] = ["investigation"],
        ["observe"] = ["observation"],
        ["consult"] = ["consultation"],
        ["assess"] = ["assessment"],
        ["approve"] = ["approval"],
        ["improve"] = ["improvement"],
        ["replace"] = ["replacement"],
        ["remove"] = ["removal"],
        ["amend"] = ["amendment"],
        ["explain"] = ["explanation"],
        ["present"] = ["presentation"],
    }.ToFrozenDictionary(StringComparer.Ordinal);

    private static readonly ImmutableArray<(ImmutableArray<string> Verb, ImmutableArray<ImmutableArray<string>> Nouns)> NominalisationLemmas =
        [.. Nominalisations.Select(kv => (
            Verb: Tokenizer.Tokenize(kv.Key).Select(t => t.Lemma).ToImmutableArray(),
            Nouns: kv.Value.Select(n => Tokenizer.Tokenize(n).Select(t => t.Lemma).ToImmutableArray()).Where(n => !n.IsEmpty).ToImmutableArray()))];

    /// <summary>
    /// The noun forms of a compiled term that starts with a verb followed by the clause wildcard: "agree ... standard"
    /// gives "agreement ... standard". Other terms have none.
    /// </summary>
    public static IEnumerable<ImmutableArray<string>> NounForms(ImmutableArray<string> lemmas)
    {
        foreach (var (verb, nouns) in NominalisationLemmas)
        {
            if (lemmas.Length <= verb.Length + 1 || lemmas[verb.Length] != Wildcard || !lemmas.AsSpan(0, verb.Length).SequenceEqual(verb.AsSpan()))
            {
                continue;
            }

            foreach (var noun in nouns)
            {
                if (!noun.SequenceEqual(verb))
                {
                    yield return [.. noun, .. lemmas[verb.Length..]];
                }
            }
        }
    }
}
