using System.IO.Packaging;
using System.Text;
using System.Text.RegularExpressions;
using System.Xml;
using System.Xml.Linq;
using DocumentFormat.OpenXml.Packaging;

namespace EvidenceLint.Reading;

/// <summary>
/// Reads Word documents (.docx). The Open XML SDK finds the parts through the package relationships (so a main
/// document stored somewhere other than word/document.xml is still found); each part's XML is then parsed with
/// DTDs prohibited and walked for the text a reader of the document sees: accepted tracked changes, field results
/// rather than field codes, text boxes once each, and table cells row by row. Footnotes, endnotes and comments
/// are kept as notes, outside the evidence.
/// </summary>
public sealed partial class DocxReader : IEvidenceReader
{
    /// <inheritdoc />
    public InputFormat Format => InputFormat.Docx;

    /// <inheritdoc />
    public EvidenceDocument Read(ReadOnlyMemory<byte> content, string path, ReadingLimits limits, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(path);
        ArgumentNullException.ThrowIfNull(limits);

        // Before the SDK (or System.IO.Packaging) inflates a byte, refuse ZIP bombs and non-Word archives.
        DocxPackageGuard.Check(content, limits, cancellationToken);

        InMemoryPackage opened;
        try
        {
            opened = InMemoryPackage.Open(content, PackageSettings());
        }
        catch (Exception ex) when (IsPackageFailure(ex))
        {
            throw Unreadable(ex);
        }

        using (opened)
        {
            var main = WordMainPart(opened.Document);

            var builder = new EvidenceDocumentBuilder(path, InputFormat.Docx);
            var styles = StyleSheet.Load(LoadPartXml(main.StyleDefinitionsPart, limits));

            var document = LoadPartXml(main, limits)
                ?? throw new DocumentReadException(ReadFailure.Unreadable, "The Word document has no main text part, so it could not be read. Open it in Word, save it again and re-check.");
            var body = document.Root?.Element(W.Body);
            if (body is not null)
            {
                var walker = new BodyWalker(styles, trackSources: false, cancellationToken);
                walker.WalkBlocks(body, (text, kind, level) => builder.AddParagraph(text.ToString(), kind, level));
                walker.Flush((text, kind, level) => builder.AddParagraph(text.ToString(), kind, level));
            }

            AddNotes(builder, LoadPartXml(main.FootnotesPart, limits), W.Footnote, DocumentNoteKind.Footnote, styles, cancellationToken);
            AddNotes(builder, LoadPartXml(main.EndnotesPart, limits), W.Endnote, DocumentNoteKind.Endnote, styles, cancellationToken);
            AddNotes(builder, LoadPartXml(main.WordprocessingCommentsPart, limits), W.Comment, DocumentNoteKind.Comment, styles, cancellationToken);
            return builder.Build();
        }
    }

    /// <summary>
    /// Walks <paramref name="containers"/> (a body, a header, or notes one by one) exactly as <see cref="Read"/> walks
    /// the body, and returns their normalised text with the element each character came from. Writers use it to edit
    /// or mark a copy of the document at a span of the text the rules saw: for the main body, the map's text is the
    /// evidence document's text, character for character.
    /// </summary>
    internal static WordTextMap MapText(IEnumerable<XElement> containers, XDocument? stylesPart, string path, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(containers);
        var styles = StyleSheet.Load(stylesPart);
        var builder = new EvidenceDocumentBuilder(path, InputFormat.Docx);
        var sources = new List<DocxTextSource>();
        void Add(SourcedText text, ParagraphKind kind, int level)
        {
            string raw = text.ToString();
            var paragraph = builder.AddParagraph(raw, kind, level);
            if (paragraph is null)
            {
                return;
            }

            var origins = new List<int>(raw.Length);
            EvidenceDocumentBuilder.Normalise(raw, origins);

            // The paragraph separator comes from no element.
            while (sources.Count < paragraph.Start)
            {
                sources.Add(default);
            }

            foreach (int origin in origins)
            {
                sources.Add(text.SourceAt(origin));
            }
        }

        foreach (var container in containers)
        {
            var walker = new BodyWalker(styles, trackSources: true, cancellationToken);
            walker.WalkBlocks(container, Add);
            walker.Flush(Add);
        }

        return new WordTextMap(builder.Build(), sources);
    }

