using EvidenceLint.Analysis;
using EvidenceLint.Packs;
using EvidenceLint.Tests.Cli;
using EvidenceLint.Tests.Testing;

namespace EvidenceLint.Tests.Packs;

public class RulePackTests
{
    private static string RepositoryRoot => Path.GetDirectoryName(AccountFolder.SamplesFolder)!;

    private static IEnumerable<TestCaseData> ShippedPackFiles() =>
        Directory.EnumerateFiles(Path.Combine(RepositoryRoot, "rules", "misconceptions"), "*.yaml")
            .Order(StringComparer.Ordinal)
            .Select(f => new TestCaseData(Path.GetFileName(f)).SetName($"Shipped pack {Path.GetFileName(f)}"));

    private static IEnumerable<TestCaseData> ShippedExamples() =>
        BuiltInRulePacks.Rules.SelectMany(rule => rule.Examples.Select((example, i) =>
            new TestCaseData(rule.Id, i).SetName($"{rule.Id} {(example.ShouldFlag ? "flag" : "pass")} example {i + 1} (line {example.Line})")));

    [TestCaseSource(nameof(ShippedExamples))]
    public void Every_example_of_every_shipped_pack_behaves_as_declared(string ruleId, int index)
    {
        var rule = BuiltInRulePacks.Rules.Single(r => r.Id == ruleId);
        var result = RuleExampleRunner.Run(rule, rule.Examples[index], BuiltInUnits.Catalog);

        result.Passed.ShouldBeTrue(result.Example.ShouldFlag
            ? $"{ruleId} should flag: {result.Example.Text}"
            : $"{ruleId} should pass: {result.Example.Text}\nFired: {string.Join("; ", result.Findings.Select(f => $"'{f.Location.Excerpt}' {f.Message}"))}");
    }

    [Test]
    public void Every_shipped_rule_has_flag_and_pass_examples_and_a_page()
    {
        BuiltInRulePacks.Rules.ShouldNotBeEmpty();
        foreach (var rule in BuiltInRulePacks.Rules)
        {
            rule.Examples.ShouldContain(e => e.ShouldFlag, rule.Id);
            rule.Examples.ShouldContain(e => !e.ShouldFlag, rule.Id);
            RuleDocumentation.Get(rule.Id).ShouldNotBeNull(rule.Id);
        }
    }

    [TestCaseSource(nameof(ShippedPackFiles))]
    public void Every_shipped_pack_validates_against_the_published_schema(string file)
    {
        var pack = Schemas.FromYaml(File.ReadAllText(Path.Combine(RepositoryRoot, "rules", "misconceptions", file)));

        Schemas.Validate(Schemas.Pack("rule-pack.schema.json"), pack).ShouldBeEmpty();
    }

    [Test]
    public void The_embedded_packs_are_the_files_on_disk()
    {
        var fromDisk = RulePackLoader.LoadDirectory(Path.Combine(RepositoryRoot, "rules", "misconceptions"));

        BuiltInRulePacks.Rules.Select(r => r.Id).Order().ShouldBe(fromDisk.SelectMany(p => p.Rules).Select(r => r.Id).Order());
    }

    [Test]
    public void Declarative_rules_are_supported_diagnostics_like_any_other()
    {
        var linter = EvidenceLinter.CreateDefault();

        var descriptor = linter.SupportedDiagnostics.Single(d => d.Id == "EL4001");

        descriptor.Alias.ShouldBe("aht-as-quality-measure");
        descriptor.Category.ShouldBe("misconception");
        descriptor.DefaultSeverity.ShouldBe(DiagnosticSeverity.Warning);
    }

    private const string Valid = """
        rules:
          - id: EL9001
            alias: test-rule
            title: Test rule
            severity: info
            category: misconception
            kind: existence
            message: Found '{term}'.
            terms: [wallboard]
        """;

    [TestCase("kind: existence", "kind: existance", 7, 11, "unknown kind 'existance'")]
    [TestCase("kind: existence", "kind: existence\n    scope: page", 8, 12, "scope must be sentence, paragraph, section or document")]
    [TestCase("terms: [wallboard]", "terms: []", 9, 12, "term group 'terms' is empty")]
    [TestCase("terms: [wallboard]", "terms: [wallboard]\n    colour: red", 10, 5, "unknown key 'colour'")]
    [TestCase("terms: [wallboard]", "terms: [wallboard]\n    then: [huddle]", 10, 5, "key 'then' is not used by kind existence")]
    [TestCase("message: Found '{term}'.", "message: Found '{word}'.", 8, 14, "unknown placeholder '{word}'")]
    [TestCase("severity: info", "severity: fatal", 5, 15, "severity must be error, warning, info or hidden")]
    [TestCase("kind: existence", "kind: existence\n    limits: [scs1]", 8, 14, "criterion 'scs1' in limits must be a unit and a number")]
    public void Load_errors_name_file_line_and_column(string from, string to, int line, int column, string problem)
    {
        string yaml = Valid.Replace(from, to, StringComparison.Ordinal);

        var ex = Should.Throw<RulePackException>(() => RulePackLoader.Load(yaml, "packs/test.yaml"));

        ex.Message.ShouldStartWith($"packs/test.yaml:{line}:{column}: error: ");
        ex.Problem.ShouldContain(problem);
    }

