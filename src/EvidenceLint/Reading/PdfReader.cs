using UglyToad.PdfPig;
using UglyToad.PdfPig.Exceptions;

namespace EvidenceLint.Reading;

/// <summary>
/// Reads PDF documents with PdfPig: words in reading order (columns read one after the other), paragraphs
/// rebuilt from line gaps and indentation, hyphenated line ends mended, running headers, footers and page
/// numbers dropped. Every PdfPig failure becomes a <see cref="DocumentReadException"/> a learner can act on.
/// </summary>
public sealed class PdfReader : IEvidenceReader
{
    private const string EncryptedMessage =
        "The PDF is password-protected, so its text cannot be read. Open it, remove the password (or print it to a new PDF) and save an unprotected copy to check.";

    /// <inheritdoc />
    public InputFormat Format => InputFormat.Pdf;

    /// <inheritdoc />
    public EvidenceDocument Read(ReadOnlyMemory<byte> content, string path, ReadingLimits limits, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(path);
        ArgumentNullException.ThrowIfNull(limits);
        cancellationToken.ThrowIfCancellationRequested();

        var options = new ParsingOptions
        {
            // Real-world PDFs are often slightly broken (bad xref offsets, missing trailers); Acrobat opens them,
            // so a learner expects us to as well. Structural damage PdfPig cannot repair still throws.
            UseLenientParsing = true,
            SkipMissingFonts = true,
        };

        PdfDocument document;
        try
        {
            // PdfPig only reads the memory it is given; the caller's bytes are never modified.
            document = PdfDocument.Open(content, options);
        }
        catch (Exception ex) when (IsParserFailure(ex))
        {
            throw Translate(ex, page: null);
        }

        using (document)
        {
            return ReadDocument(document, path, limits, cancellationToken);
        }
    }

    private static EvidenceDocument ReadDocument(PdfDocument document, string path, ReadingLimits limits, CancellationToken cancellationToken)
    {
        int pageCount;
        try
        {
            pageCount = document.NumberOfPages;
        }
        catch (Exception ex) when (IsParserFailure(ex))
        {
            throw Translate(ex, page: null);
        }

        // Checked before any page is parsed, so an over-long document costs almost nothing.
        if (pageCount > limits.MaxPages)
        {
            throw new DocumentReadException(
                ReadFailure.LimitExceeded,
                $"The PDF has {pageCount:N0} pages, more than the {limits.MaxPages:N0}-page limit. Check you chose the right file, or raise \"limits.maxPages\" in evidencelint.json.");
        }

        var pages = new List<PdfPageText>(pageCount);
        for (int number = 1; number <= pageCount; number++)
        {
            // Page parsing is where hostile content costs time; stopping between pages keeps the time limit honest.
            cancellationToken.ThrowIfCancellationRequested();
            try
            {
                pages.Add(PdfLayout.ReadPage(document.GetPage(number)));
            }
            catch (Exception ex) when (IsParserFailure(ex))
            {
                throw Translate(ex, number);
            }
        }

        PdfLayout.RemoveRunningLines(pages);

        var builder = new EvidenceDocumentBuilder(path, InputFormat.Pdf) { PageCount = pageCount };
        foreach (var page in pages)
        {
            cancellationToken.ThrowIfCancellationRequested();
            foreach (var paragraph in PdfLayout.Paragraphs(page))
            {
                builder.AddParagraph(paragraph.Text, page: paragraph.Page);
            }
        }

        if (builder.ParagraphCount == 0)
        {
            throw new DocumentReadException(ReadFailure.NoText, DocumentLoader.NoTextMessage(InputFormat.Pdf));
        }

        return builder.Build();
    }

    private static bool IsParserFailure(Exception ex) => ex is not (OperationCanceledException or DocumentReadException or OutOfMemoryException);

    private static DocumentReadException Translate(Exception ex, int? page)
    {
        if (ex is PdfDocumentEncryptedException)
        {
            return new DocumentReadException(ReadFailure.Encrypted, EncryptedMessage, ex);
        }

        string where = page is null ? "The PDF" : $"Page {page} of the PDF";
        string detail = string.IsNullOrWhiteSpace(ex.Message) ? ex.GetType().Name : ex.Message.Trim();
        return new DocumentReadException(
            ReadFailure.Unreadable,
            $"{where} is damaged or uses features that cannot be read ({detail}). Open it and save or export it again as a new PDF, then re-check.",
            ex);
    }
}
