using System.Diagnostics;
using System.Text.Json;
using EvidenceLint.Cli;
using EvidenceLint.Cli.Commands;

namespace EvidenceLint.Tests.Cli;

public class CohortCommandTests
{
    private const string Account = "I listened to ten calls with my team leader and wrote down what the customers asked for. I changed how I open calls after that.";

    [Test]
    public void Files_are_learners_folders_are_portfolios_and_clashing_names_use_the_relative_path()
    {
        using var folder = new AccountFolder();
        string[] paths = ["ann.md", "ben/a.md", "ben/sub/b.docx", "sam.md", "sam.pdf", "zoe.txt", "zoe/x.md"];
        var files = paths.Select(p => new EvidenceFile(p, Path.Combine(folder.Root, p)));

        var assigned = CohortCommand.Assign(folder.Root, files);

        assigned.Select(f => (f.LearnerName, f.RelativePath)).ShouldBe([
            ("ann", "ann.md"),
            ("ben", "ben/a.md"),
            ("ben", "ben/sub/b.docx"),
            ("sam.md", "sam.md"),
            ("sam.pdf", "sam.pdf"),
            ("zoe.txt", "zoe.txt"),
            ("zoe/", "zoe/x.md"),
        ]);
    }

    [Test]
    public async Task A_broken_file_is_reported_and_the_rest_of_the_cohort_is_still_checked()
    {
        using var folder = new AccountFolder();
        folder.Write("ann.md", Account);
        folder.Write("ben/part1.md", Account);
        folder.Write("ben/part2.txt", Account);
        folder.Write("cat.docx", "not a Word document");
        string csv = Path.Combine(folder.Root, "..", $"{Path.GetFileName(folder.Root)}-matrix.csv");
        string json = Path.Combine(folder.Root, "..", $"{Path.GetFileName(folder.Root)}-report.json");
        try
        {
            var run = await CliRun.RunAsync("cohort", folder.Root, "--unit", "MCS", "--csv", csv, "--json", json, "--jobs", "2");

            run.ExitCode.ShouldBe(ExitCodes.Unusable, run.ToString());
            run.Error.ShouldContain("cat.docx: error EL0001");
            run.Error.ShouldContain("checked 4/4 files (100%)");
            run.Out.ShouldContain("Not checked:");
            string[] rows = run.Out.ReplaceLineEndings("\n").Split('\n');
            rows.ShouldContain(r => r.StartsWith("ann ", StringComparison.Ordinal));
            rows.ShouldContain(r => r.StartsWith("ben ", StringComparison.Ordinal));
            rows.ShouldContain(r => r.StartsWith("cat ", StringComparison.Ordinal) && r.EndsWith("(unreadable file)", StringComparison.Ordinal));

            string[] csvLines = (await File.ReadAllTextAsync(csv)).Split("\r\n");
            csvLines[0].ShouldStartWith("learner,files,unit,unreadable,MCS.1,");
            csvLines[2].ShouldStartWith("ben,ben/part1.md; ben/part2.txt,MCS,0,");
            csvLines[3].ShouldStartWith("cat,cat.docx,,1,");

            using var report = JsonDocument.Parse(await File.ReadAllTextAsync(json));
            report.RootElement.GetProperty("documents").EnumerateArray().Select(d => d.GetProperty("path").GetString())
                .ShouldBe(["ann.md", "ben/part1.md", "ben/part2.txt", "cat.docx"]);
        }
        finally
        {
            File.Delete(csv);
            File.Delete(json);
        }
    }

    [Test]
    public async Task An_output_that_cannot_be_written_is_exit_2_after_the_batch_and_the_other_outputs()
    {
        using var folder = new AccountFolder();
        folder.Write("cohort/ann.md", Account);
        string csv = Path.Combine(folder.Root, "matrix.csv");

        var run = await CliRun.RunAsync("cohort", Path.Combine(folder.Root, "cohort"), "--unit", "MCS", "--html", Path.Combine(folder.Root, "missing", "report.html"), "--csv", csv);

        run.ExitCode.ShouldBe(ExitCodes.Unusable);
        run.Error.ShouldContain("could not write the HTML report");
        run.Error.ShouldContain("does not exist");
        run.Out.ShouldContain("ann");
        File.Exists(csv).ShouldBeTrue();
        Directory.GetFiles(folder.Root, "*.tmp", SearchOption.AllDirectories).ShouldBeEmpty();
    }

    [Test]
    public async Task A_clean_cohort_exits_by_fail_on()
    {
        using var folder = new AccountFolder();
        folder.Write("ann.md", Account);

        var never = await CliRun.RunAsync("cohort", folder.Root, "--unit", "auto", "--fail-on", "never");
        var info = await CliRun.RunAsync("cohort", folder.Root, "--unit", "MCS", "--fail-on", "info");

        never.ExitCode.ShouldBe(ExitCodes.Clean, never.ToString());
        info.ExitCode.ShouldBe(ExitCodes.Findings, info.ToString());
    }

    [TestCase("--jobs", "0")]
    [TestCase("--unit", "XYZ")]
    public async Task Bad_options_are_usage_errors(string option, string value)
    {
        using var folder = new AccountFolder();
        folder.Write("ann.md", Account);
        string[] unit = option == "--unit" ? [] : ["--unit", "MCS"];

        var run = await CliRun.RunAsync(["cohort", folder.Root, option, value, .. unit]);

        run.ExitCode.ShouldBe(ExitCodes.Unusable);
        run.Error.ShouldNotBeEmpty();
    }

    [Test]
    public async Task The_unit_is_required_and_the_folder_must_exist()
    {
        using var folder = new AccountFolder();

        var noUnit = await CliRun.RunAsync("cohort", folder.Root);
        var noFolder = await CliRun.RunAsync("cohort", Path.Combine(folder.Root, "nowhere"), "--unit", "MCS");
        var empty = await CliRun.RunAsync("cohort", folder.Root, "--unit", "MCS");

        noUnit.ExitCode.ShouldBe(ExitCodes.Unusable);
        noUnit.Error.ShouldContain("--unit");
        noFolder.ExitCode.ShouldBe(ExitCodes.Unusable);
        noFolder.Error.ShouldContain("is not a folder");
        empty.ExitCode.ShouldBe(ExitCodes.Unusable);
        empty.Error.ShouldContain("no accounts");
    }

    [Test]
    public async Task A_file_name_that_is_not_utf8_is_reported_as_unreadable()
    {
        if (!OperatingSystem.IsLinux())
        {
            Assert.Ignore("Only Linux file systems allow names that are not valid UTF-8.");
        }

        string root = Directory.CreateTempSubdirectory("evidencelint-cli-").FullName;
        try
        {
            File.WriteAllText(Path.Combine(root, "ann.md"), Account);

            // .NET cannot create (or delete) such a name itself, which is the point of the test.
            await ShellAsync(root, "touch \"$(printf 'bad\\377name.md')\"");

            var run = await CliRun.RunAsync("cohort", root, "--unit", "MCS");

            run.ExitCode.ShouldBe(ExitCodes.Unusable, run.ToString());
            run.Error.ShouldContain("not valid UTF-8");
            run.Out.ShouldContain("ann");
        }
        finally
        {
            await ShellAsync(Path.GetTempPath(), $"rm -rf '{root}'");
        }
    }

    private static async Task ShellAsync(string folder, string command)
    {
        using var process = Process.Start(new ProcessStartInfo("/bin/sh", ["-c", command]) { WorkingDirectory = folder })!;
        await process.WaitForExitAsync();
        process.ExitCode.ShouldBe(0, command);
    }
}
