using BenchmarkDotNet.Attributes;
using EvidenceLint.Analysis;
using EvidenceLint.Reading;

namespace EvidenceLint.Benchmarks;

/// <summary>
/// What the declarative rule packs cost on a ~1,000-word account: every built-in pack rule over an already-read
/// document, for an SCS account so the unit-limited rules run too. Term groups are compiled once, in setup.
/// </summary>
[MemoryDiagnoser]
public class RulePackBenchmarks
{
    private EvidenceLinter _linter = null!;
    private EvidenceDocument _document = null!;
    private readonly LintRequest _request = new() { Unit = "SCS" };

    [GlobalSetup]
    public void Setup()
    {
        _linter = new EvidenceLinter(BuiltInRulePacks.CreateAnalyzers(BuiltInRulePacks.Rules), units: BuiltInUnits.Catalog);
        _document = new PlainTextReader(InputFormat.Markdown).ReadString(SampleAccounts.Markdown(words: 1000), "account.md");
    }

    [Benchmark(Description = "All rule packs, ~1,000 words (text model + unit evidence + pack rules)")]
    public LintResult AllPacks() => _linter.Lint(_document, _request);
}
