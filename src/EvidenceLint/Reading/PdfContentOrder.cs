using UglyToad.PdfPig.Content;
using UglyToad.PdfPig.DocumentLayoutAnalysis;

namespace EvidenceLint.Reading;

/// <summary>
/// Reads the lines of a page straight from the order its letters are stored in, when that order is plainly the reading
/// order: one column of horizontal text, each line left to right, the lines top to bottom. A word processor exporting an
/// account writes its pages this way, and reading them so costs one pass over the letters instead of a layout analysis.
/// Any sign of another arrangement (a line stored above the one before it, text going back along a line, a wide gap
/// between two runs of text as in a table row or beside a second column, rotated text) gives up, and the caller
/// analyses the page's layout instead.
/// </summary>
internal static class PdfContentOrder
{
    // Letters whose baselines differ by less than this share a line (a superscript sits about a third of the size higher).
    private const double SameLineFactor = 0.5;

    // A gap wider than this many font sizes does not occur between the words of a sentence, even a justified one.
    private const double WideGapFactor = 1.5;

    /// <returns>The page's lines top to bottom, or null when the stored order is not plainly the reading order.</returns>
    public static List<PdfTextLine>? Lines(IReadOnlyList<Letter> letters)
    {
        var lines = new List<PdfTextLine>();
        var words = new List<Word>();
        var word = new List<Letter>();
        Letter? previous = null;
        double baseline = 0;
        bool space = false;

        foreach (var letter in letters)
        {
            if (letter.TextOrientation != TextOrientation.Horizontal)
            {
                return null;
            }

            if (string.IsNullOrWhiteSpace(letter.Value))
            {
                space = previous is not null;
                continue;
            }

            if (previous is not null)
            {
                double size = Size(previous, letter);
                double rise = letter.StartBaseLine.Y - baseline;
                if (Math.Abs(rise) < size * SameLineFactor)
                {
                    double gap = letter.StartBaseLine.X - previous.EndBaseLine.X;
                    if (gap < -size * 0.2)
                    {
                        // Back along the line: overprinted text, or runs stored out of order.
                        return null;
                    }

                    if (gap > size * WideGapFactor && !(words.Count == 0 && IsMarker(word)))
                    {
                        // Table cells or a second column beside this one; after a list's bullet it is the hanging indent.
                        return null;
                    }

                    if (space || gap > WordGap(previous, letter))
                    {
                        EndWord(word, words);
                    }
                }
                else if (rise < 0)
                {
                    EndWord(word, words);
                    EndLine(words, lines);
                    baseline = letter.StartBaseLine.Y;
                }
                else
                {
                    // Up the page: a second column, a header written last, or text placed in no particular order.
                    return null;
                }
            }
            else
            {
                baseline = letter.StartBaseLine.Y;
            }

            word.Add(letter);
            previous = letter;
            space = false;
        }

        EndWord(word, words);
        EndLine(words, lines);
        return lines;
    }

    // The nearest-neighbour extractor's own threshold, so both ways of reading a page split words alike.
    private static double WordGap(Letter a, Letter b) =>
        Math.Max(Math.Max(Math.Max(a.BoundingBox.Width, b.BoundingBox.Width), Math.Max(a.Width, b.Width)), Math.Max(a.PointSize, b.PointSize)) * 0.2;

    private static double Size(Letter a, Letter b)
    {
        double size = Math.Max(Math.Max(a.PointSize, b.PointSize), Math.Max(a.BoundingBox.Height, b.BoundingBox.Height));
        return size > 0 ? size : 10;
    }

    private static bool IsMarker(List<Letter> word) =>
        word.Count is > 0 and <= 4 && PdfLayout.MarkerOnly().IsMatch(string.Concat(word.Select(l => l.Value)));

    private static void EndWord(List<Letter> word, List<Word> words)
    {
        if (word.Count > 0)
        {
            words.Add(new Word(word.ToArray()));
            word.Clear();
        }
    }

    private static void EndLine(List<Word> words, List<PdfTextLine> lines)
    {
        if (words.Count == 0)
        {
            return;
        }

        var line = new TextLine(words.ToArray());
        var text = PdfLayout.JoinWords(line);
        if (text.Length > 0)
        {
            lines.Add(new PdfTextLine(text, line.BoundingBox, PdfLayout.MedianSize(line), PdfLayout.IsBold(line)));
        }

        words.Clear();
    }
}
