using System.Collections.Immutable;
using System.Text;

namespace EvidenceLint.Reading;

/// <summary>
/// Assembles an <see cref="EvidenceDocument"/> paragraph by paragraph. Every reader uses it, so whitespace
/// normalisation, heading paths and spans are computed in exactly one way whatever the input format.
/// </summary>
public sealed class EvidenceDocumentBuilder
{
    private readonly string _path;
    private readonly InputFormat _format;
    private readonly StringBuilder _text = new();
    private readonly ImmutableArray<EvidenceParagraph>.Builder _paragraphs = ImmutableArray.CreateBuilder<EvidenceParagraph>();
    private readonly ImmutableArray<DocumentNote>.Builder _notes = ImmutableArray.CreateBuilder<DocumentNote>();
    private readonly List<(int Level, string Text)> _headings = [];
    private ImmutableArray<string> _headingPath = ImmutableArray<string>.Empty;

    /// <summary>Starts a document.</summary>
    public EvidenceDocumentBuilder(string path, InputFormat format)
    {
        _path = path;
        _format = format;
    }

    /// <summary>The number of pages, for PDF input.</summary>
    public int? PageCount { get; set; }

    /// <summary>The number of paragraphs added so far.</summary>
    public int ParagraphCount => _paragraphs.Count;

    /// <summary>The number of characters of normalised text so far.</summary>
    public int Length => _text.Length;

    /// <summary>
    /// Adds a paragraph. Its text is normalised (tabs, line breaks and unusual spaces become one space; soft
    /// hyphens and zero-width characters are removed; ends trimmed); a paragraph left empty is skipped.
    /// </summary>
    /// <returns>The paragraph added, or null when it was empty.</returns>
    public EvidenceParagraph? AddParagraph(string text, ParagraphKind kind = ParagraphKind.Body, int headingLevel = 0, int? page = null)
    {
        ArgumentNullException.ThrowIfNull(text);
        string normalised = Normalise(text);
        if (normalised.Length == 0)
        {
            return null;
        }

        if (kind == ParagraphKind.Heading)
        {
            headingLevel = Math.Clamp(headingLevel, 1, 9);
        }
        else
        {
            headingLevel = 0;
        }

        if (_text.Length > 0)
        {
            _text.Append(EvidenceDocument.ParagraphSeparator);
        }

        if (kind == ParagraphKind.Heading)
        {
            // A heading sits under its ancestors only: a new "## Monitoring" closes the previous "##" and its "###"s.
            _headings.RemoveAll(h => h.Level >= headingLevel);
            _headingPath = [.. _headings.Select(h => h.Text)];
        }

        int start = _text.Length;
        _text.Append(normalised);
        var paragraph = new EvidenceParagraph(_paragraphs.Count, start, normalised.Length, kind, headingLevel, page, _headingPath);
        _paragraphs.Add(paragraph);

        if (kind == ParagraphKind.Heading)
        {
            _headings.Add((headingLevel, normalised));
            _headingPath = [.. _headings.Select(h => h.Text)];
        }

        return paragraph;
    }

    /// <summary>Keeps a footnote, endnote or comment beside the evidence (never in it).</summary>
    public void AddNote(DocumentNoteKind kind, string text, string? author = null)
    {
        string normalised = Normalise(text);
        if (normalised.Length > 0)
        {
            _notes.Add(new DocumentNote(kind, normalised, author));
        }
    }

    /// <summary>Creates the immutable document.</summary>
    public EvidenceDocument Build() =>
        new(_path, _format, _text.ToString(), _paragraphs.ToImmutable(), _notes.ToImmutable(), PageCount);

    /// <summary>The whitespace normalisation every reader shares.</summary>
    public static string Normalise(string text) => Normalise(text, null);

    /// <summary>
    /// Normalises like <see cref="Normalise(string)"/> and, when <paramref name="origins"/> is given, adds for each
    /// character of the result the index in <paramref name="text"/> it came from (for a collapsed run of whitespace,
    /// the run's first character), so writers can map a span of normalised text back to the source.
    /// </summary>
    internal static string Normalise(string text, List<int>? origins)
    {
        var sb = new StringBuilder(text.Length);
        bool pendingSpace = false;
        int pendingOrigin = 0;
        for (int i = 0; i < text.Length; i++)
        {
            char c = text[i];
            switch (c)
            {
                case '\u00AD': // soft hyphen
                case '\u200B': // zero-width space
                case '\u200C':
                case '\u200D':
                case '\u2060':
                case '\uFEFF':
                    continue;
            }

            if (char.IsWhiteSpace(c) || char.IsControl(c))
            {
                if (!pendingSpace && sb.Length > 0)
                {
                    pendingSpace = true;
                    pendingOrigin = i;
                }

                continue;
            }

            if (pendingSpace)
            {
                sb.Append(' ');
                origins?.Add(pendingOrigin);
                pendingSpace = false;
            }

            sb.Append(c);
            origins?.Add(i);
        }

        return sb.ToString();
    }
}
