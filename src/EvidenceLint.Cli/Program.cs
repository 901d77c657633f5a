namespace EvidenceLint.Cli;

internal static class Program
{
    private static int Main(string[] args)
    {
        Console.Error.WriteLine("usage: evidencelint check PATH...");
        return args.Length == 0 ? 2 : 0;
    }
}
