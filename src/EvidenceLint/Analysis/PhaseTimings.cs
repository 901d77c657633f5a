using System.Diagnostics;

namespace EvidenceLint.Analysis;

/// <summary>The phases of one run of the command line, in the order they happen (see <c>--timings</c>).</summary>
public enum RunPhase
{
    /// <summary>From the process starting to <c>Main</c>: the .NET host, runtime and first JIT.</summary>
    HostStart,

    /// <summary>Parsing the command line.</summary>
    CommandLine,

    /// <summary>Loading the built-in unit and rule packs (and those from <c>--rules</c>) and creating the analyzers.</summary>
    PackLoad,

    /// <summary>Finding and loading each account's evidencelint.json.</summary>
    Configuration,

    /// <summary>Reading each account (DOCX, PDF, text) into an evidence document.</summary>
    Reader,

    /// <summary>Tokenising, splitting sentences and annotating: the shared text model.</summary>
    TextModel,

    /// <summary>Unit detection, the evidence sentences, criterion coverage and the evaluative cycle.</summary>
    Evidence,

    /// <summary>Running the analyzers, masking personal data and sorting the findings.</summary>
    Rules,

    /// <summary>Writing the report.</summary>
    Report,
}

/// <summary>
/// Elapsed time per <see cref="RunPhase"/> for one run, behind the command line's <c>--timings</c>. The engine adds to
/// the recorder of the current asynchronous flow, if any: with none (the default) timing costs one null check per
/// phase. Per-account phases are summed over every account, from as many threads as are linting at once.
/// </summary>
/// <example>
/// A host that wants to see where a check's time goes sets a recorder for the flow, lints, and reads it back:
/// <code>
/// var timings = new PhaseTimings();
/// PhaseTimings.Current = timings;
/// var result = await linter.LintAsync(stream, "account.docx");
/// PhaseTimings.Current = null;
/// Console.WriteLine(timings.Elapsed(RunPhase.Reader));
/// </code>
/// </example>
public sealed class PhaseTimings
{
    private static readonly AsyncLocal<PhaseTimings?> CurrentRecorder = new();

    private readonly long[] _ticks = new long[Enum.GetValues<RunPhase>().Length];
    private readonly int[] _counts = new int[Enum.GetValues<RunPhase>().Length];

    /// <summary>The recorder the engine adds to in this flow (and the tasks it starts), or null when not timing.</summary>
    public static PhaseTimings? Current
    {
        get => CurrentRecorder.Value;
        set => CurrentRecorder.Value = value;
    }

    /// <summary>A timestamp from <see cref="Stopwatch.GetTimestamp"/> when timing, else 0 (and no clock is read).</summary>
    public static long Start() => CurrentRecorder.Value is null ? 0 : Stopwatch.GetTimestamp();

    /// <summary>Adds the time since <paramref name="started"/> (from <see cref="Start"/>) to <paramref name="phase"/>, when timing.</summary>
    public static void Stop(RunPhase phase, long started)
    {
        if (started != 0 && CurrentRecorder.Value is { } recorder)
        {
            recorder.Add(phase, Stopwatch.GetTimestamp() - started);
        }
    }

    /// <summary>Adds <paramref name="elapsedTicks"/> (in <see cref="Stopwatch"/> ticks) to a phase; thread-safe.</summary>
    public void Add(RunPhase phase, long elapsedTicks)
    {
        Interlocked.Add(ref _ticks[(int)phase], elapsedTicks);
        Interlocked.Increment(ref _counts[(int)phase]);
    }

    /// <summary>The time recorded for a phase.</summary>
    public TimeSpan Elapsed(RunPhase phase) => Stopwatch.GetElapsedTime(0, Volatile.Read(ref _ticks[(int)phase]));

    /// <summary>How many times a phase was recorded (for the per-account phases, how many accounts reached it).</summary>
    public int Count(RunPhase phase) => Volatile.Read(ref _counts[(int)phase]);
}
