using EvidenceLint.Analysis;
using EvidenceLint.Configuration;

namespace EvidenceLint.Cli;

/// <summary>What every batch command needs to know to lint: the unit, configuration, packs and how many files at once.</summary>
/// <param name="Unit">The <c>--unit</c> value, if any (<c>auto</c> asks for detection even when a configuration names a unit).</param>
/// <param name="ConfigPath">The <c>--config</c> file, else each account's nearest evidencelint.json.</param>
/// <param name="RulesDirectory">The <c>--rules</c> folder, if any.</param>
/// <param name="LenientPacks">Skip malformed packs with a warning.</param>
/// <param name="Jobs">How many files are linted at once.</param>
internal sealed record RunSettings(string? Unit, string? ConfigPath, string? RulesDirectory, bool LenientPacks, int Jobs)
{
    /// <summary>The <c>--fail-on</c> severity: error, warning, info or never.</summary>
    public string FailOn { get; init; } = "error";
}

/// <summary>
/// The one run path of the batch commands: outputs are guarded against inputs, the linter and every configuration are
/// loaded before any account is read (so a bad pack or configuration fails fast with its own message), the accounts
/// are linted in parallel with progress and their results kept in input order, and the exit code is worked out the
/// same way for every command.
/// </summary>
internal sealed class LintRun
{
    private LintRun(EvidenceLinter linter, IReadOnlyList<string> paths, LintRequest[] requests, int jobs)
    {
        Linter = linter;
        Paths = paths;
        Requests = requests;
        Jobs = jobs;
    }

    /// <summary>The linter, with the built-in rules and units and those from <c>--rules</c>.</summary>
    public EvidenceLinter Linter { get; }

    /// <summary>The full paths of the accounts, in the order results are returned.</summary>
    public IReadOnlyList<string> Paths { get; }

    /// <summary>The request for each account: its configuration and unit.</summary>
    public IReadOnlyList<LintRequest> Requests { get; }

    private int Jobs { get; }

