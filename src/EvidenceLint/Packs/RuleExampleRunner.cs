using System.Collections.Immutable;
using EvidenceLint.Analysis;
using EvidenceLint.Reading;
using EvidenceLint.Units;

namespace EvidenceLint.Packs;

/// <summary>The outcome of running one example of a declarative rule.</summary>
/// <param name="Rule">The rule.</param>
/// <param name="Example">The example.</param>
/// <param name="Findings">What the rule reported on the example.</param>
public sealed record RuleExampleResult(DeclarativeRule Rule, RuleExample Example, ImmutableArray<Diagnostic> Findings)
{
    /// <summary>True when a flag example was flagged, or a pass example was not.</summary>
    public bool Passed => Example.ShouldFlag == !Findings.IsEmpty;
}

/// <summary>
/// Runs the <c>examples: {flag, pass}</c> of declarative rules, so a pack carries its own tests (LanguageTool-style):
/// a flag example must make the rule fire at least once, a pass example never.
/// </summary>
public static class RuleExampleRunner
{
    /// <summary>Runs every example of every rule of a pack.</summary>
    /// <param name="pack">The pack.</param>
    /// <param name="units">The unit packs; a rule limited to some units runs its examples as an account for the first of them.</param>
    public static ImmutableArray<RuleExampleResult> Run(RulePack pack, UnitCatalog units)
    {
        ArgumentNullException.ThrowIfNull(pack);
        return [.. pack.Rules.SelectMany(rule => rule.Examples.Select(example => Run(rule, example, units)))];
    }

    /// <summary>Runs one example of a rule.</summary>
    public static RuleExampleResult Run(DeclarativeRule rule, RuleExample example, UnitCatalog units)
    {
        ArgumentNullException.ThrowIfNull(rule);
        ArgumentNullException.ThrowIfNull(example);
        ArgumentNullException.ThrowIfNull(units);

        // A rule for every unit is tried without one, so its examples do not depend on unit detection.
        string? unit = rule.AppliesTo.FirstOrDefault(u => units.TryGet(u, out _));
        var linter = new EvidenceLinter(
            [new DeclarativeRuleAnalyzer(rule)],
            LintOptions.Default,
            units: unit is null ? UnitCatalog.Create([]) : units);
        var document = new PlainTextReader(InputFormat.Markdown).ReadString(example.Text, "example.md");
        var result = linter.Lint(document, new LintRequest { Unit = unit });
        return new RuleExampleResult(rule, example, [.. result.Diagnostics.Where(d => d.Id == rule.Id)]);
    }
}
