using System.Text;
using System.Text.RegularExpressions;

namespace EvidenceLint.Reading;

/// <summary>
/// Reads UTF-8 or UTF-16 text and Markdown. Blank lines separate paragraphs; lines within a paragraph are
/// joined (they are soft wraps). In Markdown, <c>#</c> headings, list markers, block quotes and table rows are recognised
/// and emphasis markers are dropped, so rules see the words the learner wrote rather than the markup.
/// </summary>
public sealed partial class PlainTextReader : IEvidenceReader
{
    // Taken from the provider directly rather than registered, so the process-wide encoding table is left alone.
    private static readonly Encoding Windows1252 = CodePagesEncodingProvider.Instance.GetEncoding(1252)!;

    private readonly InputFormat _format;

    /// <summary>Creates a reader for plain text or Markdown.</summary>
    public PlainTextReader(InputFormat format = InputFormat.Text)
    {
        if (format is not (InputFormat.Text or InputFormat.Markdown))
        {
            throw new ArgumentOutOfRangeException(nameof(format));
        }

        _format = format;
    }

    /// <inheritdoc />
    public InputFormat Format => _format;

    /// <inheritdoc />
    public EvidenceDocument Read(ReadOnlyMemory<byte> content, string path, ReadingLimits limits, CancellationToken cancellationToken)
    {
        string text = Decode(content.Span);
        return _format == InputFormat.Markdown ? ReadMarkdown(text, path, cancellationToken) : ReadText(text, path, cancellationToken);
    }

    /// <summary>Builds a document from text already in memory.</summary>
    public EvidenceDocument ReadString(string text, string path, CancellationToken cancellationToken = default) =>
        _format == InputFormat.Markdown ? ReadMarkdown(text, path, cancellationToken) : ReadText(text, path, cancellationToken);

    internal static string Decode(ReadOnlySpan<byte> bytes) => Decode(bytes, out _, out _);

