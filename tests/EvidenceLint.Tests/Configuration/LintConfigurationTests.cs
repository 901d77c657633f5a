using System.Text;
using EvidenceLint.Analysis;
using EvidenceLint.Configuration;

namespace EvidenceLint.Tests.Configuration;

public class LintConfigurationTests
{
    private static readonly IReadOnlyList<DiagnosticDescriptor> Known = EvidenceLinter.CreateDefault().SupportedDiagnostics;

    private static LintOptions Parse(string json) => LintConfiguration.Parse(Encoding.UTF8.GetBytes(json), "centre/evidencelint.json", Known);

    private static ConfigurationException Rejects(string json)
    {
        var error = Should.Throw<ConfigurationException>(() => Parse(json));
        error.Message.ShouldStartWith("centre/evidencelint.json");
        return error;
    }

    [Test]
    public void Full_example_loads_into_options()
    {
        var options = Parse("""
            {
              // comments and trailing commas are allowed
              "unit": "mcs",
              "rules": { "EL6001": "none", "not-first-person": "error", "writing": "info", },
              "ruleOptions": { "length-outside-guidance": { "minimumWords": 500, "maximumWords": 1500 } },
              "limits": { "maxInputBytes": 1000, "maxDecompressedBytes": 2000, "maxCompressionRatio": 50.5, "maxPages": 10, "maxWords": 900, "timeoutSeconds": 5 },
              "suppressions": [ { "rule": "EL1003", "justification": "Written as a team account by agreement", "paragraph": 3, "excerpt": "team", "file": "*.docx" } ]
            }
            """);

        options.Unit.ShouldBe("MCS");
        options.Severities["EL6001"].ShouldBeNull();
        options.Severities["not-first-person"].ShouldBe(DiagnosticSeverity.Error);
        options.RuleOptions["EL6001"]["minimumWords"].ShouldBe("500");
        options.RuleOptions["EL6001"]["maximumWords"].ShouldBe("1500");
        options.Limits.MaxInputBytes.ShouldBe(1000);
        options.Limits.MaxDecompressedBytes.ShouldBe(2000);
        options.Limits.MaxCompressionRatio.ShouldBe(50.5);
        options.Limits.MaxPages.ShouldBe(10);
        options.Limits.MaxWords.ShouldBe(900);
        options.Limits.Timeout.ShouldBe(TimeSpan.FromSeconds(5));
        var suppression = options.Suppressions.Single();
        suppression.Rule.ShouldBe("EL1003");
        suppression.Paragraph.ShouldBe(2, "config paragraphs are one-based, as the console shows them");
        suppression.Excerpt.ShouldBe("team");
        suppression.File.ShouldBe("*.docx");
    }

    [Test]
    public void Auto_unit_means_no_configured_unit() => Parse("""{ "unit": "auto" }""").Unit.ShouldBeNull();

    [Test]
    public void Severities_apply_through_the_options()
    {
        var options = Parse("""{ "rules": { "writing": "warning", "EL6001": "error" } }""");
        var el6001 = Known.Single(d => d.Id == "EL6001");
        options.GetEffectiveSeverity(el6001).ShouldBe(DiagnosticSeverity.Error);
    }

    [Test]
    public void Unknown_rule_names_the_key_line_and_column()
    {
        var error = Rejects("{\n  \"rules\": {\n    \"EL9999\": \"none\"\n  }\n}");
        error.KeyPath.ShouldBe("rules.EL9999");
        error.Line.ShouldBe(3);
        error.Column.ShouldBe(5);
        error.Message.ShouldContain("centre/evidencelint.json(3,5)");
        error.Message.ShouldContain("rules.EL9999");
    }

    [Test]
    public void Bad_severity_is_rejected() =>
        Rejects("""{ "rules": { "EL6001": "fatal" } }""").KeyPath.ShouldBe("rules.EL6001");

    [Test]
    public void Severity_must_be_text() =>
        Rejects("""{ "rules": { "EL6001": 3 } }""").KeyPath.ShouldBe("rules.EL6001");

    [Test]
    public void Unknown_unit_is_rejected() =>
        Rejects("""{ "unit": "XYZ" }""").Message.ShouldContain("MCS, SCS, PCS, DCP or auto");

    [TestCase("maxPages", "0")]
    [TestCase("maxWords", "-5")]
    [TestCase("maxInputBytes", "1.5")]
    [TestCase("timeoutSeconds", "\"ten\"")]
    [TestCase("maxPages", "99999999999")]
    public void Bad_limit_is_rejected(string limit, string value) =>
        Rejects($$"""{ "limits": { "{{limit}}": {{value}} } }""").KeyPath.ShouldBe($"limits.{limit}");

