using EvidenceLint.Analysis;

namespace EvidenceLint;

/// <summary>Creates linters with the built-in rules for callers that do not use dependency injection.</summary>
public static class EvidenceLinterExtensions
{
    extension(EvidenceLinter)
    {
        /// <summary>A linter with every built-in rule and the built-in readers.</summary>
        /// <param name="options">Options to use; null for the defaults.</param>
        public static EvidenceLinter CreateDefault(LintOptions? options = null) =>
            new(BuiltInAnalyzers.Create(), options);
    }
}
