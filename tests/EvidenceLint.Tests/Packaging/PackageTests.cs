using System.Diagnostics;
using System.IO.Compression;
using System.Reflection;
using System.Text;
using System.Xml.Linq;
using EvidenceLint.Analysis;

namespace EvidenceLint.Tests.Packaging;

/// <summary>
/// Packs the libraries and the tool as a vendor would receive them, then consumes them from a project outside the
/// repository: the packages must restore, compile against the documented API and run.
/// </summary>
/// <remarks>
/// Each run packs under its own prerelease version into a temporary feed and restores into a temporary packages
/// folder (the machine's global folder serves only as a read-only fallback for the third-party dependencies), so
/// nothing is left behind and no stale copy of a version can be picked up by a later run.
/// </remarks>
[TestFixture]
[Category("Packaging")]
[NonParallelizable]
public sealed class PackageTests
{
    private static readonly string[] PackedProjects =
        ["src/EvidenceLint/EvidenceLint.csproj", "src/EvidenceLint.Rules/EvidenceLint.Rules.csproj", "src/EvidenceLint.Cli/EvidenceLint.Cli.csproj"];

    internal const string Account = """
        # Handling a complaint about a late refund

        I took a call from a customer who was unhappy that her refund had not arrived. I listened without
        interrupting, apologised and checked her account. I e-mailed her at jo.bloggs@example.com to confirm
        the new refund date, and I logged the complaint in the CRM.
        """;

    private string _root = null!;
    private string _feed = null!;
    private string _version = null!;
    private string _repository = null!;

    [OneTimeSetUp]
    public async Task PackAsync()
    {
        _repository = RepositoryRoot();
        _root = Directory.CreateTempSubdirectory("evidencelint-packaging-").FullName;
        _feed = Directory.CreateDirectory(Path.Combine(_root, "feed")).FullName;
        _version = $"{RepositoryVersion(_repository)}-test.{Guid.NewGuid():N}";
        WriteNuGetConfig(_root, _feed, _repository);

        // The assemblies the tests already built are packed as they are: building them again in another
        // configuration would double the time this fixture takes without testing anything more about the packages.
        string configuration = typeof(EvidenceLinter).Assembly.GetCustomAttribute<AssemblyConfigurationAttribute>()?.Configuration ?? "Debug";
        foreach (string project in PackedProjects)
        {
            await RunAsync(_repository, "dotnet", "pack", Path.Combine(_repository, project), "--no-build", "-c", configuration,
                "-o", _feed, $"-p:PackageVersion={_version}", "-nodeReuse:false", "-v", "q", "-nologo");
        }
    }

    [OneTimeTearDown]
    public void DeleteTemporaryFiles()
    {
        if (_root is not null && Directory.Exists(_root))
        {
            Directory.Delete(_root, recursive: true);
        }
    }

    [Test]
    public void Packages_carry_metadata_readme_documentation_and_symbols()
    {
        foreach (string id in new[] { "EvidenceLint", "EvidenceLint.Rules", "EvidenceLint.Cli" })
        {
            string package = Path.Combine(_feed, $"{id}.{_version}.nupkg");
            File.Exists(Path.ChangeExtension(package, ".snupkg")).ShouldBeTrue($"{id} has no symbol package");
            using var zip = ZipFile.OpenRead(package);
            var entries = zip.Entries.Select(e => e.FullName).ToList();
            entries.ShouldContain("README.md");

            XElement nuspec;
            using (var stream = zip.GetEntry($"{id}.nuspec")!.Open())
            {
                nuspec = XDocument.Load(stream).Root!;
            }

            XNamespace ns = nuspec.Name.Namespace;
            var metadata = nuspec.Element(ns + "metadata")!;
            metadata.Element(ns + "version")!.Value.ShouldBe(_version);
            metadata.Element(ns + "license")!.Value.ShouldBe("MIT");
            metadata.Element(ns + "readme")!.Value.ShouldBe("README.md");
            metadata.Element(ns + "description")!.Value.ShouldNotBeNullOrWhiteSpace();
            metadata.Element(ns + "authors")!.Value.ShouldNotBeNullOrWhiteSpace();

            if (id == "EvidenceLint.Cli")
            {
                metadata.Element(ns + "packageTypes")!.Elements().Select(e => (string?)e.Attribute("name")).ShouldContain("DotnetTool");
            }
            else
            {
                entries.ShouldContain($"lib/net10.0/{id}.dll");
                entries.ShouldContain($"lib/net10.0/{id}.xml", $"{id} ships no XML documentation");
            }
        }
    }

    [Test]
    public async Task A_project_outside_the_repository_lints_through_the_rules_package()
    {
        string project = Directory.CreateDirectory(Path.Combine(_root, "consumer")).FullName;
        File.WriteAllText(Path.Combine(project, "Consumer.csproj"), $"""
            <Project Sdk="Microsoft.NET.Sdk">
              <PropertyGroup>
                <OutputType>Exe</OutputType>
                <TargetFramework>net10.0</TargetFramework>
                <Nullable>enable</Nullable>
                <ImplicitUsings>enable</ImplicitUsings>
                <NuGetAudit>false</NuGetAudit>
              </PropertyGroup>
              <ItemGroup>
                <PackageReference Include="EvidenceLint.Rules" Version="{_version}" />
              </ItemGroup>
            </Project>
            """);
        File.WriteAllText(Path.Combine(project, "Program.cs"), $$""""
            using System.Text;
            using EvidenceLint;
            using EvidenceLint.Analysis;

            var linter = EvidenceLinter.CreateDefault();
            using var stream = new MemoryStream(Encoding.UTF8.GetBytes("""
            {{Account}}
            """));
            LintResult result = await linter.LintAsync(stream, "account.md", new LintRequest { Unit = "MCS" }, CancellationToken.None);
            foreach (var diagnostic in result.Diagnostics)
            {
                Console.WriteLine(diagnostic.Id);
            }
            """");

        string output = await RunAsync(project, "dotnet", "run", "--project", project, "-nodeReuse:false", "-v", "q");

        var expected = await LintInProcessAsync();
        expected.ShouldContain(RuleIds.PersonalDataInEvidence);
        output.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).ShouldBe(expected);
    }

