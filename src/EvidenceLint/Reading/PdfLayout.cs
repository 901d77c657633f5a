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
internal sealed record PdfTextLine(string Text, PdfRectangle Box);

/// <summary>The lines of one page, grouped into blocks that are already in reading order.</summary>
/// <param name="Number">The one-based page number.</param>
/// <param name="Blocks">Blocks in reading order; each block's lines top to bottom.</param>
internal sealed record PdfPageText(int Number, List<List<PdfTextLine>> Blocks)
{
    public IEnumerable<PdfTextLine> Lines => Blocks.SelectMany(b => b);
}

/// <summary>A paragraph rebuilt from the lines of a page.</summary>
internal sealed record PdfParagraph(string Text, int Page);

/// <summary>
/// Turns PdfPig's letters into paragraphs: words, lines and blocks come from PdfPig's layout analysis
/// (so two-column papers are read column by column), then running headers and footers are dropped and lines
/// are joined into paragraphs using the vertical gaps and indentation a reader would see.
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
    public static PdfPageText ReadPage(Page page)
    {
        var letters = page.Letters;
        var blocks = new List<List<PdfTextLine>>();
        if (letters.Count == 0)
        {
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
                .Select(l => new PdfTextLine(JoinWords(l), l.BoundingBox))
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

        return new PdfPageText(page.Number, blocks);
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
        double pitch = TypicalPitch(page);
        var text = new StringBuilder();
        foreach (var block in page.Blocks)
        {
            double left = block.Min(l => l.Box.Left);
            PdfTextLine? previous = null;
            foreach (var line in block)
            {
                if (previous is not null && StartsParagraph(previous, line, left, pitch) && text.Length > 0)
                {
                    yield return new PdfParagraph(text.ToString(), page.Number);
                    text.Clear();
                }

                Append(text, line.Text);
                previous = line;
            }

            // Layout analysis puts paragraphs separated by a clear gap into separate blocks.
            if (text.Length > 0)
            {
                yield return new PdfParagraph(text.ToString(), page.Number);
                text.Clear();
            }
        }
    }

    /// <summary>
    /// True when the last paragraph of a page stops mid-sentence (no closing punctuation) and the first of the next page
    /// starts in lower case: one paragraph broken by the page, not two.
    /// </summary>
    internal static bool ContinuesOnNextPage(string previous, string next)
    {
        string end = previous.TrimEnd();
        return end.Length > 0 && next.Length > 0 && char.IsLower(next[0])
            && (char.IsLetterOrDigit(end[^1]) || end[^1] is ',' or ';' or '-' or '\u2013');
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
        if (pitch > 0 && gap > pitch * ParagraphGapFactor)
        {
            return true;
        }

        // A first-line indent: this line starts clearly right of the block's edge while the one before did not.
        double indent = line.Box.Left - blockLeft;
        double previousIndent = previous.Box.Left - blockLeft;
        return indent > height * 0.8 && previousIndent < height * 0.3;
    }

    /// <summary>The usual distance between consecutive baselines on the page, or 0 when it cannot be told.</summary>
    private static double TypicalPitch(PdfPageText page)
    {
        var pitches = new List<double>();
        foreach (var block in page.Blocks)
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

        pitches.Sort();
        return pitches[pitches.Count / 2];
    }

    private static string JoinWords(TextLine line) =>
        EvidenceDocumentBuilder.Normalise(string.Join(' ', line.Words.Select(w => w.Text)));

    private static string RunningKey(string text) => Digits().Replace(EvidenceDocumentBuilder.Normalise(text).ToLowerInvariant(), "#");

    private static bool IsPageNumber(string text) => PageNumber().IsMatch(text.Trim());

    [GeneratedRegex(@"\d+")]
    private static partial Regex Digits();

    [GeneratedRegex(@"^(?:(?:page|p\.)\s*)?[-–—]?\s*\d{1,4}\s*[-–—]?(?:\s*(?:of|/)\s*\d{1,4})?$", RegexOptions.IgnoreCase)]
    private static partial Regex PageNumber();
}
