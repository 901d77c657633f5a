using System.Collections.Immutable;
using EvidenceLint.Reading;

namespace EvidenceLint.Text;

/// <summary>
/// The structure of an account, worked out once per document: which paragraphs open a section, the section and the
/// lead paragraph of every paragraph, and the headings it sits under. Sections start at headings and at body lines
/// that stand where a heading would ("Monitoring", "What I learned" on a line of their own), because a PDF keeps no
/// heading markup and a Word document written without styles keeps none either; every part of the engine that asks
/// "which section is this in?" gets the same answer from here.
/// </summary>
public sealed class DocumentOutline
{
    /// <summary>A line longer than this reads as a sentence, not as a heading.</summary>
    private const int MaxHeadingWords = 8;

    private readonly EvidenceDocument _document;
    private readonly bool[] _headingLike;
    private readonly int[] _section;
    private readonly int[] _lead;

    private readonly Speaker[] _speaker;

    private DocumentOutline(EvidenceDocument document, bool[] headingLike, int[] section, int[] lead, Speaker[] speaker)
    {
        _document = document;
        _headingLike = headingLike;
        _section = section;
        _lead = lead;
        _speaker = speaker;
    }

    internal static DocumentOutline Create(EvidenceDocument document, Func<EvidenceParagraph, ReadOnlySpan<Token>> tokensOf)
    {
        var paragraphs = document.Paragraphs;
        var headingLike = new bool[paragraphs.Length];
        var section = new int[paragraphs.Length];
        var lead = new int[paragraphs.Length];
        int currentSection = -1, currentLead = -1;
        for (int p = 0; p < paragraphs.Length; p++)
        {
            var paragraph = paragraphs[p];
            headingLike[p] = paragraph.Kind == ParagraphKind.Heading || (paragraph.Kind == ParagraphKind.Body && ReadsAsHeading(tokensOf(paragraph)));
            currentSection = headingLike[p] ? p : currentSection;
            section[p] = currentSection;

            // A list, or a table row, belongs to the paragraph that introduces it; any other paragraph leads itself.
            if (paragraph.Kind is not (ParagraphKind.ListItem or ParagraphKind.TableCell))
            {
                currentLead = p;
            }

            lead[p] = currentLead < 0 ? p : currentLead;
        }

        return new DocumentOutline(document, headingLike, section, lead, Transcripts.Speakers(document, headingLike, tokensOf));
    }

    /// <summary>A short line with no closing punctuation: a heading flattened into body text.</summary>
    private static bool ReadsAsHeading(ReadOnlySpan<Token> tokens)
    {
        int words = 0;
        foreach (var token in tokens)
        {
            words += token.IsWordLike ? 1 : 0;
        }

        return words is > 0 and <= MaxHeadingWords && tokens[^1].Text is not ("." or "!" or "?" or ":" or ";" or ",");
    }

    /// <summary>True for a heading, and for a body line that stands where a heading would.</summary>
    public bool IsHeadingLike(EvidenceParagraph paragraph)
    {
        ArgumentNullException.ThrowIfNull(paragraph);
        return _headingLike[paragraph.Index];
    }

    /// <summary>
    /// Who speaks in a paragraph of a professional-discussion transcript: the interviewer (an assessor's question), the
    /// learner (an answer, which may run over several paragraphs until the next turn), or no one when the paragraph is
    /// not part of a transcript. See <see cref="Transcripts"/>.
    /// </summary>
    internal Speaker SpeakerOf(EvidenceParagraph paragraph)
    {
        ArgumentNullException.ThrowIfNull(paragraph);
        return _speaker[paragraph.Index];
    }

    /// <summary>True for an item of a bulleted or numbered list.</summary>
    public bool IsListItem(EvidenceParagraph paragraph)
    {
        ArgumentNullException.ThrowIfNull(paragraph);
        return _document.Paragraphs[paragraph.Index].Kind == ParagraphKind.ListItem;
    }

    /// <summary>The index of the heading-like paragraph that opens a paragraph's section (itself for one), or -1 before the first.</summary>
    public int SectionOf(EvidenceParagraph paragraph)
    {
        ArgumentNullException.ThrowIfNull(paragraph);
        return _section[paragraph.Index];
    }

    /// <summary>The index of the paragraph that introduces a list item or table cell; a paragraph's own index otherwise.</summary>
    public int LeadOf(EvidenceParagraph paragraph)
    {
        ArgumentNullException.ThrowIfNull(paragraph);
        return _lead[paragraph.Index];
    }

    /// <summary>
    /// The headings a paragraph sits under, outermost first: the marked-up headings the reader found, then the
    /// heading-like line that opens its section when that line comes after them. A heading's own path excludes itself.
    /// </summary>
    public ImmutableArray<string> HeadingPath(EvidenceParagraph paragraph)
    {
        ArgumentNullException.ThrowIfNull(paragraph);
        // A heading-like line's own path is the reader's: the line before it of the same kind is a sibling, not a parent.
        int section = _section[paragraph.Index];
        if (section < 0 || section == paragraph.Index || _document.Paragraphs[section].Kind == ParagraphKind.Heading)
        {
            return paragraph.HeadingPath;
        }

        // The line opening the section comes after the last marked-up heading (which would open the section otherwise).
        var line = _document.Paragraphs[section];
        return paragraph.HeadingPath.Add(_document.GetText(line.Start, line.Length).Trim());
    }
}
