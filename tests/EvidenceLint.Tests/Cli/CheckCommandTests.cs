using System.Text.Json;

namespace EvidenceLint.Tests.Cli;

public class CheckCommandTests
{
    // Uses the outcome verbs of both MCS and SCS and shows one complete evaluative cycle, so under either unit the
    // findings are its length and the criteria it is too short to evidence.
    private const string ShortAccount = "I set three standards with my team in March, communicated them, supported, monitored, resolved and led. I listened to ten calls and found that four skipped the greeting, so I changed the script and gave each adviser feedback; by 30 April all 10 passed.";

    [Test]
    public async Task Clean_account_exits_0()
    {
        using var folder = new AccountFolder();
        string account = folder.CopySample("sample-account.md");

        var run = await CliRun.RunAsync("check", account, "--fail-on", "info");

        run.ExitCode.ShouldBe(0, run.ToString());
        run.Out.ShouldContain("1 document: 0 errors, 0 warnings, 0 infos");
    }

    [Test]
    public async Task Findings_below_fail_on_exit_0_and_at_or_above_it_exit_1()
    {
        using var folder = new AccountFolder();
        string account = folder.Write("short.md", ShortAccount);

        var belowThreshold = await CliRun.RunAsync("check", account);
        var atThreshold = await CliRun.RunAsync("check", account, "--fail-on", "info");
        var never = await CliRun.RunAsync("check", account, "--fail-on", "never");

        belowThreshold.ExitCode.ShouldBe(0, belowThreshold.ToString());
        belowThreshold.Out.ShouldContain($"{account}: info EL6001: The account has 44 words");
        atThreshold.ExitCode.ShouldBe(1, atThreshold.ToString());
        never.ExitCode.ShouldBe(0);
    }

    [Test]
    public async Task Broken_files_do_not_stop_the_batch_and_exit_2_and_inputs_are_unchanged()
    {
        using var folder = new AccountFolder();
        folder.Write("a-short.md", ShortAccount);
        folder.Write("b-empty.docx", []);
        folder.Write("c-random.pdf", [.. Enumerable.Range(0, 2048).Select(i => (byte)((i * 7919) % 251))]);
        folder.CopySample("sample-account.md", "nested/d-sample.md");
        folder.Write(".hidden.md", ShortAccount);
        folder.Write("notes.csv", "not an account");
        var before = folder.Hashes();

        var run = await CliRun.RunAsync("check", folder.Root, "--format", "json", "--fail-on", "info");

        run.ExitCode.ShouldBe(2, run.ToString());
        using var json = JsonDocument.Parse(run.Out);
        var documents = json.RootElement.GetProperty("documents").EnumerateArray().ToList();
        documents.Select(d => Path.GetFileName(d.GetProperty("path").GetString())).ShouldBe(["a-short.md", "b-empty.docx", "c-random.pdf", "d-sample.md"]);
        documents[0].GetProperty("diagnostics").EnumerateArray().Select(d => d.GetProperty("id").GetString()).ShouldBe(["EL0006", "EL6001"]);
        documents[1].GetProperty("diagnostics")[0].GetProperty("id").GetString().ShouldBe("EL0001");
        documents[2].GetProperty("diagnostics")[0].GetProperty("id").GetString().ShouldBe("EL0001");
        documents[3].GetProperty("wordCount").GetInt32().ShouldBeGreaterThan(400);
        folder.Hashes().ShouldBe(before);
    }