    /// <summary>
    /// Loads a part of a copy for editing, with the same protections as reading; XML comments and processing
    /// instructions are kept so that writing the part back changes nothing but the edits.
    /// </summary>
    internal static XDocument? LoadPartForEditing(OpenXmlPart? part, ReadingLimits limits) => LoadPartXml(part, limits, forEditing: true);

    /// <summary>Loads a part for reading only (styles, for <see cref="MapText"/>).</summary>
    internal static XDocument? LoadPartForReading(OpenXmlPart? part, ReadingLimits limits) => LoadPartXml(part, limits);

    /// <summary>
    /// A Word package opened without a byte of the document reaching the disk. Given a read-only stream, the SDK copies
    /// the whole document to a temporary file (so that it can rewrite malformed hyperlink addresses); opened from a
    /// System.IO.Packaging package it does not. A document whose relationships hold a malformed address, which the SDK
    /// refuses that way, is opened editable on a private copy in memory instead, where the SDK rewrites the addresses
    /// in memory; nothing is ever saved (AutoSave is off).
    /// </summary>
    private sealed class InMemoryPackage : IDisposable
    {
        private readonly Package? _package;
        private readonly Stream _stream;

        private InMemoryPackage(WordprocessingDocument document, Package? package, Stream stream) => (Document, _package, _stream) = (document, package, stream);

        public WordprocessingDocument Document { get; }

        public static InMemoryPackage Open(ReadOnlyMemory<byte> content, OpenSettings settings)
        {
            var stream = DocxPackageGuard.ReadOnlyStream(content);
            Package? package = null;
            try
            {
                package = Package.Open(stream, FileMode.Open, FileAccess.Read);
                var document = WordprocessingDocument.Open(package, settings);
                try
                {
                    // Relationships load lazily: load them all now, so a malformed address is met here, not mid-read.
                    _ = document.GetAllParts().Count();
                }
                catch
                {
                    document.Dispose();
                    throw;
                }

                return new InMemoryPackage(document, package, stream);
            }
            catch (DocumentFormat.OpenXml.Packaging.OpenXmlPackageException)
            {
                package?.Close();
                stream.Dispose();
            }
            catch
            {
                package?.Close();
                stream.Dispose();
                throw;
            }

            var copy = new MemoryStream(content.Length);
            copy.Write(content.Span);
            copy.Position = 0;
            try
            {
                return new InMemoryPackage(WordprocessingDocument.Open(copy, true, settings), null, copy);
            }
            catch
            {
                copy.Dispose();
                throw;
            }
        }

        public void Dispose()
        {
            Document.Dispose();
            _package?.Close();
            _stream.Dispose();
        }
    }

    /// <summary>How every Word package is opened, for reading or for a copy: nothing saved, markup compatibility left as stored.</summary>
    internal static OpenSettings PackageSettings() => new()
    {
        AutoSave = false,
        MarkupCompatibilityProcessSettings = new MarkupCompatibilityProcessSettings(MarkupCompatibilityProcessMode.NoProcess, DocumentFormat.OpenXml.FileFormatVersions.Office2007),
    };

    /// <summary>The exceptions by which the SDK and System.IO.Packaging refuse a damaged or foreign package.</summary>
    internal static bool IsPackageFailure(Exception ex) =>
        ex is DocumentFormat.OpenXml.Packaging.OpenXmlPackageException or InvalidDataException or FileFormatException or XmlException or IOException or InvalidOperationException or ArgumentException;

    /// <summary>The learner-facing reading error for a package the SDK refused.</summary>
    internal static DocumentReadException Unreadable(Exception ex) => new(ReadFailure.Unreadable, ex switch
    {
        // The SDK refuses packages whose main part is missing or is a spreadsheet or presentation.
        DocumentFormat.OpenXml.Packaging.OpenXmlPackageException => "The file is a ZIP archive but not a Word document, or its Word parts are damaged, so it could not be read. Open it in Word, save it as a Word Document (.docx) and re-check.",
        _ => DocxPackageGuard.DamagedMessage,
    }, ex);

