using System.Text;
using System.Xml.Linq;

namespace EvidenceLint.Reading;

/// <summary>
/// Where one character of a Word document's normalised text came from: a text element (<c>w:t</c>, or <c>m:t</c> in an
/// equation) and the offset in its value, or a tab, break or non-breaking hyphen read as one character (offset 0).
/// The default value is a character no element holds (a paragraph separator, the space between table-cell paragraphs).
/// </summary>
/// <param name="Element">The element, or null.</param>
/// <param name="Offset">The offset in the element's value.</param>
internal readonly record struct DocxTextSource(XElement? Element, int Offset);

/// <summary>Text collected from Word XML, optionally remembering the element every character came from.</summary>
internal sealed class SourcedText(bool trackSources)
{
    private readonly StringBuilder _text = new();
    private readonly List<DocxTextSource>? _sources = trackSources ? [] : null;

    public int Length => _text.Length;

    public void Append(string value, XElement element)
    {
        _text.Append(value);
        if (_sources is not null)
        {
            for (int i = 0; i < value.Length; i++)
            {
                _sources.Add(new DocxTextSource(element, i));
            }
        }
    }

    public void Append(char value, XElement? element)
    {
        _text.Append(value);
        _sources?.Add(new DocxTextSource(element, 0));
    }

    public void Append(SourcedText? other)
    {
        if (other is null)
        {
            return;
        }

        _text.Append(other._text);
        if (_sources is not null)
        {
            _sources.AddRange(other._sources ?? Enumerable.Repeat(default(DocxTextSource), other.Length));
        }
    }

    public DocxTextSource SourceAt(int index) => _sources is null ? default : _sources[index];

    public override string ToString() => _text.ToString();
}

/// <summary>
/// A Word part's text as the rules see it (<see cref="Document"/>), with the element behind every character, and the
/// run surgery writers need to change or mark a span of that text in the part's XML while keeping each run's
/// formatting. Offsets are offsets into <see cref="EvidenceDocument.Text"/>.
/// </summary>
/// <remarks>
/// Edits never move the characters before them, so a batch of edits is applied from the end of the text backwards and
/// every offset still points where it did when the map was made. A map is made by <see cref="WordDocumentCopy.MapText"/>
/// or <see cref="WordDocumentCopy.MapStoredText"/> and edits the XML that copy loaded; save the part afterwards.
/// </remarks>
public sealed class WordTextMap
{
    private static readonly XNamespace WordNamespace = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
    private static readonly XName R = WordNamespace + "r", RPr = WordNamespace + "rPr", T = WordNamespace + "t", P = WordNamespace + "p";
    private static readonly XName MathText = (XNamespace)"http://schemas.openxmlformats.org/officeDocument/2006/math" + "t";
    private static readonly XName Space = XNamespace.Xml + "space";

    // Elements whose children are run-level content, where range markers such as w:commentRangeStart may stand.
    private static readonly HashSet<XName> RunContainers =
    [
        P, WordNamespace + "hyperlink", WordNamespace + "ins", WordNamespace + "moveTo", WordNamespace + "smartTag",
        WordNamespace + "customXml", WordNamespace + "fldSimple", WordNamespace + "sdtContent", WordNamespace + "dir", WordNamespace + "bdo",
    ];

    private readonly List<DocxTextSource> _sources;

    internal WordTextMap(EvidenceDocument document, List<DocxTextSource> sources)
    {
        Document = document;
        _sources = sources;
    }

    /// <summary>
    /// A map of every Word paragraph under <paramref name="root"/>, each made of its own <c>w:t</c> elements in document
    /// order, whichever branch, field or box they are in. It sees text the reader deliberately skips (the fallback copy
    /// Word keeps of every text box, for instance), so a redaction can reach data stored twice.
    /// </summary>
    internal static WordTextMap FromTextElements(XElement root, string path)
    {
        ArgumentNullException.ThrowIfNull(root);
        var builder = new EvidenceDocumentBuilder(path, InputFormat.Docx);
        var sources = new List<DocxTextSource>();
        foreach (var paragraph in root.DescendantsAndSelf(P))
        {
            var text = new SourcedText(trackSources: true);
            foreach (var element in paragraph.Descendants(T).Where(t => t.Ancestors(P).First() == paragraph))
            {
                text.Append(element.Value, element);
            }

            string raw = text.ToString();
            if (builder.AddParagraph(raw) is not { } added)
            {
                continue;
            }

            var origins = new List<int>(raw.Length);
            EvidenceDocumentBuilder.Normalise(raw, origins);
            while (sources.Count < added.Start)
            {
                sources.Add(default);
            }

            sources.AddRange(origins.Select(text.SourceAt));
        }

        return new WordTextMap(builder.Build(), sources);
    }

