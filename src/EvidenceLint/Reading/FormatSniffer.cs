using System.Text;

namespace EvidenceLint.Reading;

/// <summary>
/// Decides the format from the content, never from the extension alone: a PDF renamed .docx is still read
/// as a PDF, and text renamed .docx is read as text rather than crashing a ZIP parser.
/// </summary>
public static class FormatSniffer
{
    private static ReadOnlySpan<byte> ZipLocalHeader => [0x50, 0x4B, 0x03, 0x04];
    private static ReadOnlySpan<byte> ZipEmptyArchive => [0x50, 0x4B, 0x05, 0x06];
    private static ReadOnlySpan<byte> OleCompoundFile => [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1];
    private static ReadOnlySpan<byte> PdfMagic => "%PDF-"u8;

    /// <summary>Returns the format, or throws <see cref="DocumentReadException"/> for content no reader accepts.</summary>
    public static InputFormat Detect(ReadOnlySpan<byte> content, string path)
    {
        if (content.IsEmpty)
        {
            throw new DocumentReadException(ReadFailure.Unreadable, "The file is empty (0 bytes). Save your account again and check the file you chose.");
        }

        if (content.StartsWith(ZipLocalHeader) || content.StartsWith(ZipEmptyArchive))
        {
            return InputFormat.Docx;
        }

        // PDF writers may put a little junk before the header; readers accept it within the first kilobyte.
        if (content[..Math.Min(content.Length, 1024)].IndexOf(PdfMagic) >= 0)
        {
            return InputFormat.Pdf;
        }

        if (content.StartsWith(OleCompoundFile))
        {
            // Password-protected .docx files are stored as an OLE compound file holding an "EncryptedPackage" stream.
            if (content.IndexOf(Encoding.Unicode.GetBytes("EncryptedPackage")) >= 0)
            {
                throw new DocumentReadException(ReadFailure.Encrypted, "The Word document is password-protected. Remove the password (File > Info > Protect Document) and save a copy to check.");
            }

            throw new DocumentReadException(ReadFailure.Unreadable, "This is an older Word 97-2003 (.doc) or other Office binary file, which cannot be read. Open it in Word and use Save As > Word Document (.docx).");
        }

        if (LooksBinary(content))
        {
            throw new DocumentReadException(ReadFailure.Unreadable, $"The file is not a Word document, PDF or text file that can be read{DescribeExtension(path)}. Save your account as .docx, .pdf or .txt.");
        }

        // A learner who renames notes.txt to account.docx has submitted the wrong file: say so rather than lint
        // text they may not have meant to send.
        string extension = Path.GetExtension(path).ToLowerInvariant();
        if (extension is ".docx" or ".docm" or ".dotx" or ".pdf" or ".doc" or ".odt" or ".rtf")
        {
            throw new DocumentReadException(ReadFailure.Unreadable, $"The file's name ends in {extension}, but it contains plain text, not a {(extension == ".pdf" ? "PDF" : "Word document")}. Open the account in Word and save it again, or rename it to .txt.");
        }

        return extension is ".md" or ".markdown" ? InputFormat.Markdown : InputFormat.Text;
    }

    private static string DescribeExtension(string path)
    {
        string extension = Path.GetExtension(path);
        return extension.Length > 0 ? $" (its name ends in {extension}, but its content is something else)" : string.Empty;
    }

    private static bool LooksBinary(ReadOnlySpan<byte> content)
    {
        if (content.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]) || content.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF]))
        {
            return false; // UTF-16 with a byte-order mark
        }

        var sample = content[..Math.Min(content.Length, 8192)];
        int controls = 0;
        foreach (byte b in sample)
        {
            if (b == 0)
            {
                return true;
            }

            if (b < 0x09 || (b > 0x0D && b < 0x20 && b != 0x1B))
            {
                controls++;
            }
        }

        return controls > sample.Length / 20;
    }
}
