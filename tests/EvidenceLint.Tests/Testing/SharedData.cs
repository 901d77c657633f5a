namespace EvidenceLint.Tests.Testing;

/// <summary>
/// Finds the team's shared test data (<c>shared/external</c>, <c>shared/corpus</c>), which lives beside the
/// repository rather than in it because of its licences. Tests ignore themselves when it is absent.
/// </summary>
internal static class SharedData
{
    /// <summary>The full path of <paramref name="relative"/> under the nearest <c>shared</c> folder, or null when there is none.</summary>
    /// <param name="relative">A path under <c>shared</c>, for example <c>external/docx</c>.</param>
    public static string? Find(string relative)
    {
        for (var directory = new DirectoryInfo(TestContext.CurrentContext.TestDirectory); directory is not null; directory = directory.Parent)
        {
            if (Directory.Exists(Path.Combine(directory.FullName, "shared", "external")))
            {
                string candidate = Path.Combine(directory.FullName, "shared", relative);
                return Directory.Exists(candidate) || File.Exists(candidate) ? candidate : null;
            }
        }

        return null;
    }

    /// <summary>Like <see cref="Find"/>, but ignores the calling test with a message when the data is missing.</summary>
    public static string Require(string relative) =>
        Find(relative) ?? throw new IgnoreException($"The shared test data \"shared/{relative}\" was not found above {TestContext.CurrentContext.TestDirectory}; these tests need it.");
}
