using System.Reflection;

namespace EvidenceLint;

/// <summary>
/// The rule pages (<c>docs/rules/ELnnnn.md</c>), embedded in this assembly so <c>evidencelint explain</c> works from an
/// installed tool with no files on disk.
/// </summary>
public static class RuleDocumentation
{
    private const string ResourcePrefix = "EvidenceLint.Docs.";

    /// <summary>The Markdown page for a rule id, such as <c>EL6001</c>; null when the rule has no page yet.</summary>
    /// <param name="id">The rule id (not an alias), in any case.</param>
    public static string? Get(string id)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(id);
        using var stream = typeof(RuleDocumentation).Assembly.GetManifestResourceStream(ResourcePrefix + id.ToUpperInvariant() + ".md");
        if (stream is null)
        {
            return null;
        }

        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }

    /// <summary>The ids of every rule that has a page, in order.</summary>
    public static IReadOnlyList<string> Ids { get; } =
        [.. typeof(RuleDocumentation).Assembly.GetManifestResourceNames()
            .Where(name => name.StartsWith(ResourcePrefix, StringComparison.Ordinal) && name.EndsWith(".md", StringComparison.Ordinal))
            .Select(name => name[ResourcePrefix.Length..^".md".Length])
            .Order(StringComparer.Ordinal)];
}
