using EvidenceLint;

namespace EvidenceLint.Cli;

internal static class Program
{
    private static async Task<int> Main(string[] args)
    {
        RunTimer.MarkMain();

        // A one-shot command runs each regular expression a handful of times, so compiling one to IL costs more than it
        // saves: YamlDotNet compiles one the first time it parses a pack (tens of milliseconds of Reflection.Emit before
        // the first account is read). Interpreted, it matches the same. The service is long-lived and keeps compiling.
        if (args.Length == 0 || !string.Equals(args[0], "serve", StringComparison.Ordinal))
        {
            AppContext.SetSwitch("System.Runtime.CompilerServices.RuntimeFeature.IsDynamicCodeSupported", false);
        }

        // The commands that lint need the built-in packs, whose first load is most of a one-file check's start-up;
        // begin it now, on other threads, while the command line is parsed and the accounts are found. The packs are
        // loaded once either way (a type initialiser runs once; a command that needs them first waits for it).
        if (args.Length > 0 && args[0] is "check" or "cohort" or "fix" or "eval")
        {
            _ = Task.Run(() => BuiltInUnits.Packs);
            _ = Task.Run(() => BuiltInRulePacks.Packs);
        }

        // Ctrl+C stops the batch cleanly (output files are only ever moved into place once complete).
        using var cancellation = new CancellationTokenSource();
        Console.CancelKeyPress += (_, e) =>
        {
            e.Cancel = true;
            cancellation.Cancel();
        };
        return await Cli.RunAsync(args, Console.Out, Console.Error, cancellation.Token).ConfigureAwait(false);
    }
}
