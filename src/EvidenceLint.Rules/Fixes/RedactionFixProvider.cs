using System.Collections.Immutable;
using System.Text;
using System.Xml.Linq;
using DocumentFormat.OpenXml.Packaging;
using EvidenceLint.Privacy;
using EvidenceLint.Reading;

namespace EvidenceLint.Rules.Fixes;

/// <summary>
/// Fixes EL5001 and EL5002 by writing an anonymised copy: every item of personal, card or bank data the privacy rules
/// find is replaced by a typed placeholder such as <c>[EMAIL]</c>, <c>[PHONE]</c> or <c>[CARD]</c>, so the copy can be
/// submitted and re-checked with no EL5xxx findings. Word documents keep their formatting (the placeholder takes the
/// formatting of the run where the value began), and headers, footers, footnotes, endnotes, comments, the fallback copy
/// Word keeps of each text box, tracked deletions, field codes and hyperlink addresses are redacted too, since the data
/// is in the file even where the evidence text does not show it. Text and Markdown keep their encoding and line endings. A PDF cannot be redacted safely in place
/// (its text is drawn, not stored as editable runs), so PDF input is refused.
/// </summary>
public sealed class RedactionFixProvider : IEvidenceFixProvider
{
    /// <summary>Why a PDF is refused, and what to do instead.</summary>
    public const string PdfNotSupportedMessage =
        "A PDF cannot be redacted safely in place: its text is drawn on the page, and covering or removing it can leave the data in the file. " +
        "Redact the Word or text document the PDF was made from (evidencelint fix --redact account.docx) and make the PDF again, " +
        "or use `evidencelint extract` to get the text, redact that and submit it instead.";

    private static readonly XNamespace WordNamespace = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
    private static readonly XNamespace RelationshipNamespace = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

    private readonly ReadingLimits _limits;

    /// <summary>Creates the provider.</summary>
    /// <param name="limits">The safety limits for reading input; null for the defaults.</param>
    public RedactionFixProvider(ReadingLimits? limits = null) => _limits = limits ?? ReadingLimits.Default;

    /// <inheritdoc />
    public ImmutableArray<string> FixableDiagnosticIds { get; } = [RuleIds.PersonalDataInEvidence, RuleIds.PaymentDataInEvidence];

    /// <inheritdoc />
    public async Task<int> WriteFixedCopyAsync(Stream input, string fileName, Stream output, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(fileName);
        ArgumentNullException.ThrowIfNull(output);

        byte[] content = await ReadBoundedAsync(input, _limits, cancellationToken).ConfigureAwait(false);
        var format = FormatSniffer.Detect(content, fileName);
        (byte[] copy, int count) = format switch
        {
            InputFormat.Docx => RedactWord(content, fileName, cancellationToken),
            InputFormat.Text or InputFormat.Markdown => RedactText(content, markdown: format == InputFormat.Markdown || IsMarkdownName(fileName)),
            _ => throw new NotSupportedException(PdfNotSupportedMessage),
        };

        await output.WriteAsync(copy, cancellationToken).ConfigureAwait(false);
        return count;
    }

    /// <summary>Reads a stream to the end, refusing more than the input size limit before holding it all.</summary>
    internal static async Task<byte[]> ReadBoundedAsync(Stream input, ReadingLimits limits, CancellationToken cancellationToken)
    {
        using var buffer = new MemoryStream();
        byte[] chunk = new byte[81920];
        int read;
        while ((read = await input.ReadAsync(chunk, cancellationToken).ConfigureAwait(false)) > 0)
        {
            if (buffer.Length + read > limits.MaxInputBytes)
            {
                throw new DocumentReadException(ReadFailure.LimitExceeded, $"The file is larger than the {limits.MaxInputBytes / (1024 * 1024)} MB input limit, so no copy was written.");
            }

            buffer.Write(chunk, 0, read);
        }

        return buffer.ToArray();
    }