    /// <summary>
    /// The main document part, refusing a package that is not a Word document: the SDK follows the officeDocument
    /// relationship whatever it points at, and a workbook or presentation is not a Word document.
    /// </summary>
    internal static MainDocumentPart WordMainPart(WordprocessingDocument package) =>
        package.MainDocumentPart is { } main && main.ContentType.Contains("wordprocessingml", StringComparison.OrdinalIgnoreCase)
            ? main
            : throw new DocumentReadException(ReadFailure.Unreadable, DocxPackageGuard.NotWordMessage);

    /// <summary>
    /// Parses one part with DTD processing prohibited and no resolver, so an external entity (XXE) or an
    /// entity-expansion ("billion laughs") document is refused, never expanded or fetched.
    /// </summary>
    private static XDocument? LoadPartXml(OpenXmlPart? part, ReadingLimits limits, bool forEditing = false)
    {
        if (part is null)
        {
            return null;
        }

        var settings = new XmlReaderSettings
        {
            DtdProcessing = DtdProcessing.Prohibit,
            XmlResolver = null,
            IgnoreComments = !forEditing,
            IgnoreProcessingInstructions = !forEditing,
            MaxCharactersInDocument = limits.MaxDecompressedBytes,
            CloseInput = true,
        };

        try
        {
            using var reader = new DepthLimitedXmlReader(
                XmlReader.Create(part.GetStream(FileMode.Open, FileAccess.Read), settings),
                DocxPackageGuard.MaxElementDepth,
                () => DocxPackageGuard.TooDeepMessage(part.Uri));
            return XDocument.Load(reader, LoadOptions.PreserveWhitespace);
        }
        catch (XmlException ex) when (ex.Message.Contains("DTD", StringComparison.OrdinalIgnoreCase))
        {
            throw new DocumentReadException(
                ReadFailure.Unreadable,
                "The Word document contains a DTD or external entity declaration, which is not allowed in Word documents and can be used to attack the computer reading it, so it was not read. Save the account again from Word and re-check.",
                ex);
        }
        catch (XmlException ex)
        {
            throw new DocumentReadException(ReadFailure.Unreadable, $"Part of the Word document ({part.Uri}) is damaged and could not be read (line {ex.LineNumber}). Open it in Word, save it again and re-check.", ex);
        }
        catch (InvalidDataException ex)
        {
            throw new DocumentReadException(ReadFailure.Unreadable, DocxPackageGuard.DamagedMessage, ex);
        }
    }

    private static void AddNotes(EvidenceDocumentBuilder builder, XDocument? part, XName noteName, DocumentNoteKind kind, StyleSheet styles, CancellationToken cancellationToken)
    {
        if (part?.Root is null)
        {
            return;
        }

        foreach (var note in part.Root.Elements(noteName))
        {
            cancellationToken.ThrowIfCancellationRequested();

            // Separator and continuation "notes" are the lines Word draws above the notes, not text.
            string? type = (string?)note.Attribute(W.Type);
            if (type is not null && type != "normal")
            {
                continue;
            }

            var text = new StringBuilder();
            var walker = new BodyWalker(styles, trackSources: false, cancellationToken);
            void Append(SourcedText paragraph, ParagraphKind paragraphKind, int level) => text.Append(paragraph.ToString()).Append(' ');
            walker.WalkBlocks(note, Append);
            walker.Flush(Append);
            builder.AddNote(kind, text.ToString(), kind == DocumentNoteKind.Comment ? (string?)note.Attribute(W.Author) : null);
        }
    }

    /// <summary>Receives one paragraph of text with what kind it is and, for headings, its level.</summary>
    private delegate void ParagraphSink(SourcedText text, ParagraphKind kind, int headingLevel);

