using System.Collections.Immutable;
using EvidenceLint.Analysis;
using EvidenceLint.Evidence;
using EvidenceLint.Privacy;
using EvidenceLint.Reading;
using EvidenceLint.Text;
using EvidenceLint.Units;

namespace EvidenceLint;

/// <summary>
/// Lints reflective accounts: reads a Word, PDF or text document safely, builds its text model once, runs every
/// analyzer and returns sorted, deterministic findings. Thread-safe and reusable: create one and share it.
/// Uses no network and writes no files.
/// </summary>
public sealed class EvidenceLinter
{
    private readonly AnalyzerDriver _driver;
    private readonly DocumentLoader _loader;

    /// <summary>Creates a linter over the given analyzers.</summary>
    /// <param name="analyzers">The rules to run.</param>
    /// <param name="options">Default options; a <see cref="LintRequest"/> may replace them per call.</param>
    /// <param name="readers">The readers to use; null for the built-in DOCX, PDF, text and Markdown readers.</param>
    /// <param name="units">The unit packs accounts are checked against; null for none (only unit-independent rules then find anything).</param>
    public EvidenceLinter(IEnumerable<EvidenceAnalyzer> analyzers, LintOptions? options = null, IEnumerable<IEvidenceReader>? readers = null, UnitCatalog? units = null)
    {
        ArgumentNullException.ThrowIfNull(analyzers);
        _driver = new AnalyzerDriver(analyzers);
        _loader = new DocumentLoader(readers ?? DefaultReaders());
        Options = options ?? LintOptions.Default;
        Units = units ?? UnitCatalog.Create([]);
    }

    /// <summary>
    /// The lowest confidence at which an automatically detected unit is used; below it the account is checked without a
    /// unit and EL0006 says so.
    /// </summary>
    public const double UnitDetectionThreshold = 0.3;

    /// <summary>The default options.</summary>
    public LintOptions Options { get; }

    /// <summary>The unit packs in use.</summary>
    public UnitCatalog Units { get; }

    /// <summary>Every diagnostic this linter can report: the engine's EL0xxx and those of its analyzers, by id.</summary>
    public ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics =>
        [.. EngineDiagnostics.All.Concat(_driver.SupportedDiagnostics).DistinctBy(d => d.Id).OrderBy(d => d.Id, StringComparer.Ordinal)];

    /// <summary>The readers every linter uses unless told otherwise.</summary>
    public static IReadOnlyList<IEvidenceReader> DefaultReaders() =>
        [new PlainTextReader(InputFormat.Text), new PlainTextReader(InputFormat.Markdown), new DocxReader(), new PdfReader()];

