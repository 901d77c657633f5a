using EvidenceLint.Analysis;

namespace EvidenceLint;

/// <summary>Creates linters with the built-in rules for callers that do not use dependency injection.</summary>
public static class EvidenceLinterExtensions
{
    extension(EvidenceLinter)
    {
        /// <summary>A linter with every built-in rule and the built-in readers.</summary>
        /// <param name="options">Options to use; null for the defaults.</param>
        /// <param name="units">The unit packs; null for the built-in packs (see <see cref="BuiltInUnits.WithPacksFrom"/> to add a centre's own).</param>
        public static EvidenceLinter CreateDefault(LintOptions? options = null, Units.UnitCatalog? units = null) =>
            new(BuiltInAnalyzers.Create(), options, units: units ?? BuiltInUnits.Catalog);
    }
}
