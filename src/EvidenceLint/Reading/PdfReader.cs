using UglyToad.PdfPig;
using UglyToad.PdfPig.AcroForms;
using UglyToad.PdfPig.AcroForms.Fields;
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

        using (var document = Open(content, skipBadFonts: true))
        {
            var result = ReadDocument(document, path, limits, cancellationToken);
            if (result is not null)
            {
                return result;
            }
        }

        // No text at all. Usually a scan, but skipping fonts PdfPig could not load (kept on so one bad font
        // does not lose a whole account) also leaves a page empty: look again without skipping to tell a
        // damaged file from a scanned one.
        using (var strict = Open(content, skipBadFonts: false))
        {
            int pages = strict.NumberOfPages;
            for (int number = 1; number <= pages; number++)
            {
                cancellationToken.ThrowIfCancellationRequested();
                try
                {
                    _ = strict.GetPage(number).Letters.Count;
                }
                catch (Exception ex) when (IsParserFailure(ex))
                {
                    throw Translate(ex, number);
                }
            }
        }

        throw new DocumentReadException(ReadFailure.NoText, DocumentLoader.NoTextMessage(InputFormat.Pdf));
    }

    private static PdfDocument Open(ReadOnlyMemory<byte> content, bool skipBadFonts)
    {
        var options = new ParsingOptions
        {
            // Real-world PDFs are often slightly broken (bad xref offsets, missing trailers); Acrobat opens them,
            // so a learner expects us to as well. Structural damage PdfPig cannot repair still throws.
            UseLenientParsing = true,
            SkipMissingFonts = skipBadFonts,
        };

        try
        {
            // PdfPig only reads the memory it is given; the caller's bytes are never modified.
            return PdfDocument.Open(content, options);
        }
        catch (PdfDocumentEncryptedException ex)
        {
            // Thrown while opening only when the empty user password does not work, that is when a password is
            // needed to read the document (an owner password alone restricts editing, not reading).
            throw new DocumentReadException(ReadFailure.Encrypted, EncryptedMessage, ex);
        }
        catch (Exception ex) when (IsParserFailure(ex))
        {
            throw Translate(ex, page: null);
        }
    }

    /// <returns>The document, or null when no page has any text.</returns>
    private static EvidenceDocument? ReadDocument(PdfDocument document, string path, ReadingLimits limits, CancellationToken cancellationToken)
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
        var fields = FormFieldText(document);

        var builder = new EvidenceDocumentBuilder(path, InputFormat.Pdf) { PageCount = pageCount };
        PdfParagraph? pending = null;
        foreach (var page in pages)
        {
            cancellationToken.ThrowIfCancellationRequested();
            bool first = true;
            foreach (var paragraph in PdfLayout.Paragraphs(page))
            {
                // A sentence that runs over the page break is one paragraph, not two half-sentences (which would, for
                // one, leave a quotation opened on one page and closed on the next unmatched on both).
                if (first && pending is not null && PdfLayout.ContinuesOnNextPage(pending.Text, paragraph.Text))
                {
                    var joined = new System.Text.StringBuilder(pending.Text);
                    PdfLayout.Append(joined, paragraph.Text);
                    pending = pending with { Text = joined.ToString() };
                }
                else
                {
                    if (pending is not null)
                    {
                        builder.AddParagraph(pending.Text, page: pending.Page);
                    }

                    pending = paragraph;
                }

                first = false;
            }

            // Accounts are often typed into a fillable template; the answers live in form fields, not page text.
            if (fields.TryGetValue(page.Number, out var values))
            {
                if (pending is not null)
                {
                    builder.AddParagraph(pending.Text, page: pending.Page);
                    pending = null;
                }

                foreach (string value in values)
                {
                    builder.AddParagraph(value, page: page.Number);
                }
            }
        }

        if (pending is not null)
        {
            builder.AddParagraph(pending.Text, page: pending.Page);
        }

        return builder.ParagraphCount == 0 ? null : builder.Build();
    }

    /// <summary>The values typed into text fields of a fillable form, by page, in the form's field order.</summary>
    private static Dictionary<int, List<string>> FormFieldText(PdfDocument document)
    {
        var byPage = new Dictionary<int, List<string>>();
        AcroForm? form;
        try
        {
            if (!document.TryGetForm(out form) || form is null)
            {
                return byPage;
            }
        }
        catch (Exception ex) when (IsParserFailure(ex))
        {
            // A damaged form must not lose the page text, which has already been read.
            return byPage;
        }

        foreach (var field in form.Fields.OfType<AcroTextField>())
        {
            if (!string.IsNullOrWhiteSpace(field.Value))
            {
                int page = field.PageNumber ?? 1;
                if (!byPage.TryGetValue(page, out var values))
                {
                    byPage[page] = values = [];
                }

                values.AddRange(field.Value.ReplaceLineEndings("\n").Split("\n\n", StringSplitOptions.RemoveEmptyEntries));
            }
        }

        return byPage;
    }

    private static bool IsParserFailure(Exception ex) => ex is not (OperationCanceledException or DocumentReadException or OutOfMemoryException);

    private static DocumentReadException Translate(Exception ex, int? page)
    {
        // An encryption error after the document opened means its content does not decrypt: damage, not a password.
        string where = page is null ? "The PDF" : $"Page {page} of the PDF";
        string detail = string.IsNullOrWhiteSpace(ex.Message) ? ex.GetType().Name : ex.Message.Trim();
        return new DocumentReadException(
            ReadFailure.Unreadable,
            $"{where} is damaged or uses features that cannot be read ({detail}). Open it and save or export it again as a new PDF, then re-check.",
            ex);
    }
}
