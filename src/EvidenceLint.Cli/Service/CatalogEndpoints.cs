using EvidenceLint.Analysis;
using EvidenceLint.Units;

namespace EvidenceLint.Cli.Service;

/// <summary>A rule as <c>GET /v1/rules</c> lists it: what <c>evidencelint rules</c> prints, with its page.</summary>
/// <param name="Id">The rule id, such as EL4001.</param>
/// <param name="Alias">The kebab-case alias configuration may use.</param>
/// <param name="Title">What the rule checks.</param>
/// <param name="Category">The category, which configuration may also name.</param>
/// <param name="DefaultSeverity">error, warning, info or hidden.</param>
/// <param name="Severity">The severity under the service's evidencelint.json: error, warning, info, hidden or none.</param>
/// <param name="HelpUri">The rule's page.</param>
internal sealed record RuleInfo(string Id, string Alias, string Title, string Category, string DefaultSeverity, string Severity, string HelpUri)
{
    public static RuleInfo[] From(IEnumerable<DiagnosticDescriptor> rules, LintOptions options) =>
    [
        .. rules.Select(d => new RuleInfo(d.Id, d.Alias, d.Title, d.Category, Name(d.DefaultSeverity), Name(options.GetEffectiveSeverity(d)), d.HelpUri)),
    ];

    private static string Name(DiagnosticSeverity? severity) => severity?.ToString().ToLowerInvariant() ?? "none";
}

/// <summary>A unit as <c>GET /v1/units</c> lists it: what <c>evidencelint units</c> prints.</summary>
/// <param name="Id">The unit id, as <c>?unit=</c> takes it.</param>
/// <param name="Title">The unit's title.</param>
/// <param name="MinimumWords">The guidance length's lower end.</param>
/// <param name="MaximumWords">The guidance length's upper end.</param>
/// <param name="LearningOutcomes">The learning outcomes, with the verbs an account should show.</param>
/// <param name="Criteria">The assessment criteria, in the order a report's <c>coverage</c> lists them.</param>
internal sealed record UnitInfo(string Id, string Title, int MinimumWords, int MaximumWords, OutcomeInfo[] LearningOutcomes, CriterionInfo[] Criteria)
{
    public static UnitInfo[] From(UnitCatalog units) =>
    [
        .. units.All.Select(p => new UnitInfo(
            p.Id,
            p.Title,
            p.WordRange.Minimum,
            p.WordRange.Maximum,
            [.. p.LearningOutcomes.Select(o => new OutcomeInfo(o.Id, o.Wording, [.. o.Verbs]))],
            [.. p.Criteria.Select(c => new CriterionInfo(c.Id, c.Wording))])),
    ];
}

/// <summary>A learning outcome of a unit.</summary>
/// <param name="Id">Its id, such as LO1.</param>
/// <param name="Wording">Its wording.</param>
/// <param name="Verbs">The verbs an account should show.</param>
internal sealed record OutcomeInfo(string Id, string Wording, string[] Verbs);

/// <summary>An assessment criterion of a unit.</summary>
/// <param name="Id">Its id, such as MCS.1, as a report's <c>coverage[].criterion</c> names it.</param>
/// <param name="Wording">Its wording.</param>
internal sealed record CriterionInfo(string Id, string Wording);

/// <summary>What <c>GET /healthz</c> and <c>GET /readyz</c> answer.</summary>
/// <param name="Status"><c>ok</c> from /healthz (the service is listening); <c>ready</c> or <c>starting</c> from /readyz (the rules are loaded, or loading).</param>
/// <param name="Version">The version reports name.</param>
internal sealed record Health(string Status, string Version);
