namespace EvidenceLint.Tests.Testing;

/// <summary>
/// Finds the shared test data (documents written by others, the labelled corpus), which lives beside the
/// repository rather than in it because of its licences, by walking up from the test binaries until a
/// <c>shared</c> folder holding the path appears. Tests ignore themselves when it is absent.
/// </summary>
internal static class SharedData
{
    /// <summary>The full path of <paramref name="relative"/> under the nearest <c>shared</c> folder, or null when there is none.</summary>
    /// <param name="relative">A path under <c>shared</c>, for example <c>external/docx</c>.</param>
    public static string? Find(string relative)
    {
        ArgumentNullException.ThrowIfNull(relative);
        relative = relative.Replace('\\', '/').TrimStart('/');
        if (relative.StartsWith("shared/", StringComparison.Ordinal))
        {
            relative = relative["shared/".Length..];
        }

        for (var directory = new DirectoryInfo(TestContext.CurrentContext.TestDirectory); directory is not null; directory = directory.Parent)
        {
            string candidate = Path.Combine(directory.FullName, "shared", relative);
            if (Directory.Exists(candidate) || File.Exists(candidate))
            {
                return candidate;
            }
        }

        return null;
    }

    /// <summary>Like <see cref="Find"/>, but ignores the calling test with a message when the data is missing.</summary>
    public static string Require(string relative) =>
        Find(relative) ?? throw new IgnoreException($"The shared test data \"shared/{relative}\" was not found above {TestContext.CurrentContext.TestDirectory}; these tests need it.");
}
