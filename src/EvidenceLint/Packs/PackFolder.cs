using System.Collections.Immutable;

namespace EvidenceLint.Packs;

/// <summary>
/// A centre's folder of YAML packs, as given to <c>--rules DIR</c>: unit packs and rule packs may sit side by side, in
/// the folder or its subfolders (as in the repository's <c>rules/</c>). A file whose top level has a <c>rules:</c> key is
/// a rule pack; any other is a unit pack. Each loader then reports its own errors with file, line and column.
/// </summary>
public static class PackFolder
{
    /// <summary>The YAML files of a folder and its subfolders, in ordinal order, split into unit packs and rule packs.</summary>
    /// <exception cref="DirectoryNotFoundException">The folder does not exist.</exception>
    public static (ImmutableArray<string> UnitPacks, ImmutableArray<string> RulePacks) Classify(string directory)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(directory);
        if (!Directory.Exists(directory))
        {
            throw new DirectoryNotFoundException($"The pack folder '{directory}' does not exist.");
        }

        var files = Directory.EnumerateFiles(directory, "*.yaml", SearchOption.AllDirectories)
            .Concat(Directory.EnumerateFiles(directory, "*.yml", SearchOption.AllDirectories))
            .Order(StringComparer.Ordinal)
            .ToList();
        var rules = files.Where(IsRulePack).ToImmutableArray();
        return ([.. files.Except(rules)], rules);
    }

    /// <summary>
    /// Loads each file with <paramref name="load"/>. Strictly, the first bad pack stops everything; leniently
    /// (<paramref name="skipped"/> given), a bad pack is recorded there and the others still load.
    /// </summary>
    internal static ImmutableArray<T> LoadEach<T>(IEnumerable<string> files, Func<string, T> load, ICollection<PackException>? skipped)
    {
        var loaded = ImmutableArray.CreateBuilder<T>();
        foreach (string file in files)
        {
            try
            {
                loaded.Add(load(file));
            }
            catch (PackException ex) when (skipped is not null)
            {
                skipped.Add(ex);
            }
        }

        return loaded.ToImmutable();
    }

    private static bool IsRulePack(string path)
    {
        foreach (string line in File.ReadLines(path))
        {
            if (line.StartsWith("rules:", StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }
}
