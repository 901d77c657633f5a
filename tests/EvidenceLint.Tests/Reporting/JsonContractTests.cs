using System.Text.Json;
using System.Text.Json.Nodes;
using EvidenceLint.Analysis;
using EvidenceLint.Reading;
using EvidenceLint.Reporting;
using EvidenceLint.Tests.Cli;
using EvidenceLint.Tests.Testing;

namespace EvidenceLint.Tests.Reporting;

/// <summary>
/// The JSON contract is published as a JSON Schema (<c>docs/json-contract.schema.json</c>), and what <c>check
/// --format json</c> and <c>cohort --json</c> write matches it for every kind of input. (Every other JSON report a
/// test produces through <see cref="CliRun"/> is validated against it too.)
/// </summary>
public class JsonContractTests
{
    private const string PrivateAccount = """
        # Handling a complaint

        I took a call from a customer who was unhappy about a late delivery. I listened to the whole complaint and
        apologised. I e-mailed her at jane.doe@example.com to confirm the refund and rang her back on 07700 900123
        the next day to check the refund had arrived. I recorded the call on the CRM so the team could see it.
        """;

    /// <summary>Every shape a document takes: each format, pages, no unit, unreadable, empty, privacy findings.</summary>
    private static AccountFolder Accounts()
    {
        var folder = new AccountFolder();
        string corpus = SharedData.Require("corpus/dev");
        foreach (string path in Directory.GetFiles(corpus, "*.md").Where(p => !p.EndsWith("README.md", StringComparison.Ordinal)).Order(StringComparer.Ordinal))
        {
            folder.Write(Path.Combine("accounts", Path.GetFileName(path)), File.ReadAllBytes(path));
        }

        folder.Write("accounts/word.docx", DocxBuilder.FromMarkdown(File.ReadAllText(Path.Combine(corpus, "07-scs-weak.md"))));
        folder.Write("accounts/printed.pdf", PdfBuilder.FromMarkdown(File.ReadAllText(Path.Combine(corpus, "11-pcs-weak.md"))));
        folder.Write("accounts/private.txt", PrivateAccount);
        folder.Write("accounts/private.pdf", PdfBuilder.FromMarkdown(PrivateAccount));
        folder.Write("accounts/no-unit.md", "I answered the phone.");
        folder.Write("accounts/empty.md", string.Empty);
        folder.Write("accounts/broken.docx", "not a Word document");
        return folder;
    }

    [TestCase("auto")]
    [TestCase("MCS")]
    public async Task Check_writes_json_that_matches_the_published_schema(string unit)
    {
        using var folder = Accounts();
        string output = Path.Combine(folder.Root, "report.json");

        var printed = await CliRun.RunAsync("check", Path.Combine(folder.Root, "accounts"), "--unit", unit, "--format", "json", "--fail-on", "never");
        var written = await CliRun.RunAsync("check", Path.Combine(folder.Root, "accounts"), "--unit", unit, "--format", "json", "--output", output, "--fail-on", "never");

        printed.ExitCode.ShouldBe(2, printed.ToString());   // broken.docx cannot be read
        Schemas.ShouldMatchJsonContract(printed.Out);
        written.ExitCode.ShouldBe(2, written.ToString());
        Schemas.ShouldMatchJsonContract(await File.ReadAllTextAsync(output));

        // The inputs really do reach the schema's conditional parts.
        var documents = JsonNode.Parse(printed.Out)!["documents"]!.AsArray();
        documents.ShouldContain(d => (string?)d!["format"] == "pdf" && d["diagnostics"]!.AsArray().Any(x => x!["location"]!["page"] != null));
        documents.ShouldContain(d => d!["format"] == null);
        documents.ShouldContain(d => d!["diagnostics"]!.AsArray().Any(x => x!["detail"] != null));
        documents.ShouldContain(d => d!["diagnostics"]!.AsArray().Any(x => x!["location"]!["paragraph"] == null));
        if (unit == "auto")
        {
            documents.ShouldContain(d => d!["unit"] == null);
            documents.ShouldContain(d => (string?)d!["unitSource"] == "auto" && d["unitConfidence"] != null);
        }
        else
        {
            documents.Where(d => d!["format"] != null).ShouldAllBe(d => (string?)d!["unitSource"] == "option");
        }
    }

    [Test]
    public async Task A_unit_from_the_configuration_matches_the_schema()
    {
        using var folder = Accounts();
        folder.Write("accounts/evidencelint.json", """{ "unit": "SCS" }""");

        var run = await CliRun.RunAsync("check", Path.Combine(folder.Root, "accounts"), "--format", "json", "--fail-on", "never");

        Schemas.ShouldMatchJsonContract(run.Out);
        JsonNode.Parse(run.Out)!["documents"]!.AsArray().Where(d => d!["format"] != null).ShouldAllBe(d => (string?)d!["unitSource"] == "config");
    }

    [Test]
    public async Task Cohort_writes_json_that_matches_the_published_schema()
    {
        using var folder = Accounts();
        folder.Write("accounts/ben/part1.md", "I listened to ten calls and gave feedback to the team leader.");
        folder.Write("accounts/ben/part2.md", "I changed the script after the survey and checked the scores a month later.");
        string output = Path.Combine(folder.Root, "cohort.json");

        var run = await CliRun.RunAsync("cohort", Path.Combine(folder.Root, "accounts"), "--unit", "auto", "--json", output, "--fail-on", "never");

        run.ExitCode.ShouldBe(2, run.ToString());
        Schemas.ShouldMatchJsonContract(await File.ReadAllTextAsync(output));
    }

