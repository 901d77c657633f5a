using System.Text.Json;
using EvidenceLint.Analysis;
using EvidenceLint.Reading;
using EvidenceLint.Reporting;
using EvidenceLint.Tests.Cli;
using EvidenceLint.Tests.Testing;

namespace EvidenceLint.Tests.Reporting;

public class SarifReportTests
{
    private static readonly DiagnosticDescriptor Misconception = new("EL4001", "aht-as-quality-measure", "AHT treated as a quality measure", "AHT is not a quality measure", "misconception", DiagnosticSeverity.Warning);
    private static readonly DiagnosticDescriptor PersonalData = new("EL5001", "personal-data", "Personal data in evidence", "Personal data: {0}", "privacy", DiagnosticSeverity.Error) { MaskExcerpt = true };
    private static readonly DiagnosticDescriptor Length = new("EL6001", "length-outside-guidance", "Account length outside guidance", "Too short", "writing", DiagnosticSeverity.Info);

    /// <summary>
    /// Validates a log against the official SARIF 2.1.0 JSON Schema (vendored in <c>Schemas/</c>, evaluated with
    /// JsonSchema.Net), then checks what a schema cannot express and consumers rely on: <c>$schema</c> names SARIF
    /// 2.1.0, rule ids are unique, every result names a rule the driver declares and its <c>ruleIndex</c> points at it.
    /// </summary>
    internal static List<string> Validate(JsonElement log)
    {
        var errors = Schemas.Validate(Schemas.Sarif, log);
        void Require(bool condition, string message)
        {
            if (!condition)
            {
                errors.Add(message);
            }
        }

        Require(log.TryGetProperty("$schema", out var schema) && Uri.TryCreate(schema.GetString(), UriKind.Absolute, out var schemaUri) && schemaUri.AbsoluteUri.Contains("sarif", StringComparison.OrdinalIgnoreCase) && schemaUri.AbsoluteUri.Contains("2.1.0", StringComparison.Ordinal), "$schema must be the SARIF 2.1.0 schema URI");
        if (!log.TryGetProperty("runs", out var runs) || runs.ValueKind != JsonValueKind.Array)
        {
            return errors;
        }

        foreach (var run in runs.EnumerateArray())
        {
            var rules = run.TryGetProperty("tool", out var tool) && tool.TryGetProperty("driver", out var driver) && driver.TryGetProperty("rules", out var r) && r.ValueKind == JsonValueKind.Array
                ? r.EnumerateArray().ToList()
                : [];
            var ruleIds = rules.Select(rule => rule.TryGetProperty("id", out var id) ? id.GetString() : null).ToList();
            Require(ruleIds.Distinct().Count() == ruleIds.Count, "rule ids must be unique");
            if (!run.TryGetProperty("results", out var results) || results.ValueKind != JsonValueKind.Array)
            {
                continue;
            }

            foreach (var result in results.EnumerateArray())
            {
                string? ruleId = result.TryGetProperty("ruleId", out var id) ? id.GetString() : null;
                Require(ruleId is not null && ruleIds.Contains(ruleId), $"results[].ruleId '{ruleId}' must name a rule in tool.driver.rules");
                if (result.TryGetProperty("ruleIndex", out var index) && index.TryGetInt32(out int at))
                {
                    Require(at >= 0 && at < ruleIds.Count && ruleIds[at] == ruleId, "ruleIndex must point at the rule with ruleId");
                }
            }
        }

        return errors;
    }

    private static JsonElement Parse(string sarif) => JsonDocument.Parse(sarif).RootElement;

