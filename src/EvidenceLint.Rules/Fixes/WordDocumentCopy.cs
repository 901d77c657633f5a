using System.IO.Packaging;
using System.Xml;
using System.Xml.Linq;
using DocumentFormat.OpenXml.Packaging;
using EvidenceLint.Reading;

namespace EvidenceLint.Rules.Fixes;

/// <summary>
/// An in-memory copy of a Word document for writers to change. The caller's bytes are copied first, so nothing a writer
/// does can reach the original; parts are edited as XML (with the reader's protections) and only the parts a writer
/// saves are rewritten, so everything else in the package is kept as it was.
/// </summary>
internal sealed class WordDocumentCopy : IDisposable
{
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

    /// <summary>Opens a copy of <paramref name="content"/>; throws <see cref="DocumentReadException"/> when it is not a readable Word document.</summary>
    public static WordDocumentCopy Open(ReadOnlyMemory<byte> content, ReadingLimits limits, CancellationToken cancellationToken)
    {
        // The same checks as reading, before the SDK inflates anything.
        DocxPackageGuard.Check(content, limits, cancellationToken);
        var buffer = new MemoryStream();
        buffer.Write(content.Span);
        buffer.Position = 0;
        WordprocessingDocument package;
        try
        {
            package = WordprocessingDocument.Open(buffer, true, new OpenSettings
            {
                AutoSave = false,
                MarkupCompatibilityProcessSettings = new MarkupCompatibilityProcessSettings(MarkupCompatibilityProcessMode.NoProcess, DocumentFormat.OpenXml.FileFormatVersions.Office2007),
            });
        }
        catch (Exception ex) when (ex is OpenXmlPackageException or InvalidDataException or FileFormatException or XmlException or IOException or InvalidOperationException or ArgumentException)
        {
            buffer.Dispose();
            throw new DocumentReadException(ReadFailure.Unreadable, DocxPackageGuard.DamagedMessage, ex);
        }

        var main = package.MainDocumentPart;
        if (main is null || !main.ContentType.Contains("wordprocessingml", StringComparison.OrdinalIgnoreCase))
        {
            package.Dispose();
            buffer.Dispose();
            throw new DocumentReadException(ReadFailure.Unreadable, DocxPackageGuard.NotWordMessage);
        }

        return new WordDocumentCopy(buffer, package, main, limits);
    }

    /// <summary>A part's XML, to edit and then <see cref="Save"/>; null when the part is absent.</summary>
    public XDocument? Load(OpenXmlPart? part) => DocxReader.LoadPartForEditing(part, _limits);

    /// <summary>The styles part, which the text map needs to classify paragraphs as the reader does.</summary>
    public XDocument? LoadStyles() => DocxReader.LoadPartForReading(Main.StyleDefinitionsPart, _limits);

    /// <summary>Writes <paramref name="xml"/> back as the whole content of <paramref name="part"/>.</summary>
    public static void Save(OpenXmlPart part, XDocument xml)
    {
        using var stream = part.GetStream(FileMode.Create, FileAccess.Write);
        using var writer = XmlWriter.Create(stream, new XmlWriterSettings { Encoding = new System.Text.UTF8Encoding(false), Indent = false });
        xml.Save(writer);
    }

    /// <summary>Closes the package and returns the changed copy's bytes.</summary>
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