    [Test]
    public void Hand_made_results_of_every_shape_match_the_published_schema()
    {
        var rule = new DiagnosticDescriptor("CC0001", "template-prompt", "Template prompt left in", "Prompt: {0}", "centre", DiagnosticSeverity.Warning);
        var results = new List<LintResult>
        {
            new() { Path = "nothing.bin", Diagnostics = [Diagnostic.Create(EngineDiagnostics.DocumentUnreadable, EvidenceLocation.ForDocument("nothing.bin"), "unreadable")] },
            new()
            {
                Path = "a.pdf",
                Format = InputFormat.Pdf,
                WordCount = 12,
                Diagnostics =
                [
                    Diagnostic.Create(rule, new EvidenceLocation("a.pdf", 2, 4, 100, 12, "Insert here"), "Insert here"),
                    Diagnostic.CreateWithDetail(rule, new EvidenceLocation("a.pdf", 1, 0, 0, 3, "abc"), "MCS.3", "abc"),
                    Diagnostic.Create(rule, EvidenceLocation.ForDocument("a.pdf"), "x") with { Severity = DiagnosticSeverity.Hidden },
                ],
            },
        };

        string json = JsonReport.ToJson(results, "0.0.0-test");

        Schemas.ShouldMatchJsonContract(json);
        json.ShouldNotContain("hidden");
    }

    [TestCase("/documents/0/extra", "an unknown field")]
    [TestCase("-/documents/0/wordCount", "a missing field")]
    [TestCase("/documents/0/diagnostics/0/severity=hidden", "a hidden finding")]
    [TestCase("/documents/0/unitSource=option", "a confidence without detection")]
    [TestCase("/documents/0/diagnostics/0/location/page=3", "a page outside a PDF")]
    [TestCase("/documents/0/coverage/0/status=met", "a status that would pass or fail the learner")]
    [TestCase("/documents/0/coverage/0/score=1.5", "a score above 1")]
    [TestCase("/tool/name=other", "another tool")]
    public async Task The_schema_rejects(string change, string what)
    {
        using var folder = new AccountFolder();
        string account = folder.Write("a.md", File.ReadAllText(Path.Combine(SharedData.Require("corpus/dev"), "03-mcs-weak.md")));
        var run = await CliRun.RunAsync("check", account, "--format", "json", "--fail-on", "never");
        var report = JsonNode.Parse(run.Out)!;
        report["documents"]![0]!["unitSource"]!.GetValue<string>().ShouldBe("auto");
        report["documents"]![0]!["diagnostics"]!.AsArray().ShouldNotBeEmpty();

        Apply(report, change);

        Schemas.Validate(Schemas.JsonContract, report).ShouldNotBeEmpty(what);
    }

    [Test]
    public void The_contract_page_points_at_the_schema_and_names_every_field_it_declares()
    {
        string page = File.ReadAllText(Path.Combine(Schemas.RepositoryRoot, "docs", "json-contract.md"));
        using var schema = JsonDocument.Parse(File.ReadAllText(Path.Combine(Schemas.RepositoryRoot, "docs", "json-contract.schema.json")));

        page.ShouldContain("json-contract.schema.json");
        foreach (string field in PropertyNames(schema.RootElement).Distinct())
        {
            page.ShouldContain($"\"{field}\"", customMessage: $"docs/json-contract.md does not show the field '{field}' the schema declares");
        }
    }

    /// <summary>Applies "/path=value" (set; the value is JSON, or else a string), "/path" (add a field) or "-/path" (remove).</summary>
    private static void Apply(JsonNode report, string change)
    {
        bool remove = change.StartsWith('-');
        string[] assignment = change.TrimStart('-').Split('=', 2);
        string[] steps = assignment[0].Trim('/').Split('/');
        var parent = steps[..^1].Aggregate(report, (node, step) => int.TryParse(step, out int i) ? node[i]! : node[step]!);
        string last = steps[^1];
        if (remove)
        {
            parent.AsObject().Remove(last).ShouldBeTrue(change);
            return;
        }

        JsonNode? value = assignment.Length == 1 ? JsonValue.Create(1)
            : double.TryParse(assignment[1], System.Globalization.CultureInfo.InvariantCulture, out double number) ? JsonValue.Create(number)
            : JsonValue.Create(assignment[1]);
        parent.AsObject()[last] = value;
    }

    private static IEnumerable<string> PropertyNames(JsonElement schema)
    {
        if (schema.ValueKind == JsonValueKind.Object)
        {
            foreach (var member in schema.EnumerateObject())
            {
                if (member.Name == "properties")
                {
                    foreach (var property in member.Value.EnumerateObject())
                    {
                        yield return property.Name;
                    }
                }

                foreach (string name in PropertyNames(member.Value))
                {
                    yield return name;
                }
            }
        }
        else if (schema.ValueKind == JsonValueKind.Array)
        {
            foreach (string name in schema.EnumerateArray().SelectMany(PropertyNames))
            {
                yield return name;
            }
        }
    }
}
