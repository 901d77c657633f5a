using EvidenceLint.Tests.Cli;
using EvidenceLint.Tests.Testing;

namespace EvidenceLint.Tests.Packs;

/// <summary>
/// The packs that ship inside the assemblies and the same files loaded from disk with <c>--rules</c> are one and the
/// same: every shipped pack, put in a <c>--rules</c> folder (where it replaces the built-in one with its id), gives the
/// same units and the same findings, coverage and cycle on real accounts, in every format.
/// </summary>
public class EmbeddedAndDiskPackTests
{
    private static IEnumerable<string> ShippedPacks() =>
        Directory.EnumerateFiles(Path.Combine(Schemas.RepositoryRoot, "rules", "units"), "*.yaml")
            .Concat(Directory.EnumerateFiles(Path.Combine(Schemas.RepositoryRoot, "rules", "misconceptions"), "*.yaml"))
            .Order(StringComparer.Ordinal)
            .Select(p => Path.GetRelativePath(Schemas.RepositoryRoot, p).Replace('\\', '/'));

    [TestCaseSource(nameof(ShippedPacks))]
    public async Task A_shipped_pack_loaded_from_disk_gives_what_the_built_in_one_gives(string pack)
    {
        using var folder = new AccountFolder();
        string rules = Path.Combine(folder.Root, "rules");
        Directory.CreateDirectory(rules);
        File.Copy(Path.Combine(Schemas.RepositoryRoot, pack), Path.Combine(rules, Path.GetFileName(pack)));
        string[] accounts = [.. Accounts(folder)];

        var units = await CliRun.RunAsync("units");
        var unitsFromDisk = await CliRun.RunAsync("units", "--rules", rules);
        unitsFromDisk.ExitCode.ShouldBe(units.ExitCode, unitsFromDisk.ToString());
        unitsFromDisk.Out.ShouldBe(units.Out);

        string[] check = ["check", .. accounts, "--format", "json", "--fail-on", "never", "-j", "1"];
        var builtIn = await CliRun.RunAsync(check);
        var fromDisk = await CliRun.RunAsync([.. check, "--rules", rules]);

        builtIn.ExitCode.ShouldBe(0, builtIn.ToString());
        fromDisk.ExitCode.ShouldBe(0, fromDisk.ToString());
        fromDisk.Error.ShouldBeEmpty();
        fromDisk.Out.ShouldBe(builtIn.Out);
        builtIn.Out.ShouldContain("\"diagnostics\"");
    }

    // The sample and, when the shared corpus is there, a Word and a PDF account of each unit.
    private static IEnumerable<string> Accounts(AccountFolder folder)
    {
        yield return folder.CopySample("sample-account.docx");
        yield return folder.CopySample("sample-account.md");
        if (SharedData.Find("corpus/dev2") is { } corpus)
        {
            foreach (string unit in new[] { "mcs", "scs", "pcs", "dcp" })
            {
                foreach (string extension in new[] { ".docx", ".pdf" })
                {
                    if (Directory.EnumerateFiles(corpus, $"*-{unit}-*{extension}").Order(StringComparer.Ordinal).FirstOrDefault() is { } account)
                    {
                        yield return account;
                    }
                }
            }
        }
    }
}
