using System.Text;
using System.Text.RegularExpressions;
using UglyToad.PdfPig.Content;
using UglyToad.PdfPig.Core;
using UglyToad.PdfPig.DocumentLayoutAnalysis;
using UglyToad.PdfPig.DocumentLayoutAnalysis.PageSegmenter;
using UglyToad.PdfPig.DocumentLayoutAnalysis.ReadingOrderDetector;
using UglyToad.PdfPig.DocumentLayoutAnalysis.WordExtractor;

namespace EvidenceLint.Reading;

/// <summary>One line of text on a PDF page with where it sits.</summary>
/// <param name="Text">The words of the line joined by single spaces.</param>
/// <param name="Box">Its bounding box in page space (y grows upwards).</param>
/// <param name="Size">The median font size of its letters, in points.</param>
/// <param name="Bold">True when nearly all its letters are set in a bold face.</param>
internal sealed record PdfTextLine(string Text, PdfRectangle Box, double Size = 0, bool Bold = false);

/// <summary>The lines of one page, grouped into blocks that are already in reading order.</summary>
/// <param name="Number">The one-based page number.</param>
/// <param name="Blocks">Blocks in reading order; each block's lines top to bottom.</param>
internal sealed record PdfPageText(int Number, List<List<PdfTextLine>> Blocks)
{
    public IEnumerable<PdfTextLine> Lines => Blocks.SelectMany(b => b);
}

/// <summary>A paragraph rebuilt from the lines of a page, with the type it is set in (to tell headings from body text).</summary>
internal sealed record PdfParagraph(string Text, int Page, double Size = 0, bool Bold = false, int Lines = 1);

/// <summary>
/// Turns PdfPig's letters into paragraphs. A page stored as one column in reading order (what a word processor
/// exports) is read straight from its letters; any other page gets PdfPig's layout analysis, so two-column papers are
/// read column by column. Then running headers and footers are dropped and lines are joined into paragraphs using the
/// vertical gaps and indentation a reader would see.
/// </summary>
internal static partial class PdfLayout
{
    // A gap this much bigger than the page's usual line pitch is a paragraph break rather than a line break.
    private const double ParagraphGapFactor = 1.4;

    private static readonly DocstrumBoundingBoxes Segmenter = new(new DocstrumBoundingBoxes.DocstrumBoundingBoxesOptions
    {
        // Readers already run off the request thread; one page at a time keeps a batch run from oversubscribing.
        MaxDegreeOfParallelism = 1,
    });

    private static readonly NearestNeighbourWordExtractor WordExtractor = new(new NearestNeighbourWordExtractor.NearestNeighbourWordExtractorOptions
    {
        MaxDegreeOfParallelism = 1,
    });

    /// <summary>Extracts the lines of a page, grouped into blocks in reading order.</summary>
    /// <param name="page">The page.</param>
    /// <param name="trustStoredOrder">False to analyse the layout even when the letters are stored in reading order.</param>
    public static PdfPageText ReadPage(Page page, bool trustStoredOrder = true)
    {
        var letters = page.Letters;
        var blocks = new List<List<PdfTextLine>>();
        if (letters.Count == 0)
        {
            return new PdfPageText(page.Number, blocks);
        }

        // Most accounts are exported from a word processor as one column of text written top to bottom, which is the
        // order its letters are stored in. Such a page is read straight from that order; only a page stored in any
        // other order (columns, tables, text boxes, headers written last) pays for the full layout analysis.
        if (trustStoredOrder && PdfContentOrder.Lines(letters) is { } inOrder)
        {
            blocks.AddRange(SplitAtGaps(inOrder));
            AttachListMarkers(blocks);
            return new PdfPageText(page.Number, blocks);
        }

        var words = WordExtractor.GetWords(letters).Where(w => !string.IsNullOrWhiteSpace(w.Text)).ToList();
        if (words.Count == 0)
        {
            return new PdfPageText(page.Number, blocks);
        }

        var segments = Segmenter.GetBlocks(words);
        var ordered = UnsupervisedReadingOrderDetector.Instance.Get(segments).OrderBy(b => b.ReadingOrder);
        foreach (var block in ordered)
        {
            var lines = block.TextLines
                .Select(l => new PdfTextLine(JoinWords(l), l.BoundingBox, MedianSize(l), IsBold(l)))
                .Where(l => l.Text.Length > 0)
                .ToList();

            // Docstrum does not promise an order inside a block; horizontal text reads top to bottom.
            if (block.TextOrientation == TextOrientation.Horizontal)
            {
                lines.Sort((a, b) => b.Box.Bottom.CompareTo(a.Box.Bottom));
            }

            if (lines.Count > 0)
            {
                blocks.Add(lines);
            }
        }

        AttachListMarkers(blocks);
        return new PdfPageText(page.Number, blocks);
    }

