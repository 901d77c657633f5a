namespace EvidenceLint.Reading;

/// <summary>Where a note came from.</summary>
public enum DocumentNoteKind
{
    /// <summary>A footnote.</summary>
    Footnote,

    /// <summary>An endnote.</summary>
    Endnote,

    /// <summary>A reviewer's comment in the margin.</summary>
    Comment,
}

/// <summary>
/// Text that is part of the file but not of the learner's evidence: footnotes, endnotes and comments.
/// Kept so tools can show it, excluded from <see cref="EvidenceDocument.Text"/> so rules never treat it as evidence.
/// </summary>
/// <param name="Kind">Footnote, endnote or comment.</param>
/// <param name="Text">The note's text, whitespace normalised.</param>
/// <param name="Author">The comment's author, when the file records one.</param>
public sealed record DocumentNote(DocumentNoteKind Kind, string Text, string? Author = null);