    /// <summary>Walks block content (body, cell, text box, note) in document order.</summary>
    private sealed class BodyWalker(StyleSheet styles, bool trackSources, CancellationToken cancellationToken)
    {
        // A paragraph whose mark was deleted with tracking on joins the next one once the change is accepted.
        private SourcedText? _carriedText;

        public void WalkBlocks(XElement container, ParagraphSink sink)
        {
            foreach (var element in container.Elements())
            {
                cancellationToken.ThrowIfCancellationRequested();
                WalkBlock(element, sink);
            }
        }

        public void Flush(ParagraphSink sink)
        {
            if (_carriedText is { Length: > 0 })
            {
                sink(_carriedText, ParagraphKind.Body, 0);
            }

            _carriedText = null;
        }

        private void WalkBlock(XElement element, ParagraphSink sink)
        {
            if (element.Name == W.P)
            {
                WalkParagraph(element, sink);
            }
            else if (element.Name == W.Tbl)
            {
                WalkTable(element, sink);
            }
            else if (element.Name == W.Sdt)
            {
                if (element.Element(W.SdtContent) is { } sdtContent)
                {
                    WalkBlocks(sdtContent, sink);
                }
            }
            else if (element.Name == W.CustomXml || element.Name == W.Ins || element.Name == W.MoveTo || element.Name == W.SmartTag)
            {
                WalkBlocks(element, sink);
            }
            else if (element.Name == Mc.AlternateContent && ChooseAlternative(element) is { } chosen)
            {
                WalkBlocks(chosen, sink);
            }

            // Everything else (w:del, w:moveFrom, w:sectPr, bookmarks, proofing marks) carries no accepted text.
        }

        private void WalkParagraph(XElement paragraph, ParagraphSink sink)
        {
            var text = new SourcedText(trackSources);
            text.Append(_carriedText);
            _carriedText = null;
            var textBoxes = new List<XElement>();
            var fields = new Stack<bool>();
            AppendInline(paragraph, text, textBoxes, fields);

            var properties = paragraph.Element(W.PPr);
            if (properties?.Element(W.RPr)?.Element(W.Del) is not null)
            {
                text.Append(' ', null);
                _carriedText = text;
            }
            else if ((string?)properties?.Element(W.FramePr)?.Attribute(W.DropCap) is "drop" or "margin")
            {
                // A drop cap is the first letter of the next paragraph, set in a frame of its own.
                _carriedText = text;
            }
            else
            {
                var (kind, level) = styles.Classify(properties);
                sink(text, kind, level);
            }

            // Text boxes read as paragraphs of their own, after the paragraph they are anchored in.
            foreach (var textBox in textBoxes)
            {
                WalkBlocks(textBox, sink);
            }
        }

        /// <summary>
        /// Appends the visible text of inline content. <paramref name="fields"/> holds, for each open complex field,
        /// whether its result (true) or its instruction (false) is being read; only results are visible.
        /// </summary>
        private static void AppendInline(XElement container, SourcedText text, List<XElement> textBoxes, Stack<bool> fields)
        {
            foreach (var element in container.Elements())
            {
                var name = element.Name;
                if (name == W.R)
                {
                    AppendRun(element, text, textBoxes, fields);
                }
                else if (name == W.Del || name == W.MoveFrom || name == W.PPr || name == W.RPr)
                {
                    continue;
                }
                else if (name == W.Sdt)
                {
                    if (element.Element(W.SdtContent) is { } sdtContent)
                    {
                        AppendInline(sdtContent, text, textBoxes, fields);
                    }
                }
                else if (name == Mc.AlternateContent)
                {
                    if (ChooseAlternative(element) is { } chosen)
                    {
                        AppendInline(chosen, text, textBoxes, fields);
                    }
                }
                else if (name == M.OMathPara || name == M.OMath)
                {
                    foreach (var mathText in element.Descendants(M.T))
                    {
                        text.Append(mathText.Value, mathText);
                    }
                }
                else if (name.Namespace == W.Namespace)
                {
                    // w:hyperlink, w:smartTag, w:customXml, w:fldSimple, w:ins, w:moveTo, w:dir, w:bdo: their runs are the text.
                    AppendInline(element, text, textBoxes, fields);
                }
            }
        }

