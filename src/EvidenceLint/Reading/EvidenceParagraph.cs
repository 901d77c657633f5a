using System.Collections.Immutable;

namespace EvidenceLint.Reading;

/// <summary>What a paragraph is in the learner's document.</summary>
public enum ParagraphKind
{
    /// <summary>Ordinary body text.</summary>
    Body,

    /// <summary>A heading; <see cref="EvidenceParagraph.HeadingLevel"/> gives its level.</summary>
    Heading,

    /// <summary>An item of a bulleted or numbered list (the marker is not part of the text).</summary>
    ListItem,

    /// <summary>The text of one table cell; cells are read row by row.</summary>
    TableCell,

    /// <summary>A block quotation (for example a pasted e-mail or script).</summary>
    Quote,
}

/// <summary>
/// One paragraph of the account: a span of <see cref="EvidenceDocument.Text"/> with where it sits in the document.
/// </summary>
/// <param name="Index">Zero-based position among the document's paragraphs.</param>
/// <param name="Start">Offset of the paragraph's first character in the normalised text.</param>
/// <param name="Length">Number of characters.</param>
/// <param name="Kind">Body, heading, list item, table cell or quote.</param>
/// <param name="HeadingLevel">1–9 for a heading; 0 otherwise.</param>
/// <param name="Page">The one-based page for PDF input; null for other formats.</param>
/// <param name="HeadingPath">The headings this paragraph sits under, outermost first (a heading's own path excludes itself).</param>
public sealed record EvidenceParagraph(
    int Index,
    int Start,
    int Length,
    ParagraphKind Kind,
    int HeadingLevel,
    int? Page,
    ImmutableArray<string> HeadingPath)
{
    /// <summary>The offset just past the paragraph.</summary>
    public int End => Start + Length;

    /// <summary>True when the paragraph is a heading.</summary>
    public bool IsHeading => Kind == ParagraphKind.Heading;
}
