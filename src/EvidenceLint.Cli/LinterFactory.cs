using EvidenceLint.Packs;
using EvidenceLint.Units;

namespace EvidenceLint.Cli;

/// <summary>
/// Builds the linter every command uses: the built-in rules and units, plus a centre's own packs from <c>--rules DIR</c>.
/// A malformed pack or an unknown unit is reported once, plainly, and the command exits 2.
/// </summary>
internal static class LinterFactory
{
    /// <summary>The linter, or null after writing why it cannot be built (the caller exits 2).</summary>
    /// <param name="environment">Where errors go.</param>
    /// <param name="rulesDirectory">The <c>--rules</c> folder, if any.</param>
    /// <param name="unit">A unit named on the command line, checked against the packs; <c>auto</c> and null always pass.</param>
    /// <param name="lenient">Skip malformed packs with a warning rather than stopping.</param>
    public static async Task<EvidenceLinter?> CreateAsync(CliEnvironment environment, string? rulesDirectory, string? unit = null, bool lenient = false)
    {
        UnitCatalog units;
        IReadOnlyList<Analysis.EvidenceAnalyzer> analyzers;
        var skipped = lenient ? new List<PackException>() : null;
        try
        {
            units = BuiltInUnits.WithPacksFrom(rulesDirectory, skipped);
            analyzers = BuiltInAnalyzers.Create(BuiltInRulePacks.WithPacksFrom(rulesDirectory, skipped));
        }
        catch (Exception ex) when (ex is PackException or IOException or UnauthorizedAccessException)
        {
            await environment.Error.WriteLineAsync(ex.Message).ConfigureAwait(false);
            return null;
        }

        foreach (var problem in skipped ?? [])
        {
            await environment.Error.WriteLineAsync($"{problem.Message.Replace(": error: ", ": warning: ", StringComparison.Ordinal)} (pack skipped)").ConfigureAwait(false);
        }

        if (unit is not null && !string.Equals(unit, "auto", StringComparison.OrdinalIgnoreCase) && !units.TryGet(unit, out _))
        {
            await environment.Error.WriteLineAsync($"error: unknown unit '{unit}'. Use {string.Join(", ", units.All.Select(p => p.Id))} or auto.").ConfigureAwait(false);
            return null;
        }

        return new EvidenceLinter(analyzers, units: units);
    }
}
