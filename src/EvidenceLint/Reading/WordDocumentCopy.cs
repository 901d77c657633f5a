using System.Xml;
using System.Xml.Linq;
using DocumentFormat.OpenXml.Packaging;

namespace EvidenceLint.Reading;

/// <summary>
/// An in-memory copy of a Word document for writers to change: redaction, comments, any fix a package wants to make.
/// The caller's bytes are copied first, so nothing a writer does can reach the original; parts are loaded as XML with
/// the reader's protections (size, depth and entity limits), and only the parts a writer saves are rewritten, so
/// everything else in the package is kept as it was.
/// </summary>
/// <remarks>
/// <see cref="MapText"/> gives a part's text exactly as the rules saw it, with the run behind every character, so a
/// finding's <see cref="Analysis.EvidenceLocation"/> can be edited or marked in the copy: replaced with
/// <see cref="WordTextMap.Replace"/> (keeping the run's formatting) or wrapped with <see cref="WordTextMap.Insert"/>.
/// Not thread-safe: one copy is one writer's.
/// </remarks>
public sealed class WordDocumentCopy : IDisposable
{
    private XDocument? _styles;
    private bool _stylesLoaded;

    private readonly MemoryStream _buffer;
    private readonly WordprocessingDocument _package;
    private readonly ReadingLimits _limits;

    private WordDocumentCopy(MemoryStream buffer, WordprocessingDocument package, MainDocumentPart main, ReadingLimits limits)
    {
        _buffer = buffer;
        _package = package;
        Main = main;
        _limits = limits;
    }

    /// <summary>The main document part.</summary>
    public MainDocumentPart Main { get; }

    /// <summary>Opens a copy of <paramref name="content"/>.</summary>
    /// <param name="content">The document's bytes; copied, never changed.</param>
    /// <param name="limits">The safety limits for reading; null for the defaults.</param>
    /// <param name="cancellationToken">Cancels the checks made before opening.</param>
    /// <exception cref="DocumentReadException">The content is not a readable Word document, or breaks a limit.</exception>
    public static WordDocumentCopy Open(ReadOnlyMemory<byte> content, ReadingLimits? limits = null, CancellationToken cancellationToken = default)
    {
        limits ??= ReadingLimits.Default;
        // The same checks as reading, before the SDK inflates anything.
        DocxPackageGuard.Check(content, limits, cancellationToken);
        var buffer = new MemoryStream();
        buffer.Write(content.Span);
        buffer.Position = 0;
        WordprocessingDocument? package = null;
        try
        {
            package = WordprocessingDocument.Open(buffer, true, DocxReader.PackageSettings());
            return new WordDocumentCopy(buffer, package, DocxReader.WordMainPart(package), limits);
        }
        catch (Exception ex) when (DocxReader.IsPackageFailure(ex) || ex is DocumentReadException)
        {
            package?.Dispose();
            buffer.Dispose();
            if (ex is DocumentReadException)
            {
                throw;
            }

            throw DocxReader.Unreadable(ex);
        }
    }

    /// <summary>
    /// A part's XML, to edit and then <see cref="Save"/>; null when the part is absent. XML comments and processing
    /// instructions are kept, so saving it unchanged changes nothing.
    /// </summary>
    /// <exception cref="DocumentReadException">The part is malformed or breaks a limit.</exception>
    public XDocument? Load(OpenXmlPart? part) => DocxReader.LoadPartForEditing(part, _limits);

    /// <summary>
    /// The text under <paramref name="containers"/> (a loaded body, a header, or notes one by one) as the reader reads
    /// it, mapped to the runs it came from. For the main body the map's text is the checked document's text, character
    /// for character, so a diagnostic's location is an offset into it.
    /// </summary>
    /// <param name="containers">Elements of XML returned by <see cref="Load"/>.</param>
    /// <param name="path">The name reported for the document.</param>
    /// <param name="cancellationToken">Cancels the walk.</param>
    public WordTextMap MapText(IEnumerable<XElement> containers, string path, CancellationToken cancellationToken = default)
    {
        if (!_stylesLoaded)
        {
            // Styles decide which paragraphs are headings, lists and quotations, as when the document was read.
            _styles = DocxReader.LoadPartForReading(Main.StyleDefinitionsPart, _limits);
            _stylesLoaded = true;
        }

        return DocxReader.MapText(containers, _styles, path, cancellationToken);
    }

    /// <summary>
    /// Every paragraph's stored text under <paramref name="root"/>, including what the reader deliberately skips (the
    /// fallback copy Word keeps of every text box), so a redaction can reach data the file holds twice.
    /// </summary>
    public static WordTextMap MapStoredText(XElement root, string path) => WordTextMap.FromTextElements(root, path);

    /// <summary>Writes <paramref name="xml"/> back as the whole content of <paramref name="part"/>.</summary>
    public static void Save(OpenXmlPart part, XDocument xml)
    {
        ArgumentNullException.ThrowIfNull(part);
        ArgumentNullException.ThrowIfNull(xml);
        using var stream = part.GetStream(FileMode.Create, FileAccess.Write);
        using var writer = XmlWriter.Create(stream, new XmlWriterSettings { Encoding = new System.Text.UTF8Encoding(false), Indent = false });
        xml.Save(writer);
    }

    /// <summary>Closes the package and returns the changed copy's bytes; the copy cannot be edited afterwards.</summary>
    public byte[] ToArray()
    {
        _package.Dispose();
        return _buffer.ToArray();
    }

    /// <inheritdoc />
    public void Dispose()
    {
        _package.Dispose();
        _buffer.Dispose();
    }
}
