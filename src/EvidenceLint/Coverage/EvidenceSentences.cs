using System.Collections.Immutable;
using EvidenceLint.Reading;
using EvidenceLint.Text;
using EvidenceLint.Units;

namespace EvidenceLint.Coverage;

/// <summary>How a sentence can count as evidence.</summary>
public enum EvidenceStanding
{
    /// <summary>Not evidence at all: a heading, a quotation, or the unit's own wording pasted back.</summary>
    None,

    /// <summary>A general statement, someone else's action or a description: it mentions the practice but does not show the learner doing it.</summary>
    Mention,

    /// <summary>The learner's own action, or a statement inside a passage that narrates the learner's own actions.</summary>
    OwnAction,
}

/// <summary>
/// Decides, once per document and unit, which sentences are the learner's own evidence. A sentence stands as own action
/// when it has the learner as subject, or when it sits in a paragraph (or a list introduced by a paragraph) that does:
/// "I agreed two targets with the team: - FCR to rise from 71% to 78% by 31 March" is one piece of evidence even though
/// the list item has no subject. Headings and quotations are never evidence, and neither is a sentence made mostly of
/// the unit's own criterion or outcome wording: pasting the marking point back is not meeting it.
/// </summary>
public sealed class EvidenceSentences
{
    private readonly EvidenceStanding[] _standing;

    private EvidenceSentences(TextModel text, EvidenceStanding[] standing)
    {
        Text = text;
        _standing = standing;
    }

    /// <summary>The text model the standings belong to.</summary>
    public TextModel Text { get; }

    /// <summary>The standing of a sentence.</summary>
    public EvidenceStanding this[Sentence sentence] => _standing[sentence.Index];

    /// <summary>The standing of a term match: own action only if the match itself is outside negation, hypothesis and quotation.</summary>
    public EvidenceStanding Of(TermMatch match)
    {
        var sentence = Text.GetSentenceOf(match.FirstToken);
        var standing = _standing[sentence.Index];
        if (standing == EvidenceStanding.None || Text.IsNegatedAt(match.FirstToken) || Text.IsQuotedAt(match.FirstToken))
        {
            return EvidenceStanding.None;
        }

        // A plan ("I will coach her") mentions the practice but is not evidence of it.
        return Text.IsHypotheticalAt(match.FirstToken) ? EvidenceStanding.Mention : standing;
    }

    /// <summary>Classifies every sentence of a document for a unit.</summary>
    public static EvidenceSentences Create(TextModel text, UnitPack unit)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(unit);
        var wordings = unit.Criteria.Select(c => c.Wording).Concat(unit.LearningOutcomes.Select(lo => lo.Wording))
            .Select(w => ContentLemmas(System.Runtime.InteropServices.CollectionsMarshal.AsSpan(Tokenizer.Tokenize(w))).ToHashSet(StringComparer.Ordinal))
            .ToArray();

        var paragraphs = text.Document.Paragraphs;
        var narrates = new bool[paragraphs.Length];
        var standing = new EvidenceStanding[text.Sentences.Length];
        foreach (var sentence in text.Sentences)
        {
            var paragraph = paragraphs[sentence.Paragraph];
            if (paragraph.Kind is ParagraphKind.Heading or ParagraphKind.Quote || sentence.IsQuoted || IsPasted(text, sentence, wordings))
            {
                standing[sentence.Index] = EvidenceStanding.None;
                continue;
            }

            standing[sentence.Index] = EvidenceStanding.Mention;
            if (sentence.IsOwnAction)
            {
                narrates[sentence.Paragraph] = true;
            }
        }

        // A list, or a table row, belongs to the paragraph that introduces it.
        bool leadNarrates = false;
        for (int p = 0; p < paragraphs.Length; p++)
        {
            switch (paragraphs[p].Kind)
            {
                case ParagraphKind.ListItem or ParagraphKind.TableCell:
                    narrates[p] |= leadNarrates;
                    break;
                case ParagraphKind.Heading:
                    leadNarrates = false;
                    break;
                default:
                    leadNarrates = narrates[p];
                    break;
            }
        }

        foreach (var sentence in text.Sentences)
        {
            if (standing[sentence.Index] == EvidenceStanding.Mention && !sentence.IsNegated && (sentence.IsOwnAction || (narrates[sentence.Paragraph] && !sentence.IsHypothetical)))
            {
                standing[sentence.Index] = EvidenceStanding.OwnAction;
            }
        }

        return new EvidenceSentences(text, standing);
    }

    /// <summary>
    /// True when most of a sentence's content words come from one criterion or outcome wording, as when a learner pastes
    /// the marking point as an opening line or a claim.
    /// </summary>
    private static bool IsPasted(TextModel text, Sentence sentence, HashSet<string>[] wordings)
    {
        var content = ContentLemmas(text.GetTokens(sentence)).Distinct(StringComparer.Ordinal).ToList();
        if (content.Count < 4)
        {
            return false;
        }

        foreach (var wording in wordings)
        {
            int shared = content.Count(wording.Contains);
            if (shared >= 4 && shared >= content.Count * 0.7)
            {
                return true;
            }
        }

        return false;
    }

    private static IEnumerable<string> ContentLemmas(ReadOnlySpan<Token> tokens)
    {
        var result = new List<string>(tokens.Length);
        foreach (var token in tokens)
        {
            if (token.Kind == TokenKind.Word && token.Lemma.Length > 2 && !FunctionWords.Contains(token.Lemma))
            {
                result.Add(token.Lemma);
            }
        }

        return result;
    }

    private static readonly HashSet<string> FunctionWords = new(StringComparer.Ordinal)
    {
        "the", "and", "for", "with", "that", "this", "these", "those", "from", "into", "onto", "than", "then", "when", "where",
        "which", "who", "whom", "whose", "what", "how", "why", "all", "any", "each", "every", "some", "such", "own", "our",
        "your", "their", "them", "they", "his", "her", "she", "him", "its", "are", "was", "were", "be", "been", "being", "have",
        "has", "had", "do", "does", "did", "not", "but", "or", "nor", "also", "use", "used", "using", "able", "about", "through",
        "by", "to", "of", "in", "on", "at", "as", "is", "it", "an", "a", "i", "we", "my", "me", "us", "such", "like", "e.g.",
    };
}