    /// <summary>
    /// Splits one column's lines into blocks where a clear vertical gap parts them, as layout analysis would: a paragraph
    /// is then measured against its own edges, and a page's header and footer never join the text between them.
    /// </summary>
    private static IEnumerable<List<PdfTextLine>> SplitAtGaps(List<PdfTextLine> lines)
    {
        double pitch = TypicalPitch([lines]);
        var block = new List<PdfTextLine>();
        foreach (var line in lines)
        {
            if (block.Count > 0)
            {
                double gap = block[^1].Box.Bottom - line.Box.Bottom;
                double height = Math.Max(Math.Max(block[^1].Box.Height, line.Box.Height), 1);
                if (IsParagraphGap(block[^1], line, pitch) || gap > height * 3)
                {
                    yield return block;
                    block = [];
                }
            }

            block.Add(line);
        }

        if (block.Count > 0)
        {
            yield return block;
        }
    }

    /// <summary>
    /// Word processors set a list's bullets and numbers in a column of their own, which layout analysis reads as a
    /// separate block ("•", "•", "•" and then the items run together). Each line that is only a marker is put back at
    /// the start of the line it sits beside, so each item starts a paragraph and reads as a list item.
    /// </summary>
    private static void AttachListMarkers(List<List<PdfTextLine>> blocks)
    {
        var markers = blocks.SelectMany(b => b).Where(l => MarkerOnly().IsMatch(l.Text)).ToList();
        if (markers.Count == 0)
        {
            return;
        }

        var removed = new HashSet<PdfTextLine>(ReferenceEqualityComparer.Instance);
        foreach (var marker in markers)
        {
            double tolerance = Math.Max(marker.Box.Height, 1) * 0.5;
            (int Block, int Line)? target = null;
            double nearest = double.MaxValue;
            for (int b = 0; b < blocks.Count; b++)
            {
                for (int i = 0; i < blocks[b].Count; i++)
                {
                    var line = blocks[b][i];
                    double distance = line.Box.Left - marker.Box.Right;
                    if (!ReferenceEquals(line, marker) && !removed.Contains(line) && !MarkerOnly().IsMatch(line.Text)
                        && Math.Abs(line.Box.Bottom - marker.Box.Bottom) <= tolerance && distance >= -0.5 && distance < nearest)
                    {
                        nearest = distance;
                        target = (b, i);
                    }
                }
            }

            if (target is { } t)
            {
                var line = blocks[t.Block][t.Line];
                var box = new PdfRectangle(marker.Box.Left, Math.Min(marker.Box.Bottom, line.Box.Bottom), line.Box.Right, Math.Max(marker.Box.Top, line.Box.Top));
                blocks[t.Block][t.Line] = line with { Text = marker.Text + " " + line.Text, Box = box };
                removed.Add(marker);
            }
        }

        foreach (var block in blocks)
        {
            block.RemoveAll(removed.Contains);
        }

        blocks.RemoveAll(b => b.Count == 0);
    }

