using System.Collections.Immutable;
using System.Text;

namespace EvidenceLint.Reading;

/// <summary>
/// A copy of a text or Markdown account for writers to change, seen block by block as the reader sees it: lines of a
/// paragraph joined, whitespace collapsed and, in Markdown, quote markers and emphasis dropped, so a value wrapped over
/// two lines or half in bold is one span. Edits are made in that text and applied to the original characters; the copy
/// is written back in the input's encoding, with its byte order mark and line endings.
/// </summary>
/// <remarks>Not thread-safe: one copy is one writer's.</remarks>
public sealed class PlainTextCopy
{
    private readonly string _text;
    private readonly Encoding _encoding;
    private readonly byte[] _preamble;
    private readonly List<(int Start, int End, string Replacement)> _edits = [];

    private PlainTextCopy(string text, Encoding encoding, byte[] preamble, ImmutableArray<PlainTextBlock> blocks)
    {
        _text = text;
        _encoding = encoding;
        _preamble = preamble;
        Blocks = blocks;
    }

    /// <summary>The paragraphs (blocks of lines between blank lines), in order.</summary>
    public ImmutableArray<PlainTextBlock> Blocks { get; }

    /// <summary>Decodes <paramref name="content"/> as the reader does.</summary>
    /// <param name="content">The file's bytes; copied, never changed.</param>
    /// <param name="markdown">True to see the text as Markdown (quote markers and emphasis are not part of the words).</param>
    public static PlainTextCopy Open(ReadOnlySpan<byte> content, bool markdown)
    {
        string text = PlainTextReader.Decode(content, out var encoding, out byte[] preamble);
        var copy = new PlainTextCopy(text, encoding, preamble, [.. SplitBlocks(text, markdown)]);
        foreach (var block in copy.Blocks)
        {
            block.Owner = copy;
        }

        return copy;
    }

    /// <summary>Replaces spans of a block's <see cref="PlainTextBlock.Text"/>; applied when the copy is written.</summary>
    /// <exception cref="ArgumentException">The block is not one of this copy's, or an edit lies outside its text.</exception>
    public void Replace(PlainTextBlock block, IEnumerable<TextEdit> edits)
    {
        ArgumentNullException.ThrowIfNull(block);
        ArgumentNullException.ThrowIfNull(edits);
        // Checked by owner, not by searching the blocks: a copy of many paragraphs is edited block by block.
        if (!ReferenceEquals(block.Owner, this))
        {
            throw new ArgumentException("The block is not from this copy.", nameof(block));
        }

        foreach (var edit in edits)
        {
            if (edit.Start < 0 || edit.Length <= 0 || edit.Start + edit.Length > block.Text.Length)
            {
                throw new ArgumentException($"The edit at {edit.Start} (length {edit.Length}) lies outside the block's text.", nameof(edits));
            }

            _edits.Add((block.Origin(edit.Start), block.Origin(edit.Start + edit.Length - 1) + 1, edit.Replacement));
        }
    }

    /// <summary>The copy's bytes, with every edit made, in the input's encoding.</summary>
    public byte[] ToArray()
    {
        var text = new StringBuilder(_text);
        foreach (var (start, end, replacement) in _edits.OrderByDescending(e => e.Start))
        {
            text.Remove(start, end - start).Insert(start, replacement);
        }

        return [.. _preamble, .. _encoding.GetBytes(text.ToString())];
    }

    private static IEnumerable<PlainTextBlock> SplitBlocks(string text, bool markdown)
    {
        var block = new List<(int Start, int End)>();
        int lineStart = 0;
        while (lineStart <= text.Length)
        {
            int lineEnd = text.IndexOfAny(['\r', '\n'], lineStart);
            if (lineEnd < 0)
            {
                lineEnd = text.Length;
            }

            if (text.AsSpan(lineStart, lineEnd - lineStart).IsWhiteSpace())
            {
                if (block.Count > 0)
                {
                    yield return PlainTextBlock.Create(text, block, markdown);
                    block.Clear();
                }
            }
            else
            {
                block.Add((lineStart, lineEnd));
            }

            if (lineEnd == text.Length)
            {
                break;
            }

            lineStart = lineEnd + (text[lineEnd] == '\r' && lineEnd + 1 < text.Length && text[lineEnd + 1] == '\n' ? 2 : 1);
        }

        if (block.Count > 0)
        {
            yield return PlainTextBlock.Create(text, block, markdown);
        }
    }
}

/// <summary>One paragraph of a <see cref="PlainTextCopy"/>: its words as the reader sees them, and where each came from.</summary>
public sealed class PlainTextBlock
{
    private readonly int[] _origins;

    private PlainTextBlock(string text, int[] origins)
    {
        Text = text;
        _origins = origins;
    }

    /// <summary>The block's text, normalised as the reader normalises a paragraph.</summary>
    public string Text { get; }

    /// <summary>The copy the block belongs to.</summary>
    internal PlainTextCopy? Owner { get; set; }

    /// <summary>The offset in the original file's text of the character at <paramref name="index"/> of <see cref="Text"/>.</summary>
    public int Origin(int index) => _origins[index];

    internal static PlainTextBlock Create(string text, List<(int Start, int End)> lines, bool markdown)
    {
        var view = new StringBuilder();
        var origins = new List<int>();
        foreach (var (start, end) in lines)
        {
            int i = start;
            while (markdown && i < end && (char.IsWhiteSpace(text[i]) || text[i] == '>'))
            {
                i++;
            }

            for (; i < end; i++)
            {
                view.Append(text[i]);
                origins.Add(i);
            }

            view.Append(' ');
            origins.Add(end);
        }

        string joined = view.ToString();
        if (markdown)
        {
            (joined, origins) = DropEmphasis(joined, origins);
        }

        var normalisedOrigins = new List<int>();
        string normalised = EvidenceDocumentBuilder.Normalise(joined, normalisedOrigins);
        return new PlainTextBlock(normalised, [.. normalisedOrigins.Select(k => origins[k])]);
    }

    private static (string Text, List<int> Origins) DropEmphasis(string text, List<int> origins)
    {
        var dropped = new bool[text.Length];
        foreach (System.Text.RegularExpressions.Match match in PlainTextReader.Emphasis().Matches(text))
        {
            var kept = match.Groups[2].Success ? match.Groups[2] : match.Groups[3];
            for (int i = match.Index; i < match.Index + match.Length; i++)
            {
                dropped[i] = i < kept.Index || i >= kept.Index + kept.Length;
            }
        }

        var result = new StringBuilder(text.Length);
        var keptOrigins = new List<int>(text.Length);
        for (int i = 0; i < text.Length; i++)
        {
            if (!dropped[i])
            {
                result.Append(text[i]);
                keptOrigins.Add(origins[i]);
            }
        }

        return (result.ToString(), keptOrigins);
    }
}
