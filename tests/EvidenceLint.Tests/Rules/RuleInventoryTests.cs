using System.Reflection;
using EvidenceLint.Analysis;
using EvidenceLint.Packs;
using EvidenceLint.Tests.Cli;
using EvidenceLint.Tests.Testing;

namespace EvidenceLint.Tests.Rules;

/// <summary>
/// Every built-in descriptor is complete: an id constant in <see cref="RuleIds"/>, a page under <c>docs/rules/</c>,
/// and its tests. A rule written in C# has one test class marked <see cref="RuleTestsAttribute"/> with at least one
/// test; a rule from a YAML pack carries its own <c>flag</c> and <c>pass</c> examples, which <c>RulePackTests</c> runs.
/// </summary>
public class RuleInventoryTests
{
    private static readonly string[] RuleIdConstants = [.. typeof(RuleIds)
        .GetFields(BindingFlags.Public | BindingFlags.Static)
        .Where(f => f.IsLiteral && f.FieldType == typeof(string))
        .Select(f => (string)f.GetRawConstantValue()!)];

    private static readonly string DocsFolder = Path.Combine(Path.GetDirectoryName(AccountFolder.SamplesFolder)!, "docs", "rules");

    private static IEnumerable<TestCaseData> Descriptors() =>
        BuiltInAnalyzers.Create()
            .SelectMany(a => a.SupportedDiagnostics.Select(d => new TestCaseData(d.Id, a is DeclarativeRuleAnalyzer).SetArgDisplayNames(d.Id)))
            .OrderBy(c => (string)c.Arguments[0]!, StringComparer.Ordinal);

    private static IEnumerable<TestCaseData> EngineDescriptors() =>
        EngineDiagnostics.All.Select(d => new TestCaseData(d.Id).SetArgDisplayNames(d.Id));

    [TestCaseSource(nameof(Descriptors))]
    public void Rule_has_an_id_constant(string id, bool declarative) =>
        RuleIdConstants.ShouldContain(id, $"RuleIds has no constant for {id}");

    [TestCaseSource(nameof(Descriptors))]
    public void Rule_has_a_documentation_page(string id, bool declarative) =>
        File.Exists(Path.Combine(DocsFolder, id + ".md")).ShouldBeTrue($"docs/rules/{id}.md is missing");

    [TestCaseSource(nameof(EngineDescriptors))]
    public void Engine_diagnostic_has_a_documentation_page(string id) =>
        File.Exists(Path.Combine(DocsFolder, id + ".md")).ShouldBeTrue($"docs/rules/{id}.md is missing");

    [TestCaseSource(nameof(Descriptors))]
    public void Rule_has_its_tests(string id, bool declarative)
    {
        if (declarative)
        {
            var examples = BuiltInRulePacks.Rules.Single(r => r.Id == id).Examples;
            examples.ShouldContain(e => e.ShouldFlag, $"{id} has no flag example");
            examples.ShouldContain(e => !e.ShouldFlag, $"{id} has no pass example");
            return;
        }

        var classes = typeof(RuleInventoryTests).Assembly.GetTypes()
            .Where(t => t.GetCustomAttributes<RuleTestsAttribute>().Any(a => a.RuleId == id))
            .ToList();
        classes.Count.ShouldBe(1, $"{id} needs exactly one test class marked [RuleTests(RuleIds.…)], found: {string.Join(", ", classes.Select(c => c.Name))}");
        classes[0].GetMethods()
            .Count(m => m.GetCustomAttributes().Any(a => a is TestAttribute or TestCaseAttribute or TestCaseSourceAttribute))
            .ShouldBeGreaterThan(0, $"{classes[0].Name} has no tests");
    }

    [Test]
    public void Every_rule_id_constant_names_a_built_in_rule() =>
        RuleIdConstants.Where(c => c.StartsWith("EL", StringComparison.Ordinal))
            .Except(BuiltInAnalyzers.Create().SelectMany(a => a.SupportedDiagnostics).Select(d => d.Id))
            .ShouldBeEmpty();
}