    [Test]
    public async Task The_tool_installs_from_the_feed_and_runs()
    {
        string tools = Path.Combine(_root, "tools");
        await RunAsync(_root, "dotnet", "tool", "install", "EvidenceLint.Cli", "--version", _version, "--tool-path", tools,
            "--configfile", Path.Combine(_root, "NuGet.config"));
        string evidencelint = Path.Combine(tools, OperatingSystem.IsWindows() ? "evidencelint.exe" : "evidencelint");

        string version = await RunAsync(_root, evidencelint, "--version");
        version.Trim().ShouldStartWith(RepositoryVersion(_repository));

        string rules = await RunAsync(_root, evidencelint, "rules");
        rules.ShouldContain(RuleIds.PersonalDataInEvidence);
        rules.ShouldContain("EL1003");
    }

    private static async Task<string[]> LintInProcessAsync()
    {
        var linter = EvidenceLinter.CreateDefault();
        using var stream = new MemoryStream(Encoding.UTF8.GetBytes(Account));
        var result = await linter.LintAsync(stream, "account.md", new LintRequest { Unit = "MCS" }, CancellationToken.None);
        return [.. result.Diagnostics.Select(d => d.Id)];
    }

    /// <summary>
    /// A configuration of its own: the temporary feed for EvidenceLint's packages, the repository's sources for
    /// everything else, and a temporary packages folder that falls back to the machine's for what is already there.
    /// </summary>
    internal static void WriteNuGetConfig(string root, string feed, string repository)
    {
        var repositorySources = XDocument.Load(Path.Combine(repository, "nuget.config"))
            .Descendants("packageSources").Elements("add")
            .Select(e => (Key: (string)e.Attribute("key")!, Value: (string)e.Attribute("value")!))
            .ToList();
        string globalPackages = Environment.GetEnvironmentVariable("NUGET_PACKAGES") is { Length: > 0 } configured
            ? configured
            : Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".nuget", "packages");

        var config = new XElement("configuration",
            new XElement("config", Add("globalPackagesFolder", Path.Combine(root, "packages"))),
            new XElement("fallbackPackageFolders", new XElement("clear"), Add("machine", globalPackages)),
            new XElement("packageSources", new XElement("clear"), Add("evidencelint-test-feed", feed),
                repositorySources.Select(s => Add(s.Key, s.Value))),
            // EvidenceLint's own packages come only from the feed just packed, never from a remote source.
            new XElement("packageSourceMapping",
                new XElement("packageSource", new XAttribute("key", "evidencelint-test-feed"), Pattern("EvidenceLint"), Pattern("EvidenceLint.*")),
                repositorySources.Select(s => new XElement("packageSource", new XAttribute("key", s.Key), Pattern("*")))));
        new XDocument(config).Save(Path.Combine(root, "NuGet.config"));

        static XElement Add(string key, string value) => new("add", new XAttribute("key", key), new XAttribute("value", value));
        static XElement Pattern(string pattern) => new("package", new XAttribute("pattern", pattern));
    }

    internal static async Task<string> RunAsync(string workingDirectory, string fileName, params string[] arguments)
    {
        var (exitCode, output, error) = await RunProcessAsync(workingDirectory, fileName, arguments);
        exitCode.ShouldBe(0, $"{fileName} {string.Join(' ', arguments)}\n{output}\n{error}");
        return output;
    }

    /// <summary>Runs a program to its end (within a guard against a hung restore) and returns its exit code and output.</summary>
    internal static async Task<(int ExitCode, string Output, string Error)> RunProcessAsync(string workingDirectory, string fileName, params string[] arguments)
    {
        var start = new ProcessStartInfo(fileName)
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        foreach (string argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        // The test host inherits MSBuild's variables from `dotnet test`; a nested build must choose its own.
        foreach (string name in start.Environment.Keys.Where(k => k.StartsWith("MSBuild", StringComparison.OrdinalIgnoreCase)).ToList())
        {
            start.Environment.Remove(name);
        }

        start.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        start.Environment["DOTNET_NOLOGO"] = "1";
        start.Environment["DOTNET_SKIP_FIRST_TIME_EXPERIENCE"] = "1";
        // The installed tool's launcher looks for the runtime here first.
        start.Environment["DOTNET_ROOT"] = DotnetRoot();

        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        // A guard against a hung restore, not a performance assertion.
        using var guard = new CancellationTokenSource(TimeSpan.FromMinutes(10));
        try
        {
            await process.WaitForExitAsync(guard.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw;
        }

        return (process.ExitCode, await stdout, await stderr);
    }

    private static string DotnetRoot() =>
        // The runtime's own folder is <root>/shared/Microsoft.NETCore.App/<version>.
        Path.GetFullPath(Path.Combine(Path.GetDirectoryName(typeof(object).Assembly.Location)!, "..", "..", ".."));

    internal static string RepositoryRoot()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "EvidenceLint.sln")))
            {
                return folder.FullName;
            }
        }

        throw new InvalidOperationException("The repository root was not found.");
    }

    internal static string RepositoryVersion(string repository) =>
        XDocument.Load(Path.Combine(repository, "Directory.Build.props")).Descendants("Version").Single().Value;
}
