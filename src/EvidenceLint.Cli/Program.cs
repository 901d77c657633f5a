namespace EvidenceLint.Cli;

internal static class Program
{
    private static async Task<int> Main(string[] args)
    {
        RunTimer.MarkMain();

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
