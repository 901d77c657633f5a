using System.Text.Json;

namespace EvidenceLint.Tests.Cli;

/// <summary>Choosing the unit: by option, by configuration, automatically, and from a centre's own packs on disk.</summary>
public class UnitSelectionTests
{
    private const string Account = """
        # Reflective account: Supervise customer service delivery in a contact centre

        I monitored the team's AHT and CSAT every week and agreed an action plan with two advisers.
        """;

    private const string CentrePack = """
        id: CCX
        title: Handle webchat contacts
        learningOutcomes:
          - {id: LO1, wording: Be able to handle webchat contacts., verbs: [handle]}
        criteria:
          - id: CCX.1
            wording: Handles several webchats at once within the concurrency limit.
            indicators:
              - {name: concurrent chats, terms: [webchat, chats at once, concurrent chats, concurrency]}
              - {name: limit, terms: [limit, "maximum of {number}", "up to {number}"]}
            evidence: {covered: 2, partial: 1}
        """;

    [Test]
    public async Task Auto_detection_reports_the_unit_its_source_and_confidence()
    {
        using var folder = new AccountFolder();
        string account = folder.Write("account.md", Account);

        var run = await CliRun.RunAsync("check", account, "--format", "json");

        var document = JsonDocument.Parse(run.Out).RootElement.GetProperty("documents")[0];
        document.GetProperty("unit").GetString().ShouldBe("SCS");
        document.GetProperty("unitSource").GetString().ShouldBe("auto");
        document.GetProperty("unitConfidence").GetDouble().ShouldBeGreaterThanOrEqualTo(EvidenceLinter.UnitDetectionThreshold);
        document.GetProperty("coverage").GetArrayLength().ShouldBe(4);
    }

    [Test]
    public async Task An_account_that_reads_like_no_unit_gets_EL0006_and_no_coverage()
    {
        using var folder = new AccountFolder();
        string account = folder.Write("account.md", "I went to the shops on Saturday and bought some bread.");

        var run = await CliRun.RunAsync("check", account, "--format", "json");

        var document = JsonDocument.Parse(run.Out).RootElement.GetProperty("documents")[0];
        document.GetProperty("unit").ValueKind.ShouldBe(JsonValueKind.Null);
        document.GetProperty("coverage").GetArrayLength().ShouldBe(0);
        document.GetProperty("diagnostics").EnumerateArray().Select(d => d.GetProperty("id").GetString()).ShouldContain("EL0006");
    }

    [Test]
    public async Task Console_report_shows_the_coverage_table()
    {
        using var folder = new AccountFolder();
        string account = folder.Write("account.md", Account);

        var run = await CliRun.RunAsync("check", account, "--unit", "scs");

        run.Out.ShouldContain("criterion coverage for SCS (as requested):");
        run.Out.ShouldContain("SCS.4   missing 0.00");
    }

    [Test]
    public async Task A_centres_own_unit_loads_from_disk_without_recompiling()
    {
        using var folder = new AccountFolder();
        folder.Write("packs/ccx.yaml", CentrePack);
        string account = folder.Write("account.md", "I handled webchat contacts, up to 3 chats at once, every shift in March. I kept to the limit of 3.");

        var run = await CliRun.RunAsync("check", account, "--rules", Path.Combine(folder.Root, "packs"), "--unit", "CCX", "--format", "json");

        run.ExitCode.ShouldBe(0, run.ToString());
        var coverage = JsonDocument.Parse(run.Out).RootElement.GetProperty("documents")[0].GetProperty("coverage")[0];
        coverage.GetProperty("criterion").GetString().ShouldBe("CCX.1");
        coverage.GetProperty("status").GetString().ShouldBe("covered");
    }

    [Test]
    public async Task A_malformed_pack_is_a_usage_error_naming_file_line_and_column()
    {
        using var folder = new AccountFolder();
        string pack = folder.Write("packs/ccx.yaml", CentrePack.Replace("evidence: {covered: 2, partial: 1}", "evidence: {covered: 5, partial: 1}", StringComparison.Ordinal));
        string account = folder.Write("account.md", "I handled webchats.");

        var run = await CliRun.RunAsync("check", account, "--rules", Path.GetDirectoryName(pack)!, "--unit", "CCX");

        run.ExitCode.ShouldBe(2);
        run.Error.ShouldContain($"{pack}:11:");
        run.Error.ShouldContain("evidence needs 1 <= partial <= covered");
    }

    [Test]
    public async Task An_unknown_unit_is_a_usage_error_listing_the_known_ones()
    {
        using var folder = new AccountFolder();
        string account = folder.Write("account.md", Account);

        var run = await CliRun.RunAsync("check", account, "--unit", "XYZ");

        run.ExitCode.ShouldBe(2);
        run.Error.ShouldContain("unknown unit 'XYZ'. Use DCP, MCS, PCS, SCS or auto.");
    }

    [Test]
    public async Task Configuration_may_name_a_unit_from_the_centres_packs()
    {
        using var folder = new AccountFolder();
        folder.Write("packs/ccx.yaml", CentrePack);
        string config = folder.Write("evidencelint.json", """{ "unit": "CCX" }""");
        string account = folder.Write("account.md", "I handled webchat contacts, up to 3 chats at once.");

        var withPacks = await CliRun.RunAsync("check", account, "--rules", Path.Combine(folder.Root, "packs"), "--format", "json");
        var withoutPacks = await CliRun.RunAsync("check", account);

        JsonDocument.Parse(withPacks.Out).RootElement.GetProperty("documents")[0].GetProperty("unitSource").GetString().ShouldBe("config");
        withoutPacks.ExitCode.ShouldBe(2);
        withoutPacks.Error.ShouldContain(config);
        withoutPacks.Error.ShouldContain("unknown unit \"CCX\"");
    }

    [Test]
    public async Task Lenient_loading_skips_a_malformed_pack_with_a_warning_and_loads_the_rest()
    {
        using var folder = new AccountFolder();
        folder.Write("packs/ccx.yaml", CentrePack);
        string broken = folder.Write("packs/broken.yaml", "id: BRK\ntitle: Broken\ncriteria: []\n");
        string account = folder.Write("account.md", "I handled webchat contacts, up to 3 chats at once, every shift in March. I kept to the limit of 3.");
        string packs = Path.Combine(folder.Root, "packs");

        var strict = await CliRun.RunAsync("check", account, "--rules", packs, "--unit", "CCX");
        var lenient = await CliRun.RunAsync("check", account, "--rules", packs, "--lenient-packs", "--unit", "CCX", "--format", "json");

        strict.ExitCode.ShouldBe(2);
        strict.Error.ShouldContain($"{broken}:3:");
        lenient.ExitCode.ShouldBe(0, lenient.ToString());
        lenient.Error.ShouldContain($"{broken}:3:");
        lenient.Error.ShouldContain("warning: criteria is empty");
        lenient.Error.ShouldContain("(pack skipped)");
        JsonDocument.Parse(lenient.Out).RootElement.GetProperty("documents")[0].GetProperty("unit").GetString().ShouldBe("CCX");
    }
}