    /// <summary>
    /// Removes running headers and footers: lines at the top or bottom of a page whose text (digits ignored)
    /// repeats there on at least two pages and at least half of them, and bare page numbers.
    /// </summary>
    public static void RemoveRunningLines(IReadOnlyList<PdfPageText> pages)
    {
        const int edgeLines = 2;
        var edges = new Dictionary<PdfPageText, HashSet<PdfTextLine>>();
        var pagesWithKey = new Dictionary<string, HashSet<int>>(StringComparer.Ordinal);
        foreach (var page in pages)
        {
            var byHeight = page.Lines.OrderByDescending(l => l.Box.Top).ToList();
            var edge = new HashSet<PdfTextLine>(byHeight.Take(edgeLines).Concat(byHeight.TakeLast(edgeLines)), ReferenceEqualityComparer.Instance);
            edges[page] = edge;
            foreach (var line in edge)
            {
                string key = RunningKey(line.Text);
                if (!pagesWithKey.TryGetValue(key, out var seen))
                {
                    pagesWithKey[key] = seen = [];
                }

                seen.Add(page.Number);
            }
        }

        foreach (var page in pages)
        {
            var edge = edges[page];
            foreach (var block in page.Blocks)
            {
                block.RemoveAll(line => edge.Contains(line) && (IsPageNumber(line.Text) || IsRepeated(line.Text)));
            }

            page.Blocks.RemoveAll(b => b.Count == 0);
        }

        bool IsRepeated(string text)
        {
            int count = pagesWithKey[RunningKey(text)].Count;
            return count >= 2 && count * 2 >= pages.Count;
        }
    }

    /// <summary>Joins lines into paragraphs, page by page, mending words hyphenated across line ends.</summary>
    public static IEnumerable<PdfParagraph> Paragraphs(PdfPageText page)
    {
        double pitch = TypicalPitch(page.Blocks);
        var text = new StringBuilder();
        var lines = new List<PdfTextLine>();
        foreach (var block in page.Blocks)
        {
            double left = block.Min(l => l.Box.Left);
            double right = block.Max(l => l.Box.Right);
            PdfTextLine? previous = null;
            foreach (var line in block)
            {
                if (previous is not null && (StartsParagraph(previous, line, left, pitch) || EndedShort(previous, line, right)) && text.Length > 0)
                {
                    yield return Paragraph(text, page.Number, lines);
                }

                Append(text, line.Text);
                lines.Add(line);
                previous = line;
            }

            // Layout analysis puts paragraphs separated by a clear gap into separate blocks.
            if (text.Length > 0)
            {
                yield return Paragraph(text, page.Number, lines);
            }
        }
    }

    /// <summary>
    /// Mends paragraphs a page break cut in two: the last paragraph of a page that stops mid-sentence continues in the
    /// first paragraph of the next page when that starts in lower case. The paragraph keeps its first page.
    /// </summary>
    public static IEnumerable<PdfParagraph> JoinAcrossPages(IReadOnlyList<List<PdfParagraph>> pages)
    {
        PdfParagraph? carried = null;
        foreach (var page in pages)
        {
            for (int i = 0; i < page.Count; i++)
            {
                var paragraph = page[i];
                if (carried is not null)
                {
                    if (i == 0 && ContinuesOnNextPage(carried, paragraph))
                    {
                        var joined = new StringBuilder(carried.Text);
                        Append(joined, paragraph.Text);
                        paragraph = carried with { Text = joined.ToString(), Lines = carried.Lines + paragraph.Lines };
                    }
                    else
                    {
                        yield return carried;
                    }

                    carried = null;
                }

                bool last = i == page.Count - 1;
                if (last && !EndsSentence(paragraph.Text))
                {
                    carried = paragraph;
                }
                else
                {
                    yield return paragraph;
                }
            }
        }

        if (carried is not null)
        {
            yield return carried;
        }
    }

    /// <summary>
    /// Whether <paramref name="next"/>, first on its page, carries on a paragraph the page break cut: it starts in lower
    /// case, or the cut paragraph ran over more than one line (so it is running text, not a heading or a list item
    /// without a full stop) and the next starts as anything but a new list item — a sentence broken before "SCS.3" or
    /// "GDPR" goes on in capitals. Both are set in the same type.
    /// </summary>
    private static bool ContinuesOnNextPage(PdfParagraph carried, PdfParagraph next)
    {
        if (next.Text.Length == 0 || Math.Abs(carried.Size - next.Size) >= 0.5 || carried.Bold != next.Bold)
        {
            return false;
        }

        return char.IsLower(next.Text[0]) || (carried.Lines > 1 && !ListMarker().IsMatch(next.Text));
    }

