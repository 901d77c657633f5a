namespace EvidenceLint.Reading;

/// <summary>Reads PDF documents with PdfPig.</summary>
public sealed class PdfReader : IEvidenceReader
{
    /// <inheritdoc />
    public InputFormat Format => InputFormat.Pdf;

    /// <inheritdoc />
    public EvidenceDocument Read(ReadOnlyMemory<byte> content, string path, ReadingLimits limits, CancellationToken cancellationToken) =>
        throw new DocumentReadException(ReadFailure.Unreadable, "PDF documents cannot be read yet.");
}