    /// <summary>The text and paragraphs, as <see cref="DocxReader"/> reads them.</summary>
    public EvidenceDocument Document { get; }

    /// <summary>Where the character at <paramref name="offset"/> came from.</summary>
    internal DocxTextSource this[int offset] => _sources[offset];

    /// <summary>The Word paragraph (<c>w:p</c>) holding the character at <paramref name="offset"/>, if any.</summary>
    public XElement? ParagraphAt(int offset) => _sources[offset].Element?.Ancestors(P).FirstOrDefault();

    /// <summary>
    /// Replaces each span with its text. The first character's run receives the replacement, so it keeps that run's
    /// formatting; the rest of the span is removed from whichever runs held it. Spans must not overlap.
    /// </summary>
    public void Replace(IEnumerable<TextEdit> edits)
    {
        ArgumentNullException.ThrowIfNull(edits);
        foreach (var edit in edits.OrderByDescending(e => e.Start))
        {
            ReplaceOne(edit.Start, edit.Length, edit.Replacement);
        }
    }

    /// <summary>
    /// Inserts elements at run boundaries: each marker at the start of the character at <see cref="WordTextMarker.Offset"/>,
    /// or, for an end marker, just after the character before it. A run is split where a boundary falls inside it; both
    /// halves keep its properties. Markers at the same offset are written ends first.
    /// </summary>
    public void Insert(IEnumerable<WordTextMarker> markers)
    {
        ArgumentNullException.ThrowIfNull(markers);
        foreach (var marker in markers.OrderByDescending(m => m.Offset).ThenByDescending(m => m.IsEnd))
        {
            InsertOne(marker);
        }
    }

    private void ReplaceOne(int start, int length, string replacement)
    {
        var chars = Enumerable.Range(start, length).Select(i => _sources[i]).Where(s => s.Element is not null).ToList();
        if (chars.Count == 0)
        {
            return;
        }

        var firstText = chars.FirstOrDefault(c => IsText(c.Element!));

        // Remove from the end so that offsets within an element stay valid while its earlier characters are removed.
        foreach (var group in chars.GroupBy(c => c.Element!).Reverse())
        {
            var element = group.Key;
            if (IsText(element))
            {
                int from = group.Min(c => c.Offset);
                int to = group.Max(c => c.Offset) + 1;
                SetText(element, element.Value.Remove(from, to - from));
            }
            else
            {
                element.Remove();
            }
        }

        if (firstText.Element is { } target)
        {
            SetText(target, target.Value.Insert(firstText.Offset, replacement));
        }
        else if (chars[0].Element!.Parent is { } run)
        {
            // A span of tabs and breaks only: the replacement gets a text element of its own in the first run.
            run.Add(new XElement(T, new XAttribute(Space, "preserve"), replacement));
        }
    }

    private void InsertOne(WordTextMarker marker)
    {
        var (node, before) = marker.IsEnd ? BoundaryAfter(marker.Offset - 1) : BoundaryBefore(marker.Offset);
        if (node is null)
        {
            return;
        }

        if (before)
        {
            node.AddBeforeSelf(marker.Elements);
        }
        else
        {
            node.AddAfterSelf(marker.Elements);
        }
    }

    private (XElement? Node, bool Before) BoundaryBefore(int offset)
    {
        // A span never starts on a separator, but a marker placed there belongs to the text after it.
        while (offset < _sources.Count - 1 && _sources[offset].Element is null)
        {
            offset++;
        }

        var source = _sources[offset];
        return source.Element is null ? (null, true) : Split(source.Element, source.Offset, preferAfter: false);
    }

