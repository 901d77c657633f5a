using System.CommandLine;
using EvidenceLint.Analysis;
using EvidenceLint.Configuration;
using EvidenceLint.Reporting;

namespace EvidenceLint.Cli.Commands;

/// <summary>
/// <c>cohort DIR --unit U</c>: checks a tutor's whole cohort, one learner per file or per sub-folder (the files in a
/// learner's folder are one portfolio), and reports the learner × criterion matrix, each learner's findings by rule
/// and the issues most learners share. Optionally writes the HTML report, a CSV matrix and the JSON report.
/// </summary>
internal static class CohortCommand
{
    public static Command Create(CliEnvironment environment)
    {
        var directory = new Argument<string>("dir") { Description = "The cohort's folder: each account file directly in it is one learner, and each sub-folder is one learner whose files (.docx, .pdf, .txt, .md) are merged." };
        var run = new RunOptions(SharedOptions.Unit("The unit the cohort is working on: MCS, SCS, PCS, DCP, or auto to detect it for each learner's files.", required: true));
        var html = new Option<string?>("--html") { Description = "Also write the HTML report (one self-contained page) to this file." };
        var csv = new Option<string?>("--csv") { Description = "Also write the learner × criterion matrix with findings per rule as CSV (for Excel) to this file." };
        var timings = SharedOptions.Timings();
        var json = new Option<string?>("--json") { Description = "Also write the JSON report of every file to this file." };

        var command = new Command("cohort", "Check a cohort's accounts and report the learner × criterion matrix.") { directory, run.Unit, run.Rules, run.LenientPacks, html, csv, json, run.Jobs, run.Config, run.FailOn, timings };
        command.SetAction((parseResult, cancellationToken) => RunTimer.RunAsync(parseResult.GetValue(timings), environment, timer =>
        {
            var settings = new CohortSettings(
                parseResult.GetRequiredValue(directory),
                parseResult.GetValue(html),
                parseResult.GetValue(csv),
                parseResult.GetValue(json),
                run.Read(parseResult));
            return RunAsync(environment, settings, timer, cancellationToken);
        }));
        return command;
    }

    /// <summary>One file of the cohort: whose it is and the path reports show (relative to the cohort's folder).</summary>
    internal sealed record CohortFile(string LearnerKey, string LearnerName, string RelativePath, string FullPath);

    /// <summary>
    /// Assigns each account under <paramref name="root"/> to a learner: a file directly in the folder is its own
    /// learner (named after the file), a sub-folder is one learner (named after the folder). When two learners would
    /// get the same name (<c>sam.docx</c> and <c>sam.pdf</c>, or <c>sam.md</c> and a folder <c>sam</c>), both are
    /// named by their relative path instead, so no one's results are merged with another's.
    /// </summary>
    internal static IReadOnlyList<CohortFile> Assign(string root, IEnumerable<EvidenceFile> files)
    {
        string full = Path.GetFullPath(root);
        var assigned = files.Select(f =>
        {
            string relative = Path.GetRelativePath(full, f.FullPath).Replace('\\', '/');
            int slash = relative.IndexOf('/', StringComparison.Ordinal);
            return slash < 0
                ? new CohortFile(relative, Path.GetFileNameWithoutExtension(relative), relative, f.FullPath)
                : new CohortFile(relative[..slash] + "/", relative[..slash], relative, f.FullPath);
        }).ToList();

        var clashes = assigned.GroupBy(f => f.LearnerName, StringComparer.OrdinalIgnoreCase)
            .Where(g => g.Select(f => f.LearnerKey).Distinct(StringComparer.Ordinal).Count() > 1)
            .Select(g => g.Key)
            .ToHashSet(StringComparer.OrdinalIgnoreCase);
        return [.. assigned
            .Select(f => clashes.Contains(f.LearnerName) ? f with { LearnerName = f.LearnerKey } : f)
            .OrderBy(f => f.LearnerName, StringComparer.OrdinalIgnoreCase)
            .ThenBy(f => f.RelativePath, StringComparer.Ordinal)];
    }

