using System.Diagnostics;
using System.Globalization;
using EvidenceLint.Analysis;

namespace EvidenceLint.Cli;

/// <summary>
/// <c>--timings</c>: where one run's time went, phase by phase, written to standard error after the report (which is
/// unchanged). Off, it costs nothing but two clock reads in <c>Main</c>; on, the engine adds each account's reader,
/// text model, evidence and rules time to the recorder of this run (see <see cref="PhaseTimings"/>).
/// </summary>
internal sealed class RunTimer
{
    private static long _mainTimestamp;
    private static DateTime _mainUtc;

    private readonly PhaseTimings _phases = new();
    private readonly CliEnvironment _environment;
    private long _lintStarted;
    private long _lintEnded;
    private int _jobs;

    private RunTimer(CliEnvironment environment)
    {
        _environment = environment;
        var (started, ended) = environment.CommandLine;
        if (ended != 0)
        {
            _phases.Add(RunPhase.CommandLine, ended - started);
        }
    }

    /// <summary>Notes when <c>Main</c> was entered, so the host's start-up can be told apart from ours.</summary>
    public static void MarkMain()
    {
        _mainTimestamp = Stopwatch.GetTimestamp();
        _mainUtc = DateTime.UtcNow;
    }

    /// <summary>Runs a command, timed when asked to, and writes the breakdown after its report.</summary>
    public static async Task<int> RunAsync(bool enabled, CliEnvironment environment, Func<RunTimer?, Task<int>> command)
    {
        var timer = Start(enabled, environment);
        int exitCode = await command(timer).ConfigureAwait(false);
        if (timer is not null)
        {
            await timer.WriteAsync().ConfigureAwait(false);
        }

        return exitCode;
    }

    /// <summary>Starts timing this run when asked to, else returns null and nothing is timed.</summary>
    private static RunTimer? Start(bool enabled, CliEnvironment environment)
    {
        if (!enabled)
        {
            return null;
        }

        var timer = new RunTimer(environment);
        PhaseTimings.Current = timer._phases;
        return timer;
    }

    /// <summary>Marks the start of linting the accounts (all of them, at up to <paramref name="jobs"/> at once).</summary>
    public void LintStarted(int jobs)
    {
        _jobs = jobs;
        _lintStarted = Stopwatch.GetTimestamp();
    }

    /// <summary>Marks the end of linting.</summary>
    public void LintEnded() => _lintEnded = Stopwatch.GetTimestamp();

    /// <summary>Writes the breakdown to standard error and stops timing.</summary>
    public async Task WriteAsync()
    {
        long now = Stopwatch.GetTimestamp();
        PhaseTimings.Current = null;
        var error = _environment.Error;
        var culture = CultureInfo.InvariantCulture;
        int accounts = _phases.Count(RunPhase.Reader);

        TimeSpan? host = null;
        if (_mainTimestamp != 0)
        {
            // The kernel's start time has the resolution of a clock tick (10 ms on Linux).
            using var process = Process.GetCurrentProcess();
            host = _mainUtc - process.StartTime.ToUniversalTime();
        }

        long since = _mainTimestamp != 0 ? _mainTimestamp : _environment.CommandLine.Started;
        var total = Stopwatch.GetElapsedTime(since, now) + (host ?? TimeSpan.Zero);

        string Line(string name, TimeSpan? elapsed, string note = "") =>
            string.Create(culture, $"  {name,-14} {(elapsed is { } e ? e.TotalMilliseconds.ToString("0.0", culture) : "-"),9} ms{(note.Length > 0 ? "  " + note : string.Empty)}");

        string PerAccount(RunPhase phase) => accounts > 1 ? $"summed over {_phases.Count(phase)} accounts" : string.Empty;

        var lines = new List<string>
        {
            "timings:",
            Line("host start", host, host is null ? "not measured (run in-process)" : "process start to Main: .NET host and runtime"),
            Line("command line", _phases.Elapsed(RunPhase.CommandLine)),
            Line("pack load", _phases.Elapsed(RunPhase.PackLoad), "built-in and --rules packs, analyzers"),
            Line("configuration", _phases.Elapsed(RunPhase.Configuration), "evidencelint.json"),
            Line("reader", _phases.Elapsed(RunPhase.Reader), PerAccount(RunPhase.Reader)),
            Line("text model", _phases.Elapsed(RunPhase.TextModel), PerAccount(RunPhase.TextModel)),
            Line("evidence", _phases.Elapsed(RunPhase.Evidence), PerAccount(RunPhase.Evidence) is { Length: > 0 } summed ? summed + "; unit, coverage, cycle" : "unit, coverage, cycle"),
            Line("rules", _phases.Elapsed(RunPhase.Rules), PerAccount(RunPhase.Rules)),
            Line("report", _phases.Elapsed(RunPhase.Report)),
        };
        if (_lintEnded != 0)
        {
            lines.Add(Line("linting (wall)", Stopwatch.GetElapsedTime(_lintStarted, _lintEnded), $"{accounts} account{(accounts == 1 ? string.Empty : "s")}, up to {_jobs} at once"));
        }

        // What start-up cost beyond our own work: methods compiled at run time (none that ReadyToRun already compiled)
        // and the assemblies loaded. In-process (tests, embedding) these count the host's too.
        lines.Add(string.Create(culture, $"  {"jit",-14} {System.Runtime.JitInfo.GetCompilationTime().TotalMilliseconds,9:0.0} ms  {System.Runtime.JitInfo.GetCompiledMethodCount()} methods compiled at run time; {AppDomain.CurrentDomain.GetAssemblies().Length} assemblies loaded"));
        lines.Add(Line("total", total, host is null ? "since the command line was parsed" : "process start to now"));
        await error.WriteLineAsync(string.Join(Environment.NewLine, lines)).ConfigureAwait(false);
    }
}
