using System.CommandLine;
using EvidenceLint.Packs;
using EvidenceLint.Units;

namespace EvidenceLint.Cli;

/// <summary>
/// Builds the linter every command uses: the built-in rules and units, plus a centre's own packs from <c>--rules DIR</c>.
/// A malformed pack or an unknown unit is reported once, plainly, and the command exits 2.
/// </summary>
internal static class LinterFactory
{
    /// <summary>The <c>--rules DIR</c> option, worded the same for every command.</summary>
    public static Option<string?> RulesOption() =>
        new("--rules") { Description = "Also load the unit packs and rule packs (YAML) in this folder and its subfolders; a pack there adds a unit or rule, or replaces the built-in one with the same id." };

    /// <summary>The <c>--lenient-packs</c> option: skip a malformed pack with a warning instead of stopping.</summary>
    public static Option<bool> LenientOption() =>
        new("--lenient-packs") { Description = "With --rules: skip a malformed pack (with a warning naming its file, line and column) and load the others, instead of stopping." };

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
