namespace EvidenceLint.Cli;

/// <summary>Where a command writes, and whether those writers are terminals that may be coloured or shown progress.</summary>
/// <param name="Out">Standard output: the report.</param>
/// <param name="Error">Standard error: usage, configuration errors and progress.</param>
/// <param name="OutIsTerminal">True when <paramref name="Out"/> is the console and not redirected.</param>
/// <param name="ErrorIsTerminal">True when <paramref name="Error"/> is the console and not redirected.</param>
internal sealed record CliEnvironment(TextWriter Out, TextWriter Error, bool OutIsTerminal, bool ErrorIsTerminal)
{
    /// <summary>True when the user asked for no colour (https://no-color.org: set and not empty).</summary>
    public static bool NoColorRequested => !string.IsNullOrEmpty(Environment.GetEnvironmentVariable("NO_COLOR"));

    /// <summary>Describes the given writers, treating them as terminals only when they are the real console streams.</summary>
    public static CliEnvironment For(TextWriter stdout, TextWriter stderr) => new(
        stdout,
        stderr,
        ReferenceEquals(stdout, Console.Out) && !Console.IsOutputRedirected,
        ReferenceEquals(stderr, Console.Error) && !Console.IsErrorRedirected);

    /// <summary>When parsing the command line started and ended (<see cref="System.Diagnostics.Stopwatch"/> timestamps), for <c>--timings</c>.</summary>
    public (long Started, long Ended) CommandLine { get; set; }

    /// <summary>True when the report on standard output may use ANSI colour.</summary>
    public bool UseColor => OutIsTerminal && !NoColorRequested;
}
