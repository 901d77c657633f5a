using System.Text;
using BenchmarkDotNet.Attributes;
using EvidenceLint.Analysis;
using EvidenceLint.Evidence;
using EvidenceLint.Reading;
using EvidenceLint.Text;

namespace EvidenceLint.Benchmarks;

/// <summary>
/// What one account costs to check, end to end from bytes, in each input format; and the shared text model on its own,
/// since every rule depends on it. Results are not asserted: a reader that fails still costs what it costs.
/// </summary>
[MemoryDiagnoser]
public class LintBenchmarks
{
    private EvidenceLinter _linter = null!;
    private byte[] _markdown = null!;
    private byte[] _docx = null!;
    private byte[] _pdf = null!;
    private EvidenceDocument _document = null!;
    private TextModel _text = null!;
    private Units.UnitPack _mcs = null!;
    private LintRequest _mcsRequest = null!;

    [GlobalSetup]
    public void Setup()
    {
        _linter = EvidenceLinter.CreateDefault();
        string markdown = SampleAccounts.Markdown(words: 1000);
        var paragraphs = SampleAccounts.Paragraphs(markdown);
        _markdown = Encoding.UTF8.GetBytes(markdown);
        _docx = SampleAccounts.Docx(paragraphs);
        _pdf = SampleAccounts.Pdf(paragraphs, pages: 3);
        _document = new PlainTextReader(InputFormat.Markdown).ReadString(markdown, "account.md");
        _text = TextModel.Create(_document);
        _mcs = BuiltInUnits.Catalog.Get("MCS");
        _mcsRequest = new LintRequest { Unit = "MCS" };
    }

    [Benchmark(Baseline = true, Description = "Markdown ~1,000 words: read + analyse")]
    public Task<LintResult> Markdown() => _linter.LintAsync(new MemoryStream(_markdown, writable: false), "account.md");

    [Benchmark(Description = "DOCX ~1,000 words: read + analyse")]
    public Task<LintResult> Docx() => _linter.LintAsync(new MemoryStream(_docx, writable: false), "account.docx");

    [Benchmark(Description = "PDF 3 pages: read + analyse")]
    public Task<LintResult> Pdf() => _linter.LintAsync(new MemoryStream(_pdf, writable: false), "account.pdf");

    [Benchmark(Description = "TextModel.Create, ~1,000 words")]
    public TextModel TextModelOnly() => TextModel.Create(_document);

    [Benchmark(Description = "Criterion coverage for one unit (MCS), ~1,000 words, text model built")]
    public UnitCoverage CoverageOnly() => CoverageAnalysis.Analyse(_text, _mcs);

    [Benchmark(Description = "Every rule for one unit (MCS), ~1,000 words already read")]
    public LintResult AnalyseForOneUnit() => _linter.Lint(_document, _mcsRequest);

    [Benchmark(Description = "Unit detection over the four packs, ~1,000 words, text model built")]
    public UnitDetection DetectUnit() => UnitDetection.Detect(_text, BuiltInUnits.Packs);
}
