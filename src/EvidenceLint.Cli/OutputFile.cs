using System.Text;

namespace EvidenceLint.Cli;

/// <summary>
/// Writes --output files atomically: the report goes to a temporary file in the same folder, which is then moved over
/// the target, so a reader never sees half a report and a failed run leaves the previous report intact.
/// </summary>
internal static class OutputFile
{
    public static async Task WriteAsync(string path, Func<Stream, Task> write, CancellationToken cancellationToken)
    {
        string full = Path.GetFullPath(path);
        string folder = Path.GetDirectoryName(full) ?? ".";
        string temporary = Path.Combine(folder, $".{Path.GetFileName(full)}.{Guid.NewGuid():N}.tmp");
        try
        {
            var stream = new FileStream(temporary, FileMode.CreateNew, FileAccess.Write, FileShare.None);
            await using (stream.ConfigureAwait(false))
            {
                await write(stream).ConfigureAwait(false);
                await stream.FlushAsync(cancellationToken).ConfigureAwait(false);
            }

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