    /// <summary>Lints a document read from a stream. The stream is read, never written or closed.</summary>
    /// <param name="content">The document's bytes.</param>
    /// <param name="fileName">A name for the document, used in locations (its extension distinguishes Markdown from text).</param>
    /// <param name="request">The unit and options for this call.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    public async Task<LintResult> LintAsync(Stream content, string fileName, LintRequest? request = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(content);
        ArgumentNullException.ThrowIfNull(fileName);
        var options = request?.Options ?? Options;
        long reading = PhaseTimings.Start();
        var loaded = await _loader.LoadAsync(content, fileName, options.Limits, cancellationToken).ConfigureAwait(false);
        PhaseTimings.Stop(RunPhase.Reader, reading);
        return Complete(loaded, fileName, request, options, cancellationToken);
    }

    /// <summary>Lints a file, which is opened read-only and never modified.</summary>
    public async Task<LintResult> LintAsync(string path, LintRequest? request = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(path);
        var options = request?.Options ?? Options;
        long reading = PhaseTimings.Start();
        var loaded = await _loader.LoadFileAsync(path, options.Limits, cancellationToken).ConfigureAwait(false);
        PhaseTimings.Stop(RunPhase.Reader, reading);
        return Complete(loaded, path, request, options, cancellationToken);
    }

    /// <summary>Lints a document that is already in memory.</summary>
    public LintResult Lint(EvidenceDocument document, LintRequest? request = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(document);
        var options = request?.Options ?? Options;
        return Analyse(document, request, options, cancellationToken);
    }

    /// <summary>Reads a document without analysing it: the text and locations the rules would see.</summary>
    public async Task<LoadResult> ReadAsync(string path, LintOptions? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(path);
        return await _loader.LoadFileAsync(path, (options ?? Options).Limits, cancellationToken).ConfigureAwait(false);
    }

    private LintResult Complete(LoadResult loaded, string path, LintRequest? request, LintOptions options, CancellationToken cancellationToken)
    {
        if (loaded.Document is null)
        {
            var failure = loaded.Failure!;
            var severity = options.GetEffectiveSeverity(failure.Descriptor) ?? failure.Descriptor.DefaultSeverity;
            return new LintResult { Path = path, Format = loaded.Format, Diagnostics = [failure with { Severity = severity }] };
        }

        return Analyse(loaded.Document, request, options, cancellationToken);
    }

    private LintResult Analyse(EvidenceDocument document, LintRequest? request, LintOptions options, CancellationToken cancellationToken)
    {
        (string? unitId, string? unitSource) = request?.Unit is { Length: > 0 } requested
            ? (requested, "option")
            : options.Unit is { Length: > 0 } configured ? (configured, "config") : (null, null);
        UnitPack? unit = unitId is null ? null : Units.TryGet(unitId, out var pack)
            ? pack
            : throw new ArgumentException($"Unknown unit '{unitId}'. Known units: {string.Join(", ", Units.All.Select(p => p.Id))}.", nameof(request));

        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(options.Limits.Timeout);
        try
        {
            long phase = PhaseTimings.Start();
            var text = TextModel.Create(document, timeout.Token);
            PhaseTimings.Stop(RunPhase.TextModel, phase);
            phase = PhaseTimings.Start();
            double? confidence = null;
            Diagnostic? undetermined = null;
            if (unit is null && !Units.All.IsEmpty)
            {
                var detection = UnitDetection.Detect(text, Units.All);
                if (detection.Unit is not null && detection.Confidence >= UnitDetectionThreshold)
                {
                    (unit, unitSource, confidence) = (detection.Unit, "auto", detection.Confidence);
                }
                else
                {
                    undetermined = Undetermined(document, detection, options);
                }
            }

            var evidence = unit is null ? null : EvidenceSentences.Create(text, unit);
            var coverage = evidence is null ? null : CoverageAnalysis.Analyse(evidence, unit!, timeout.Token);
            var cycle = Evidence.CycleAnalysis.Analyse(evidence ?? EvidenceSentences.Create(text), timeout.Token);
            var settings = new AnalysisSettings
            {
                Unit = unit?.Id,
                UnitPack = unit,
                Evidence = evidence,
                Coverage = coverage,
                Cycle = cycle,
                RuleOptions = options.RuleOptions,
            };
            PhaseTimings.Stop(RunPhase.Evidence, phase);
            phase = PhaseTimings.Start();
            (var diagnostics, int suppressed, coverage) = _driver.Run(text, options, settings, timeout.Token);
            var mask = text.PersonalData.With(diagnostics.Where(d => d.Descriptor.MaskExcerpt).Select(d => (d.Location.Start, d.Location.Length)));
            diagnostics = AnalyzerDriver.Sort(diagnostics.Select(d => mask.Mask(d, text.PersonalData))
                .Concat(Unchecked(document, mask, options))
                .Concat(undetermined is null ? [] : [undetermined]));

            // Coverage quoted the account through the text model's mask already; only a span a rule flagged is new.
            coverage = coverage is null || ReferenceEquals(mask, text.PersonalData) ? coverage : Masked(coverage, mask);
            PhaseTimings.Stop(RunPhase.Rules, phase);

            return new LintResult
            {
                Path = document.Path,
                Format = document.Format,
                Unit = unit?.Id,
                UnitSource = unit is null ? null : unitSource,
                UnitConfidence = confidence,
                WordCount = document.WordCount,
                Diagnostics = diagnostics,
                SuppressedCount = suppressed,
                Coverage = coverage,
                Cycle = cycle,
                Document = document,
                PersonalData = mask,
            };
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            var limit = Diagnostic.Create(
                EngineDiagnostics.LimitExceeded,
                EvidenceLocation.ForDocument(document.Path),
                $"Checking the account took longer than the {options.Limits.Timeout.TotalSeconds:0.#}-second limit, so it was stopped.");
            return new LintResult { Path = document.Path, Format = document.Format, Unit = unit?.Id, UnitSource = unit is null ? null : unitSource, WordCount = document.WordCount, Diagnostics = [limit] };
        }
    }

    /// <summary>Evidence passages quote the account, so they are masked like excerpts (and with any span a rule flagged).</summary>
    private static UnitCoverage Masked(UnitCoverage coverage, PersonalDataMask mask)
    {
        EvidencePassage Mask(EvidencePassage passage) => passage with { Excerpt = mask.GetText(passage.Start, passage.Length) };
        return coverage with
        {
            Criteria = [.. coverage.Criteria.Select(c => c with { Evidence = [.. c.Evidence.Select(Mask)], Mentions = [.. c.Mentions.Select(Mask)] })],
        };
    }

    /// <summary>EL0007 for each paragraph that could not be checked for customer data in time, and so is withheld from reports.</summary>
    private static IEnumerable<Diagnostic> Unchecked(EvidenceDocument document, PersonalDataMask mask, LintOptions options)
    {
        if (options.GetEffectiveSeverity(EngineDiagnostics.PrivacyScanIncomplete) is not DiagnosticSeverity severity)
        {
            yield break;
        }

        foreach (var span in mask.Spans.Where(s => s.Kind == PersonalDataKind.Unchecked))
        {
            var paragraph = document.FindParagraph(span.Start);
            var location = new EvidenceLocation(document.Path, paragraph?.Page, paragraph?.Index, span.Start, span.Length, span.Placeholder);
            yield return Diagnostic.Create(EngineDiagnostics.PrivacyScanIncomplete, location) with { Severity = severity };
        }
    }

    private static Diagnostic? Undetermined(EvidenceDocument document, UnitDetection detection, LintOptions options)
    {
        if (options.GetEffectiveSeverity(EngineDiagnostics.UnitUndetermined) is not DiagnosticSeverity severity)
        {
            return null;
        }

        string closest = detection.Unit is null
            ? "The account does not read like any of the units EvidenceLint knows"
            : $"The account reads most like {detection.Unit.Id} ({detection.Unit.Title}), but not clearly enough to be sure";
        var diagnostic = Diagnostic.Create(
            EngineDiagnostics.UnitUndetermined,
            EvidenceLocation.ForDocument(document.Path),
            $"{closest}, so only the checks that apply to every unit were run. Name the unit with --unit (for example --unit MCS) or \"unit\" in evidencelint.json.");
        return diagnostic with { Severity = severity };
    }
}