    private (byte[] Copy, int Count) RedactWord(byte[] content, string fileName, CancellationToken cancellationToken)
    {
        using var copy = WordDocumentCopy.Open(content, _limits, cancellationToken);
        var main = copy.Main;
        var w = WordNamespace;
        var parts = new List<(OpenXmlPart? Part, Func<XElement, IEnumerable<XElement>> Containers)>
        {
            (main, root => root.Elements(w + "body")),
            (main.FootnotesPart, root => root.Elements(w + "footnote")),
            (main.EndnotesPart, root => root.Elements(w + "endnote")),
            (main.WordprocessingCommentsPart, root => root.Elements(w + "comment")),
        };
        parts.AddRange(main.HeaderParts.Select(p => ((OpenXmlPart?)p, (Func<XElement, IEnumerable<XElement>>)(root => [root]))));
        parts.AddRange(main.FooterParts.Select(p => ((OpenXmlPart?)p, (Func<XElement, IEnumerable<XElement>>)(root => [root]))));

        int count = 0;
        foreach (var (part, containers) in parts)
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (part is null || copy.Load(part) is not { Root: { } root } xml)
            {
                continue;
            }

            var map = copy.MapText(containers(root), fileName, cancellationToken);
            var edits = Find(map.Document).ToList();
            map.Replace(edits);

            // Then whatever the reader skips but the file still holds: a text box's fallback copy, deleted text,
            // field codes and link addresses.
            var stored = WordDocumentCopy.MapStoredText(root, fileName);
            var storedEdits = Find(stored.Document).ToList();
            stored.Replace(storedEdits);
            int changed = edits.Count + storedEdits.Count + RedactHiddenText(root) + RedactHyperlinks(part, root);
            if (changed > 0)
            {
                WordDocumentCopy.Save(part, xml);
                count += changed;
            }
        }

        return (copy.ToArray(), count);
    }

    /// <summary>Every item the privacy rules would report in <paramref name="document"/>, as an edit of its text.</summary>
    private static IEnumerable<TextEdit> Find(EvidenceDocument document)
    {
        foreach (var paragraph in document.Paragraphs)
        {
            foreach (var item in PersonalDataScanner.Find(document.GetText(paragraph)))
            {
                yield return new TextEdit(paragraph.Start + item.Start, item.Length, item.Placeholder);
            }
        }
    }

    /// <summary>
    /// Text a reader does not see but the file still holds: deleted text kept by tracked changes, and field codes (a
    /// HYPERLINK field's <c>mailto:</c> address). Each element is redacted on its own.
    /// </summary>
    private static int RedactHiddenText(XElement root)
    {
        var w = WordNamespace;
        int count = 0;
        foreach (var element in root.Descendants().Where(e => e.Name == w + "delText" || e.Name == w + "instrText" || e.Name == w + "delInstrText"))
        {
            string redacted = RedactString(element.Value, out int found);
            if (found > 0)
            {
                element.Value = redacted;
                count += found;
            }
        }

        foreach (var attribute in root.Descendants(w + "fldSimple").Select(e => e.Attribute(w + "instr")).OfType<XAttribute>())
        {
            string redacted = RedactString(attribute.Value, out int found);
            if (found > 0)
            {
                attribute.Value = redacted;
                count += found;
            }
        }

        return count;
    }

    /// <summary>A link's address is in the package, not the text: a link to a personal address is unlinked and its target removed.</summary>
    private static int RedactHyperlinks(OpenXmlPart part, XElement root)
    {
        int count = 0;
        foreach (var link in part.HyperlinkRelationships.ToList())
        {
            string target = Uri.UnescapeDataString(link.Uri.OriginalString);
            if (PersonalDataScanner.Find(target).Count == 0)
            {
                continue;
            }

            foreach (var reference in root.Descendants().Attributes(RelationshipNamespace + "id").Where(a => a.Value == link.Id).ToList())
            {
                reference.Remove();
            }

            part.DeleteReferenceRelationship(link);
            count++;
        }

        return count;
    }

    private static string RedactString(string value, out int count)
    {
        var found = PersonalDataScanner.Find(value);
        count = found.Count;
        var text = new StringBuilder(value);
        foreach (var item in found.Reverse())
        {
            text.Remove(item.Start, item.Length).Insert(item.Start, item.Placeholder);
        }

        return text.ToString();
    }

    private static (byte[] Copy, int Count) RedactText(byte[] content, bool markdown)
    {
        // Blocks are scanned as the reader sees them, so a value wrapped over two lines or half in bold is still found.
        var copy = PlainTextCopy.Open(content, markdown);
        int count = 0;
        foreach (var block in copy.Blocks)
        {
            var found = PersonalDataScanner.Find(block.Text);
            copy.Replace(block, found.Select(item => new TextEdit(item.Start, item.Length, item.Placeholder)));
            count += found.Count;
        }

        return (copy.ToArray(), count);
    }

    private static bool IsMarkdownName(string fileName) =>
        fileName.EndsWith(".md", StringComparison.OrdinalIgnoreCase) || fileName.EndsWith(".markdown", StringComparison.OrdinalIgnoreCase);
}