    /// <summary>
    /// Never lets an output overwrite an input: writes an error and returns false when one of <paramref name="outputs"/>
    /// (option name and path; a null path is an output not asked for) is one of <paramref name="inputs"/> (full paths).
    /// </summary>
    public static async Task<bool> GuardOutputsAsync(CliEnvironment environment, IEnumerable<string> inputs, IEnumerable<(string Option, string? Path)> outputs)
    {
        var accounts = inputs.ToHashSet(OperatingSystem.IsWindows() ? StringComparer.OrdinalIgnoreCase : StringComparer.Ordinal);
        foreach (var (option, path) in outputs)
        {
            if (path is not null && accounts.Contains(Path.GetFullPath(path)))
            {
                await environment.Error.WriteLineAsync($"error: {option} '{path}' is one of the accounts being checked").ConfigureAwait(false);
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// Builds the linter and loads the configuration of every account; null after writing why not (the command exits 2).
    /// A malformed configuration throws <see cref="ConfigurationException"/>, which the command line reports as exit 2.
    /// </summary>
    public static async Task<LintRun?> PrepareAsync(CliEnvironment environment, RunSettings settings, IReadOnlyList<string> paths)
    {
        long phase = PhaseTimings.Start();
        var linter = await LinterFactory.CreateAsync(environment, settings.RulesDirectory, settings.Unit, settings.LenientPacks).ConfigureAwait(false);
        PhaseTimings.Stop(RunPhase.PackLoad, phase);
        if (linter is null)
        {
            return null;
        }

        phase = PhaseTimings.Start();
        var configurations = new RunConfigurations(linter.SupportedDiagnostics, settings.ConfigPath, linter.Units.All.Select(p => p.Id));
        var requests = paths.Select(p => CreateRequest(configurations.For(p), settings.Unit)).ToArray();
        PhaseTimings.Stop(RunPhase.Configuration, phase);
        return new LintRun(linter, paths, requests, settings.Jobs);
    }

    /// <summary>
    /// Lints every account in parallel and returns the results in input order. With <paramref name="keepContent"/> the
    /// bytes each account was linted from are returned too, so a writer that needs them (an annotated copy) uses the
    /// very bytes that were checked and the account is read once.
    /// </summary>
    /// <param name="progress">Advanced once per account.</param>
    /// <param name="lintedAs">The path a result reports for account <c>i</c>.</param>
    /// <param name="instead">A result that stands for account <c>i</c> without reading it, or null to read it.</param>
    /// <param name="linted">Called with each result as it is ready (for messages on progress).</param>
    /// <param name="keepContent">Keep the bytes read from each account.</param>
    /// <param name="cancellationToken">Stops the batch.</param>
    public async Task<(LintResult[] Results, byte[]?[] Contents)> LintAsync(
        Progress progress,
        Func<int, string> lintedAs,
        Func<int, LintResult?>? instead = null,
        Action<int, LintResult>? linted = null,
        bool keepContent = false,
        CancellationToken cancellationToken = default)
    {
        var results = new LintResult[Paths.Count];
        var contents = new byte[]?[Paths.Count];
        var parallel = new ParallelOptions { MaxDegreeOfParallelism = Jobs, CancellationToken = cancellationToken };
        using var _ = progress;
        await Parallel.ForAsync(0, Paths.Count, parallel, async (i, ct) =>
        {
            LintResult result;
            if (instead?.Invoke(i) is { } standIn)
            {
                result = standIn;
            }
            else if (keepContent)
            {
                (result, contents[i]) = await LintKeepingContentAsync(Paths[i], Requests[i], ct).ConfigureAwait(false);
            }
            else
            {
                result = await Linter.LintAsync(Paths[i], Requests[i], ct).ConfigureAwait(false);
            }

            // Reports show the path the user typed, not the absolute one opened.
            results[i] = result with { Path = lintedAs(i) };
            linted?.Invoke(i, results[i]);
            progress.Advance();
        }).ConfigureAwait(false);
        progress.Dispose();
        return (results, contents);
    }

    private async Task<(LintResult Result, byte[]? Content)> LintKeepingContentAsync(string path, LintRequest request, CancellationToken cancellationToken)
    {
        FileStream file;
        try
        {
            file = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete, 4096, FileOptions.Asynchronous | FileOptions.SequentialScan);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or NotSupportedException or ArgumentException)
        {
            // The engine words an unopenable file as EL0001; there are no bytes to keep.
            return (await Linter.LintAsync(path, request, cancellationToken).ConfigureAwait(false), null);
        }

        await using (file.ConfigureAwait(false))
        {
            var recording = new RecordingStream(file);
            var result = await Linter.LintAsync(recording, path, request, cancellationToken).ConfigureAwait(false);
            return (result, result.Document is null ? null : recording.ToArray());
        }
    }

    /// <summary>The request for one account: its options and, from <c>--unit</c>, its unit.</summary>
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

    /// <summary>0, 1 or 2 from the results and <c>--fail-on</c> (see <see cref="ExitCodes"/>).</summary>
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

    /// <summary>The options for each account: from --config, else the nearest evidencelint.json, each file loaded once.</summary>
    private sealed class RunConfigurations(IEnumerable<DiagnosticDescriptor> known, string? explicitPath, IEnumerable<string> units)
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

    /// <summary>A read-only view of a stream that keeps a copy of every byte read through it.</summary>
    private sealed class RecordingStream(Stream inner) : Stream
    {
        private readonly MemoryStream _copy = new();

        public override bool CanRead => true;

        public override bool CanSeek => false;

        public override bool CanWrite => false;

        public override long Length => throw new NotSupportedException();

        public override long Position
        {
            get => _copy.Length;
            set => throw new NotSupportedException();
        }

        public byte[] ToArray() => _copy.ToArray();

        public override int Read(byte[] buffer, int offset, int count)
        {
            int read = inner.Read(buffer, offset, count);
            _copy.Write(buffer, offset, read);
            return read;
        }

        public override async ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default)
        {
            int read = await inner.ReadAsync(buffer, cancellationToken).ConfigureAwait(false);
            _copy.Write(buffer.Span[..read]);
            return read;
        }

        public override Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
            ReadAsync(buffer.AsMemory(offset, count), cancellationToken).AsTask();

        public override void Flush()
        {
        }

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

        protected override void Dispose(bool disposing)
        {
            if (disposing)
            {
                _copy.Dispose();
            }

            base.Dispose(disposing);
        }
    }
}
