using System.CommandLine;
using EvidenceLint.Analysis;
using EvidenceLint.Configuration;
using EvidenceLint.Reading;
using EvidenceLint.Reporting;
using EvidenceLint.Rules.Fixes;

namespace EvidenceLint.Cli.Commands;

/// <summary><c>check PATH…</c>: lints accounts and reports the findings; the exit code tells CI the outcome.</summary>
internal static class CheckCommand
{

    public static Command Create(CliEnvironment environment)
    {
        var paths = new Argument<string[]>("paths")
        {
            Description = "Accounts to check: files, folders (searched for .docx, .pdf, .txt and .md) or globs such as \"cohort/**/*.docx\".",
            Arity = ArgumentArity.OneOrMore,
        };
        paths.Validators.Add(result =>
        {
            // Without this a mistyped option ("--colour") would be taken for a file name and reported as EL0001.
            foreach (string value in result.Tokens.Select(t => t.Value).Where(v => v.Length > 1 && v[0] == '-'))
            {
                result.AddError($"Unrecognized option '{value}'. (To check a file whose name starts with '-', write ./{value}.)");
            }
        });
        var run = new RunOptions(SharedOptions.Unit());
        var format = SharedOptions.Format(
            "How to report: " + string.Join("; ", ReportFormats.All.Select(f => $"{f.Name} ({f.Description})")) + ".",
            "console",
            [.. ReportFormats.Names]);
        var output = SharedOptions.Output("Write the report to this file (atomically) instead of standard output. With --annotate: where to write the annotated copy (one account only).");
        var timings = SharedOptions.Timings();
        var annotate = new Option<bool>("--annotate") { Description = "Also write a copy of each Word account with every finding as a Word comment, named name.evidencelint.docx beside it (or --output). The account itself is never changed." };

        var command = new Command("check", "Check reflective accounts and report findings.") { paths, run.Unit, run.Rules, run.LenientPacks, format, output, run.Config, run.FailOn, annotate, run.Jobs, timings };
        command.SetAction((parseResult, cancellationToken) => RunTimer.RunAsync(parseResult.GetValue(timings), environment, timer =>
        {
            var settings = new CheckSettings(
                parseResult.GetRequiredValue(paths),
                parseResult.GetRequiredValue(format),
                parseResult.GetValue(output),
                parseResult.GetValue(annotate),
                run.Read(parseResult));
            return RunAsync(environment, settings, timer, cancellationToken);
        }));
        return command;
    }

    private static async Task<int> RunAsync(CliEnvironment environment, CheckSettings settings, RunTimer? timer, CancellationToken cancellationToken)
    {
        var files = EvidenceFiles.Expand(settings.Paths, out var unmatched);
        foreach (string nothing in unmatched)
        {
            await environment.Error.WriteLineAsync($"error: no accounts (.docx, .pdf, .txt, .md) found for '{nothing}'").ConfigureAwait(false);
        }

        if (files.Count == 0)
        {
            return ExitCodes.Unusable;
        }

        // Never let a report overwrite a learner's evidence.
        if (!await LintRun.GuardOutputsAsync(environment, files.Select(f => f.FullPath), [("--output", settings.Output)]).ConfigureAwait(false))
        {
            return ExitCodes.Unusable;
        }

        if (settings.Annotate && settings.Output is not null && files.Count > 1)
        {
            await environment.Error.WriteLineAsync("error: with --annotate, --output names the annotated copy of one account; check one account, or leave out --output to write name.evidencelint.docx beside each").ConfigureAwait(false);
            return ExitCodes.Unusable;
        }

        if (await LintRun.PrepareAsync(environment, settings.Run, [.. files.Select(f => f.FullPath)]).ConfigureAwait(false) is not { } lintRun)
        {
            return ExitCodes.Unusable;
        }

        // With --annotate each account's bytes are kept from the lint, so the copy is made from exactly what was checked.
        timer?.LintStarted(Math.Min(settings.Run.Jobs, files.Count));
        var (results, contents) = await lintRun.LintAsync(
            Progress.Start(environment, files.Count),
            i => files[i].DisplayPath,
            keepContent: settings.Annotate,
            cancellationToken: cancellationToken).ConfigureAwait(false);
        timer?.LintEnded();

        long reporting = PhaseTimings.Start();
        await WriteReportAsync(environment, settings, results, lintRun.Linter.SupportedDiagnostics, cancellationToken).ConfigureAwait(false);
        PhaseTimings.Stop(RunPhase.Report, reporting);
        int exitCode = LintRun.ExitCode(results, settings.Run.FailOn);
        if (settings.Annotate && !await AnnotateAsync(environment, files, lintRun.Requests, results, contents, settings.Output, cancellationToken).ConfigureAwait(false))
        {
            return ExitCodes.Unusable;
        }

        return exitCode;
    }

