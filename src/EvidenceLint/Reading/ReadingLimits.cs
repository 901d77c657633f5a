namespace EvidenceLint.Reading;

/// <summary>
/// Safety limits applied to every document before and while it is read. A breach is reported as EL0004;
/// nothing is inflated, parsed or analysed beyond them.
/// </summary>
public sealed record ReadingLimits
{
    /// <summary>The defaults: 50 MB input, 200 MB inflated, 100:1 compression, 500 pages, 200,000 words, 30 s.</summary>
    public static ReadingLimits Default { get; } = new();

    /// <summary>The largest input accepted, in bytes.</summary>
    public long MaxInputBytes { get; init; } = 50L * 1024 * 1024;

    /// <summary>The most a DOCX's parts may add up to once inflated, in bytes (checked before inflating).</summary>
    public long MaxDecompressedBytes { get; init; } = 200L * 1024 * 1024;

    /// <summary>The highest compression ratio any part of a DOCX, or the whole package, may claim.</summary>
    public double MaxCompressionRatio { get; init; } = 100;

    /// <summary>The most PDF pages read.</summary>
    public int MaxPages { get; init; } = 500;

    /// <summary>The most words an account may have.</summary>
    public int MaxWords { get; init; } = 200_000;

    /// <summary>The longest reading and analysing one document may take.</summary>
    public TimeSpan Timeout { get; init; } = TimeSpan.FromSeconds(30);
}
