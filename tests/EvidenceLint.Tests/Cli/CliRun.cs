using System.Security.Cryptography;
using EvidenceLint.Tests.Testing;

namespace EvidenceLint.Tests.Cli;

/// <summary>
/// Runs the evidencelint command line in-process, capturing what a user would see. Every JSON report and SARIF log a
/// run writes (<c>check --format json|sarif</c>, to standard output or <c>--output</c>, and <c>cohort --json</c>) is
/// validated against its schema on the way, so no test can produce output that breaks the published contract.
/// </summary>
internal sealed record CliRun(int ExitCode, string Out, string Error)
{
    public static Task<CliRun> RunAsync(params string[] args) => RunAsync(args, CancellationToken.None);

    public static async Task<CliRun> RunAsync(string[] args, CancellationToken cancellationToken, TextWriter? stderr = null)
    {
        var stdout = new StringWriter();
        stderr ??= new StringWriter();
        var reports = SchemaOutputs(args);
        var before = reports.ToDictionary(r => r.Path!, r => Fingerprint(r.Path!));
        int exit = await EvidenceLint.Cli.Cli.RunAsync(args, stdout, stderr, cancellationToken);
        var run = new CliRun(exit, stdout.ToString(), stderr.ToString() ?? string.Empty);

        foreach (var (path, sarif) in reports)
        {
            // Only what this run wrote: a test may leave an old report in place on purpose.
            if (Fingerprint(path!) is { } written && written != before[path!])
            {
                Validate(File.ReadAllText(path!), sarif, $"{string.Join(' ', args)} wrote {path}");
            }
        }

        if (StandardOutputFormat(args) is { } format && run.Out.TrimStart().StartsWith('{'))
        {
            Validate(run.Out, format == "sarif", $"{string.Join(' ', args)} printed");
        }

        return run;
    }

    /// <summary>The files a command line writes that have a schema, with whether each is SARIF (else the JSON contract).</summary>
    private static List<(string? Path, bool Sarif)> SchemaOutputs(string[] args)
    {
        var outputs = new List<(string? Path, bool Sarif)>();
        if (args.Length == 0)
        {
            return outputs;
        }

        if (args[0] == "cohort" && Value(args, "--json") is { } json)
        {
            outputs.Add((Path.GetFullPath(json), false));
        }

        if (args[0] == "check" && !args.Contains("--annotate") && Value(args, "--format") is "json" or "sarif" && (Value(args, "--output") ?? Value(args, "-o")) is { } output)
        {
            outputs.Add((Path.GetFullPath(output), Value(args, "--format") == "sarif"));
        }

        return outputs;
    }

    /// <summary>The format of a <c>check</c> whose JSON report or SARIF log goes to standard output, or null.</summary>
    private static string? StandardOutputFormat(string[] args) =>
        args.Length > 0 && args[0] == "check" && Value(args, "--format") is "json" or "sarif" && (args.Contains("--annotate") || (Value(args, "--output") ?? Value(args, "-o")) is null)
            ? Value(args, "--format")
            : null;

    private static string? Value(string[] args, string option)
    {
        int at = Array.LastIndexOf(args, option);
        return at >= 0 && at + 1 < args.Length ? args[at + 1] : null;
    }

    private static string? Fingerprint(string path) =>
        File.Exists(path) ? Convert.ToHexString(SHA256.HashData(File.ReadAllBytes(path))) : null;

    private static void Validate(string json, bool sarif, string what)
    {
        if (sarif)
        {
            Schemas.ShouldBeValidSarif(json, what);
        }
        else
        {
            Schemas.ShouldMatchJsonContract(json, what);
        }
    }

    public override string ToString() => $"exit {ExitCode}\n--- stdout\n{Out}\n--- stderr\n{Error}";
}

/// <summary>A temporary folder of accounts, deleted afterwards.</summary>
internal sealed class AccountFolder : IDisposable
{
    public AccountFolder() => Root = Directory.CreateTempSubdirectory("evidencelint-cli-").FullName;

    public string Root { get; }

    /// <summary>The repository's samples folder, found from the test binaries.</summary>
    public static string SamplesFolder
    {
        get
        {
            for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
            {
                if (File.Exists(Path.Combine(folder.FullName, "EvidenceLint.sln")))
                {
                    return Path.Combine(folder.FullName, "samples");
                }
            }

            throw new InvalidOperationException("The repository root was not found.");
        }
    }

    public string Write(string relativePath, string text)
    {
        string path = Prepare(relativePath);
        File.WriteAllText(path, text);
        return path;
    }

    public string Write(string relativePath, byte[] bytes)
    {
        string path = Prepare(relativePath);
        File.WriteAllBytes(path, bytes);
        return path;
    }

    public string CopySample(string name, string? relativePath = null)
    {
        string path = Prepare(relativePath ?? name);
        File.Copy(Path.Combine(SamplesFolder, name), path);
        return path;
    }

    public Dictionary<string, string> Hashes() => Directory.EnumerateFiles(Root, "*", SearchOption.AllDirectories)
        .ToDictionary(p => p, p => Convert.ToHexString(SHA256.HashData(File.ReadAllBytes(p))));

    public void Dispose() => Directory.Delete(Root, recursive: true);

    private string Prepare(string relativePath)
    {
        string path = Path.Combine(Root, relativePath);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        return path;
    }
}
