using System.Collections.Immutable;
using EvidenceLint.Analysis;
using EvidenceLint.Packs;

namespace EvidenceLint;

/// <summary>
/// The rule packs shipped with EvidenceLint (<c>rules/misconceptions/*.yaml</c>), embedded in this assembly so the
/// library works with no files on disk.
/// </summary>
public static class BuiltInRulePacks
{
    private const string ResourcePrefix = "EvidenceLint.RulePacks.";

    /// <summary>The built-in packs, ordered by file name.</summary>
    public static ImmutableArray<RulePack> Packs { get; } = LoadEmbedded();

    /// <summary>Every rule of the built-in packs.</summary>
    public static ImmutableArray<DeclarativeRule> Rules { get; } = [.. Packs.SelectMany(p => p.Rules)];

    /// <summary>
    /// The built-in rules, with the rules of the packs in <paramref name="directory"/> (if given; subfolders included)
    /// added, or replacing a built-in rule with the same id.
    /// </summary>
    /// <exception cref="RulePackException">A pack on disk is malformed or invalid, or two packs on disk declare the same rule.</exception>
    /// <param name="directory">The centre's pack folder; null for the built-in rules only.</param>
    /// <param name="skipped">When given, loading is lenient: a malformed pack is added here and the others still load.</param>
    public static ImmutableArray<DeclarativeRule> WithPacksFrom(string? directory, ICollection<PackException>? skipped = null)
    {
        if (directory is null)
        {
            return Rules;
        }

        var fromDisk = RulePackLoader.LoadDirectory(directory, skipped).SelectMany(p => p.Rules).ToList();
        var replaced = fromDisk.Select(r => r.Id).ToHashSet(StringComparer.OrdinalIgnoreCase);
        return [.. Rules.Where(r => !replaced.Contains(r.Id)).Concat(fromDisk).OrderBy(r => r.Id, StringComparer.Ordinal)];
    }

    /// <summary>An analyzer for each rule.</summary>
    public static IReadOnlyList<EvidenceAnalyzer> CreateAnalyzers(IEnumerable<DeclarativeRule> rules) =>
        [.. rules.Select(rule => new DeclarativeRuleAnalyzer(rule))];

    private static ImmutableArray<RulePack> LoadEmbedded()
    {
        var assembly = typeof(BuiltInRulePacks).Assembly;
        var packs = assembly.GetManifestResourceNames()
            .Where(name => name.StartsWith(ResourcePrefix, StringComparison.Ordinal) && name.EndsWith(".yaml", StringComparison.Ordinal))
            .Order(StringComparer.Ordinal)
            .Select(name =>
            {
                using var stream = assembly.GetManifestResourceStream(name)!;
                using var reader = new StreamReader(stream);
                string relative = name[ResourcePrefix.Length..];
                int dot = relative.IndexOf('.', StringComparison.Ordinal);
                return RulePackLoader.Load(reader.ReadToEnd(), "rules/" + relative[..dot] + "/" + relative[(dot + 1)..]);
            })
            .ToImmutableArray();
        RulePackLoader.CheckUnique(packs);
        return packs;
    }
}
