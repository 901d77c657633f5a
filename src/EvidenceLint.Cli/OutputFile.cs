using System.Text;

namespace EvidenceLint.Cli;

/// <summary>
/// Writes --output files atomically: the report goes to a temporary file in the same folder, which is flushed to disk
/// and then moved over the target, so a reader never sees half a report and a failed, cancelled or killed run leaves
/// the previous report intact. A killed run can leave only its hidden temporary file (<c>.NAME.*.tmp</c>), which the
/// next write of the same report removes.
/// </summary>
internal static class OutputFile
{
    /// <summary>How old a leftover temporary file must be before it is removed: older than any write just starting.</summary>
    private static readonly TimeSpan LeftoverAge = TimeSpan.FromMinutes(1);

    public static async Task WriteAsync(string path, Func<Stream, Task> write, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        string full = Path.GetFullPath(path);
        string temporary = TemporaryPath(full);
        RemoveLeftovers(full);
        try
        {
            // FileShare.None also locks the file against other processes (flock on Unix), which tells a live write's
            // temporary file from one a killed run left behind.
            var stream = new FileStream(temporary, FileMode.CreateNew, FileAccess.Write, FileShare.None);
            await using (stream.ConfigureAwait(false))
            {
                await write(stream).ConfigureAwait(false);
                await stream.FlushAsync(cancellationToken).ConfigureAwait(false);
                stream.Flush(flushToDisk: true);
            }

            // The last point a cancellation stops the write: once moved, the report is whole and in place.
            cancellationToken.ThrowIfCancellationRequested();
            File.Move(temporary, full, overwrite: true);
        }
        finally
        {
            if (File.Exists(temporary))
            {
                File.Delete(temporary);
            }
        }
    }

    /// <summary>The temporary file a write of <paramref name="fullPath"/> uses: hidden, in the same folder, unique.</summary>
    internal static string TemporaryPath(string fullPath) =>
        Path.Combine(Path.GetDirectoryName(fullPath) ?? ".", $"{LeftoverPrefix(fullPath)}{Guid.NewGuid():N}.tmp");

    private static string LeftoverPrefix(string fullPath) => $".{Path.GetFileName(fullPath)}.";

    /// <summary>Removes temporary files of earlier writes of this report whose writer is gone (killed mid-write).</summary>
    private static void RemoveLeftovers(string fullPath)
    {
        string folder = Path.GetDirectoryName(fullPath) ?? ".";
        string prefix = LeftoverPrefix(fullPath);
        try
        {
            foreach (string leftover in Directory.EnumerateFiles(folder, ".*.tmp"))
            {
                string name = Path.GetFileName(leftover);
                if (!name.StartsWith(prefix, StringComparison.Ordinal) || name.Length != prefix.Length + 32 + ".tmp".Length
                    || DateTime.UtcNow - File.GetLastWriteTimeUtc(leftover) < LeftoverAge)
                {
                    continue;
                }

                try
                {
                    // Opening it exclusively fails while its writer is still alive.
                    using (new FileStream(leftover, FileMode.Open, FileAccess.ReadWrite, FileShare.None))
                    {
                    }

                    File.Delete(leftover);
                }
                catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
                {
                    // Still being written, already gone, or not ours to remove.
                }
            }
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            // Tidying up is best effort; the write itself reports any real problem with the folder.
        }
    }

    /// <summary>Why a file could not be written to <paramref name="path"/>, in words that do not mention the temporary file.</summary>
    public static string DescribeFailure(Exception exception, string path)
    {
        string folder = Path.GetDirectoryName(Path.GetFullPath(path)) ?? ".";
        return exception switch
        {
            UnauthorizedAccessException => $"there is no permission to write in the folder '{folder}'",
            DirectoryNotFoundException => $"the folder '{folder}' does not exist",
            _ => exception.Message,
        };
    }

    public static Task WriteTextAsync(string path, string text, CancellationToken cancellationToken) =>
        WriteAsync(path, stream => stream.WriteAsync(new UTF8Encoding(false).GetBytes(text), cancellationToken).AsTask(), cancellationToken);
}
