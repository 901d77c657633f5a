using System.Collections.Immutable;
using System.Globalization;

namespace EvidenceLint.Analysis;

/// <summary>
/// What analyzers may read besides the text: the unit with its coverage (computed once per document and shared, like
/// the text model) and each rule's options.
/// </summary>
public sealed record AnalysisSettings
{
    /// <summary>No unit, no options.</summary>
    public static AnalysisSettings Empty { get; } = new();

    /// <summary>The unit code (MCS, SCS, PCS, DCP) the account is written for, when known.</summary>
    public string? Unit { get; init; }

    /// <summary>The unit's pack, when the unit is known; null means only unit-independent checks apply.</summary>
    public Units.UnitPack? UnitPack { get; init; }

    /// <summary>Which sentences are the learner's own evidence for the unit; null when there is no unit.</summary>
    public Evidence.EvidenceSentences? Evidence { get; init; }

    /// <summary>The coverage of the unit's criteria; null when there is no unit.</summary>
    public Evidence.UnitCoverage? Coverage { get; init; }

    /// <summary>The evaluative cycle of the account (unit-independent); null only when an analyzer runs outside the linter.</summary>
    public Evidence.EvaluativeCycle? Cycle { get; init; }

    /// <summary>Per-rule options, by rule id then option name (for example EL6001 → minimumWords → 400).</summary>
    public ImmutableDictionary<string, ImmutableDictionary<string, string>> RuleOptions { get; init; } =
        ImmutableDictionary<string, ImmutableDictionary<string, string>>.Empty;

    /// <summary>A rule option as a number, or the default when it is not set.</summary>
    public double GetOption(string ruleId, string name, double defaultValue) =>
        RuleOptions.TryGetValue(ruleId, out var options) && options.TryGetValue(name, out string? value)
            && double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out double parsed)
            ? parsed
            : defaultValue;

    /// <summary>A rule option as text, or the default when it is not set.</summary>
    public string GetOption(string ruleId, string name, string defaultValue) =>
        RuleOptions.TryGetValue(ruleId, out var options) && options.TryGetValue(name, out string? value) ? value : defaultValue;
}