    [Test]
    public async Task The_dev_corpus_report_is_structurally_valid_sarif()
    {
        string corpus = SharedData.Require("corpus/dev");
        var linter = EvidenceLinter.CreateDefault();
        var results = new List<LintResult>();
        foreach (string path in Directory.GetFiles(corpus, "*.md").Where(p => !p.EndsWith("README.md", StringComparison.Ordinal)).Order(StringComparer.Ordinal))
        {
            results.Add(await linter.LintAsync(path) with { Path = "dev/" + Path.GetFileName(path) });
        }

        var log = Parse(SarifReport.ToSarif(results, linter.SupportedDiagnostics, "1.2.3"));

        Validate(log).ShouldBeEmpty();
        var run = log.GetProperty("runs")[0];
        run.GetProperty("results").GetArrayLength().ShouldBe(results.Sum(r => r.Diagnostics.Count(d => d.Severity != DiagnosticSeverity.Hidden)));
        var rules = run.GetProperty("tool").GetProperty("driver").GetProperty("rules").EnumerateArray().ToList();
        rules.Select(r => r.GetProperty("id").GetString()).ShouldBe(linter.SupportedDiagnostics.Select(d => d.Id));
        foreach (var rule in rules)
        {
            var descriptor = linter.SupportedDiagnostics.Single(d => d.Id == rule.GetProperty("id").GetString());
            rule.GetProperty("name").GetString().ShouldBe(descriptor.Alias);
            rule.GetProperty("shortDescription").GetProperty("text").GetString().ShouldBe(descriptor.Title);
            rule.GetProperty("helpUri").GetString().ShouldBe(descriptor.HelpUri);
            if (RuleDocumentation.Get(descriptor.Id) is { } page)
            {
                rule.GetProperty("help").GetProperty("text").GetString().ShouldBe(page);
            }
        }
    }

    [Test]
    public void Severities_map_to_sarif_levels_and_hidden_findings_are_left_out()
    {
        var result = new LintResult
        {
            Path = "cohort/Ann Smith/account #1.pdf",
            Format = InputFormat.Pdf,
            Diagnostics =
            [
                Diagnostic.Create(Length, EvidenceLocation.ForDocument("a")),
                Diagnostic.Create(Misconception, new EvidenceLocation("a", 3, 7, 120, 15, "I cut AHT to...")),
                Diagnostic.Create(PersonalData, new EvidenceLocation("a", 4, 9, 300, 20, "[EMAIL]"), "an e-mail address"),
                Diagnostic.Create(Misconception, new EvidenceLocation("a", 1, 1, 10, 5, "x")) with { Severity = DiagnosticSeverity.Hidden },
            ],
        };

        string sarif = SarifReport.ToSarif([result], [Misconception, PersonalData, Length], "1.0.0");
        var log = Parse(sarif);

        Validate(log).ShouldBeEmpty();
        var results = log.GetProperty("runs")[0].GetProperty("results").EnumerateArray().ToList();
        results.Select(r => r.GetProperty("level").GetString()).ShouldBe(["note", "warning", "error"]);
        var physical = results[1].GetProperty("locations")[0].GetProperty("physicalLocation");
        physical.GetProperty("artifactLocation").GetProperty("uri").GetString().ShouldBe("cohort/Ann%20Smith/account%20%231.pdf");
        physical.GetProperty("region").GetProperty("charOffset").GetInt32().ShouldBe(120);
        physical.GetProperty("region").GetProperty("charLength").GetInt32().ShouldBe(15);
        results[1].GetProperty("properties").GetProperty("page").GetInt32().ShouldBe(3);
        results[1].GetProperty("properties").GetProperty("paragraph").GetInt32().ShouldBe(7);
        results[0].GetProperty("locations")[0].GetProperty("physicalLocation").TryGetProperty("region", out _).ShouldBeFalse();
        results[2].GetProperty("locations")[0].GetProperty("physicalLocation").GetProperty("region").GetProperty("snippet").GetProperty("text").GetString().ShouldBe("[EMAIL]");
        log.GetProperty("runs")[0].GetProperty("properties").GetProperty("regionOffsets").GetString()!.ShouldContain("normalised text");
        var levels = log.GetProperty("runs")[0].GetProperty("tool").GetProperty("driver").GetProperty("rules").EnumerateArray()
            .ToDictionary(r => r.GetProperty("id").GetString()!, r => r.GetProperty("defaultConfiguration").GetProperty("level").GetString());
        levels.ShouldBe(new Dictionary<string, string?> { ["EL4001"] = "warning", ["EL5001"] = "error", ["EL6001"] = "note" });
    }

