using System.Collections.Immutable;
using EvidenceLint.Reading;

namespace EvidenceLint.Text;

/// <summary>
/// The semantic model of an account: tokens, lemmas, sentences and their flags, computed once per document
/// and shared, read-only, by every analyzer.
/// </summary>
public sealed class TextModel
{
    private static readonly HashSet<string> FirstPersonSubjects = new(StringComparer.Ordinal) { "i", "we", "i'm", "i've", "i'd", "we've", "we're", "we'd" };
    private static readonly HashSet<string> Negators = new(StringComparer.Ordinal) { "not", "never", "n't", "didn't", "don't", "doesn't", "wasn't", "weren't", "haven't", "hasn't", "hadn't", "couldn't", "wouldn't", "won't", "can't", "cannot", "no" };
    private static readonly HashSet<string> Modals = new(StringComparer.Ordinal) { "would", "will", "should", "could", "might", "may", "shall", "won't", "i'd", "i'll", "we'll", "we'd" };

    private readonly ImmutableArray<(int First, int Count)> _paragraphSentences;

    private TextModel(EvidenceDocument document, ImmutableArray<Token> tokens, ImmutableArray<Sentence> sentences, ImmutableArray<(int First, int Count)> paragraphSentences)
    {
        Document = document;
        Tokens = tokens;
        Sentences = sentences;
        _paragraphSentences = paragraphSentences;
    }

    /// <summary>The document this model describes.</summary>
    public EvidenceDocument Document { get; }

    /// <summary>Every token of the normalised text, in order.</summary>
    public ImmutableArray<Token> Tokens { get; }

    /// <summary>Every sentence, in order; none crosses a paragraph boundary.</summary>
    public ImmutableArray<Sentence> Sentences { get; }

    /// <summary>Builds the model for a document.</summary>
    public static TextModel Create(EvidenceDocument document, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(document);
        var tokens = ImmutableArray.CreateBuilder<Token>();
        var sentences = ImmutableArray.CreateBuilder<Sentence>();
        var ranges = ImmutableArray.CreateBuilder<(int, int)>(document.Paragraphs.Length);
        foreach (var paragraph in document.Paragraphs)
        {
            cancellationToken.ThrowIfCancellationRequested();
            int firstSentence = sentences.Count;
            var paragraphTokens = Tokenizer.Tokenize(document.GetText(paragraph), paragraph.Start);
            int sentenceStart = 0;
            for (int i = 0; i < paragraphTokens.Count; i++)
            {
                bool last = i == paragraphTokens.Count - 1;
                if (last || (Tokenizer.IsSentenceEnd(paragraphTokens[i].Text[0]) && paragraphTokens[i].Kind == TokenKind.Punctuation))
                {
                    AddSentence(paragraph, paragraphTokens, sentenceStart, i + 1, tokens, sentences);
                    sentenceStart = i + 1;
                }
            }

            ranges.Add((firstSentence, sentences.Count - firstSentence));
        }

        return new TextModel(document, tokens.ToImmutable(), sentences.ToImmutable(), ranges.MoveToImmutable());
    }

    private static void AddSentence(EvidenceParagraph paragraph, List<Token> paragraphTokens, int from, int to, ImmutableArray<Token>.Builder tokens, ImmutableArray<Sentence>.Builder sentences)
    {
        if (to <= from)
        {
            return;
        }

        int first = tokens.Count;
        var flags = SentenceFlags.None;
        for (int i = from; i < to; i++)
        {
            var t = paragraphTokens[i];
            tokens.Add(t);
            if (FirstPersonSubjects.Contains(t.Lower))
            {
                flags |= SentenceFlags.FirstPerson;
            }

            if (Negators.Contains(t.Lower))
            {
                flags |= SentenceFlags.Negated;
            }

            if (Modals.Contains(t.Lower))
            {
                flags |= SentenceFlags.Hypothetical;
            }
        }

        if (paragraph.Kind == ParagraphKind.Quote)
        {
            flags |= SentenceFlags.Quoted;
        }

        if (paragraphTokens[to - 1].Text == "?")
        {
            flags |= SentenceFlags.Question;
        }

        int start = paragraphTokens[from].Start;
        int end = paragraphTokens[to - 1].End;
        sentences.Add(new Sentence(sentences.Count, paragraph.Index, start, end - start, first, to - from, flags));
    }

    /// <summary>The tokens of a sentence.</summary>
    public ReadOnlySpan<Token> GetTokens(Sentence sentence)
    {
        ArgumentNullException.ThrowIfNull(sentence);
        return Tokens.AsSpan(sentence.FirstToken, sentence.TokenCount);
    }

    /// <summary>The sentences of a paragraph.</summary>
    public ReadOnlySpan<Sentence> GetSentences(EvidenceParagraph paragraph)
    {
        ArgumentNullException.ThrowIfNull(paragraph);
        var (first, count) = _paragraphSentences[paragraph.Index];
        return Sentences.AsSpan(first, count);
    }

    /// <summary>The text of a sentence.</summary>
    public string GetText(Sentence sentence)
    {
        ArgumentNullException.ThrowIfNull(sentence);
        return Document.GetText(sentence.Start, sentence.Length);
    }

    /// <summary>Where the terms of a set occur in one sentence, comparing lemmas.</summary>
    public ImmutableArray<TermMatch> Find(TermSet terms, Sentence sentence)
    {
        ArgumentNullException.ThrowIfNull(terms);
        ArgumentNullException.ThrowIfNull(sentence);
        var result = ImmutableArray.CreateBuilder<TermMatch>();
        var span = GetTokens(sentence);
        for (int i = 0; i < span.Length; i++)
        {
            if (!span[i].IsWordLike || !terms.FirstLemmas.Contains(span[i].Lemma))
            {
                continue;
            }

            for (int s = 0; s < terms.LemmaSequences.Length; s++)
            {
                var sequence = terms.LemmaSequences[s];
                int j = i, k = 0;
                while (j < span.Length && k < sequence.Length)
                {
                    if (!span[j].IsWordLike)
                    {
                        if (k == 0)
                        {
                            break;
                        }

                        j++;
                        continue;
                    }

                    if (!string.Equals(span[j].Lemma, sequence[k], StringComparison.Ordinal))
                    {
                        break;
                    }

                    j++;
                    k++;
                }

                if (k == sequence.Length)
                {
                    var firstToken = span[i];
                    var lastToken = span[j - 1];
                    result.Add(new TermMatch(terms.Terms[s], sentence.FirstToken + i, j - i, firstToken.Start, lastToken.End - firstToken.Start));
                    break;
                }
            }
        }

        return result.ToImmutable();
    }

    /// <summary>Where the terms of a set occur anywhere in the document.</summary>
    public IEnumerable<TermMatch> FindAll(TermSet terms)
    {
        foreach (var sentence in Sentences)
        {
            foreach (var match in Find(terms, sentence))
            {
                yield return match;
            }
        }
    }
}