        private static void AppendRun(XElement run, SourcedText text, List<XElement> textBoxes, Stack<bool> fields)
        {
            foreach (var element in run.Elements())
            {
                var name = element.Name;
                if (name == W.FldChar)
                {
                    switch ((string?)element.Attribute(W.FldCharType))
                    {
                        case "begin":
                            fields.Push(false);
                            break;
                        case "separate" when fields.Count > 0:
                            fields.Pop();
                            fields.Push(true);
                            break;
                        case "end" when fields.Count > 0:
                            fields.Pop();
                            break;
                    }

                    continue;
                }

                if (name == W.Drawing || name == W.Pict || name == W.Object || name == Mc.AlternateContent)
                {
                    CollectTextBoxes(element, textBoxes);
                    continue;
                }

                if (fields.Contains(false))
                {
                    continue; // inside a field instruction such as HYPERLINK "…" or PAGE
                }

                if (name == W.T)
                {
                    text.Append(element.Value, element);
                }
                else if (name == W.Tab || name == W.PTab || name == W.Br || name == W.Cr)
                {
                    text.Append(' ', element);
                }
                else if (name == W.NoBreakHyphen)
                {
                    text.Append('-', element);
                }

                // w:delText, w:instrText, note references and the rest are not visible text.
            }
        }

        /// <summary>Finds text-box content inside a drawing, taking one branch of each mc:AlternateContent so no box is read twice.</summary>
        private static void CollectTextBoxes(XElement element, List<XElement> textBoxes)
        {
            if (element.Name == W.TxbxContent)
            {
                textBoxes.Add(element);
                return;
            }

            if (element.Name == Mc.AlternateContent)
            {
                if (ChooseAlternative(element) is { } chosen)
                {
                    CollectTextBoxes(chosen, textBoxes);
                }

                return;
            }

            foreach (var child in element.Elements())
            {
                CollectTextBoxes(child, textBoxes);
            }
        }

        private void WalkTable(XElement table, ParagraphSink sink)
        {
            foreach (var row in RowLevel(table, W.Tr))
            {
                cancellationToken.ThrowIfCancellationRequested();
                foreach (var cell in RowLevel(row, W.Tc))
                {
                    var cellText = new SourcedText(trackSources);
                    var cellWalker = new BodyWalker(styles, trackSources, cancellationToken);
                    void Append(SourcedText paragraph, ParagraphKind kind, int level)
                    {
                        cellText.Append(paragraph);
                        cellText.Append(' ', null);
                    }

                    cellWalker.WalkBlocks(cell, Append);
                    cellWalker.Flush(Append);

                    // A vertically merged continuation cell repeats the cell above on screen; it is usually empty.
                    var vMerge = cell.Element(W.TcPr)?.Element(W.VMerge);
                    bool continuation = vMerge is not null && (string?)vMerge.Attribute(W.Val) != "restart";
                    if (continuation && EvidenceDocumentBuilder.Normalise(cellText.ToString()).Length == 0)
                    {
                        continue;
                    }

                    sink(cellText, ParagraphKind.TableCell, 0);
                }
            }
        }

        /// <summary>Rows of a table or cells of a row, looking through content controls and custom XML wrapped around them.</summary>
        private static IEnumerable<XElement> RowLevel(XElement container, XName wanted)
        {
            foreach (var element in container.Elements())
            {
                if (element.Name == wanted)
                {
                    yield return element;
                }
                else if (element.Name == W.Sdt || element.Name == W.SdtContent || element.Name == W.CustomXml || element.Name == W.Ins || element.Name == W.MoveTo)
                {
                    foreach (var nested in RowLevel(element, wanted))
                    {
                        yield return nested;
                    }
                }
                else if (element.Name == Mc.AlternateContent && ChooseAlternative(element) is { } chosen)
                {
                    foreach (var nested in RowLevel(chosen, wanted))
                    {
                        yield return nested;
                    }
                }
            }
        }