    [Test]
    public void Absolute_paths_become_file_uris()
    {
        string path = Path.Combine(Path.GetTempPath(), "cohort", "Ann Smith.docx");

        string uri = SarifReport.RelativeUri(path);

        new Uri(uri).IsFile.ShouldBeTrue();
        new Uri(uri).LocalPath.ShouldBe(Path.GetFullPath(path));
    }

    [Test]
    public async Task Check_writes_sarif_and_an_unreadable_account_fails_the_invocation()
    {
        using var folder = new AccountFolder();
        folder.Write("good.md", "I listened to ten calls and gave the team leader feedback on each.");
        folder.Write("broken.docx", "not a Word document");

        var run = await CliRun.RunAsync("check", folder.Root, "--format", "sarif");

        run.ExitCode.ShouldBe(2, run.ToString());
        var log = Parse(run.Out);
        Validate(log).ShouldBeEmpty();
        var invocation = log.GetProperty("runs")[0].GetProperty("invocations")[0];
        invocation.GetProperty("executionSuccessful").GetBoolean().ShouldBeFalse();
        invocation.GetProperty("toolExecutionNotifications")[0].GetProperty("descriptor").GetProperty("id").GetString().ShouldBe("EL0001");
    }

    [Test]
    public void The_validator_catches_what_it_checks()
    {
        var log = Parse("""
            {"version":"2.0.0","runs":[{"tool":{"driver":{"name":"x","rules":[{"id":"A","shortDescription":{"text":"a"}}]}},
             "results":[{"ruleId":"B","ruleIndex":0,"level":"fatal","message":{"text":"m"},"locations":[{"physicalLocation":{"artifactLocation":{"uri":"a.md"},"region":{"charOffset":-2}}}]}],
             "colour":"red"}]}
            """);

        var errors = Validate(log);

        // The schema's own findings, by where they are...
        errors.ShouldContain(e => e.StartsWith("/version:", StringComparison.Ordinal));
        errors.ShouldContain(e => e.StartsWith("/runs/0/results/0/level:", StringComparison.Ordinal));
        errors.ShouldContain(e => e.StartsWith("/runs/0/results/0/locations/0/physicalLocation/region/charOffset:", StringComparison.Ordinal));
        errors.ShouldContain(e => e.StartsWith("/runs/0/colour:", StringComparison.Ordinal));

        // ...and what only the cross-checks see.
        errors.ShouldContain(e => e.Contains("$schema", StringComparison.Ordinal));
        errors.ShouldContain(e => e.Contains("ruleId 'B'", StringComparison.Ordinal));
        errors.ShouldContain(e => e.Contains("ruleIndex", StringComparison.Ordinal));
    }

    [Test]
    public void The_vendored_schema_is_the_official_sarif_2_1_0_schema()
    {
        using var schema = JsonDocument.Parse(File.ReadAllText(Path.Combine(Schemas.RepositoryRoot, "tests", "EvidenceLint.Tests", "Schemas", "sarif-schema-2.1.0.json")));

        schema.RootElement.GetProperty("title").GetString().ShouldBe("Static Analysis Results Format (SARIF) Version 2.1.0 JSON Schema");
        schema.RootElement.GetProperty("properties").GetProperty("version").GetProperty("enum")[0].GetString().ShouldBe("2.1.0");
        if (SharedData.Find("schemas/sarif-schema-2.1.0.json") is { } shared)
        {
            File.ReadAllBytes(Path.Combine(Schemas.RepositoryRoot, "tests", "EvidenceLint.Tests", "Schemas", "sarif-schema-2.1.0.json")).ShouldBe(File.ReadAllBytes(shared), "the vendored copy differs from the shared one");
        }
    }
}
