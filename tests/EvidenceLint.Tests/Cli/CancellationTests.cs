using System.Diagnostics;
using System.Text;
using EvidenceLint.Cli;

namespace EvidenceLint.Tests.Cli;

/// <summary>
/// Stopping a run: cancelling a cohort stops it within the files already under way and writes no report, and a
/// report is only ever moved into place whole — a write that is cancelled, fails or is killed leaves the previous
/// report as it was.
/// </summary>
public class CancellationTests
{
    private const string Account = "I listened to ten calls with my team leader and wrote down what the customers asked for. I changed how I open calls after that.";

    [Test]
    [CancelAfter(120_000)]
    public async Task Cancelling_a_cohort_stops_it_within_the_files_under_way_and_writes_no_report()
    {
        using var folder = new AccountFolder();
        for (int i = 0; i < 60; i++)
        {
            folder.Write($"cohort/learner-{i:00}.md", Account);
        }

        string output = Directory.CreateDirectory(Path.Combine(folder.Root, "out")).FullName;
        using var cancellation = new CancellationTokenSource();

        // Progress goes to standard error as a line per tenth of the cohort (6 files); cancel on the first.
        var stderr = new CancelOnLine("checked ", cancellation);
        var run = await CliRun.RunAsync(
            ["cohort", Path.Combine(folder.Root, "cohort"), "--unit", "MCS", "--jobs", "2", "--html", Path.Combine(output, "report.html"), "--csv", Path.Combine(output, "matrix.csv"), "--json", Path.Combine(output, "report.json")],
            cancellation.Token,
            stderr);

        run.ExitCode.ShouldBe(ExitCodes.Unusable, stderr.Text);
        stderr.Text.ShouldContain("Cancelled.");
        // With two files at once, at most the one other file under way finishes after the sixth: never a second tenth.
        stderr.Text.ShouldContain("checked 6/60 files (10%)");
        stderr.Text.ShouldNotContain("checked 12/60");
        run.Out.ShouldBeEmpty("no partial cohort table either");
        Directory.EnumerateFileSystemEntries(output).ShouldBeEmpty("no report and no temporary file");
    }

    [TestCase("cancelled while writing")]
    [TestCase("cancelled after writing, before the move")]
    [TestCase("failed while writing")]
    public async Task A_write_that_does_not_finish_keeps_the_previous_report_and_leaves_no_file(string how)
    {
        using var folder = new AccountFolder();
        string report = folder.Write("out/report.json", "previous report");
        using var cancellation = new CancellationTokenSource();

        var error = await Should.ThrowAsync<Exception>(() => OutputFile.WriteAsync(report, async stream =>
        {
            await stream.WriteAsync(Encoding.UTF8.GetBytes("{\"documents\": ["));
            await stream.FlushAsync();
            File.Exists(report).ShouldBeTrue();
            Directory.GetFiles(Path.GetDirectoryName(report)!, ".report.json.*.tmp").Length.ShouldBe(1, "the partial report is in its temporary file");
            switch (how)
            {
                case "cancelled while writing":
                    await cancellation.CancelAsync();
                    cancellation.Token.ThrowIfCancellationRequested();
                    break;
                case "cancelled after writing, before the move":
                    await stream.WriteAsync(Encoding.UTF8.GetBytes("]}"));
                    await cancellation.CancelAsync();
                    break;
                default:
                    throw new IOException("No space left on device");
            }
        }, cancellation.Token));

        error.ShouldBeAssignableTo(how.StartsWith("cancelled", StringComparison.Ordinal) ? typeof(OperationCanceledException) : typeof(IOException));
        (await File.ReadAllTextAsync(report)).ShouldBe("previous report");
        Directory.GetFiles(Path.GetDirectoryName(report)!).ShouldBe([report]);
    }