        /// <summary>The first mc:Choice, else the mc:Fallback: Word writes the same content in both.</summary>
        private static XElement? ChooseAlternative(XElement alternateContent) =>
            alternateContent.Element(Mc.Choice) ?? alternateContent.Element(Mc.Fallback);
    }

    /// <summary>What the document's paragraph styles mean: heading levels and list membership, through the basedOn chain.</summary>
    private sealed partial class StyleSheet
    {
        private const int MaxChainLength = 32;
        private readonly Dictionary<string, XElement> _styles;
        private readonly Dictionary<string, (ParagraphKind Kind, int Level)> _resolved = new(StringComparer.Ordinal);

        private StyleSheet(Dictionary<string, XElement> styles) => _styles = styles;

        public static StyleSheet Load(XDocument? stylesPart)
        {
            var styles = new Dictionary<string, XElement>(StringComparer.Ordinal);
            foreach (var style in stylesPart?.Root?.Elements(W.Style) ?? [])
            {
                if ((string?)style.Attribute(W.StyleId) is { } id && (string?)style.Attribute(W.Type) is null or "paragraph")
                {
                    styles.TryAdd(id, style);
                }
            }

            return new StyleSheet(styles);
        }

        public (ParagraphKind Kind, int Level) Classify(XElement? paragraphProperties)
        {
            var (kind, level) = (string?)paragraphProperties?.Element(W.PStyle)?.Attribute(W.Val) is { } styleId
                ? Resolve(styleId)
                : (ParagraphKind.Body, 0);

            // Direct formatting on the paragraph overrides its style.
            if (OutlineLevel(paragraphProperties) is { } direct)
            {
                return (ParagraphKind.Heading, direct);
            }

            if (kind != ParagraphKind.Heading && HasNumbering(paragraphProperties) is { } numbered)
            {
                kind = numbered ? ParagraphKind.ListItem : kind == ParagraphKind.ListItem ? ParagraphKind.Body : kind;
            }

            return (kind, level);
        }

        private (ParagraphKind Kind, int Level) Resolve(string styleId)
        {
            if (_resolved.TryGetValue(styleId, out var known))
            {
                return known;
            }

            int? outlineLevel = null;
            bool? numbered = null;
            ParagraphKind? named = null;
            int namedLevel = 0;
            string? id = styleId;
            var visited = new HashSet<string>(StringComparer.Ordinal);
            while (id is not null && visited.Add(id) && visited.Count <= MaxChainLength)
            {
                var style = _styles.GetValueOrDefault(id);
                var properties = style?.Element(W.PPr);
                outlineLevel ??= OutlineLevel(properties);
                numbered ??= HasNumbering(properties);
                if (named is null && ByName((string?)style?.Element(W.Name)?.Attribute(W.Val), id) is { } byName)
                {
                    (named, namedLevel) = byName;
                }

                id = (string?)style?.Element(W.BasedOn)?.Attribute(W.Val);
            }

            var result = outlineLevel is { } level ? (ParagraphKind.Heading, level)
                : named == ParagraphKind.Heading ? (ParagraphKind.Heading, namedLevel)
                : numbered == true ? (ParagraphKind.ListItem, 0)
                : named is { } other ? (other, 0)
                : (ParagraphKind.Body, 0);
            _resolved[styleId] = result;
            return result;
        }

        /// <summary>Recognises the built-in style names Word uses in every language's files ("heading 1", "Title", "Quote").</summary>
        private static (ParagraphKind Kind, int Level)? ByName(string? name, string id)
        {
            foreach (string? candidate in (string?[])[name, id])
            {
                if (candidate is null)
                {
                    continue;
                }

                var heading = HeadingStyleName().Match(candidate);
                if (heading.Success)
                {
                    return (ParagraphKind.Heading, heading.Groups[1].Value[0] - '0');
                }

                if (candidate.Equals("Title", StringComparison.OrdinalIgnoreCase))
                {
                    return (ParagraphKind.Heading, 1);
                }

                if (QuoteStyleName().IsMatch(candidate))
                {
                    return (ParagraphKind.Quote, 0);
                }
            }

            return null;
        }