    private static async Task<int> RunAsync(CliEnvironment environment, CohortSettings settings, RunTimer? timer, CancellationToken cancellationToken)
    {
        if (!Directory.Exists(settings.Directory))
        {
            await environment.Error.WriteLineAsync($"error: '{settings.Directory}' is not a folder; give the folder that holds the cohort's accounts").ConfigureAwait(false);
            return ExitCodes.Unusable;
        }

        var files = Assign(settings.Directory, EvidenceFiles.Expand([settings.Directory], out _));
        if (files.Count == 0)
        {
            await environment.Error.WriteLineAsync($"error: no accounts (.docx, .pdf, .txt, .md) found in '{settings.Directory}'").ConfigureAwait(false);
            return ExitCodes.Unusable;
        }

        // Never let a report overwrite a learner's evidence.
        if (!await LintRun.GuardOutputsAsync(environment, files.Select(f => f.FullPath), [("--html", settings.Html), ("--csv", settings.Csv), ("--json", settings.Json)]).ConfigureAwait(false))
        {
            return ExitCodes.Unusable;
        }

        if (await LintRun.PrepareAsync(environment, settings.Run, [.. files.Select(f => f.FullPath)]).ConfigureAwait(false) is not { } run)
        {
            return ExitCodes.Unusable;
        }

        var progress = Progress.StartWithLines(environment, files.Count, "files");
        timer?.LintStarted(Math.Min(settings.Run.Jobs, files.Count));
        var (results, _) = await run.LintAsync(
            progress,
            i => files[i].RelativePath,
            instead: i => NotUtf8(files[i]),
            linted: (i, result) =>
            {
                // An unreadable file is reported as it happens, so a tutor watching a long batch sees it at once.
                foreach (var diagnostic in result.Diagnostics.Where(d => !result.IsReadable && d.Severity != DiagnosticSeverity.Hidden))
                {
                    progress.Report($"{files[i].RelativePath}: {ReportName(diagnostic.Severity)} {diagnostic.Id}: {diagnostic.Message}");
                }
            },
            cancellationToken: cancellationToken).ConfigureAwait(false);
        timer?.LintEnded();

        long reporting = PhaseTimings.Start();
        var cohort = new Cohort(files
            .Select((f, i) => (f.LearnerName, Result: results[i]))
            .GroupBy(p => p.LearnerName, StringComparer.Ordinal)
            .Select(g => new CohortLearner(g.Key, g.Select(p => p.Result))));

        var all = cohort.Results.ToList();
        var input = new ReportInput(all, [.. run.Linter.SupportedDiagnostics], Cli.Version) { Cohort = cohort };
        await environment.Out.WriteAsync(await ReportFormats.Get("console").ToStringAsync(input, cancellationToken).ConfigureAwait(false)).ConfigureAwait(false);
        await environment.Out.FlushAsync(cancellationToken).ConfigureAwait(false);

        bool written = true;
        written &= await TryWriteAsync(environment, settings.Html, "HTML report", ReportFormats.Get("html"), input, cancellationToken).ConfigureAwait(false);
        written &= await TryWriteAsync(environment, settings.Csv, "CSV matrix", ReportFormats.Get("csv"), input, cancellationToken).ConfigureAwait(false);
        written &= await TryWriteAsync(environment, settings.Json, "JSON report", ReportFormats.Get("json"), input, cancellationToken).ConfigureAwait(false);

        PhaseTimings.Stop(RunPhase.Report, reporting);
        int exitCode = LintRun.ExitCode(all, settings.Run.FailOn);
        return written ? exitCode : ExitCodes.Unusable;
    }

    /// <summary>
    /// A file whose name is not valid UTF-8 is listed with replacement characters, and that name opens nothing; say so
    /// rather than report a missing file.
    /// </summary>
    private static LintResult? NotUtf8(CohortFile file)
    {
        if (!file.RelativePath.Contains('\uFFFD', StringComparison.Ordinal) || File.Exists(file.FullPath))
        {
            return null;
        }

        var location = EvidenceLocation.ForDocument(file.RelativePath);
        return new LintResult
        {
            Path = file.RelativePath,
            Diagnostics = [Diagnostic.Create(EngineDiagnostics.DocumentUnreadable, location, "The file's name is not valid UTF-8 (the bytes shown as \uFFFD), so it could not be opened. Rename the file with ordinary letters and check it again.")],
        };
    }

    private static async Task<bool> TryWriteAsync(CliEnvironment environment, string? path, string what, IReportFormat format, ReportInput input, CancellationToken cancellationToken)
    {
        if (path is null)
        {
            return true;
        }

        try
        {
            await OutputFile.WriteAsync(path, stream => format.WriteAsync(stream, input, cancellationToken), cancellationToken).ConfigureAwait(false);
            await environment.Error.WriteLineAsync($"wrote the {what} to {path}").ConfigureAwait(false);
            return true;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            await environment.Error.WriteLineAsync($"error: could not write the {what} '{path}': {OutputFile.DescribeFailure(ex, path)}. Nothing was written there; the results above are complete. Choose a file in a folder you can write to.").ConfigureAwait(false);
            return false;
        }
    }

    private static string ReportName(DiagnosticSeverity severity) => severity switch
    {
        DiagnosticSeverity.Error => "error",
        DiagnosticSeverity.Warning => "warning",
        _ => "info",
    };

    private sealed record CohortSettings(string Directory, string? Html, string? Csv, string? Json, RunSettings Run);
}