    private static bool EndsSentence(string text)
    {
        string trimmed = text.TrimEnd();
        return trimmed.Length == 0 || trimmed[^1] is '.' or '!' or '?' or ':' or '"' or '\u201D' or ')' or ';';
    }

    private static PdfParagraph Paragraph(StringBuilder text, int page, List<PdfTextLine> lines)
    {
        var paragraph = new PdfParagraph(text.ToString(), page, lines.Max(l => l.Size), lines.All(l => l.Bold), lines.Count);
        text.Clear();
        lines.Clear();
        return paragraph;
    }

    internal static double MedianSize(TextLine line)
    {
        var sizes = line.Words.SelectMany(w => w.Letters).Select(l => l.PointSize).Where(s => s > 0).Order().ToList();
        return sizes.Count == 0 ? 0 : Math.Round(sizes[sizes.Count / 2], 1);
    }

    internal static bool IsBold(TextLine line)
    {
        int letters = 0, bold = 0;
        foreach (var letter in line.Words.SelectMany(w => w.Letters))
        {
            letters++;
            string font = letter.FontName ?? string.Empty;
            if (font.Contains("Bold", StringComparison.OrdinalIgnoreCase) || font.Contains("Black", StringComparison.OrdinalIgnoreCase) || font.Contains("Heavy", StringComparison.OrdinalIgnoreCase))
            {
                bold++;
            }
        }

        return letters > 0 && bold >= letters * 0.9;
    }

    /// <summary>Appends a line to a paragraph, joining "evi-" + "dence" when a word was split at the line end.</summary>
    internal static void Append(StringBuilder paragraph, string line)
    {
        if (paragraph.Length == 0)
        {
            paragraph.Append(line);
            return;
        }

        int last = paragraph.Length - 1;
        bool hyphenated = paragraph[last] is '-' or '\u2010' or '\u00AD'
            && last > 0 && char.IsLetter(paragraph[last - 1])
            && line.Length > 0 && char.IsLower(line[0]);
        if (hyphenated)
        {
            paragraph.Length = last;
            paragraph.Append(line);
        }
        else
        {
            paragraph.Append(' ').Append(line);
        }
    }

    private static bool StartsParagraph(PdfTextLine previous, PdfTextLine line, double blockLeft, double pitch)
    {
        double height = Math.Max(line.Box.Height, 1);
        double gap = previous.Box.Bottom - line.Box.Bottom;

        // A change of type between whole lines is a heading meeting its body text: word processors often leave less
        // space after a heading than between paragraphs, so the gap alone does not show it.
        if (previous.Size > 0 && line.Size > 0 && (Math.Abs(previous.Size - line.Size) >= 0.5 || previous.Bold != line.Bold))
        {
            return true;
        }

        // Each bullet or number starts a list item, however little space the list leaves between its items.
        if (ListMarker().IsMatch(line.Text))
        {
            return true;
        }

        if (IsParagraphGap(previous, line, pitch))
        {
            return true;
        }

        // A first-line indent: this line starts clearly right of the block's edge while the one before did not. Under
        // a bullet or number the indented line is the item's hanging indent: its text lines up after the marker.
        double indent = line.Box.Left - blockLeft;
        double previousIndent = previous.Box.Left - blockLeft;
        return indent > height * 0.8 && previousIndent < height * 0.3 && !ListMarker().IsMatch(previous.Text);
    }

    /// <summary>Whether the space above <paramref name="line"/> is clearly more than a line break's.</summary>
    private static bool IsParagraphGap(PdfTextLine previous, PdfTextLine line, double pitch)
    {
        // A heading set larger than the body has a larger line pitch of its own; its second line is not a new paragraph.
        double ownPitch = Math.Abs(previous.Size - line.Size) < 0.5 && line.Size > 0 ? Math.Max(pitch, line.Size * 1.35) : pitch;
        return ownPitch > 0 && previous.Box.Bottom - line.Box.Bottom > ownPitch * ParagraphGapFactor;
    }