    [Test]
    public async Task Json_has_exactly_the_contract_fields()
    {
        using var folder = new AccountFolder();
        string account = folder.Write("short.md", ShortAccount);

        var run = await CliRun.RunAsync("check", account, "--format", "json", "--unit", "mcs");

        using var json = JsonDocument.Parse(run.Out);
        var root = json.RootElement;
        Names(root).ShouldBe(["tool", "documents", "summary"]);
        Names(root.GetProperty("tool")).ShouldBe(["name", "version"]);
        root.GetProperty("tool").GetProperty("name").GetString().ShouldBe("evidencelint");
        var document = root.GetProperty("documents")[0];
        Names(document).ShouldBe(["path", "format", "unit", "unitSource", "wordCount", "diagnostics", "coverage", "cycle"]);
        document.GetProperty("format").GetString().ShouldBe("md");
        document.GetProperty("unit").GetString().ShouldBe("MCS");
        document.GetProperty("unitSource").GetString().ShouldBe("option");
        var diagnostics = document.GetProperty("diagnostics").EnumerateArray().ToList();
        var length = diagnostics.Single(d => d.GetProperty("id").GetString() == "EL6001");
        Names(length).ShouldBe(["id", "severity", "category", "message", "helpUri", "location"]);
        length.GetProperty("severity").GetString().ShouldBe("info");
        Names(length.GetProperty("location")).ShouldBe(["page", "paragraph", "start", "length", "excerpt"]);

        // Coverage findings name their criterion in "detail"; the criterion table lists every criterion of the unit.
        var notEvidenced = diagnostics.First(d => d.GetProperty("id").GetString() == "EL2001");
        Names(notEvidenced).ShouldBe(["id", "severity", "category", "message", "helpUri", "detail", "location"]);
        var coverage = document.GetProperty("coverage").EnumerateArray().ToList();
        coverage.Select(c => c.GetProperty("criterion").GetString()).ShouldBe(["MCS.1", "MCS.2", "MCS.3", "MCS.4", "MCS.5"]);
        Names(coverage[0]).ShouldBe(["criterion", "status", "score", "evidence", "missingIndicators", "limitedBy"]);
        coverage[0].GetProperty("status").GetString().ShouldBe("covered");
        Names(coverage[0].GetProperty("evidence")[0]).ShouldBe(["page", "paragraph", "start", "length", "excerpt", "indicators"]);
        coverage[1].GetProperty("status").GetString().ShouldBe("missing");
        notEvidenced.GetProperty("detail").GetString().ShouldBe("MCS.2");

        Names(root.GetProperty("summary")).ShouldBe(["documents", "errors", "warnings", "infos"]);
        root.GetProperty("summary").GetProperty("infos").GetInt32().ShouldBe(diagnostics.Count(d => d.GetProperty("severity").GetString() == "info"));
    }

    [Test]
    public async Task Word_document_is_reported_as_docx_and_left_unchanged()
    {
        // Only what does not depend on the Word reader: the path, the format and that the file is untouched.
        using var folder = new AccountFolder();
        string account = folder.CopySample("sample-account.docx");
        var before = folder.Hashes();

        var run = await CliRun.RunAsync("check", account, "--format", "json");

        using var json = JsonDocument.Parse(run.Out);
        var document = json.RootElement.GetProperty("documents")[0];
        document.GetProperty("path").GetString().ShouldBe(account);
        document.GetProperty("format").GetString().ShouldBe("docx");
        folder.Hashes().ShouldBe(before);
    }

    [Test]
    public async Task Output_file_is_written_and_no_temporary_file_is_left()
    {
        using var folder = new AccountFolder();
        string account = folder.Write("short.md", ShortAccount);
        string report = Path.Combine(folder.Root, "out", "report.json");
        Directory.CreateDirectory(Path.GetDirectoryName(report)!);
        File.WriteAllText(report, "old report");

        var run = await CliRun.RunAsync("check", account, "--format", "json", "--output", report);

        run.ExitCode.ShouldBe(0, run.ToString());
        run.Out.ShouldBeEmpty();
        JsonDocument.Parse(File.ReadAllText(report)).RootElement.GetProperty("summary").GetProperty("infos").GetInt32().ShouldBe(2, "EL0006 (no unit) and EL6001 (length)");
        Directory.GetFiles(Path.GetDirectoryName(report)!).ShouldBe([report]);
    }

    [Test]
    public async Task Output_to_a_missing_folder_exits_2_with_a_message()
    {
        using var folder = new AccountFolder();
        string account = folder.Write("short.md", ShortAccount);

        var run = await CliRun.RunAsync("check", account, "--output", Path.Combine(folder.Root, "no-such-folder", "report.txt"));

        run.ExitCode.ShouldBe(2);
        run.Error.ShouldStartWith("error: ");
    }

    [Test]
    public async Task Output_may_not_overwrite_an_account()
    {
        using var folder = new AccountFolder();
        string account = folder.Write("short.md", ShortAccount);
        var before = folder.Hashes();

        var run = await CliRun.RunAsync("check", account, "--output", account);

        run.ExitCode.ShouldBe(2);
        folder.Hashes().ShouldBe(before);
    }

    [Test]
    public async Task Globs_match_across_folders()
    {
        using var folder = new AccountFolder();
        folder.Write("cohort/one/a.md", ShortAccount);
        folder.Write("cohort/two/b.md", ShortAccount);
        folder.Write("cohort/two/c.txt", ShortAccount);

        var run = await CliRun.RunAsync("check", Path.Combine(folder.Root, "cohort", "**", "*.md"));

        run.Out.ShouldContain("a.md: info EL6001");
        run.Out.ShouldContain("b.md: info EL6001");
        run.Out.ShouldNotContain("c.txt");
        // Each: EL0006 (too short to tell the unit) and EL6001 (length).
        run.Out.ShouldContain("2 documents: 0 errors, 0 warnings, 4 infos");
    }

