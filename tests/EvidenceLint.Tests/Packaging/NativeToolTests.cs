using System.Diagnostics;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Sockets;
using System.Runtime.InteropServices;
using EvidenceLint.Tests.Testing;
using static EvidenceLint.Tests.Packaging.PackageTests;

namespace EvidenceLint.Tests.Packaging;

/// <summary>
/// The tool as a learner installs it on this platform: packed by <c>scripts/pack-tool.sh</c>, compiled to native code
/// ahead of time, installed with <c>dotnet tool install</c>. Native compilation must change nothing a user sees: every
/// report, every error in a malformed pack (file, line and column), every shipped pack read from disk.
/// </summary>
/// <remarks>Compiling takes two to three minutes, so the fixture packs once and every test uses the installed tool.</remarks>
[TestFixture]
[Category("Packaging")]
[NonParallelizable]
public sealed class NativeToolTests
{
    private string _root = null!;
    private string _repository = null!;
    private string _native = null!;

    [OneTimeSetUp]
    public async Task PackAndInstallAsync()
    {
        if (!HasNativeToolchain())
        {
            const string Missing = "Native AOT needs a C toolchain (clang or gcc) and zlib; the native tool cannot be built here.";
            if (Environment.GetEnvironmentVariable("CI") == "true")
            {
                Assert.Fail(Missing);
            }

            Assert.Ignore(Missing);
        }

        _repository = RepositoryRoot();
        _root = Directory.CreateTempSubdirectory("evidencelint-native-").FullName;
        string feed = Directory.CreateDirectory(Path.Combine(_root, "feed")).FullName;
        string version = $"{RepositoryVersion(_repository)}-native.{Guid.NewGuid():N}";
        WriteNuGetConfig(_root, feed, _repository);

        string rid = RuntimeInformation.RuntimeIdentifier;
        var (exitCode, output, error) = await RunProcessAsync(_repository, "bash", "-c",
            $"TOOL_RIDS='{rid};any' scripts/pack-tool.sh \"$0\" -p:PackageVersion={version}", feed);
        exitCode.ShouldBe(0, $"scripts/pack-tool.sh\n{output}\n{error}");

        string tools = Path.Combine(_root, "tools");
        await RunAsync(_root, "dotnet", "tool", "install", "EvidenceLint.Cli", "--version", version, "--tool-path", tools,
            "--configfile", Path.Combine(_root, "NuGet.config"));
        _native = Path.Combine(tools, OperatingSystem.IsWindows() ? "evidencelint.exe" : "evidencelint");
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
    public void The_installed_command_is_native_code_not_an_assembly_for_the_JIT()
    {
        var installed = new FileInfo(_native);
        string target = installed.LinkTarget is { } link ? Path.GetFullPath(link, installed.DirectoryName!) : installed.FullName;
        byte[] header = File.ReadAllBytes(target)[..4];
        if (OperatingSystem.IsLinux())
        {
            header.ShouldBe(new byte[] { 0x7F, (byte)'E', (byte)'L', (byte)'F' });
        }

        File.Exists(Path.Combine(Path.GetDirectoryName(target)!, "EvidenceLint.Cli.dll")).ShouldBeFalse("the native tool carries no IL assembly of its own");
    }

    [TestCase("md")]
    [TestCase("docx")]
    [TestCase("pdf")]
    public async Task Reports_are_the_same_as_the_portable_tools_for_every_account(string format)
    {
        string corpus = SharedData.Require("corpus/dev2");
        string[] accounts = [.. Directory.GetFiles(corpus, "*." + format).Order(StringComparer.Ordinal)];
        accounts.ShouldNotBeEmpty();

        foreach (string report in new[] { "console", "json", "sarif", "html", "csv" })
        {
            string[] arguments = ["check", .. accounts, "--format", report, "--fail-on", "never"];
            var native = await RunProcessAsync(_root, _native, arguments);
            var portable = await RunProcessAsync(_root, "dotnet", [PortableTool(), .. arguments]);

            native.ExitCode.ShouldBe(0, native.Error);
            native.Output.ShouldNotBeNullOrWhiteSpace();
            native.Output.ShouldBe(portable.Output, $"{format} as {report}");
            native.Error.ShouldBe(portable.Error);
        }
    }

    [Test]
    public async Task A_malformed_rules_pack_names_its_file_line_and_column_as_the_portable_tool_does()
    {
        string packs = Directory.CreateDirectory(Path.Combine(_root, "centre-rules")).FullName;
        await File.WriteAllTextAsync(Path.Combine(packs, "centre.yaml"), "id: centre\nrules:\n  - id: CC0001\n    kind: existence\n    bogus: [\n");
        string account = Path.Combine(_repository, "samples", "sample-account.md");

        var native = await RunProcessAsync(_root, _native, "check", account, "--rules", packs);
        var portable = await RunProcessAsync(_root, "dotnet", PortableTool(), "check", account, "--rules", packs);

        native.ExitCode.ShouldBe(2);
        native.Error.ShouldContain(Path.Combine(packs, "centre.yaml") + ":6:1: error:");
        (native.ExitCode, native.Output, native.Error).ShouldBe((portable.ExitCode, portable.Output, portable.Error));
    }

    [TestCase("rules/misconceptions")]
    [TestCase("rules/units")]
    public async Task Every_shipped_pack_read_from_disk_gives_the_findings_of_the_built_in_copy(string folder)
    {
        string corpus = SharedData.Require("corpus/dev2");
        string[] accounts = [.. Directory.GetFiles(corpus, "*.md").Order(StringComparer.Ordinal)];
        string[] arguments = ["check", .. accounts, "--format", "json", "--fail-on", "never"];

        var builtIn = await RunProcessAsync(_root, _native, arguments);
        var fromDisk = await RunProcessAsync(_root, _native, [.. arguments, "--rules", Path.Combine(_repository, folder)]);

        builtIn.ExitCode.ShouldBe(0, builtIn.Error);
        fromDisk.ExitCode.ShouldBe(0, fromDisk.Error);
        builtIn.Output.ShouldContain("\"diagnostics\"");
        fromDisk.Output.ShouldBe(builtIn.Output);
    }

    [Test]
    public async Task The_native_service_answers_as_the_portable_one()
    {
        byte[] account = await File.ReadAllBytesAsync(Path.Combine(_repository, "samples", "sample-account.docx"));
        var answers = new List<string[]>();
        foreach (string[] command in new[] { new[] { _native }, new[] { "dotnet", PortableTool() } })
        {
            int port = FreePort();
            var start = new ProcessStartInfo(command[0]) { RedirectStandardOutput = true, RedirectStandardError = true, WorkingDirectory = _root };
            foreach (string argument in command.Skip(1).Concat(["serve", "--urls", $"http://127.0.0.1:{port}"]))
            {
                start.ArgumentList.Add(argument);
            }

            using var service = Process.Start(start)!;
            try
            {
                using var client = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{port}") };
                await WaitUntilReadyAsync(client);
                using var body = new ByteArrayContent(account);
                body.Headers.ContentType = new MediaTypeHeaderValue("application/vnd.openxmlformats-officedocument.wordprocessingml.document");
                using var check = await client.PostAsync(new Uri("/v1/check?unit=MCS", UriKind.Relative), body);
                check.StatusCode.ShouldBe(HttpStatusCode.OK);
                answers.Add(
                [
                    await check.Content.ReadAsStringAsync(),
                    await client.GetStringAsync(new Uri("/v1/rules", UriKind.Relative)),
                    await client.GetStringAsync(new Uri("/v1/units", UriKind.Relative)),
                    // The OpenAPI document names the server it came from.
                    (await client.GetStringAsync(new Uri("/openapi/v1.json", UriKind.Relative))).Replace($":{port}/", ":PORT/", StringComparison.Ordinal),
                ]);
            }
            finally
            {
                service.Kill(entireProcessTree: true);
                await service.WaitForExitAsync();
            }
        }

        answers[0][0].ShouldContain("\"unit\": \"MCS\"");
        answers[0].ShouldBe(answers[1]);
    }

    private static async Task WaitUntilReadyAsync(HttpClient client)
    {
        // A guard against a service that never starts, not a performance assertion.
        var waited = Stopwatch.StartNew();
        while (true)
        {
            try
            {
                using var ready = await client.GetAsync(new Uri("/readyz", UriKind.Relative));
                if (ready.StatusCode == HttpStatusCode.OK)
                {
                    return;
                }
            }
            catch (HttpRequestException)
            {
                // Not listening yet.
            }

            if (waited.Elapsed > TimeSpan.FromMinutes(1))
            {
                throw new TimeoutException("The service was not ready within a minute.");
            }

            await Task.Delay(100);
        }
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    private static string PortableTool() => Path.Combine(AppContext.BaseDirectory, "EvidenceLint.Cli.dll");

    private static bool HasNativeToolchain() =>
        !OperatingSystem.IsLinux() || new[] { "clang", "gcc" }.Any(compiler =>
            (Environment.GetEnvironmentVariable("PATH") ?? string.Empty).Split(Path.PathSeparator).Any(dir => File.Exists(Path.Combine(dir, compiler))));
}
