namespace EvidenceLint.Reading;

/// <summary>Reads Word documents (.docx) with the Open XML SDK.</summary>
public sealed class DocxReader : IEvidenceReader
{
    /// <inheritdoc />
    public InputFormat Format => InputFormat.Docx;

    /// <inheritdoc />
    public EvidenceDocument Read(ReadOnlyMemory<byte> content, string path, ReadingLimits limits, CancellationToken cancellationToken) =>
        throw new DocumentReadException(ReadFailure.Unreadable, "Word documents cannot be read yet.");
}
