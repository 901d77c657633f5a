using System.Collections.Immutable;
using System.Text;
using System.Text.RegularExpressions;
using EvidenceLint.Analysis;
using EvidenceLint.Reading;

namespace EvidenceLint.Privacy;

/// <summary>
/// The customer data in one document, found once, and the only way the document's text leaves the engine. Every
/// excerpt, message and evidence passage of a <see cref="LintResult"/> is produced through <see cref="GetText(int, int)"/>
/// or <see cref="Apply"/>, so a report cannot print what EL5001 and EL5002 warned about, whichever rule quotes it.
/// </summary>
/// <remarks>
/// Each item is replaced whole by its placeholder (<c>[PHONE]</c>, <c>[CARD]</c>…), the same one a redacted copy
/// uses. A paragraph that could not be scanned within the pattern time limit is withheld whole
/// (<see cref="PersonalDataKind.Unchecked"/>) rather than shown unchecked, and so is one longer than
/// <see cref="MaxScannedParagraphLength"/>. Immutable and thread-safe.
/// </remarks>
public sealed class PersonalDataMask
{
    /// <summary>
    /// The longest paragraph that is scanned: fifteen thousand words or so, many times any paragraph of a real account.
    /// A longer one (a pasted export, a wall of digits) is withheld whole rather than scanned for seconds.
    /// </summary>
    public const int MaxScannedParagraphLength = 100_000;

    private readonly string _text;

    private PersonalDataMask(string text, ImmutableArray<PersonalDataSpan> spans)
    {
        _text = text;
        Spans = spans;
    }

    /// <summary>A mask over no text, with nothing to hide.</summary>
    public static PersonalDataMask None { get; } = new(string.Empty, []);

    /// <summary>Every item found, as spans of the document's normalised text: in order, none overlapping.</summary>
    public ImmutableArray<PersonalDataSpan> Spans { get; }

    /// <summary>Scans every paragraph of a document once.</summary>
    public static PersonalDataMask Scan(EvidenceDocument document, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(document);
        var spans = ImmutableArray.CreateBuilder<PersonalDataSpan>();
        foreach (var paragraph in document.Paragraphs)
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (paragraph.Length > MaxScannedParagraphLength)
            {
                spans.Add(new PersonalDataSpan(PersonalDataKind.Unchecked, paragraph.Start, paragraph.Length));
                continue;
            }

            try
            {
                foreach (var item in PersonalDataScanner.Find(document.GetText(paragraph)))
                {
                    spans.Add(item with { Start = paragraph.Start + item.Start });
                }
            }
            catch (RegexMatchTimeoutException)
            {
                // Whatever was found before the limit is superseded: the paragraph is withheld whole.
                while (spans.Count > 0 && spans[^1].Start >= paragraph.Start)
                {
                    spans.RemoveAt(spans.Count - 1);
                }

                spans.Add(new PersonalDataSpan(PersonalDataKind.Unchecked, paragraph.Start, paragraph.Length));
            }
        }

