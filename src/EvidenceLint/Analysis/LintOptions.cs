using System.Collections.Immutable;
using EvidenceLint.Reading;

namespace EvidenceLint.Analysis;

/// <summary>
/// Everything a centre or caller can configure: the unit, rule severities (by id, alias or category; null turns
/// a rule off), rule options, suppressions and safety limits. Immutable; the config file loads into one.
/// </summary>
public sealed record LintOptions
{
    /// <summary>Built-in defaults: every rule at its default severity, default limits, no suppressions.</summary>
    public static LintOptions Default { get; } = new();

    /// <summary>The unit the accounts are written for, when configured.</summary>
    public string? Unit { get; init; }

    /// <summary>
    /// Severity overrides keyed by rule id (<c>EL6003</c>), alias (<c>acronym-not-expanded</c>) or category
    /// (<c>misconception</c>). A null value turns the rule(s) off. Id beats alias beats category.
    /// </summary>
    public ImmutableDictionary<string, DiagnosticSeverity?> Severities { get; init; } =
        ImmutableDictionary<string, DiagnosticSeverity?>.Empty.WithComparers(StringComparer.OrdinalIgnoreCase);

    /// <summary>Per-rule options, by rule id then option name.</summary>
    public ImmutableDictionary<string, ImmutableDictionary<string, string>> RuleOptions { get; init; } =
        ImmutableDictionary<string, ImmutableDictionary<string, string>>.Empty.WithComparers(StringComparer.OrdinalIgnoreCase);

    /// <summary>Findings the centre has accepted, each with its justification.</summary>
    public ImmutableArray<Suppression> Suppressions { get; init; } = [];

    /// <summary>The safety limits.</summary>
    public ReadingLimits Limits { get; init; } = ReadingLimits.Default;

    /// <summary>The severity a descriptor's findings get under these options; null when the rule is off.</summary>
    public DiagnosticSeverity? GetEffectiveSeverity(DiagnosticDescriptor descriptor)
    {
        ArgumentNullException.ThrowIfNull(descriptor);
        if (Severities.TryGetValue(descriptor.Id, out var byId))
        {
            return byId;
        }

        if (Severities.TryGetValue(descriptor.Alias, out var byAlias))
        {
            return byAlias;
        }

        if (Severities.TryGetValue(descriptor.Category, out var byCategory))
        {
            return byCategory;
        }

        return descriptor.DefaultSeverity;
    }
}

/// <summary>
/// A finding the centre has decided to accept. Word documents have no <c>#pragma</c>, so suppressions live in
/// configuration and must say why.
/// </summary>
/// <param name="Rule">The rule id or alias.</param>
/// <param name="Justification">Why the finding does not apply (required).</param>
public sealed record Suppression(string Rule, string Justification)
{
    /// <summary>Only findings in this paragraph (zero-based); null for anywhere.</summary>
    public int? Paragraph { get; init; }

    /// <summary>Only findings whose excerpt contains this text; null for any.</summary>
    public string? Excerpt { get; init; }

    /// <summary>Only findings in documents whose file name matches this (a file name, or * and ? wildcards); null for any.</summary>
    public string? File { get; init; }

    internal bool Matches(Diagnostic diagnostic)
    {
        if (!string.Equals(Rule, diagnostic.Id, StringComparison.OrdinalIgnoreCase) &&
            !string.Equals(Rule, diagnostic.Descriptor.Alias, StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        if (Paragraph is int paragraph && diagnostic.Location.Paragraph != paragraph)
        {
            return false;
        }

        if (Excerpt is { Length: > 0 } excerpt && !diagnostic.Location.Excerpt.Contains(excerpt, StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        if (File is { Length: > 0 } file &&
            !System.IO.Enumeration.FileSystemName.MatchesSimpleExpression(file, System.IO.Path.GetFileName(diagnostic.Location.Path), ignoreCase: true))
        {
            return false;
        }

        return true;
    }
}