    /// <summary>Decodes as the reader does and says how, so a copy can be written back in the same encoding.</summary>
    internal static string Decode(ReadOnlySpan<byte> bytes, out Encoding encoding, out byte[] preamble)
    {
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]))
        {
            (encoding, preamble) = (new UTF8Encoding(false), [0xEF, 0xBB, 0xBF]);
            return Encoding.UTF8.GetString(bytes[3..]);
        }

        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]))
        {
            (encoding, preamble) = (new UnicodeEncoding(false, false), [0xFF, 0xFE]);
            return Encoding.Unicode.GetString(bytes[2..]);
        }

        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF]))
        {
            (encoding, preamble) = (new UnicodeEncoding(true, false), [0xFE, 0xFF]);
            return Encoding.BigEndianUnicode.GetString(bytes[2..]);
        }

        preamble = [];
        try
        {
            encoding = new UTF8Encoding(false, throwOnInvalidBytes: true);
            return encoding.GetString(bytes);
        }
        catch (DecoderFallbackException)
        {
            // Older Windows editors save as Windows-1252. Latin-1 would turn its smart quotes, dashes and € (0x80–0x9F)
            // into control characters that normalisation then drops, so "didn’t" would read as "didn t".
            encoding = Windows1252;
            return Windows1252.GetString(bytes);
        }
    }

    private static EvidenceDocument ReadText(string text, string path, CancellationToken cancellationToken)
    {
        var builder = new EvidenceDocumentBuilder(path, InputFormat.Text);
        foreach (string block in SplitBlocks(text))
        {
            cancellationToken.ThrowIfCancellationRequested();
            builder.AddParagraph(block);
        }

        return builder.Build();
    }

    private static EvidenceDocument ReadMarkdown(string text, string path, CancellationToken cancellationToken)
    {
        var builder = new EvidenceDocumentBuilder(path, InputFormat.Markdown);
        var pending = new StringBuilder();
        var pendingKind = ParagraphKind.Body;

        void Flush()
        {
            if (pending.Length > 0)
            {
                builder.AddParagraph(StripInline(pending.ToString()), pendingKind);
                pending.Clear();
            }

            pendingKind = ParagraphKind.Body;
        }

        bool inFence = false;
        foreach (string rawLine in text.ReplaceLineEndings("\n").Split('\n'))
        {
            cancellationToken.ThrowIfCancellationRequested();
            string line = rawLine.TrimEnd();
            if (line.TrimStart().StartsWith("```", StringComparison.Ordinal))
            {
                Flush();
                inFence = !inFence;
                continue;
            }

            if (inFence)
            {
                builder.AddParagraph(line, ParagraphKind.Quote);
                continue;
            }

            if (line.Trim().Length == 0)
            {
                Flush();
                continue;
            }

            var heading = HeadingLine().Match(line);
            if (heading.Success)
            {
                Flush();
                builder.AddParagraph(StripInline(HeadingText(heading.Groups[2].Value)), ParagraphKind.Heading, heading.Groups[1].Length);
                continue;
            }

            if (TableRule().IsMatch(line))
            {
                Flush();
                continue;
            }

            if (line.TrimStart().StartsWith('|'))
            {
                Flush();
                foreach (string cell in line.Trim().Trim('|').Split('|'))
                {
                    builder.AddParagraph(StripInline(cell), ParagraphKind.TableCell);
                }

                continue;
            }

            var listItem = ListItemLine().Match(line);
            if (listItem.Success)
            {
                Flush();
                pending.Append(listItem.Groups[1].Value);
                pendingKind = ParagraphKind.ListItem;
                continue;
            }

            var quote = QuoteLine().Match(line);
            if (quote.Success)
            {
                if (pendingKind != ParagraphKind.Quote)
                {
                    Flush();
                    pendingKind = ParagraphKind.Quote;
                }

                pending.Append(' ').Append(quote.Groups[1].Value);
                continue;
            }

            pending.Append(' ').Append(line);
        }

        Flush();
        return builder.Build();
    }

    private static IEnumerable<string> SplitBlocks(string text)
    {
        var current = new StringBuilder();
        foreach (string line in text.ReplaceLineEndings("\n").Split('\n'))
        {
            if (line.Trim().Length == 0)
            {
                if (current.Length > 0)
                {
                    yield return current.ToString();
                    current.Clear();
                }
            }
            else
            {
                current.Append(line).Append(' ');
            }
        }

        if (current.Length > 0)
        {
            yield return current.ToString();
        }
    }

    /// <summary>A heading's title without the optional closing run of "#"s and the spaces around it ("## Standards ##").</summary>
    private static string HeadingText(string title) => title.TrimEnd().TrimEnd('#').TrimEnd();

    private static string StripInline(string text) => Emphasis().Replace(text, "$2$3");

    // The closing "#"s are trimmed in code (HeadingText): a lazy title before "\s*#*\s*$" took quadratic time on a
    // heading line with a long run of spaces inside it.
    [GeneratedRegex(@"^\s{0,3}(#{1,6})\s+(.*)$")]
    private static partial Regex HeadingLine();

    [GeneratedRegex(@"^\s*(?:[-*+]|\d{1,3}[.)])\s+(.*)$")]
    private static partial Regex ListItemLine();

    [GeneratedRegex(@"^\s{0,3}>\s?(.*)$")]
    private static partial Regex QuoteLine();

    // Each run of spaces has one way to match: "\s*\|?\s*" tried every split of a long indent and took quadratic time
    // on every deeply indented line that is not a table rule.
    [GeneratedRegex(@"^\s*(?:\|\s*)?:?-{3,}:?\s*(?:\|\s*:?-{3,}:?\s*)*(?:\|\s*)?$")]
    private static partial Regex TableRule();

    // A single underscore only marks emphasis at word edges (as in CommonMark), so file_name_v2 keeps its underscores.
    // An emphasised span is at most 500 characters: unbounded, every unclosed marker scanned to the end of its line,
    // and a long line of them ("*a *a *a …") took quadratic time.
    [GeneratedRegex(@"(\*\*|__|\*|`)(?=\S)(.{1,500}?)(?<=\S)\1|(?<![\p{L}\p{N}_])_(?=\S)(.{1,500}?)(?<=\S)_(?![\p{L}\p{N}_])")]
    internal static partial Regex Emphasis();
}