    [Test]
    public void A_duplicate_rule_id_is_an_error_naming_both_places()
    {
        string yaml = Valid + "\n" + string.Join('\n', Valid.Split('\n').Skip(1)).Replace("test-rule", "other-rule", StringComparison.Ordinal);

        var ex = Should.Throw<RulePackException>(() => RulePackLoader.Load(yaml, "test.yaml"));

        ex.Problem.ShouldContain("duplicate rule 'EL9001'");
        ex.Problem.ShouldContain("test.yaml:2:9");
        ex.Line.ShouldBe(10);
    }

    [Test]
    public void Packs_from_disk_add_rules_and_replace_built_in_ones_by_id()
    {
        using var folder = new AccountFolder();
        folder.Write("extra.yaml", Valid);
        folder.Write("override.yaml", Valid
            .Replace("EL9001", "EL4001", StringComparison.Ordinal)
            .Replace("test-rule", "aht-as-quality-measure", StringComparison.Ordinal));

        var rules = BuiltInRulePacks.WithPacksFrom(folder.Root);
        var linter = new EvidenceLinter(BuiltInAnalyzers.Create(rules));

        rules.Count(r => r.Id == "EL4001").ShouldBe(1);
        rules.Single(r => r.Id == "EL4001").Kind.ShouldBe(RuleKind.Existence);
        linter.SupportedDiagnostics.ShouldContain(d => d.Id == "EL9001");
    }

    [Test]
    public void A_pack_rule_cannot_take_the_id_of_a_rule_written_in_CSharp()
    {
        var clash = RulePackLoader.Load(Valid.Replace("EL9001", "EL1002", StringComparison.Ordinal), "centre.yaml").Rules;

        var ex = Should.Throw<RulePackException>(() => BuiltInAnalyzers.Create(clash));

        ex.Message.ShouldStartWith("centre.yaml:2:9: error: rule 'EL1002'");
    }

    [Test]
    public void Every_misconception_rule_id_constant_is_a_shipped_pack_rule()
    {
        var constants = typeof(RuleIds).GetFields().Select(f => (string)f.GetValue(null)!).Where(id => id.StartsWith("EL4", StringComparison.Ordinal));

        constants.Order().ShouldBe(BuiltInRulePacks.Rules.Select(r => r.Id).Where(id => id.StartsWith("EL4", StringComparison.Ordinal)).Order());
    }

    [Test]
    public async Task Check_uses_the_rule_packs_given_with_rules()
    {
        using var folder = new AccountFolder();
        string account = folder.Write("account.md", "I updated the wallboard every hour.");
        folder.Write("packs/centre.yaml", Valid);
        folder.Write("broken/centre.yaml", Valid.Replace("existence", "exists", StringComparison.Ordinal));

        var run = await CliRun.RunAsync("check", account, "--rules", Path.Combine(folder.Root, "packs"), "--fail-on", "never");
        var broken = await CliRun.RunAsync("check", account, "--rules", Path.Combine(folder.Root, "broken"));

        run.ExitCode.ShouldBe(0, run.ToString());
        run.Out.ShouldContain("EL9001: Found 'wallboard'.");
        broken.ExitCode.ShouldBe(2, broken.ToString());
        broken.Error.ShouldContain("centre.yaml:7:11: error: unknown kind 'exists'");
    }

    [Test]
    public async Task Rules_test_passes_the_shipped_packs()
    {
        var run = await CliRun.RunAsync(["rules", "test", .. Directory.GetFiles(Path.Combine(RepositoryRoot, "rules", "misconceptions"), "*.yaml")]);

        run.ExitCode.ShouldBe(0, run.ToString());
        run.Out.ShouldContain("0 failed");
    }

    [Test]
    public async Task Rules_test_reports_a_failing_example_with_its_text_and_what_fired()
    {
        using var folder = new AccountFolder();
        string pack = folder.Write("pack.yaml", Valid + """

                examples:
                  flag: [I put the figures on the dashboard.]
                  pass: [I updated the wallboard every hour.]
            """);

        var run = await CliRun.RunAsync("rules", "test", pack);

        run.ExitCode.ShouldBe(1, run.ToString());
        run.Out.ShouldContain("EL9001 flag example failed: \"I put the figures on the dashboard.\"");
        run.Out.ShouldContain("expected EL9001 to fire; it did not");
        run.Out.ShouldContain("EL9001 pass example failed: \"I updated the wallboard every hour.\"");
        run.Out.ShouldContain("fired on \"wallboard\"");
    }

    [Test]
    public async Task Rules_test_of_a_malformed_pack_exits_2_with_the_place()
    {
        using var folder = new AccountFolder();
        string pack = folder.Write("pack.yaml", Valid.Replace("existence", "exists", StringComparison.Ordinal));

        var run = await CliRun.RunAsync("rules", "test", pack);

        run.ExitCode.ShouldBe(2, run.ToString());
        run.Error.ShouldContain("pack.yaml:7:11: error: unknown kind 'exists'");
    }
}