    [Test]
    public async Task Nearest_configuration_file_is_applied()
    {
        using var folder = new AccountFolder();
        folder.Write("evidencelint.json", """{ "rules": { "EL6001": "error" }, "unit": "SCS" }""");
        string account = folder.Write("learner/short.md", ShortAccount);

        var run = await CliRun.RunAsync("check", account, "--format", "json");

        run.ExitCode.ShouldBe(1, run.ToString());
        using var json = JsonDocument.Parse(run.Out);
        var document = json.RootElement.GetProperty("documents")[0];
        document.GetProperty("unitSource").GetString().ShouldBe("config");
        document.GetProperty("diagnostics")[0].GetProperty("severity").GetString().ShouldBe("error");
    }

    [Test]
    public async Task Configuration_errors_exit_2_and_name_the_file_and_key()
    {
        using var folder = new AccountFolder();
        string account = folder.Write("short.md", ShortAccount);
        string config = folder.Write("centre.json", "{\n  \"rules\": { \"EL9999\": \"none\" }\n}");

        var run = await CliRun.RunAsync("check", account, "--config", config);

        run.ExitCode.ShouldBe(2);
        run.Error.ShouldContain(config + "(2,14)");
        run.Error.ShouldContain("rules.EL9999");
        run.Out.ShouldBeEmpty();
    }

    [Test]
    public async Task Suppressions_in_configuration_remove_findings()
    {
        using var folder = new AccountFolder();
        string account = folder.Write("short.md", ShortAccount);
        string config = folder.Write("centre.json", """{ "rules": { "EL0006": "none" }, "suppressions": [ { "rule": "length-outside-guidance", "justification": "A short pilot account", "file": "*.md" } ] }""");

        var run = await CliRun.RunAsync("check", account, "--config", config, "--fail-on", "info");

        run.ExitCode.ShouldBe(0, run.ToString());
        run.Out.ShouldContain("(1 suppressed by configuration)");
    }

    [Test]
    public async Task Console_report_to_a_writer_has_no_colour()
    {
        using var folder = new AccountFolder();
        string account = folder.Write("short.md", ShortAccount);

        var run = await CliRun.RunAsync("check", account);

        run.Out.ShouldNotContain("\u001b");
        run.Error.ShouldNotContain("\u001b");
    }

    [Test]
    public void No_color_turns_colour_off_even_on_a_terminal()
    {
        string? previous = Environment.GetEnvironmentVariable("NO_COLOR");
        try
        {
            var terminal = new EvidenceLint.Cli.CliEnvironment(TextWriter.Null, TextWriter.Null, OutIsTerminal: true, ErrorIsTerminal: true);
            Environment.SetEnvironmentVariable("NO_COLOR", null);
            terminal.UseColor.ShouldBeTrue();
            Environment.SetEnvironmentVariable("NO_COLOR", "1");
            terminal.UseColor.ShouldBeFalse();
        }
        finally
        {
            Environment.SetEnvironmentVariable("NO_COLOR", previous);
        }
    }

    [Test]
    public async Task Missing_file_exits_2()
    {
        var run = await CliRun.RunAsync("check", Path.Combine(Path.GetTempPath(), Guid.NewGuid().ToString("N") + ".docx"));

        run.ExitCode.ShouldBe(2);
        run.Out.ShouldContain("EL0001");
    }

    [TestCase("frobnicate")]
    [TestCase("check", "--colour", "x.md")]
    [TestCase("check")]
    [TestCase("check", "x.md", "--fail-on", "sometimes")]
    [TestCase]
    public async Task Usage_errors_exit_2_with_usage_on_stderr(params string[] args)
    {
        var run = await CliRun.RunAsync(args);

        run.ExitCode.ShouldBe(2, run.ToString());
        run.Error.ShouldContain("Usage:");
        run.Out.ShouldBeEmpty();
    }

    [Test]
    public async Task Version_prints_the_plain_version()
    {
        var run = await CliRun.RunAsync("--version");

        run.ExitCode.ShouldBe(0);
        run.Out.Trim().ShouldBe(EvidenceLint.Cli.Cli.Version);
        run.Out.ShouldNotContain("+");
    }

    [Test]
    public async Task Help_names_the_program_as_users_type_it_and_lists_every_report_format()
    {
        var root = await CliRun.RunAsync("--help");
        var check = await CliRun.RunAsync("check", "--help");

        root.Out.ShouldContain("evidencelint [command] [options]");
        root.Out.ShouldNotContain("EvidenceLint.Cli");
        check.Out.ShouldContain("evidencelint check <paths>");
        foreach (string format in EvidenceLint.Reporting.ReportFormats.Names)
        {
            check.Out.ShouldContain(format);
        }
    }

    private static List<string> Names(JsonElement element) => [.. element.EnumerateObject().Select(p => p.Name)];
}
