using System.Collections.Immutable;

namespace EvidenceLint.Units;

/// <summary>The unit packs in use: the built-in ones, with any pack loaded from disk replacing the built-in pack of the same unit.</summary>
public sealed class UnitCatalog
{
    private readonly Dictionary<string, UnitPack> _byId;

    private UnitCatalog(ImmutableArray<UnitPack> all)
    {
        All = all;
        _byId = all.ToDictionary(p => p.Id, StringComparer.OrdinalIgnoreCase);
    }

    /// <summary>Every pack, ordered by unit id.</summary>
    public ImmutableArray<UnitPack> All { get; }

    /// <summary>Builds a catalog; a pack in <paramref name="overrides"/> replaces the base pack with the same unit id.</summary>
    /// <param name="basePacks">Usually the built-in packs.</param>
    /// <param name="overrides">Packs loaded from disk.</param>
    /// <exception cref="UnitPackException">Two packs declare the same criterion id.</exception>
    public static UnitCatalog Create(IEnumerable<UnitPack> basePacks, IEnumerable<UnitPack>? overrides = null)
    {
        ArgumentNullException.ThrowIfNull(basePacks);
        var overriding = (overrides ?? []).ToList();
        UnitPackLoader.CheckUnique(overriding);
        var replaced = overriding.Select(p => p.Id).ToHashSet(StringComparer.OrdinalIgnoreCase);
        var all = basePacks.Where(p => !replaced.Contains(p.Id)).Concat(overriding).OrderBy(p => p.Id, StringComparer.Ordinal).ToList();
        UnitPackLoader.CheckUnique(all);
        return new UnitCatalog([.. all]);
    }

    /// <summary>The pack for a unit id, in any case.</summary>
    /// <exception cref="KeyNotFoundException">No pack declares the unit; the message lists those that do.</exception>
    public UnitPack Get(string unitId)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(unitId);
        return TryGet(unitId, out var pack)
            ? pack
            : throw new KeyNotFoundException($"Unknown unit '{unitId}'. Known units: {string.Join(", ", All.Select(p => p.Id))}.");
    }

    /// <summary>Looks up the pack for a unit id, in any case.</summary>
    public bool TryGet(string unitId, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out UnitPack? pack) =>
        _byId.TryGetValue(unitId, out pack);
}