    private (XElement? Node, bool Before) BoundaryAfter(int offset)
    {
        while (offset > 0 && _sources[offset].Element is null)
        {
            offset--;
        }

        var source = _sources[offset];
        if (source.Element is null)
        {
            return (null, false);
        }

        return Split(source.Element, IsText(source.Element) ? source.Offset + 1 : 1, preferAfter: true);
    }

    /// <summary>
    /// Makes a run boundary at <paramref name="offset"/> in <paramref name="element"/> and returns the node to insert in
    /// front of, or after, to stand exactly there.
    /// </summary>
    private static (XElement? Node, bool Before) Split(XElement element, int offset, bool preferAfter)
    {
        var run = element.Parent;
        if (run is null || run.Name != R || !IsRunContainer(run.Parent))
        {
            // An equation or other content that cannot be split: mark around the whole object.
            var outer = element.AncestorsAndSelf().FirstOrDefault(e => IsRunContainer(e.Parent));
            return outer is null ? (null, true) : (outer, !preferAfter);
        }

        if (element.Name == T && offset > 0 && offset < element.Value.Length)
        {
            string value = element.Value;
            var tail = new XElement(T, new XAttribute(Space, "preserve"), value[offset..]);
            SetText(element, value[..offset]);
            element.AddAfterSelf(tail);
            element = tail;
            offset = 0;
        }

        if (offset == 0)
        {
            // Boundary in front of the element.
            if (!element.ElementsBeforeSelf().Any(e => e.Name != RPr))
            {
                return (run, true);
            }

            return (MoveToNewRun(run, element), true);
        }

        // Boundary after the element.
        if (element.ElementsAfterSelf().FirstOrDefault() is { } next)
        {
            MoveToNewRun(run, next);
        }

        return (run, false);
    }

    /// <summary>Moves <paramref name="first"/> and what follows it into a new run after <paramref name="run"/>, with a copy of its properties.</summary>
    private static XElement MoveToNewRun(XElement run, XElement first)
    {
        var moved = new List<XNode> { first };
        moved.AddRange(first.NodesAfterSelf());
        var properties = run.Element(RPr);
        var tail = new XElement(R, run.Attributes(), properties is null ? null : new XElement(properties));
        foreach (var node in moved)
        {
            node.Remove();
        }

        tail.Add(moved);
        run.AddAfterSelf(tail);
        return tail;
    }

    private static bool IsRunContainer(XElement? element) => element is not null && RunContainers.Contains(element.Name);

    private static bool IsText(XElement element) => element.Name == T || element.Name == MathText;

    private static void SetText(XElement element, string value)
    {
        element.Value = value;
        if (element.Name == T)
        {
            // Without it Word drops the spaces at the ends of a run's text.
            element.SetAttributeValue(Space, "preserve");
        }
    }
}

/// <summary>Elements to insert at a run boundary of a <see cref="WordTextMap"/>.</summary>
/// <param name="offset">For a start marker, the first character it stands before; for an end marker, the offset just past the last character it follows.</param>
/// <param name="isEnd">True for an end marker.</param>
/// <param name="elements">What to insert, in order.</param>
public sealed class WordTextMarker(int offset, bool isEnd, IReadOnlyList<XElement> elements)
{
    /// <summary>Where the marker goes, as an offset into the map's text.</summary>
    public int Offset { get; } = offset;

    /// <summary>True for an end marker, which follows the character before <see cref="Offset"/>.</summary>
    public bool IsEnd { get; } = isEnd;

    /// <summary>What to insert, in order.</summary>
    public IReadOnlyList<XElement> Elements { get; } = elements ?? throw new ArgumentNullException(nameof(elements));
}

/// <summary>A change to a span of a document's text: <paramref name="length"/> characters from <paramref name="start"/> become <paramref name="replacement"/>.</summary>
/// <param name="start">The offset of the first character replaced, in the text the rules see.</param>
/// <param name="length">How many characters are replaced.</param>
/// <param name="replacement">The new text.</param>
public readonly struct TextEdit(int start, int length, string replacement)
{
    /// <summary>The offset of the first character replaced.</summary>
    public int Start { get; } = start;

    /// <summary>How many characters are replaced.</summary>
    public int Length { get; } = length;

    /// <summary>The new text.</summary>
    public string Replacement { get; } = replacement ?? throw new ArgumentNullException(nameof(replacement));
}