        /// <summary>The heading level (1–9) given by w:outlineLvl; level 9 (value "9") means body text.</summary>
        private static int? OutlineLevel(XElement? paragraphProperties) =>
            int.TryParse((string?)paragraphProperties?.Element(W.OutlineLvl)?.Attribute(W.Val), out int value) && value is >= 0 and <= 8
                ? value + 1
                : null;

        /// <summary>True when w:numPr numbers the paragraph, false when it turns numbering off (numId 0), null when absent.</summary>
        private static bool? HasNumbering(XElement? paragraphProperties)
        {
            var numbering = paragraphProperties?.Element(W.NumPr);
            if (numbering is null)
            {
                return null;
            }

            string? numId = (string?)numbering.Element(W.NumId)?.Attribute(W.Val);
            return numId is null || numId != "0";
        }

        [GeneratedRegex(@"^heading\s*([1-9])$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
        private static partial Regex HeadingStyleName();

        [GeneratedRegex(@"^(intense\s*quote|quote|block\s*text|block\s*quote)$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
        private static partial Regex QuoteStyleName();
    }

    /// <summary>WordprocessingML names.</summary>
    private static class W
    {
        public static readonly XNamespace Namespace = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
        public static readonly XName Body = Namespace + "body", P = Namespace + "p", PPr = Namespace + "pPr", RPr = Namespace + "rPr";
        public static readonly XName R = Namespace + "r", T = Namespace + "t", Tab = Namespace + "tab", PTab = Namespace + "ptab";
        public static readonly XName Br = Namespace + "br", Cr = Namespace + "cr", NoBreakHyphen = Namespace + "noBreakHyphen";
        public static readonly XName FldChar = Namespace + "fldChar", FldCharType = Namespace + "fldCharType";
        public static readonly XName Drawing = Namespace + "drawing", Pict = Namespace + "pict", Object = Namespace + "object";
        public static readonly XName TxbxContent = Namespace + "txbxContent";
        public static readonly XName Ins = Namespace + "ins", Del = Namespace + "del", MoveTo = Namespace + "moveTo", MoveFrom = Namespace + "moveFrom";
        public static readonly XName Sdt = Namespace + "sdt", SdtContent = Namespace + "sdtContent", CustomXml = Namespace + "customXml", SmartTag = Namespace + "smartTag";
        public static readonly XName Tbl = Namespace + "tbl", Tr = Namespace + "tr", Tc = Namespace + "tc", TcPr = Namespace + "tcPr", VMerge = Namespace + "vMerge";
        public static readonly XName Style = Namespace + "style", StyleId = Namespace + "styleId", Type = Namespace + "type", Name = Namespace + "name", BasedOn = Namespace + "basedOn";
        public static readonly XName PStyle = Namespace + "pStyle", OutlineLvl = Namespace + "outlineLvl", NumPr = Namespace + "numPr", NumId = Namespace + "numId", Val = Namespace + "val";
        public static readonly XName FramePr = Namespace + "framePr", DropCap = Namespace + "dropCap";
        public static readonly XName Footnote = Namespace + "footnote", Endnote = Namespace + "endnote", Comment = Namespace + "comment", Author = Namespace + "author";
    }

    /// <summary>Markup-compatibility names (alternative renderings of the same content).</summary>
    private static class Mc
    {
        private static readonly XNamespace Namespace = "http://schemas.openxmlformats.org/markup-compatibility/2006";
        public static readonly XName AlternateContent = Namespace + "AlternateContent", Choice = Namespace + "Choice", Fallback = Namespace + "Fallback";
    }

    /// <summary>Office Math names.</summary>
    private static class M
    {
        private static readonly XNamespace Namespace = "http://schemas.openxmlformats.org/officeDocument/2006/math";
        public static readonly XName OMathPara = Namespace + "oMathPara", OMath = Namespace + "oMath", T = Namespace + "t";
    }
}
