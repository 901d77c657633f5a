using System.Text;
using EvidenceLint.Analysis;
using EvidenceLint.Configuration;
using EvidenceLint.Packs;
using EvidenceLint.Units;

namespace EvidenceLint.Tests.FuzzRegressions;

/// <summary>
/// Every input the fuzzer (scripts/fuzz.sh) has found, minimised, in a folder per target, held to the same contract
/// as the harness: a document comes back as a result (EL0001–EL0004 when it cannot be read); a pack or configuration
/// fails only with <see cref="PackException"/> or <see cref="ConfigurationException"/>.
/// </summary>
public sealed class FuzzRegressionTests
{
    private static readonly EvidenceLinter Linter = EvidenceLinter.CreateDefault();

    private static string Folder(string target) => Path.Combine(TestContext.CurrentContext.TestDirectory, "FuzzRegressions", target);

    private static IEnumerable<TestCaseData> Inputs(string target) =>
        Directory.Exists(Folder(target))
            ? Directory.EnumerateFiles(Folder(target)).Order(StringComparer.Ordinal).Select(f => new TestCaseData(Path.GetFileName(f)).SetArgDisplayNames(Path.GetFileName(f)))
            : [];

    private static IEnumerable<TestCaseData> DocxInputs() => Inputs("docx");

    private static IEnumerable<TestCaseData> PdfInputs() => Inputs("pdf");

    private static IEnumerable<TestCaseData> PackInputs() => Inputs("pack");

    private static IEnumerable<TestCaseData> ConfigInputs() => Inputs("config");

    [TestCaseSource(nameof(DocxInputs))]
    [CancelAfter(60_000)]
    public async Task Docx_input_is_read_or_refused_with_a_reading_diagnostic(string name, CancellationToken cancellationToken) =>
        await ReadOrRefuse("docx", name, cancellationToken);

    [TestCaseSource(nameof(PdfInputs))]
    [CancelAfter(60_000)]
    public async Task Pdf_input_is_read_or_refused_with_a_reading_diagnostic(string name, CancellationToken cancellationToken) =>
        await ReadOrRefuse("pdf", name, cancellationToken);

    [TestCaseSource(nameof(PackInputs))]
    [CancelAfter(60_000)]
    public void Pack_input_loads_or_fails_with_a_pack_exception(string name)
    {
        string yaml = File.ReadAllText(Path.Combine(Folder("pack"), name), Encoding.UTF8);
        LoadsOrFails<PackException>(() => UnitPackLoader.Load(yaml, name));
        LoadsOrFails<PackException>(() => RulePackLoader.Load(yaml, name));
    }

    [TestCaseSource(nameof(ConfigInputs))]
    [CancelAfter(60_000)]
    public void Config_input_loads_or_fails_with_a_configuration_exception(string name)
    {
        byte[] json = File.ReadAllBytes(Path.Combine(Folder("config"), name));
        LoadsOrFails<ConfigurationException>(() => LintConfiguration.Parse(json, name, Linter.SupportedDiagnostics));
    }

    private static async Task ReadOrRefuse(string target, string name, CancellationToken cancellationToken)
    {
        byte[] bytes = await File.ReadAllBytesAsync(Path.Combine(Folder(target), name), cancellationToken);
        using var stream = new MemoryStream(bytes, writable: false);
        var result = await Linter.LintAsync(stream, $"fuzz.{target}", cancellationToken: cancellationToken);
        if (result.Document is null)
        {
            result.Diagnostics.Select(d => d.Id).ShouldHaveSingleItem().ShouldBeOneOf("EL0001", "EL0002", "EL0003", "EL0004");
        }
    }

    private static void LoadsOrFails<TExpected>(Action load)
        where TExpected : Exception
    {
        try
        {
            load();
        }
        catch (TExpected)
        {
        }
    }
}
