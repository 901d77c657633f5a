using EvidenceLint.Tests.Testing;
using Json.Schema;

namespace EvidenceLint.Tests.Packs;

/// <summary>
/// Every YAML file shipped under <c>rules/</c> — unit packs, rule packs, the acronym list and the cycle terms — is
/// valid against its published JSON Schema, and every published schema is a valid draft 2020-12 schema.
/// </summary>
public class PackSchemaTests
{
    private static IEnumerable<TestCaseData> ShippedYaml() =>
        Directory.EnumerateFiles(Path.Combine(Schemas.RepositoryRoot, "rules"), "*.yaml", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(Path.Combine(Schemas.RepositoryRoot, "rules"), f).Replace('\\', '/'))
            .Order(StringComparer.Ordinal)
            .Select(f => new TestCaseData(f).SetName($"Shipped rules/{f} validates against its schema"));

    private static IEnumerable<TestCaseData> PublishedSchemas() =>
        Directory.EnumerateFiles(Path.Combine(Schemas.RepositoryRoot, "rules"), "*.schema.json")
            .Append(Path.Combine(Schemas.RepositoryRoot, "docs", "json-contract.schema.json"))
            .Select(f => Path.GetRelativePath(Schemas.RepositoryRoot, f).Replace('\\', '/'))
            .Order(StringComparer.Ordinal)
            .Select(f => new TestCaseData(f).SetName($"Published {f} is a valid draft 2020-12 schema"));

    /// <summary>The schema a file under <c>rules/</c> is written to; null when none is published for it.</summary>
    internal static string? SchemaFor(string relativePath) => relativePath switch
    {
        _ when relativePath.StartsWith("units/", StringComparison.Ordinal) => "unit-pack.schema.json",
        _ when relativePath.StartsWith("misconceptions/", StringComparison.Ordinal) => "rule-pack.schema.json",
        "acronyms.yaml" => "acronym-list.schema.json",
        "cycle.yaml" => "cycle.schema.json",
        _ => null,
    };

    [TestCaseSource(nameof(ShippedYaml))]
    public void Shipped_yaml(string relativePath)
    {
        string schema = SchemaFor(relativePath).ShouldNotBeNull($"rules/{relativePath} has no published schema: add one and map it in {nameof(SchemaFor)}");
        var document = Schemas.FromYaml(File.ReadAllText(Path.Combine(Schemas.RepositoryRoot, "rules", relativePath)));

        var errors = Schemas.Validate(Schemas.Pack(schema), document);

        errors.ShouldBeEmpty($"rules/{relativePath} against rules/{schema}:\n{string.Join("\n", errors)}");
    }

    [TestCaseSource(nameof(PublishedSchemas))]
    public void Published_schema(string relativePath)
    {
        string text = File.ReadAllText(Path.Combine(Schemas.RepositoryRoot, relativePath));
        using var document = System.Text.Json.JsonDocument.Parse(text);
        document.RootElement.GetProperty("$schema").GetString().ShouldBe("https://json-schema.org/draft/2020-12/schema");

        Schemas.Validate(MetaSchemas.Draft202012, document.RootElement).ShouldBeEmpty(relativePath);
    }

    [Test]
    public void The_acronym_and_cycle_schemas_reject_what_their_loaders_reject()
    {
        var acronyms = Schemas.FromYaml("acronyms:\n  - acronym: aht\n    expansions: average handling time\n");
        var cycle = Schemas.FromYaml("monitoring: [monitor]\nmonitorring: [listen to * call]\n");

        var acronymErrors = Schemas.Validate(Schemas.Pack("acronym-list.schema.json"), acronyms);
        var cycleErrors = Schemas.Validate(Schemas.Pack("cycle.schema.json"), cycle);

        acronymErrors.ShouldContain(e => e.StartsWith("/acronyms/0/acronym:", StringComparison.Ordinal));
        acronymErrors.ShouldContain(e => e.StartsWith("/acronyms/0/expansions:", StringComparison.Ordinal));
        acronymErrors.ShouldContain(e => e.StartsWith("/acronyms/0:", StringComparison.Ordinal) && e.Contains("expansion", StringComparison.Ordinal));
        cycleErrors.ShouldContain(e => e.StartsWith("/monitorring:", StringComparison.Ordinal));
        cycleErrors.ShouldContain(e => e.StartsWith(":", StringComparison.Ordinal) && e.Contains("sources", StringComparison.Ordinal));
    }
}