    /// <summary>
    /// True when <paramref name="previous"/> ends a paragraph that has no space after it (transcript turns, table cells,
    /// diary lines): it ends a sentence, yet the first word of the next line would have fitted after it, so the writer
    /// broke the line rather than the word processor wrapping it.
    /// </summary>
    private static bool EndedShort(PdfTextLine previous, PdfTextLine line, double blockRight)
    {
        string before = previous.Text.TrimEnd();
        if (before.Length == 0 || line.Text.Length == 0 || !EndsSentence(before) || !char.IsUpper(line.Text.TrimStart()[0]))
        {
            return false;
        }

        double charWidth = line.Box.Width / Math.Max(line.Text.Length, 1);
        int firstWord = line.Text.TrimStart().Split(' ')[0].Length;

        // One character of slack on each side for the estimate of the word's width.
        return blockRight - previous.Box.Right > (firstWord + 3) * charWidth;
    }

    /// <summary>The usual distance between consecutive baselines on the page, or 0 when it cannot be told.</summary>
    private static double TypicalPitch(IEnumerable<List<PdfTextLine>> blocks)
    {
        var pitches = new List<double>();
        foreach (var block in blocks)
        {
            for (int i = 1; i < block.Count; i++)
            {
                double d = block[i - 1].Box.Bottom - block[i].Box.Bottom;
                if (d > 0)
                {
                    pitches.Add(d);
                }
            }
        }

        if (pitches.Count == 0)
        {
            return 0;
        }

        // The line pitch is the smallest distance that recurs: on a page of short paragraphs with space between them,
        // the distances between paragraphs outnumber those between wrapped lines, and the median would be the former.
        var recurring = pitches
            .GroupBy(p => Math.Round(p * 2) / 2)
            .Where(g => g.Count() >= 2)
            .OrderBy(g => g.Key)
            .FirstOrDefault();
        if (recurring is not null)
        {
            return recurring.Average();
        }

        pitches.Sort();
        return pitches[pitches.Count / 2];
    }

    internal static string JoinWords(TextLine line) =>
        EvidenceDocumentBuilder.Normalise(string.Join(' ', line.Words.Select(w => w.Text)));

    private static string RunningKey(string text) => Digits().Replace(EvidenceDocumentBuilder.Normalise(text).ToLowerInvariant(), "#");

    private static bool IsPageNumber(string text) => PageNumber().IsMatch(text.Trim());

    // The markers PdfStructure reads as list items: "• ", "◦ ", "▪ ", "– ", "* ", "1. ", "2) ", "a) ".
    [GeneratedRegex(@"^(?:[\u2022\u25E6\u25AA\u25AB\u25A0\u25A1\u25CF\u2023\u2043\u2013\u27A2\uF0B7\uF0A7\uF0D8\uF076\uF0FC*]|\(?(?:[0-9]{1,2}|[a-z])[.)])\s+", RegexOptions.CultureInvariant, 1000)]
    private static partial Regex ListMarker();

    // A line holding nothing but a list marker: "•", "1.", "(a)", "2)".
    [GeneratedRegex(@"^(?:[\u2022\u25E6\u25AA\u25AB\u25A0\u25A1\u25CF\u2023\u2043\u2013\u27A2\uF0B7\uF0A7\uF0D8\uF076\uF0FC*]|\(?(?:[0-9]{1,2}|[a-z])[.)])$", RegexOptions.CultureInvariant, 1000)]
    internal static partial Regex MarkerOnly();

    [GeneratedRegex(@"\d+")]
    private static partial Regex Digits();

    [GeneratedRegex(@"^(?:(?:page|p\.)\s*)?[-–—]?\s*\d{1,4}\s*[-–—]?(?:\s*(?:of|/)\s*\d{1,4})?$", RegexOptions.IgnoreCase)]
    private static partial Regex PageNumber();
}
