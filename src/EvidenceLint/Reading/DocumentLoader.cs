using EvidenceLint.Analysis;

namespace EvidenceLint.Reading;

/// <summary>The outcome of loading one input: a document, or the EL0xxx diagnostic that says why there is none.</summary>
/// <param name="Document">The document, when it could be read.</param>
/// <param name="Failure">The reason it could not, otherwise.</param>
public sealed record LoadResult(EvidenceDocument? Document, Diagnostic? Failure)
{
    /// <summary>The format detected, when detection got that far.</summary>
    public InputFormat? Format { get; init; }
}

/// <summary>
/// Reads any supported input safely: copies at most the size limit into memory (the caller's stream or file is
/// only ever read), detects the format from the content, dispatches to the reader, enforces the limits and turns
/// every failure into an EL0001–EL0004 diagnostic. Never throws for bad input; honours cancellation.
/// </summary>
public sealed class DocumentLoader
{
    private readonly Dictionary<InputFormat, IEvidenceReader> _readers;

    /// <summary>Creates a loader over the given readers (one per format; later ones win).</summary>
    public DocumentLoader(IEnumerable<IEvidenceReader> readers)
    {
        ArgumentNullException.ThrowIfNull(readers);
        _readers = [];
        foreach (var reader in readers)
        {
            _readers[reader.Format] = reader;
        }
    }

    /// <summary>Opens a file read-only (sharing it with other readers and writers) and loads it.</summary>
    public async Task<LoadResult> LoadFileAsync(string path, ReadingLimits limits, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(path);
        FileStream stream;
        try
        {
            stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete, 4096, FileOptions.Asynchronous | FileOptions.SequentialScan);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or NotSupportedException or ArgumentException)
        {
            return Fail(path, ReadFailure.Unreadable, OpenFailureMessage(ex), null);
        }

        await using (stream.ConfigureAwait(false))
        {
            return await LoadAsync(stream, path, limits, cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>Loads a document from a stream, which is read but never written, seeked or closed.</summary>
    public async Task<LoadResult> LoadAsync(Stream content, string path, ReadingLimits limits, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(content);
        ArgumentNullException.ThrowIfNull(path);
        ArgumentNullException.ThrowIfNull(limits);

        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(limits.Timeout);
        InputFormat? format = null;
        try
        {
            byte[]? bytes = await ReadBoundedAsync(content, limits.MaxInputBytes, timeout.Token).ConfigureAwait(false);
            if (bytes is null)
            {
                return Fail(path, ReadFailure.LimitExceeded, $"The file is larger than the {FormatBytes(limits.MaxInputBytes)} limit. Save the account without embedded videos or large images, or raise \"limits.maxInputBytes\" in evidencelint.json.", null);
            }

            format = FormatSniffer.Detect(bytes, path);
            if (!_readers.TryGetValue(format.Value, out var reader))
            {
                return Fail(path, ReadFailure.Unreadable, $"No reader is registered for {format.Value.ToShortName()} files.", format);
            }

            // Parsers are synchronous and some cannot observe cancellation mid-parse; running them on the pool
            // lets the time limit end the wait even if a hostile file keeps one parser busy.
            var document = await Task.Run(() => reader.Read(bytes, path, limits, timeout.Token), timeout.Token)
                .WaitAsync(timeout.Token)
                .ConfigureAwait(false);

            if (document.WordCount > limits.MaxWords)
            {
                return Fail(path, ReadFailure.LimitExceeded, $"The account has {document.WordCount:N0} words, more than the {limits.MaxWords:N0}-word limit.", format);
            }

            if (document.Paragraphs.IsEmpty || document.WordCount == 0)
            {
                return Fail(path, ReadFailure.NoText, NoTextMessage(format.Value), format);
            }

            return new LoadResult(document, null) { Format = format };
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            return Fail(path, ReadFailure.LimitExceeded, $"Reading the document took longer than the {limits.Timeout.TotalSeconds:0.#}-second limit, so it was stopped. The file may be damaged or unusually complex; try saving it again.", format);
        }
        catch (DocumentReadException ex)
        {
            return Fail(path, ex.Failure, ex.Message, format);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            string what = format switch
            {
                InputFormat.Docx => "Word document",
                InputFormat.Pdf => "PDF",
                _ => "file",
            };
            return Fail(path, ReadFailure.Unreadable, $"The {what} is damaged or incomplete and could not be read ({ex.GetType().Name}: {ex.Message}). Open it, save it again and re-check.", format);
        }
    }

    internal static string NoTextMessage(InputFormat format) => format == InputFormat.Pdf
        ? "No text could be found in the PDF: it looks like a scan or a picture of the pages. It needs OCR (text recognition) first; better, check the original Word file."
        : "The document contains no text to check.";

    private static LoadResult Fail(string path, ReadFailure failure, string message, InputFormat? format)
    {
        var descriptor = failure switch
        {
            ReadFailure.Encrypted => EngineDiagnostics.DocumentEncrypted,
            ReadFailure.NoText => EngineDiagnostics.DocumentHasNoText,
            ReadFailure.LimitExceeded => EngineDiagnostics.LimitExceeded,
            _ => EngineDiagnostics.DocumentUnreadable,
        };
        return new LoadResult(null, Diagnostic.Create(descriptor, EvidenceLocation.ForDocument(path), message)) { Format = format };
    }

    private static string OpenFailureMessage(Exception ex) => ex switch
    {
        FileNotFoundException or DirectoryNotFoundException => "The file does not exist. Check the path and file name.",
        UnauthorizedAccessException => "The file could not be opened: permission denied.",
        _ => $"The file could not be opened: {ex.Message}",
    };

    private static async Task<byte[]?> ReadBoundedAsync(Stream content, long maxBytes, CancellationToken cancellationToken)
    {
        if (content.CanSeek)
        {
            long remaining = content.Length - content.Position;
            if (remaining > maxBytes)
            {
                return null;
            }
        }

        using var buffer = new MemoryStream();
        byte[] chunk = new byte[81920];
        int read;
        while ((read = await content.ReadAsync(chunk, cancellationToken).ConfigureAwait(false)) > 0)
        {
            if (buffer.Length + read > maxBytes)
            {
                return null;
            }

            buffer.Write(chunk, 0, read);
        }

        return buffer.ToArray();
    }

    private static string FormatBytes(long bytes) => bytes >= 1024 * 1024 ? $"{bytes / (1024.0 * 1024):0.#} MB" : $"{bytes:N0}-byte";
}
