namespace EvidenceLint.Tests.Cli;

/// <summary><c>--timings</c>: the phase breakdown goes to standard error, in run order, and the report does not change.</summary>
public class TimingsTests
{
    private static readonly string[] Phases =
        ["host start", "command line", "pack load", "configuration", "reader", "text model", "evidence", "rules", "report", "linting (wall)", "jit", "total"];

    [Test]
    public async Task Check_prints_every_phase_in_order_and_leaves_the_report_unchanged([Values("console", "json", "sarif")] string format)
    {
        using var folder = new AccountFolder();
        string account = folder.CopySample("sample-account.docx");

        var plain = await CliRun.RunAsync("check", account, "--format", format);
        var timed = await CliRun.RunAsync("check", account, "--format", format, "--timings");

        timed.ExitCode.ShouldBe(plain.ExitCode, timed.ToString());
        timed.Out.ShouldBe(plain.Out);
        plain.Error.ShouldNotContain("timings:");
        ShouldListPhases(timed.Error, accounts: 1);
    }

    [Test]
    public async Task Cohort_prints_the_phases_summed_over_its_accounts()
    {
        using var folder = new AccountFolder();
        folder.CopySample("sample-account.docx", "ana.docx");
        folder.CopySample("sample-account.md", "ben.md");

        var plain = await CliRun.RunAsync("cohort", folder.Root, "--unit", "auto");
        var timed = await CliRun.RunAsync("cohort", folder.Root, "--unit", "auto", "--timings", "-j", "1");

        timed.ExitCode.ShouldBe(plain.ExitCode, timed.ToString());
        timed.Out.ShouldBe(plain.Out);
        ShouldListPhases(timed.Error, accounts: 2);
        timed.Error.ShouldContain("summed over 2 accounts");
        timed.Error.ShouldContain("2 accounts, up to 1 at once");
    }

    [Test]
    public async Task Timings_are_off_unless_asked_for_and_other_runs_are_not_timed()
    {
        using var folder = new AccountFolder();
        string account = folder.CopySample("sample-account.md");

        await CliRun.RunAsync("check", account, "--timings");
        var after = await CliRun.RunAsync("check", account);

        after.Error.ShouldNotContain("timings:");
        EvidenceLint.Analysis.PhaseTimings.Current.ShouldBeNull();
    }

    private static void ShouldListPhases(string stderr, int accounts)
    {
        var lines = stderr.Split('\n').Select(l => l.TrimEnd('\r')).ToList();
        int header = lines.IndexOf("timings:");
        header.ShouldBeGreaterThanOrEqualTo(0, stderr);
        var rows = lines.Skip(header + 1).Where(l => l.StartsWith("  ", StringComparison.Ordinal)).ToList();
        rows.Select(r => Phases.First(p => r.TrimStart().StartsWith(p, StringComparison.Ordinal))).ShouldBe(Phases, stderr);

        // In-process there is no host start to measure; every other phase has a time in milliseconds.
        rows[0].ShouldContain("not measured");
        foreach (string row in rows.Skip(1))
        {
            row.ShouldMatch(@"^  \S.*\s\d+\.\d ms", stderr);
        }

        rows.Single(r => r.TrimStart().StartsWith("linting", StringComparison.Ordinal)).ShouldContain($"{accounts} account");
    }
}
