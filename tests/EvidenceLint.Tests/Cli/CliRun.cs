using System.Security.Cryptography;

namespace EvidenceLint.Tests.Cli;

/// <summary>Runs the evidencelint command line in-process, capturing what a user would see.</summary>
internal sealed record CliRun(int ExitCode, string Out, string Error)
{
    public static async Task<CliRun> RunAsync(params string[] args)
    {
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        int exit = await EvidenceLint.Cli.Cli.RunAsync(args, stdout, stderr, CancellationToken.None);
        return new CliRun(exit, stdout.ToString(), stderr.ToString());
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
