namespace EvidenceLint.Tests.Testing;

/// <summary>
/// Finds the shared test data (documents written by others, the corpus) that lives beside the repository rather
/// than in it, by walking up from the test binaries until a <c>shared</c> folder holding the path appears.
/// </summary>
public static class SharedData
{
    /// <summary>
    /// Returns the full path of <paramref name="relative"/> (for example <c>external/pdf</c>) under the nearest
    /// <c>shared</c> folder above the test directory, or null when there is none, so tests can skip with a message.
    /// </summary>
    public static string? Find(string relative)
    {
        ArgumentNullException.ThrowIfNull(relative);
        relative = relative.Replace('\\', '/').TrimStart('/');
        if (relative.StartsWith("shared/", StringComparison.Ordinal))
        {
            relative = relative["shared/".Length..];
        }

        for (var dir = new DirectoryInfo(TestContext.CurrentContext.TestDirectory); dir is not null; dir = dir.Parent)
        {
            string candidate = Path.Combine(dir.FullName, "shared", relative);
            if (Directory.Exists(candidate) || File.Exists(candidate))
            {
                return candidate;
            }
        }

        return null;
    }
}
