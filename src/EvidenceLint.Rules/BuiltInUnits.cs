using System.Collections.Immutable;
using EvidenceLint.Units;

namespace EvidenceLint;

/// <summary>
/// The unit packs shipped with EvidenceLint (<c>rules/units/*.yaml</c>), embedded in this assembly so the library works
/// with no files on disk.
/// </summary>
public static class BuiltInUnits
{
    private const string ResourcePrefix = "EvidenceLint.Units.";

    /// <summary>The built-in packs, ordered by unit id.</summary>
    public static ImmutableArray<UnitPack> Packs { get; } = LoadEmbedded();

    /// <summary>A catalog of the built-in packs only.</summary>
    public static UnitCatalog Catalog { get; } = UnitCatalog.Create(Packs);

    /// <summary>The built-in packs, with the packs in <paramref name="directory"/> (if given) added or replacing built-in ones by unit id.</summary>
    /// <exception cref="UnitPackException">A pack on disk is malformed or invalid.</exception>
    /// <param name="directory">The centre's pack folder; null for the built-in packs only.</param>
    /// <param name="skipped">When given, loading is lenient: a malformed pack is added here and the others still load.</param>
    public static UnitCatalog WithPacksFrom(string? directory, ICollection<EvidenceLint.Packs.PackException>? skipped = null) =>
        directory is null ? Catalog : UnitCatalog.Create(Packs, UnitPackLoader.LoadDirectory(directory, skipped));

    private static ImmutableArray<UnitPack> LoadEmbedded()
    {
        var assembly = typeof(BuiltInUnits).Assembly;
        return [.. assembly.GetManifestResourceNames()
            .Where(name => name.StartsWith(ResourcePrefix, StringComparison.Ordinal) && name.EndsWith(".yaml", StringComparison.Ordinal))
            .Order(StringComparer.Ordinal)
            .Select(name =>
            {
                using var stream = assembly.GetManifestResourceStream(name)!;
                using var reader = new StreamReader(stream);
                return UnitPackLoader.Load(reader.ReadToEnd(), "rules/units/" + name[ResourcePrefix.Length..]);
            })
            .OrderBy(pack => pack.Id, StringComparer.Ordinal)];
    }
}
