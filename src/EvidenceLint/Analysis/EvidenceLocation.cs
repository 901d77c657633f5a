namespace EvidenceLint.Analysis;

/// <summary>
/// Where a finding is: a character span of the document's normalised text, the paragraph it falls in
/// (zero-based) and, for PDF, the page (one-based). A document-level finding has no paragraph and an empty span.
/// </summary>
/// <param name="Path">The document's path or name as given by the caller.</param>
/// <param name="Page">The one-based page for PDF input; null otherwise.</param>
/// <param name="Paragraph">The zero-based paragraph index; null for a document-level finding.</param>
/// <param name="Start">The start offset in the normalised text.</param>
/// <param name="Length">The length of the span.</param>
/// <param name="Excerpt">The flagged text (masked for privacy rules).</param>
public sealed record EvidenceLocation(string Path, int? Page, int? Paragraph, int Start, int Length, string Excerpt)
{
    /// <summary>A location that covers the whole document.</summary>
    public static EvidenceLocation ForDocument(string path) => new(path, null, null, 0, 0, string.Empty);

    /// <summary>True when the finding is about the whole document rather than a passage.</summary>
    public bool IsDocumentLevel => Paragraph is null;

    /// <summary>The offset just past the span.</summary>
    public int End => Start + Length;
}
