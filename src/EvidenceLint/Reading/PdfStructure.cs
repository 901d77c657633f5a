using System.Text.RegularExpressions;

namespace EvidenceLint.Reading;

/// <summary>
/// Recovers the structure a PDF flattens away: headings are short lines set larger than the body text, or in bold at
/// body size; list items start with a bullet or a number. The body size is the size most of the text is set in.
/// </summary>
internal sealed partial class PdfStructure
{
    private const int MaxHeadingWords = 15;

    private const int MaxLongHeadingWords = 50;

    private readonly double _bodySize;
    private readonly List<double> _headingSizes;

    private PdfStructure(double bodySize, List<double> headingSizes)
    {
        _bodySize = bodySize;
        _headingSizes = headingSizes;
    }

    public static PdfStructure Infer(IReadOnlyList<PdfParagraph> paragraphs)
    {
        double body = paragraphs
            .Where(p => p.Size > 0)
            .GroupBy(p => p.Size)
            .OrderByDescending(g => g.Sum(p => p.Text.Length))
            .Select(g => g.Key)
            .FirstOrDefault();
        var structure = new PdfStructure(body, []);
        var larger = paragraphs.Where(structure.LooksLikeHeading).Select(p => p.Size).Where(s => s > body + 0.5).Distinct().OrderDescending().ToList();
        return new PdfStructure(body, larger);
    }

    /// <summary>Joins a heading that wrapped onto a second line and was read as two paragraphs.</summary>
    public List<PdfParagraph> JoinWrappedHeadings(List<PdfParagraph> paragraphs)
    {
        var result = new List<PdfParagraph>(paragraphs.Count);
        foreach (var paragraph in paragraphs)
        {
            if (result.Count > 0 && result[^1] is var previous
                && previous.Page == paragraph.Page
                && Math.Abs(previous.Size - paragraph.Size) < 0.5
                && paragraph.Text.Length > 0 && char.IsLower(paragraph.Text[0])
                && LooksLikeHeading(previous) && LooksLikeHeading(paragraph)
                && LooksLikeHeading(previous with { Text = previous.Text + " " + paragraph.Text, Lines = previous.Lines + paragraph.Lines }))
            {
                result[^1] = previous with { Text = previous.Text + " " + paragraph.Text, Lines = previous.Lines + paragraph.Lines };
                continue;
            }

            result.Add(paragraph);
        }

        return result;
    }

    public (ParagraphKind Kind, int Level, string Text) Classify(PdfParagraph paragraph)
    {
        if (LooksLikeHeading(paragraph))
        {
            int rank = _headingSizes.IndexOf(paragraph.Size);
            return (ParagraphKind.Heading, rank >= 0 ? Math.Min(rank + 1, 6) : _headingSizes.Count + 1, paragraph.Text);
        }

        var bullet = Bullet().Match(paragraph.Text);
        return bullet.Success
            ? (ParagraphKind.ListItem, 0, paragraph.Text[bullet.Length..])
            : (ParagraphKind.Body, 0, paragraph.Text);
    }

    private bool LooksLikeHeading(PdfParagraph paragraph)
    {
        if (_bodySize <= 0 || paragraph.Size <= 0)
        {
            return false;
        }

        string text = paragraph.Text.TrimEnd();
        int words = text.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length;

        // Larger, bold type throughout is a heading style even when the heading is a sentence: learners paste a
        // marking point or a question as a heading and answer it underneath. Running text is never set that way.
        if (paragraph.Bold && paragraph.Size >= _bodySize + 1 && paragraph.Lines <= 6 && words <= MaxLongHeadingWords && !Bullet().IsMatch(text))
        {
            return true;
        }

        if (paragraph.Lines > 2)
        {
            return false;
        }

        if (words == 0 || words > MaxHeadingWords || text.EndsWith('.') || text.EndsWith(',') || (Bullet().IsMatch(text) && !NumberedHeading(paragraph, text)))
        {
            return false;
        }

        return paragraph.Size >= _bodySize + 1 || (paragraph.Bold && paragraph.Size >= _bodySize - 0.5 && words <= 12);
    }

    /// <summary>A numbered section heading ("3. Objectives") is set larger than the body or in bold; a list item is not.</summary>
    private bool NumberedHeading(PdfParagraph paragraph, string text) =>
        char.IsDigit(text[0]) && (paragraph.Size >= _bodySize + 1 || (paragraph.Bold && paragraph.Size >= _bodySize - 0.5));

    // "• ", "◦ ", "▪ ", "– ", "* ", "1. ", "2) ", "a) ". Word sets bullets in the Symbol or Wingdings font, whose glyphs
    // come out of a PDF as private-use characters (U+F0B7 is Symbol's bullet, U+F0A7 Wingdings' square).
    [GeneratedRegex(@"^(?:[\u2022\u25E6\u25AA\u25AB\u25A0\u25A1\u25CF\u2023\u2043\u2013\u27A2\uF0B7\uF0A7\uF0D8\uF076\uF0FC*]|\(?(?:[0-9]{1,2}|[a-z])[.)])\s+", RegexOptions.CultureInvariant, 1000)]
    private static partial Regex Bullet();
}
