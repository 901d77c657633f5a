using System.Collections.Immutable;

namespace EvidenceLint.Reading;

/// <summary>
/// A learner's account as the rules see it: one normalised text, paragraphs as spans into it, and the notes
/// that were set aside. Immutable, so one instance can be shared by every analyzer on every thread.
/// </summary>
public sealed class EvidenceDocument
{
    /// <summary>What separates paragraphs in <see cref="Text"/>.</summary>
    public const string ParagraphSeparator = "\n\n";

    internal EvidenceDocument(
        string path,
        InputFormat format,
        string text,
        ImmutableArray<EvidenceParagraph> paragraphs,
        ImmutableArray<DocumentNote> notes,
        int? pageCount)
    {
        Path = path;
        Format = format;
        Text = text;
        Paragraphs = paragraphs;
        Notes = notes;
        PageCount = pageCount;
        WordCount = WordCounter.Count(text);
    }

    /// <summary>The path or file name the caller gave.</summary>
    public string Path { get; }

    /// <summary>The format detected from the content.</summary>
    public InputFormat Format { get; }

    /// <summary>The normalised evidence text: paragraphs joined by <see cref="ParagraphSeparator"/>.</summary>
    public string Text { get; }

    /// <summary>The paragraphs in reading order.</summary>
    public ImmutableArray<EvidenceParagraph> Paragraphs { get; }

    /// <summary>Footnotes, endnotes and comments: in the file, not in the evidence.</summary>
    public ImmutableArray<DocumentNote> Notes { get; }

    /// <summary>The number of pages for PDF input; null otherwise.</summary>
    public int? PageCount { get; }

    /// <summary>
    /// Words in the evidence text: whitespace-separated tokens that contain a letter or digit.
    /// </summary>
    public int WordCount { get; }

    /// <summary>The text of one paragraph.</summary>
    public string GetText(EvidenceParagraph paragraph)
    {
        ArgumentNullException.ThrowIfNull(paragraph);
        return Text.Substring(paragraph.Start, paragraph.Length);
    }

    /// <summary>The text of a span of the normalised text.</summary>
    public string GetText(int start, int length) => Text.Substring(start, length);

    /// <summary>The paragraph containing <paramref name="offset"/>, or null when it falls between paragraphs.</summary>
    public EvidenceParagraph? FindParagraph(int offset)
    {
        int lo = 0, hi = Paragraphs.Length - 1;
        while (lo <= hi)
        {
            int mid = (lo + hi) >>> 1;
            var p = Paragraphs[mid];
            if (offset < p.Start)
            {
                hi = mid - 1;
            }
            else if (offset >= p.End && !(p.Length == 0 && offset == p.Start))
            {
                lo = mid + 1;
            }
            else
            {
                return p;
            }
        }

        return null;
    }
}