    /// <summary>
    /// Writes each Word account's annotated copy, atomically (a temporary file in the target folder moved into place),
    /// so a failure leaves no partial copy behind. Returns false when any copy could not be written.
    /// </summary>
    private static async Task<bool> AnnotateAsync(CliEnvironment environment, IReadOnlyList<EvidenceFile> files, IReadOnlyList<LintRequest> requests, LintResult[] results, byte[]?[] contents, string? output, CancellationToken cancellationToken)
    {
        // Refuse before writing anything, so a mixed batch does not leave some copies and not others.
        bool usable = true;
        for (int i = 0; i < files.Count; i++)
        {
            if (results[i].Document is not null && results[i].Format != InputFormat.Docx)
            {
                await environment.Error.WriteLineAsync($"error: {files[i].DisplayPath}: {WordCommentAnnotator.NotWordMessage(results[i].Format)}").ConfigureAwait(false);
                usable = false;
            }
        }

        if (!usable)
        {
            return false;
        }

        bool allWritten = true;
        for (int i = 0; i < files.Count; i++)
        {
            if (results[i].Document is null)
            {
                continue; // unreadable: the report already says why (EL0001–EL0004)
            }

            string target = output ?? EvidenceFiles.AnnotatedCopyPath(files[i].FullPath);
            byte[] content = contents[i]!;

            try
            {
                int comments = 0;
                var limits = requests[i].Options?.Limits;
                await OutputFile.WriteAsync(target, async stream =>
                {
                    using var input = new MemoryStream(content, writable: false);
                    comments = await WordCommentAnnotator.WriteAsync(input, results[i], stream, limits, cancellationToken).ConfigureAwait(false);
                }, cancellationToken).ConfigureAwait(false);
                await environment.Error.WriteLineAsync($"{files[i].DisplayPath}: wrote {comments} comment{(comments == 1 ? string.Empty : "s")} to {target}").ConfigureAwait(false);
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
                await environment.Error.WriteLineAsync($"error: could not write the annotated copy '{target}': {OutputFile.DescribeFailure(ex, target)}. Nothing was written there, and the account was not changed. Choose a folder you can write to with --output.").ConfigureAwait(false);
                allWritten = false;
            }
            catch (Exception ex) when (ex is DocumentReadException or InvalidOperationException or NotSupportedException)
            {
                await environment.Error.WriteLineAsync($"error: {files[i].DisplayPath}: {ex.Message}").ConfigureAwait(false);
                allWritten = false;
            }
        }

        return allWritten;
    }

    private static async Task WriteReportAsync(CliEnvironment environment, CheckSettings settings, IReadOnlyList<LintResult> results, IEnumerable<DiagnosticDescriptor> rules, CancellationToken cancellationToken)
    {
        var format = ReportFormats.Get(settings.Format);
        var input = new ReportInput(results, [.. rules], Cli.Version);

        // With --annotate, --output names the annotated copy and the report goes to standard output.
        if (settings.Output is { } path && !settings.Annotate)
        {
            await OutputFile.WriteAsync(path, stream => format.WriteAsync(stream, input, cancellationToken), cancellationToken).ConfigureAwait(false);
            return;
        }

        string text = await format.ToStringAsync(input with { UseColor = environment.UseColor }, cancellationToken).ConfigureAwait(false);
        await environment.Out.WriteAsync(text.EndsWith('\n') ? text : text + Environment.NewLine).ConfigureAwait(false);
        await environment.Out.FlushAsync(cancellationToken).ConfigureAwait(false);
    }

    private sealed record CheckSettings(string[] Paths, string Format, string? Output, bool Annotate, RunSettings Run);
}
