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
