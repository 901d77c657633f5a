using System.Collections.Immutable;

namespace EvidenceLint.Text;

/// <summary>
/// A group of synonymous terms (single words or phrases) compiled once to lemma sequences, so
/// "call recording" matches "call recordings" and "listened to calls" can be written as "listen to call".
/// </summary>
public sealed class TermSet
{
    private TermSet(string name, ImmutableArray<string> terms, ImmutableArray<ImmutableArray<string>> lemmaSequences)
    {
        Name = name;
        Terms = terms;
        LemmaSequences = lemmaSequences;
        FirstLemmas = lemmaSequences.Select(s => s[0]).ToHashSet(StringComparer.Ordinal);
    }

    /// <summary>A name for the group, used in messages and reports.</summary>
    public string Name { get; }

    /// <summary>The terms as written.</summary>
    public ImmutableArray<string> Terms { get; }

    internal ImmutableArray<ImmutableArray<string>> LemmaSequences { get; }

    internal HashSet<string> FirstLemmas { get; }

    /// <summary>Compiles a group of terms.</summary>
    public static TermSet Create(string name, IEnumerable<string> terms)
    {
        ArgumentNullException.ThrowIfNull(terms);
        var written = terms.Where(t => !string.IsNullOrWhiteSpace(t)).Select(t => t.Trim()).Distinct(StringComparer.OrdinalIgnoreCase).ToImmutableArray();
        if (written.IsEmpty)
        {
            throw new ArgumentException($"The term group '{name}' has no terms.", nameof(terms));
        }

        var sequences = written
            .Select(t => Tokenizer.Tokenize(t).Where(tok => tok.IsWordLike).Select(tok => tok.Lemma).ToImmutableArray())
            .Where(s => !s.IsEmpty)
            .ToImmutableArray();
        return new TermSet(name, written, sequences);
    }

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