    [Test]
    public void Unknown_limit_is_rejected() =>
        Rejects("""{ "limits": { "maxFiles": 3 } }""").KeyPath.ShouldBe("limits.maxFiles");

    [Test]
    public void Suppression_without_justification_is_rejected()
    {
        var error = Rejects("""{ "suppressions": [ { "rule": "EL6001" } ] }""");
        error.KeyPath.ShouldBe("suppressions[0]");
        error.Message.ShouldContain("justification");
        error.Line.ShouldBe(1);
    }

    [Test]
    public void Suppression_with_blank_justification_is_rejected() =>
        Rejects("""{ "suppressions": [ { "rule": "EL6001", "justification": "  " } ] }""").KeyPath.ShouldBe("suppressions[0].justification");

    [Test]
    public void Suppression_of_unknown_rule_is_rejected() =>
        Rejects("""{ "suppressions": [ { "rule": "EL9999", "justification": "x" } ] }""").KeyPath.ShouldBe("suppressions[0].rule");

    [Test]
    public void Suppression_by_category_is_rejected_because_it_must_name_one_rule() =>
        Rejects("""{ "suppressions": [ { "rule": "writing", "justification": "x" } ] }""").KeyPath.ShouldBe("suppressions[0].rule");

    [Test]
    public void Unknown_suppression_setting_is_rejected() =>
        Rejects("""{ "suppressions": [ { "rule": "EL6001", "justification": "x", "line": 3 } ] }""").KeyPath.ShouldBe("suppressions[0].line");

    [Test]
    public void Unknown_top_level_key_is_rejected()
    {
        var error = Rejects("""{ "rulez": {} }""");
        error.KeyPath.ShouldBe("rulez");
        error.Column.ShouldBe(3);
    }

    [Test]
    public void Rule_options_for_unknown_rule_are_rejected() =>
        Rejects("""{ "ruleOptions": { "EL9999": { "x": 1 } } }""").KeyPath.ShouldBe("ruleOptions.EL9999");

    [Test]
    public void Malformed_json_reports_line_and_column()
    {
        var error = Rejects("{\n  \"unit\": \"MCS\"\n  \"rules\": {}\n}");
        error.KeyPath.ShouldBeNull();
        error.Line.ShouldBe(3);
        error.Message.ShouldContain("not valid JSON");
    }

    [Test]
    public void Invalid_utf8_is_a_configuration_error_naming_where_it_is()
    {
        // Found by fuzzing: the bytes inside a JSON string are only decoded when read, which threw InvalidOperationException.
        byte[] json = [.. "{\n  \"unit\": \"M"u8, 0xC3, .. "\"\n}"u8];
        var error = Should.Throw<ConfigurationException>(() => LintConfiguration.Parse(json, "centre/evidencelint.json", Known));
        error.Line.ShouldBe(2);
        error.Column.ShouldBe(13);
        error.Message.ShouldContain("not valid UTF-8");
    }

    [Test]
    public void Root_must_be_an_object() => Rejects("[]").Message.ShouldContain("one JSON object");

    [Test]
    public void Load_names_a_missing_file()
    {
        string path = Path.Combine(Path.GetTempPath(), Guid.NewGuid().ToString("N"), "evidencelint.json");
        var error = Should.Throw<ConfigurationException>(() => LintConfiguration.Load(path, Known));
        error.FilePath.ShouldBe(path);
    }

    [Test]
    public void Find_returns_the_nearest_file_in_the_folder_or_its_parents()
    {
        string root = Directory.CreateTempSubdirectory("evidencelint-find-").FullName;
        try
        {
            string nested = Directory.CreateDirectory(Path.Combine(root, "cohort", "learner")).FullName;
            File.WriteAllText(Path.Combine(root, "evidencelint.json"), "{}");
            LintConfiguration.Find(Path.Combine(nested, "account.docx")).ShouldBe(Path.Combine(root, "evidencelint.json"));

            File.WriteAllText(Path.Combine(nested, "evidencelint.json"), "{}");
            LintConfiguration.Find(Path.Combine(nested, "account.docx")).ShouldBe(Path.Combine(nested, "evidencelint.json"));
            LintConfiguration.Find(nested).ShouldBe(Path.Combine(nested, "evidencelint.json"));
        }
        finally
        {
            Directory.Delete(root, recursive: true);
        }
    }
}