        return new PersonalDataMask(document.Text, spans.ToImmutable());
    }

    /// <summary>
    /// The document's text from <paramref name="start"/> for <paramref name="length"/> characters with every item that
    /// overlaps it, even in part, replaced whole by its placeholder.
    /// </summary>
    public string GetText(int start, int length)
    {
        start = Math.Clamp(start, 0, _text.Length);
        int end = Math.Clamp(start + Math.Max(0, length), start, _text.Length);
        int first = FirstOverlapping(start, end);
        if (first < 0)
        {
            return _text[start..end];
        }

        var masked = new StringBuilder(end - start);
        int position = start;
        for (int i = first; i < Spans.Length && Spans[i].Start < end; i++)
        {
            var span = Spans[i];
            if (span.Start > position)
            {
                masked.Append(_text, position, span.Start - position);
            }

            masked.Append(span.Placeholder);
            position = Math.Max(position, span.End);
        }

        if (position < end)
        {
            masked.Append(_text, position, end - position);
        }

        return masked.ToString();
    }

    /// <summary>The text of a paragraph, masked.</summary>
    public string GetText(EvidenceParagraph paragraph)
    {
        ArgumentNullException.ThrowIfNull(paragraph);
        return GetText(paragraph.Start, paragraph.Length);
    }

    /// <summary>True when the character at <paramref name="offset"/> is part of an item.</summary>
    public bool IsMasked(int offset) => FirstOverlapping(offset, offset + 1) >= 0;

    /// <summary>
    /// Masks free text that may quote the document — a message, a note, a passage a rule built itself: every value this
    /// document's items have is replaced wherever it appears, and the text is scanned in its own right. Text that cannot
    /// be scanned in time is withheld whole.
    /// </summary>
    public string Apply(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (text.Length == 0)
        {
            return text;
        }

        var masked = text;
        foreach (var span in Spans.OrderByDescending(s => s.Length))
        {
            string value = _text.Substring(span.Start, span.Length);
            if (span.Kind != PersonalDataKind.Unchecked && masked.Contains(value, StringComparison.Ordinal))
            {
                masked = masked.Replace(value, span.Placeholder, StringComparison.Ordinal);
            }
        }

        try
        {
            var found = PersonalDataScanner.Find(masked);
            if (found.Count == 0)
            {
                return masked;
            }

            var result = new StringBuilder(masked);
            foreach (var item in found.Reverse())
            {
                result.Remove(item.Start, item.Length).Insert(item.Start, item.Placeholder);
            }

            return result.ToString();
        }
        catch (RegexMatchTimeoutException)
        {
            return PersonalDataSpan.PlaceholderFor(PersonalDataKind.Unchecked);
        }
    }

    /// <summary>
    /// This mask with more spans withheld: the passages a rule flagged as sensitive (<see cref="DiagnosticDescriptor.MaskExcerpt"/>).
    /// A span overlapping an item already found joins it.
    /// </summary>
    internal PersonalDataMask With(IEnumerable<(int Start, int Length)> flagged)
    {
        // A flagged span that is already one item (EL5001 and EL5002 report the scan's own spans) adds nothing.
        var added = flagged.Where(f => f.Length > 0 && f.Start >= 0 && f.Start + f.Length <= _text.Length
            && !Spans.Any(s => s.Start <= f.Start && f.Start + f.Length <= s.End)).ToList();
        if (added.Count == 0)
        {
            return this;
        }

        var merged = new List<PersonalDataSpan>();
        foreach (var span in Spans.Concat(added.Select(f => new PersonalDataSpan(PersonalDataKind.FlaggedByRule, f.Start, f.Length))).OrderBy(s => s.Start).ThenByDescending(s => s.Length))
        {
            if (merged.Count > 0 && span.Start < merged[^1].End)
            {
                var last = merged[^1];
                merged[^1] = last with { Length = Math.Max(last.End, span.End) - last.Start };
                continue;
            }

            merged.Add(span);
        }

        return new PersonalDataMask(_text, [.. merged]);
    }

    /// <summary>A finding with its excerpt and message masked. An excerpt this mask (or <paramref name="before"/>) built from the finding's span is rebuilt from the span.</summary>
    internal Diagnostic Mask(Diagnostic diagnostic, PersonalDataMask before)
    {
        var location = diagnostic.Location;
        string excerpt = location.Excerpt;
        if (excerpt.Length > 0)
        {
            bool fromSpan = location.Start >= 0 && location.End <= _text.Length
                && (string.Equals(excerpt, before.GetText(location.Start, location.Length), StringComparison.Ordinal)
                    || string.Equals(excerpt, _text.Substring(location.Start, location.Length), StringComparison.Ordinal));
            excerpt = fromSpan ? GetText(location.Start, location.Length) : Apply(excerpt);
        }

        return diagnostic.WithText(Apply(diagnostic.Message), location with { Excerpt = excerpt });
    }

    private int FirstOverlapping(int start, int end)
    {
        // Spans are sorted and disjoint, so their ends are sorted too: find the first that ends after start.
        int lo = 0, hi = Spans.Length;
        while (lo < hi)
        {
            int mid = (lo + hi) >>> 1;
            if (Spans[mid].End <= start)
            {
                lo = mid + 1;
            }
            else
            {
                hi = mid;
            }
        }

        return lo < Spans.Length && Spans[lo].Start < end ? lo : -1;
    }
}
