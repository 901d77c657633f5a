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
        var unit = new Option<string?>("--unit") { Description = "The unit the accounts are for: MCS, SCS, PCS, DCP (or a unit from --rules) or auto. Overrides evidencelint.json." };
        var rules = LinterFactory.RulesOption();
        var lenient = LinterFactory.LenientOption();
        var format = new Option<string>("--format")
        {
            Description = "How to report: " + string.Join("; ", ReportFormats.All.Select(f => $"{f.Name} ({f.Description})")) + ".",
            DefaultValueFactory = _ => "console",
        };
        format.AcceptOnlyFromAmong([.. ReportFormats.Names]);
        var output = new Option<string?>("--output", "-o") { Description = "Write the report to this file (atomically) instead of standard output. With --annotate: where to write the annotated copy (one account only)." };
        var annotate = new Option<bool>("--annotate") { Description = "Also write a copy of each Word account with every finding as a Word comment, named name.evidencelint.docx beside it (or --output). The account itself is never changed." };
        var config = new Option<string?>("--config") { Description = "Use this configuration file instead of the evidencelint.json nearest each account." };
        var failOn = new Option<string>("--fail-on") { Description = "The lowest severity that makes the exit code 1: error, warning, info or never.", DefaultValueFactory = _ => "error" };
        failOn.AcceptOnlyFromAmong("error", "warning", "info", "never");
        var jobs = JobsOption();

        var command = new Command("check", "Check reflective accounts and report findings.") { paths, unit, rules, lenient, format, output, config, failOn, annotate, jobs };
        command.SetAction((parseResult, cancellationToken) => RunAsync(
            environment,
            new CheckSettings(
                parseResult.GetRequiredValue(paths),
                parseResult.GetValue(unit),
                parseResult.GetRequiredValue(format),
                parseResult.GetValue(output),
                parseResult.GetValue(config),
                parseResult.GetRequiredValue(failOn),
                parseResult.GetValue(rules),
                parseResult.GetValue(annotate))
            {
                LenientPacks = parseResult.GetValue(lenient),
                Jobs = parseResult.GetValue(jobs),
            },
            cancellationToken));
        return command;
    }

    private static async Task<int> RunAsync(CliEnvironment environment, CheckSettings settings, CancellationToken cancellationToken)
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

        if (settings.Output is { } outputPath && files.Any(f => PathsEqual(f.FullPath, Path.GetFullPath(outputPath))))
        {
            // Never let a report overwrite a learner's evidence.
            await environment.Error.WriteLineAsync($"error: --output '{outputPath}' is one of the accounts being checked").ConfigureAwait(false);
            return ExitCodes.Unusable;
        }

        if (settings.Annotate && settings.Output is not null && files.Count > 1)
        {
            await environment.Error.WriteLineAsync("error: with --annotate, --output names the annotated copy of one account; check one account, or leave out --output to write name.evidencelint.docx beside each").ConfigureAwait(false);
            return ExitCodes.Unusable;
        }

        if (await LinterFactory.CreateAsync(environment, settings.RulesDirectory, settings.Unit, settings.LenientPacks).ConfigureAwait(false) is not { } linter)
        {
            return ExitCodes.Unusable;
        }

        // Every configuration is loaded before any account is read, so a bad file fails fast with its own message.
        var configurations = new RunConfigurations(linter.SupportedDiagnostics, settings.ConfigPath, linter.Units.All.Select(p => p.Id));
        var requests = files.Select(f => CreateRequest(configurations.For(f.FullPath), settings.Unit)).ToArray();

        var results = new LintResult[files.Count];
        using var progress = Progress.Start(environment, files.Count);
        var parallel = new ParallelOptions { MaxDegreeOfParallelism = settings.Jobs, CancellationToken = cancellationToken };
        await Parallel.ForAsync(0, files.Count, parallel, async (i, ct) =>
        {
            var result = await linter.LintAsync(files[i].FullPath, requests[i], ct).ConfigureAwait(false);

            // Reports show the path the user typed, not the absolute one opened.
            results[i] = result with { Path = files[i].DisplayPath };
            progress.Advance();
        }).ConfigureAwait(false);
        progress.Dispose();

        await WriteReportAsync(environment, settings, results, linter.SupportedDiagnostics, cancellationToken).ConfigureAwait(false);
        int exitCode = ExitCode(results, settings.FailOn);
        if (settings.Annotate && !await AnnotateAsync(environment, files, requests, results, settings.Output, cancellationToken).ConfigureAwait(false))
        {
            return ExitCodes.Unusable;
        }

        return exitCode;
    }

    /// <summary>
    /// Writes each Word account's annotated copy, atomically (a temporary file in the target folder moved into place),
    /// so a failure leaves no partial copy behind. Returns false when any copy could not be written.
    /// </summary>
    private static async Task<bool> AnnotateAsync(CliEnvironment environment, IReadOnlyList<EvidenceFile> files, LintRequest[] requests, LintResult[] results, string? output, CancellationToken cancellationToken)
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
            byte[] content;
            try
            {
                content = await ReadAccountAsync(files[i].FullPath, cancellationToken).ConfigureAwait(false);
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
                await environment.Error.WriteLineAsync($"error: {files[i].DisplayPath}: could not read the account again to annotate it ({ex.Message})").ConfigureAwait(false);
                allWritten = false;
                continue;
            }

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

    private static async Task<byte[]> ReadAccountAsync(string path, CancellationToken cancellationToken)
    {
        var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete, 4096, FileOptions.Asynchronous);
        await using (stream.ConfigureAwait(false))
        {
            using var buffer = new MemoryStream();
            await stream.CopyToAsync(buffer, cancellationToken).ConfigureAwait(false);
            return buffer.ToArray();
        }
    }

    internal static LintRequest CreateRequest(LintOptions options, string? unit)
    {
        if (unit is null)
        {
            return new LintRequest { Options = options };
        }

        // "auto" asks for detection even when the configuration names a unit.
        return string.Equals(unit, "auto", StringComparison.OrdinalIgnoreCase)
            ? new LintRequest { Options = options with { Unit = null } }
            : new LintRequest { Unit = unit, Options = options };
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

    internal static int ExitCode(IReadOnlyList<LintResult> results, string failOn)
    {
        var all = results.SelectMany(r => r.Diagnostics).ToList();
        if (all.Any(d => IsInputFailure(d.Id)))
        {
            return ExitCodes.Unusable;
        }

        DiagnosticSeverity? threshold = failOn switch
        {
            "error" => DiagnosticSeverity.Error,
            "warning" => DiagnosticSeverity.Warning,
            "info" => DiagnosticSeverity.Info,
            _ => null,
        };
        return threshold is { } lowest && all.Any(d => d.Severity != DiagnosticSeverity.Hidden && d.Severity >= lowest)
            ? ExitCodes.Findings
            : ExitCodes.Clean;
    }

    // EL0001–EL0004 mean an account was not checked at all, which CI must not mistake for a pass or a finding.
    private static bool IsInputFailure(string id) =>
        id == EngineDiagnostics.DocumentUnreadable.Id || id == EngineDiagnostics.DocumentEncrypted.Id ||
        id == EngineDiagnostics.DocumentHasNoText.Id || id == EngineDiagnostics.LimitExceeded.Id;

    private static bool PathsEqual(string a, string b) =>
        string.Equals(a, b, OperatingSystem.IsWindows() ? StringComparison.OrdinalIgnoreCase : StringComparison.Ordinal);

    private sealed record CheckSettings(string[] Paths, string? Unit, string Format, string? Output, string? ConfigPath, string FailOn, string? RulesDirectory, bool Annotate)
    {
        public bool LenientPacks { get; init; }

        public int Jobs { get; init; } = Environment.ProcessorCount;
    }

    /// <summary>
    /// <c>--jobs N</c>/<c>-j N</c>: how many files to check at once. Reports are the same whatever N is: results are
    /// collected by position and reported in path order.
    /// </summary>
    internal static Option<int> JobsOption()
    {
        var jobs = new Option<int>("--jobs", "-j") { Description = "How many files to check at once (default: the number of processor cores).", DefaultValueFactory = _ => Environment.ProcessorCount };
        jobs.Validators.Add(result =>
        {
            if (result.GetValueOrDefault<int>() < 1)
            {
                result.AddError("--jobs must be at least 1.");
            }
        });
        return jobs;
    }

    /// <summary>The options for each account: from --config, else the nearest evidencelint.json, each file loaded once.</summary>
    internal sealed class RunConfigurations(IEnumerable<DiagnosticDescriptor> known, string? explicitPath, IEnumerable<string> units)
    {
        private readonly Dictionary<string, LintOptions> _loaded = [];
        private readonly DiagnosticDescriptor[] _known = [.. known];
        private readonly string[] _units = [.. units];

        public LintOptions For(string accountPath)
        {
            string? path = explicitPath ?? LintConfiguration.Find(accountPath);
            if (path is null)
            {
                return LintOptions.Default;
            }

            if (!_loaded.TryGetValue(path, out var options))
            {
                options = LintConfiguration.Load(path, _known, _units);
                _loaded[path] = options;
            }

            return options;
        }
    }
}
