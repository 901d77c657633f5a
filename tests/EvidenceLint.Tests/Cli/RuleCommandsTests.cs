using System.Text.Json;

namespace EvidenceLint.Tests.Cli;

public class RuleCommandsTests
{
    [TestCase("EL6001")]
    [TestCase("length-outside-guidance")]
    [TestCase("el6001")]
    public async Task Explain_prints_the_rule_page(string rule)
    {
        var run = await CliRun.RunAsync("explain", rule);

        run.ExitCode.ShouldBe(0, run.ToString());
        run.Out.ShouldStartWith("# EL6001: Account length outside guidance");
        run.Out.ShouldContain("minimumWords");
    }

    [Test]
    public void Every_built_in_rule_has_a_page()
    {
        foreach (var descriptor in EvidenceLinter.CreateDefault().SupportedDiagnostics)
        {
            RuleDocumentation.Get(descriptor.Id).ShouldNotBeNull(descriptor.Id);
        }
    }

    [Test]
    public async Task Explain_of_an_unknown_rule_exits_2()
    {
        var run = await CliRun.RunAsync("explain", "EL9999");

        run.ExitCode.ShouldBe(2);
        run.Error.ShouldContain("EL9999");
    }

    [Test]
    public async Task Rules_shows_severities_as_configured()
    {
        using var folder = new AccountFolder();
        string config = folder.Write("evidencelint.json", """{ "rules": { "EL6001": "none", "learning-outcomes": "error" } }""");

        var defaults = await CliRun.RunAsync("rules");
        var configured = await CliRun.RunAsync("rules", "--config", config);

        defaults.ExitCode.ShouldBe(0);
        Row(defaults.Out, "EL6001").ShouldContain("info");
        Row(configured.Out, "EL6001").ShouldContain("none");
        Row(configured.Out, "EL1003").ShouldContain("error");
        Row(configured.Out, "EL1003").ShouldContain("not-first-person");
    }

    [Test]
    public async Task Extract_json_spans_index_the_text()
    {
        using var folder = new AccountFolder();
        string account = folder.CopySample("sample-account.md");

        var run = await CliRun.RunAsync("extract", account, "--format", "json");

        run.ExitCode.ShouldBe(0, run.ToString());
        using var json = JsonDocument.Parse(run.Out);
        string text = json.RootElement.GetProperty("text").GetString()!;
        var paragraphs = json.RootElement.GetProperty("paragraphs").EnumerateArray().ToList();
        paragraphs.Count.ShouldBeGreaterThan(5);
        var first = paragraphs[0];
        first.GetProperty("kind").GetString().ShouldBe("heading");
        first.GetProperty("headingLevel").GetInt32().ShouldBe(1);
        text.Substring(first.GetProperty("start").GetInt32(), first.GetProperty("length").GetInt32())
            .ShouldBe("Reflective account: Manage customer service standards (MCS)");
        for (int i = 0; i < paragraphs.Count; i++)
        {
            var paragraph = paragraphs[i];
            paragraph.GetProperty("index").GetInt32().ShouldBe(i);
            int start = paragraph.GetProperty("start").GetInt32();
            int length = paragraph.GetProperty("length").GetInt32();
            (start + length).ShouldBeLessThanOrEqualTo(text.Length);
            text.Substring(start, length).Trim().ShouldNotBeEmpty();
        }

        paragraphs[2].GetProperty("headingPath").EnumerateArray().Select(h => h.GetString()).ShouldBe(["Reflective account: Manage customer service standards (MCS)", "Setting the standards"]);
        json.RootElement.GetProperty("notes").GetArrayLength().ShouldBe(0);
    }

    [Test]
    public async Task Extract_text_shows_one_based_paragraphs()
    {
        using var folder = new AccountFolder();
        string account = folder.CopySample("sample-account.md");

        var run = await CliRun.RunAsync("extract", account);

        run.ExitCode.ShouldBe(0);
        run.Out.ShouldContain("¶1 heading 1 [0+59]");
    }

    [Test]
    public async Task Extract_of_an_unreadable_file_exits_2()
    {
        using var folder = new AccountFolder();
        string empty = folder.Write("empty.docx", []);

        var run = await CliRun.RunAsync("extract", empty);

        run.ExitCode.ShouldBe(2);
        run.Error.ShouldContain("EL0001");
    }

    private static string Row(string table, string id) =>
        table.ReplaceLineEndings("\n").Split('\n').Single(line => line.StartsWith(id, StringComparison.Ordinal));
}
