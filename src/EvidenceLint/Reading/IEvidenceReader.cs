namespace EvidenceLint.Reading;

/// <summary>
/// Turns the bytes of one format into an <see cref="EvidenceDocument"/>. Readers are stateless and thread-safe;
/// they receive the whole input in memory (already checked against <see cref="ReadingLimits.MaxInputBytes"/>)
/// and never see the original file, so they cannot modify it.
/// </summary>
public interface IEvidenceReader
{
    /// <summary>The format this reader handles.</summary>
    InputFormat Format { get; }

    /// <summary>
    /// Reads a document. Throws <see cref="DocumentReadException"/> to report a problem with the input;
    /// any other exception is treated as an unreadable document.
    /// </summary>
    EvidenceDocument Read(ReadOnlyMemory<byte> content, string path, ReadingLimits limits, CancellationToken cancellationToken);
}
