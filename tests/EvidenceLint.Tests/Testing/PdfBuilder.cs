using System.Text;
using EvidenceLint.Reading;
using UglyToad.PdfPig.Core;
using UglyToad.PdfPig.Fonts.Standard14Fonts;
using UglyToad.PdfPig.Writer;

namespace EvidenceLint.Tests.Testing;

/// <summary>
/// Renders an account to a real PDF the way a word processor would lay it out, so readers can be tested
/// against files whose words are known: headings in larger bold type, body text word-wrapped at about
/// 80 characters, a blank line between paragraphs, new pages as needed.
/// </summary>
public static class PdfBuilder
{
    private const double PageWidth = 595;
    private const double PageHeight = 842;
    private const double Margin = 56;
    private const double BodySize = 11;
    // About 80 characters of body text: lines are filled by width, as a word processor fills them.
    private const double LineWidth = 440;

    /// <summary>
    /// Renders Markdown to PDF. The Markdown is read with <see cref="PlainTextReader"/> first, so the PDF holds
    /// exactly the words that reader sees (markup stripped), after <see cref="Printable"/>.
    /// </summary>
    public static byte[] FromMarkdown(string markdown)
    {
        ArgumentNullException.ThrowIfNull(markdown);
        var source = new PlainTextReader(InputFormat.Markdown).ReadString(markdown, "account.md");

        using var builder = new PdfDocumentBuilder();
        var regular = builder.AddStandard14Font(Standard14Font.Helvetica);
        var bold = builder.AddStandard14Font(Standard14Font.HelveticaBold);
        var page = builder.AddPage(PageWidth, PageHeight);
        double y = PageHeight - Margin;

        foreach (var paragraph in source.Paragraphs)
        {
            // Word and other writers print a bullet glyph before each list item; the reader takes it off again.
            string text = (paragraph.Kind == ParagraphKind.ListItem ? "\u2022 " : string.Empty) + Printable(source.GetText(paragraph));
            bool heading = paragraph.IsHeading;
            double size = heading ? Math.Max(BodySize + 1, 20 - (2 * paragraph.HeadingLevel)) : BodySize;
            double pitch = size * 1.3;
            var font = heading ? bold : regular;
            foreach (string line in Wrap(text, candidate => Width(page, candidate, size, font)))
            {
                if (y - pitch < Margin)
                {
                    page = builder.AddPage(PageWidth, PageHeight);
                    y = PageHeight - Margin;
                }

                y -= pitch;
                page.AddText(line, size, new PdfPoint(Margin, y), heading ? bold : regular);
            }

            // The blank line a reader sees between paragraphs.
            y -= BodySize * 1.3;
        }

        return builder.Build();
    }

    /// <summary>
    /// Maps characters the standard 14 fonts cannot show (they are limited to a Latin character set) to close
    /// equivalents. Tests compare against text passed through this too.
    /// </summary>
    public static string Printable(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var sb = new StringBuilder(text.Length);
        foreach (char c in text)
        {
            sb.Append(c switch
            {
                '\u2018' or '\u2019' or '\u201B' => "'",
                '\u201C' or '\u201D' => "\"",
                '\u2013' or '\u2014' or '\u2212' => "-",
                '\u2026' => "...",
                '\u00A0' => " ",
                '£' => "GBP",
                '€' => "EUR",
                _ when c < 0x7F => c.ToString(),
                _ => "?",
            });
        }

        return sb.ToString();
    }

    private static double Width(PdfPageBuilder page, string text, double size, PdfDocumentBuilder.AddedFont font)
    {
        var letters = page.MeasureText(text, size, new PdfPoint(0, 0), font);
        return letters.Count == 0 ? 0 : letters[^1].EndBaseLine.X - letters[0].StartBaseLine.X;
    }

    /// <summary>
    /// Fills each line with as many words as fit in <see cref="LineWidth"/>, wrapping at spaces only, never at hyphens,
    /// so a compound word is never split across lines and a line is short only where a paragraph ends.
    /// </summary>
    private static IEnumerable<string> Wrap(string text, Func<string, double> width)
    {
        var line = new StringBuilder();
        foreach (string word in text.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            if (line.Length > 0 && width(line + " " + word) > LineWidth)
            {
                yield return line.ToString();
                line.Clear();
            }

            if (line.Length > 0)
            {
                line.Append(' ');
            }

            line.Append(word);
        }

        if (line.Length > 0)
        {
            yield return line.ToString();
        }
    }
}
