using System.IO.Compression;

namespace EvidenceLint.Reading;

/// <summary>
/// Checks a DOCX's ZIP central directory against the safety limits before anything is inflated, so a ZIP bomb
/// is refused from a few hundred bytes of directory rather than discovered after filling memory.
/// </summary>
/// <remarks>
/// The check trusts the sizes the directory declares. That is enough because .NET's <see cref="ZipArchiveEntry"/>
/// read stream stops at the declared uncompressed length even when the compressed data would inflate further, so
/// an entry that lies about its size yields at most what it declared (the tests pin this behaviour).
/// </remarks>
internal static class DocxPackageGuard
{
    /// <summary>
    /// Parts smaller than this are not ratio-checked on their own: ordinary WordprocessingML compresses 20–50:1
    /// and tiny repetitive parts (empty headers, settings) can exceed 100:1 harmlessly. They still count towards
    /// the total, which is bounded by <see cref="ReadingLimits.MaxDecompressedBytes"/>.
    /// </summary>
    internal const long RatioCheckedFromBytes = 1024 * 1024;

    /// <summary>Far more parts than any real account has; stops a directory of millions of empty entries.</summary>
    internal const int MaxEntries = 10_000;

    /// <summary>
    /// The deepest element nesting a part may have. Word's own documents stay far below it (a table inside a table
    /// adds three levels, a text box about a dozen), while the readers and editors walk content recursively, so a part
    /// nested thousands deep would otherwise exhaust the stack and end the whole process, not just this document.
    /// Checked while each part is parsed (<see cref="DepthLimitedXmlReader"/>).
    /// </summary>
    internal const int MaxElementDepth = 512;

    /// <summary>The EL0004 message for a part nested deeper than <see cref="MaxElementDepth"/>.</summary>
    internal static string TooDeepMessage(Uri partUri) =>
        $"Part of the Word document ({partUri}) nests tables, text boxes or other content more than {MaxElementDepth} levels deep, which real documents never do, so it was not read. Copy the text into a new Word document and re-check.";

    /// <summary>Throws <see cref="DocumentReadException"/> when the package is corrupt, is not a Word package or breaches a limit.</summary>
    public static void Check(ReadOnlyMemory<byte> content, ReadingLimits limits, CancellationToken cancellationToken)
    {
        using var stream = ReadOnlyStream(content);
        ZipArchive archive;
        try
        {
            archive = new ZipArchive(stream, ZipArchiveMode.Read, leaveOpen: false);
        }
        catch (InvalidDataException ex)
        {
            throw new DocumentReadException(ReadFailure.Unreadable, DamagedMessage, ex);
        }

        using (archive)
        {
            CheckEntries(archive, limits, cancellationToken);
        }
    }

    /// <summary>The message for a ZIP that cannot be opened at all, usually a file cut short in copying or downloading.</summary>
    internal const string DamagedMessage =
        "The Word document is damaged or incomplete (it may not have finished copying or downloading), so it could not be read. Open it in Word, save it again and re-check.";

    /// <summary>The message for a valid ZIP that is not a Word package.</summary>
    internal const string NotWordMessage =
        "The file is a ZIP archive but not a Word document. Save your account as a .docx from Word (File > Save As > Word Document) and check that file.";

    /// <summary>A stream over the caller's bytes that cannot be written to.</summary>
    internal static MemoryStream ReadOnlyStream(ReadOnlyMemory<byte> content) =>
        System.Runtime.InteropServices.MemoryMarshal.TryGetArray(content, out ArraySegment<byte> segment)
            ? new MemoryStream(segment.Array!, segment.Offset, segment.Count, writable: false)
            : new MemoryStream(content.ToArray(), writable: false);

    private static void CheckEntries(ZipArchive archive, ReadingLimits limits, CancellationToken cancellationToken)
    {
        System.Collections.ObjectModel.ReadOnlyCollection<ZipArchiveEntry> entries;
        try
        {
            entries = archive.Entries;
        }
        catch (InvalidDataException ex)
        {
            throw new DocumentReadException(ReadFailure.Unreadable, DamagedMessage, ex);
        }

        if (entries.Count > MaxEntries)
        {
            throw new DocumentReadException(ReadFailure.LimitExceeded, $"The Word document is made of {entries.Count:N0} parts, more than the {MaxEntries:N0} any real document needs, so it was not opened.");
        }

        bool hasContentTypes = false;
        long totalDeclared = 0, totalCompressed = 0;
        foreach (var entry in entries)
        {
            cancellationToken.ThrowIfCancellationRequested();
            hasContentTypes |= string.Equals(entry.FullName, "[Content_Types].xml", StringComparison.OrdinalIgnoreCase);

            long declared = entry.Length, compressed = entry.CompressedLength;
            if (declared < 0 || compressed < 0 || declared > limits.MaxDecompressedBytes)
            {
                throw TooLarge(limits);
            }

            totalDeclared += declared;
            totalCompressed += compressed;
            if (totalDeclared > limits.MaxDecompressedBytes)
            {
                throw TooLarge(limits);
            }

            if (declared >= RatioCheckedFromBytes && RatioOf(declared, compressed) > limits.MaxCompressionRatio)
            {
                throw TooCompressed(limits);
            }
        }

        if (totalDeclared >= RatioCheckedFromBytes && RatioOf(totalDeclared, totalCompressed) > limits.MaxCompressionRatio)
        {
            throw TooCompressed(limits);
        }

        if (!hasContentTypes)
        {
            throw new DocumentReadException(ReadFailure.Unreadable, NotWordMessage);
        }
    }

    private static double RatioOf(long declared, long compressed) =>
        compressed == 0 ? double.PositiveInfinity : (double)declared / compressed;

    private static DocumentReadException TooLarge(ReadingLimits limits) => new(
        ReadFailure.LimitExceeded,
        $"The Word document would expand to more than {limits.MaxDecompressedBytes / (1024 * 1024):N0} MB when opened, so it was not opened. This usually means a damaged or deliberately malicious file; save the account again from Word without embedded media.");

    private static DocumentReadException TooCompressed(ReadingLimits limits) => new(
        ReadFailure.LimitExceeded,
        $"Part of the Word document is compressed more than {limits.MaxCompressionRatio:0.#} to 1, which real documents never are, so it was not opened (it looks like a \"ZIP bomb\"). Save the account again from Word and re-check.");
}