    [Test]
    public async Task A_write_removes_what_a_killed_write_left_but_not_a_live_one()
    {
        using var folder = new AccountFolder();
        string report = Path.Combine(folder.Root, "report.json");
        string dead = folder.Write($".report.json.{Guid.NewGuid():N}.tmp", "{\"documents\": [");
        string live = folder.Write($".report.json.{Guid.NewGuid():N}.tmp", "{\"documents\": [");
        string other = folder.Write($".other.json.{Guid.NewGuid():N}.tmp", "{");
        foreach (string leftover in new[] { dead, live, other })
        {
            File.SetLastWriteTimeUtc(leftover, DateTime.UtcNow.AddHours(-1));
        }

        // A writer that is still alive holds its temporary file exclusively.
        await using (new FileStream(live, FileMode.Open, FileAccess.Write, FileShare.None))
        {
            await OutputFile.WriteTextAsync(report, "{}", CancellationToken.None);
        }

        (await File.ReadAllTextAsync(report)).ShouldBe("{}");
        File.Exists(dead).ShouldBeFalse("a leftover whose writer is gone is removed");
        File.Exists(live).ShouldBeTrue("a temporary file still being written is kept");
        File.Exists(other).ShouldBeTrue("another report's file is not touched");
    }

    [Test]
    [CancelAfter(300_000)]
    public async Task Killing_the_process_mid_write_leaves_the_previous_report_intact()
    {
        using var folder = new AccountFolder();
        string corpus = Testing.SharedData.Require("corpus/dev");
        var accounts = Directory.GetFiles(corpus, "*.md").Where(p => !p.EndsWith("README.md", StringComparison.Ordinal)).Order(StringComparer.Ordinal).ToList();
        for (int i = 0; i < 48; i++)
        {
            folder.Write($"cohort/learner-{i:00}.md", File.ReadAllBytes(accounts[i % accounts.Count]));
        }

        string output = Directory.CreateDirectory(Path.Combine(folder.Root, "out")).FullName;
        string report = Path.Combine(output, "report.html");
        await File.WriteAllTextAsync(report, "previous report");

        // The report is built and written once its temporary file exists; kill the process as soon as that file
        // appears. A run that finishes first (the machine was too quick) proves nothing, so try again.
        bool killed = false;
        for (int attempt = 0; attempt < 5 && !killed; attempt++)
        {
            using var process = StartCli("cohort", Path.Combine(folder.Root, "cohort"), "--unit", "auto", "--jobs", "2", "--html", report);
            var stdout = process.StandardOutput.ReadToEndAsync();
            var stderr = process.StandardError.ReadToEndAsync();
            while (!process.HasExited && Directory.GetFiles(output, ".report.html.*.tmp").Length == 0)
            {
                await Task.Delay(1);
            }

            if (!process.HasExited)
            {
                process.Kill();
                killed = true;
            }

            await process.WaitForExitAsync();
            await Task.WhenAll(stdout, stderr);
            if (!killed)
            {
                // It finished: the report was replaced whole. Put the old one back for the next attempt.
                (await File.ReadAllTextAsync(report)).ShouldStartWith("<!DOCTYPE html>", customMessage: await stderr);
                await File.WriteAllTextAsync(report, "previous report");
            }
        }

        killed.ShouldBeTrue("the process was never caught writing");
        (await File.ReadAllTextAsync(report)).ShouldBe("previous report");
        Directory.GetFiles(output).Where(f => f != report).ShouldAllBe(f => Path.GetFileName(f).StartsWith(".report.html.", StringComparison.Ordinal) && f.EndsWith(".tmp", StringComparison.Ordinal));
    }

    private static Process StartCli(params string[] args)
    {
        string cli = Path.Combine(AppContext.BaseDirectory, "EvidenceLint.Cli.dll");
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(cli);
        foreach (string arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        return Process.Start(start)!;
    }

    /// <summary>Standard error that cancels the run when a line starting with <paramref name="prefix"/> is written.</summary>
    private sealed class CancelOnLine(string prefix, CancellationTokenSource cancellation) : StringWriter
    {
        public string Text
        {
            get
            {
                lock (this)
                {
                    return ToString();
                }
            }
        }

        public override void WriteLine(string? value)
        {
            lock (this)
            {
                base.WriteLine(value);
            }

            if (value is not null && value.StartsWith(prefix, StringComparison.Ordinal))
            {
                cancellation.Cancel();
            }
        }

        public override Task WriteLineAsync(string? value)
        {
            WriteLine(value);
            return Task.CompletedTask;
        }
    }
}
