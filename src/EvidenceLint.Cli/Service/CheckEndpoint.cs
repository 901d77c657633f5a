using System.Text;
using EvidenceLint.Analysis;
using EvidenceLint.Cli.Commands;
using EvidenceLint.Reporting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Net.Http.Headers;

namespace EvidenceLint.Cli.Service;

/// <summary>
/// <c>POST /v1/check?unit=…</c>: one account in, the report <c>check</c> would print for it out, in the same format
/// registry the command line uses (JSON by default, SARIF or HTML by <c>Accept</c>). The document is held in memory
/// only, never written to disk, and every refusal is a problem-details response rather than a 500.
/// </summary>
internal sealed class CheckEndpoint(EvidenceLinter linter, LintOptions options, ServiceOptions service, ServiceMetrics metrics)
{
    /// <summary>The media types a document may be sent as, with the extension that tells the engine Markdown from text.</summary>
    internal static readonly IReadOnlyDictionary<string, string> DocumentTypes = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase)
    {
        ["application/vnd.openxmlformats-officedocument.wordprocessingml.document"] = ".docx",
        ["application/pdf"] = ".pdf",
        ["text/plain"] = ".txt",
        ["text/markdown"] = ".md",
        ["text/x-markdown"] = ".md",
    };

    /// <summary>The report formats a client may ask for by <c>Accept</c>, each with the media type it is answered with.</summary>
    internal static readonly (string MediaType, string Format, string ContentType)[] Answers =
    [
        ("application/json", "json", "application/json; charset=utf-8"),
        ("application/sarif+json", "sarif", "application/sarif+json; charset=utf-8"),
        ("text/html", "html", "text/html; charset=utf-8"),
    ];

    private static readonly HashSet<string> ReadFailures = new(StringComparer.Ordinal)
    {
        EngineDiagnostics.DocumentUnreadable.Id, EngineDiagnostics.DocumentEncrypted.Id,
        EngineDiagnostics.DocumentHasNoText.Id, EngineDiagnostics.LimitExceeded.Id,
    };

    private static readonly string[] Extensions = [".docx", ".pdf", ".txt", ".md", ".markdown"];

    private readonly DiagnosticDescriptor[] _rules = [.. linter.SupportedDiagnostics];
    private readonly LintOptions _options = options with { Limits = service.Limits };

    public async Task HandleAsync(HttpContext context)
    {
        var request = context.Request;
        if (!TryReadUnit(request.Query, out string? unit, out string? problem))
        {
            metrics.Checked("bad-request", 0);
            await Problems.BadRequestAsync(context, problem!).ConfigureAwait(false);
            return;
        }

        RequestLog.SetUnit(context, unit ?? "default");
        if (Negotiate(request.Headers.Accept) is not { } answer)
        {
            metrics.Checked("not-acceptable", 0);
            await Problems.WriteAsync(context, StatusCodes.Status406NotAcceptable, "Not acceptable",
                $"Reports are available as {string.Join(", ", Answers.Select(a => a.MediaType))}; send one of them (or */*) in Accept.").ConfigureAwait(false);
            return;
        }

        if (!MediaTypeHeaderValue.TryParse(request.ContentType, out var contentType) || contentType.MediaType.Value is not { } mediaType)
        {
            metrics.Checked("unsupported-type", 0);
            await UnsupportedAsync(context, request.ContentType is null ? "The request has no Content-Type." : $"'{Shorten(request.ContentType)}' is not a media type.").ConfigureAwait(false);
            return;
        }

        bool multipart = string.Equals(mediaType, "multipart/form-data", StringComparison.OrdinalIgnoreCase);
        if (!multipart && !DocumentTypes.ContainsKey(mediaType))
        {
            metrics.Checked("unsupported-type", 0);
            await UnsupportedAsync(context, $"Documents of type '{Shorten(mediaType)}' cannot be checked.").ConfigureAwait(false);
            return;
        }

        // Decided before a byte of the body is read, so an oversized upload costs nothing but its headers.
        long limit = _options.Limits.MaxInputBytes;
        if (context.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } bodySize)
        {
            bodySize.MaxRequestBodySize = service.MaxRequestBodyBytes; // Kestrel's own backstop: the limit plus the multipart allowance
        }

        if (request.ContentLength > (multipart ? limit + ServiceOptions.MultipartAllowance : limit))
        {
            metrics.Checked("too-large", 0);
            await Problems.TooLargeAsync(context, limit).ConfigureAwait(false);
            return;
        }

        Upload? upload;
        using (var uploadTimeout = CancellationTokenSource.CreateLinkedTokenSource(context.RequestAborted))
        {
            uploadTimeout.CancelAfter(service.RequestTimeout);
            try
            {
                upload = multipart
                    ? await ReadMultipartAsync(context, contentType, limit, uploadTimeout.Token).ConfigureAwait(false)
                    : await ReadBodyAsync(context, mediaType, limit, uploadTimeout.Token).ConfigureAwait(false);
            }
            catch (OperationCanceledException) when (uploadTimeout.IsCancellationRequested && !context.RequestAborted.IsCancellationRequested)
            {
                metrics.Checked("upload-timeout", 0);
                await Problems.WriteAsync(context, StatusCodes.Status408RequestTimeout, "Upload too slow",
                    $"The document was not received within {service.RequestTimeout.TotalSeconds:0} seconds.").ConfigureAwait(false);
                return;
            }
            catch (BadHttpRequestException ex)
            {
                // Kestrel's own limits (body size, data rate) and malformed framing: the client's doing, never a 500.
                metrics.Checked(ex.StatusCode == StatusCodes.Status413PayloadTooLarge ? "too-large" : "bad-request", 0);
                await Problems.WriteAsync(context, ex.StatusCode, ex.StatusCode == StatusCodes.Status413PayloadTooLarge ? "Document too large" : "Bad request", ex.Message).ConfigureAwait(false);
                return;
            }
            catch (InvalidDataException ex)
            {
                metrics.Checked("bad-request", 0);
                await Problems.BadRequestAsync(context, $"The multipart/form-data body is malformed: {ex.Message}").ConfigureAwait(false);
                return;
            }
        }

        if (upload is null)
        {
            return; // refused already
        }

        RequestLog.SetDocumentBytes(context, upload.Content.Length);
        var lintRequest = LintRun.CreateRequest(_options, unit);
        LintResult result;
        using (var input = new MemoryStream(upload.Content, writable: false))
        {
            result = await linter.LintAsync(input, upload.EngineName, lintRequest, context.RequestAborted).ConfigureAwait(false);
        }

        result = result with { Path = upload.Label };
        if (result.Diagnostics.FirstOrDefault(d => ReadFailures.Contains(d.Id)) is { } failure)
        {
            metrics.Checked(failure.Id, upload.Content.Length);
            await Problems.WriteAsync(context, StatusCodes.Status422UnprocessableEntity, failure.Descriptor.Title, failure.Message,
                new Dictionary<string, object?> { ["id"] = failure.Id, ["helpUri"] = failure.Descriptor.HelpUri }).ConfigureAwait(false);
            return;
        }

        metrics.Checked(answer.Format, upload.Content.Length);
        using var report = new MemoryStream();
        await ReportFormats.Get(answer.Format).WriteAsync(report, new ReportInput([result], _rules, Cli.Version), context.RequestAborted).ConfigureAwait(false);

        // The command line ends what it prints with a line break; so does the service, byte for byte.
        if (report.Length == 0 || report.GetBuffer()[report.Length - 1] != (byte)'\n')
        {
            report.Write(Encoding.UTF8.GetBytes(Environment.NewLine));
        }

        context.Response.StatusCode = StatusCodes.Status200OK;
        context.Response.ContentType = answer.ContentType;
        context.Response.ContentLength = report.Length;
        context.Response.Headers.CacheControl = "no-store";
        await context.Response.Body.WriteAsync(report.GetBuffer().AsMemory(0, (int)report.Length), context.RequestAborted).ConfigureAwait(false);
    }

    private bool TryReadUnit(IQueryCollection query, out string? unit, out string? problem)
    {
        unit = null;
        problem = null;
        foreach (var (key, values) in query)
        {
            if (!string.Equals(key, "unit", StringComparison.Ordinal))
            {
                problem = $"Unknown query parameter '{Shorten(key)}'. The only parameter is unit ({UnitChoices()}).";
                return false;
            }

            if (values.Count != 1 || string.IsNullOrWhiteSpace(values[0]))
            {
                problem = $"Give unit once, as one of {UnitChoices()}.";
                return false;
            }

            string value = values[0]!.Trim();
            if (string.Equals(value, "auto", StringComparison.OrdinalIgnoreCase))
            {
                unit = "auto";
            }
            else if (linter.Units.TryGet(value, out var pack))
            {
                unit = pack.Id;
            }
            else
            {
                problem = $"Unknown unit '{Shorten(value)}'. Use {UnitChoices()}.";
                return false;
            }
        }

        return true;
    }

    private string UnitChoices() => string.Join(", ", linter.Units.All.Select(p => p.Id)) + " or auto";

    /// <summary>The first answer the client accepts, by quality then order; JSON when it states no preference.</summary>
    private static (string MediaType, string Format, string ContentType)? Negotiate(IList<string>? accept)
    {
        if (accept is null || accept.Count == 0 || !MediaTypeHeaderValue.TryParseList(accept, out var ranges) || ranges.Count == 0)
        {
            return Answers[0];
        }

        foreach (var range in ranges.Where(r => (r.Quality ?? 1) > 0).OrderByDescending(r => r.Quality ?? 1))
        {
            foreach (var answer in Answers)
            {
                if (new MediaTypeHeaderValue(answer.MediaType).IsSubsetOf(range))
                {
                    return answer;
                }
            }
        }

        return null;
    }

    private async Task<Upload?> ReadBodyAsync(HttpContext context, string mediaType, long limit, CancellationToken cancellationToken)
    {
        string extension = DocumentTypes[mediaType];
        string? name = null;
        if (ContentDispositionHeaderValue.TryParse(context.Request.Headers.ContentDisposition.ToString(), out var disposition))
        {
            name = FileName(disposition);
        }

        byte[]? content = await ReadBoundedAsync(context.Request.Body, limit, context.Request.ContentLength, cancellationToken).ConfigureAwait(false);
        if (content is null)
        {
            metrics.Checked("too-large", 0);
            await Problems.TooLargeAsync(context, limit).ConfigureAwait(false);
            return null;
        }

        return Upload.Create(content, name, extension);
    }

    private async Task<Upload?> ReadMultipartAsync(HttpContext context, MediaTypeHeaderValue contentType, long limit, CancellationToken cancellationToken)
    {
        string boundary = HeaderUtilities.RemoveQuotes(contentType.Boundary).Value ?? string.Empty;
        if (boundary.Length is 0 or > 200)
        {
            metrics.Checked("bad-request", 0);
            await Problems.BadRequestAsync(context, "multipart/form-data needs a boundary parameter (of at most 200 characters).").ConfigureAwait(false);
            return null;
        }

        // Sections are streamed and only the file part is kept, in memory: unlike ReadFormAsync, which would spill a
        // large upload to a temporary file, nothing of the document ever reaches the disk.
        var reader = new MultipartReader(boundary, context.Request.Body) { BodyLengthLimit = limit };
        for (var section = await reader.ReadNextSectionAsync(cancellationToken).ConfigureAwait(false); section is not null; section = await reader.ReadNextSectionAsync(cancellationToken).ConfigureAwait(false))
        {
            if (!ContentDispositionHeaderValue.TryParse(section.ContentDisposition, out var disposition) ||
                !string.Equals(HeaderUtilities.RemoveQuotes(disposition.Name).Value, "file", StringComparison.Ordinal))
            {
                continue; // other fields are ignored; the reader skips what is left of them
            }

            string? name = FileName(disposition);
            string? extension = PartExtension(section.ContentType, name);
            if (extension is null)
            {
                metrics.Checked("unsupported-type", 0);
                await UnsupportedAsync(context, section.ContentType is null
                    ? "The file part has no Content-Type and its file name does not end in .docx, .pdf, .txt or .md."
                    : $"Documents of type '{Shorten(section.ContentType)}' cannot be checked.").ConfigureAwait(false);
                return null;
            }

            byte[]? content = await ReadBoundedAsync(section.Body, limit, null, cancellationToken).ConfigureAwait(false);
            if (content is null)
            {
                metrics.Checked("too-large", 0);
                await Problems.TooLargeAsync(context, limit).ConfigureAwait(false);
                return null;
            }

            return Upload.Create(content, name, extension);
        }

        metrics.Checked("bad-request", 0);
        await Problems.BadRequestAsync(context, "The multipart/form-data body has no part named 'file' (curl -F file=@account.docx).").ConfigureAwait(false);
        return null;
    }

    /// <summary>
    /// The part's type decides how it is read; a generic type (browsers and curl send application/octet-stream for a
    /// .docx) defers to the file name's extension.
    /// </summary>
    private static string? PartExtension(string? partType, string? name)
    {
        if (MediaTypeHeaderValue.TryParse(partType, out var type) && type.MediaType.Value is { } media &&
            !string.Equals(media, "application/octet-stream", StringComparison.OrdinalIgnoreCase))
        {
            return DocumentTypes.TryGetValue(media, out string? extension) ? extension : null;
        }

        string nameExtension = Path.GetExtension(name ?? string.Empty).ToLowerInvariant();
        return Extensions.Contains(nameExtension) ? (nameExtension == ".markdown" ? ".md" : nameExtension) : null;
    }

    private static string? FileName(ContentDispositionHeaderValue disposition)
    {
        string? name = HeaderUtilities.RemoveQuotes(disposition.FileNameStar).Value;
        if (string.IsNullOrEmpty(name))
        {
            name = HeaderUtilities.RemoveQuotes(disposition.FileName).Value;
        }

        return name;
    }

    /// <summary>Reads at most <paramref name="limit"/> bytes; null when the stream holds more.</summary>
    private static async Task<byte[]?> ReadBoundedAsync(Stream body, long limit, long? expected, CancellationToken cancellationToken)
    {
        using var buffer = new MemoryStream(expected is long length && length <= limit ? (int)length : 0);
        byte[] chunk = new byte[81920];
        while (true)
        {
            int read = await body.ReadAsync(chunk, cancellationToken).ConfigureAwait(false);
            if (read == 0)
            {
                return buffer.Length == buffer.Capacity ? buffer.GetBuffer() : buffer.ToArray();
            }

            if (buffer.Length + read > limit)
            {
                return null;
            }

            buffer.Write(chunk, 0, read);
        }
    }

    private static Task UnsupportedAsync(HttpContext context, string why) =>
        Problems.WriteAsync(context, StatusCodes.Status415UnsupportedMediaType, "Unsupported document type",
            $"{why} Send a Word document ({DocumentTypes.Keys.First()}), application/pdf, text/plain or text/markdown, as the body or as the 'file' part of multipart/form-data.");

    private static string Shorten(string text) => text.Length <= 100 ? text : text[..100] + "…";

    /// <summary>A received document: its bytes, the name reports show, and the name the engine reads it by.</summary>
    private sealed record Upload(byte[] Content, string Label, string EngineName)
    {
        public static Upload Create(byte[] content, string? clientName, string extension)
        {
            // The client's name is only a label in the report; nothing is opened or written by it.
            string label = new([.. (clientName ?? string.Empty).Where(c => !char.IsControl(c)).Take(260)]);
            if (label.Length == 0)
            {
                label = "document" + extension;
            }

            // The engine tells Markdown from text by extension, so the declared type wins over the label's.
            bool extensionAgrees = string.Equals(Path.GetExtension(label), extension, StringComparison.OrdinalIgnoreCase) ||
                (extension == ".md" && string.Equals(Path.GetExtension(label), ".markdown", StringComparison.OrdinalIgnoreCase));
            return new Upload(content, label, extensionAgrees ? label : label + extension);
        }
    }
}
