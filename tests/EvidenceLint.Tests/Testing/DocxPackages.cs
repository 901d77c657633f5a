using System.Buffers.Binary;
using System.IO.Compression;
using DocumentFormat.OpenXml.Packaging;

namespace EvidenceLint.Tests.Testing;

/// <summary>Alters built DOCX packages for tests: edits through the SDK, raw part replacement and hostile ZIP tricks.</summary>
internal static class DocxPackages
{
    /// <summary>Opens a copy of <paramref name="docx"/> for editing with the SDK and returns the edited bytes.</summary>
    public static byte[] Edit(byte[] docx, Action<WordprocessingDocument> edit)
    {
        using var stream = new MemoryStream();
        stream.Write(docx);
        using (var document = WordprocessingDocument.Open(stream, true))
        {
            edit(document);
        }

        return stream.ToArray();
    }

    /// <summary>
    /// Copies <paramref name="docx"/> into <paramref name="output"/>, replacing the named entry with what
    /// <paramref name="writeEntry"/> writes (streamed, so very large entries are never held in memory).
    /// </summary>
    public static void CopyReplacing(byte[] docx, string entryName, Action<Stream> writeEntry, Stream output, CompressionLevel level = CompressionLevel.Optimal)
    {
        using var source = new ZipArchive(new MemoryStream(docx, writable: false), ZipArchiveMode.Read);
        using var target = new ZipArchive(output, ZipArchiveMode.Create, leaveOpen: true);
        foreach (var entry in source.Entries)
        {
            var copy = target.CreateEntry(entry.FullName, level);
            using var to = copy.Open();
            if (entry.FullName == entryName)
            {
                writeEntry(to);
            }
            else
            {
                using var from = entry.Open();
                from.CopyTo(to);
            }
        }
    }

    /// <summary>Replaces one entry's content with the given bytes.</summary>
    public static byte[] ReplaceEntry(byte[] docx, string entryName, byte[] content)
    {
        using var output = new MemoryStream();
        CopyReplacing(docx, entryName, s => s.Write(content), output);
        return output.ToArray();
    }

    /// <summary>
    /// Rewrites the uncompressed size that the local header and the central directory declare for one entry,
    /// leaving its compressed data alone: the trick a lying ZIP bomb plays.
    /// </summary>
    public static byte[] DeclareUncompressedSize(byte[] zip, string entryName, uint declaredSize)
    {
        byte[] patched = (byte[])zip.Clone();
        byte[] name = System.Text.Encoding.UTF8.GetBytes(entryName);
        int patchedHeaders = 0;
        for (int i = 0; i + 46 < patched.Length; i++)
        {
            uint signature = BinaryPrimitives.ReadUInt32LittleEndian(patched.AsSpan(i));
            if (signature == 0x04034b50 && NameAt(patched, i + 30, i + 26, name))
            {
                BinaryPrimitives.WriteUInt32LittleEndian(patched.AsSpan(i + 22), declaredSize);
                patchedHeaders++;
            }
            else if (signature == 0x02014b50 && NameAt(patched, i + 46, i + 28, name))
            {
                BinaryPrimitives.WriteUInt32LittleEndian(patched.AsSpan(i + 24), declaredSize);
                patchedHeaders++;
            }
        }

        if (patchedHeaders != 2)
        {
            throw new InvalidOperationException($"Expected a local and a central header for {entryName}, patched {patchedHeaders}.");
        }

        return patched;
    }

    private static bool NameAt(byte[] zip, int nameOffset, int lengthOffset, byte[] name) =>
        BinaryPrimitives.ReadUInt16LittleEndian(zip.AsSpan(lengthOffset)) == name.Length
        && nameOffset + name.Length <= zip.Length
        && zip.AsSpan(nameOffset, name.Length).SequenceEqual(name);
}
