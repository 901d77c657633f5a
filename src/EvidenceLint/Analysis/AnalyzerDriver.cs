using System.Collections.Immutable;
using EvidenceLint.Text;

namespace EvidenceLint.Analysis;

/// <summary>
/// Runs analyzers over one document: owns concurrency, isolates a throwing analyzer as EL0005, applies configured
/// severities and suppressions, and sorts the findings so output is the same byte for byte on every run.
/// </summary>
internal sealed class AnalyzerDriver
{
    private readonly ImmutableArray<Registration> _registrations;

    public AnalyzerDriver(IEnumerable<EvidenceAnalyzer> analyzers)
    {
        ArgumentNullException.ThrowIfNull(analyzers);
        _registrations = [.. analyzers.Select(Registration.Create)];
    }

    public ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics =>
        [.. _registrations.SelectMany(r => r.Descriptors).DistinctBy(d => d.Id).OrderBy(d => d.Id, StringComparer.Ordinal)];

    /// <summary>
    /// Runs every enabled analyzer. Rules whose findings limit criteria (<see cref="DiagnosticDescriptor.LimitsCriteria"/>)
    /// run first; their kept findings (enabled, not suppressed) turn the criteria they limit from covered to partial, and
    /// the other rules then see that coverage, which is also the coverage returned.
    /// </summary>
    public (ImmutableArray<Diagnostic> Diagnostics, int Suppressed, Evidence.UnitCoverage? Coverage) Run(TextModel text, LintOptions options, AnalysisSettings settings, CancellationToken cancellationToken)
    {
        var active = _registrations.Where(r => r.IsEnabled(options)).ToArray();
        var (first, suppressedFirst) = RunWave([.. active.Where(r => r.LimitsCriteria)], text, options, settings, cancellationToken);
        if (settings.Coverage is { } coverage && coverage.Limit(first.SelectMany(d => d.Descriptor.LimitsCriteria.Select(c => (c, d.Id)))) is var limited
            && !ReferenceEquals(limited, coverage))
        {
            settings = settings with { Coverage = limited };
        }

        var (second, suppressedSecond) = RunWave([.. active.Where(r => !r.LimitsCriteria)], text, options, settings, cancellationToken);
        return (Sort(first.Concat(second)), suppressedFirst + suppressedSecond, settings.Coverage);
    }

    private static (List<Diagnostic> Kept, int Suppressed) RunWave(Registration[] active, TextModel text, LintOptions options, AnalysisSettings settings, CancellationToken cancellationToken)
    {
        var perAnalyzer = new List<Diagnostic>[active.Length];
        if (active.Length > 1)
        {
            var parallel = new ParallelOptions { CancellationToken = cancellationToken, MaxDegreeOfParallelism = Environment.ProcessorCount };
            Parallel.For(0, active.Length, parallel, i => perAnalyzer[i] = active[i].Run(text, settings, cancellationToken));
        }
        else if (active.Length == 1)
        {
            perAnalyzer[0] = active[0].Run(text, settings, cancellationToken);
        }

        var kept = new List<Diagnostic>();
        int suppressed = 0;
        foreach (var diagnostic in perAnalyzer.SelectMany(list => list))
        {
            if (options.GetEffectiveSeverity(diagnostic.Descriptor) is not DiagnosticSeverity severity)
            {
                continue;
            }

            if (options.Suppressions.Any(s => s.Matches(diagnostic)))
            {
                suppressed++;
                continue;
            }

            kept.Add(diagnostic with { Severity = severity });
        }

        return (kept, suppressed);
    }

    internal static ImmutableArray<Diagnostic> Sort(IEnumerable<Diagnostic> diagnostics) =>
        [.. diagnostics
            .OrderBy(d => d.Location.Paragraph ?? -1)
            .ThenBy(d => d.Location.Start)
            .ThenBy(d => d.Location.Length)
            .ThenBy(d => d.Id, StringComparer.Ordinal)
            .ThenBy(d => d.Detail, StringComparer.Ordinal)
            .ThenBy(d => d.Message, StringComparer.Ordinal)];

    private sealed class Registration : AnalysisContext
    {
        private readonly List<Action<DocumentAnalysisContext>> _documentActions = [];
        private readonly List<Action<ParagraphAnalysisContext>> _paragraphActions = [];
        private readonly List<Action<SentenceAnalysisContext>> _sentenceActions = [];
        private readonly List<Action<UnitAnalysisContext>> _unitActions = [];

        private Registration(EvidenceAnalyzer analyzer)
        {
            Analyzer = analyzer;
        }

        public EvidenceAnalyzer Analyzer { get; }

        public ImmutableArray<DiagnosticDescriptor> Descriptors { get; private set; } = [];

        /// <summary>True when a finding of this analyzer can limit criteria, so it runs before the others.</summary>
        public bool LimitsCriteria { get; private set; }

        private string Name => Analyzer.GetType().Name;

        private Exception? InitializationFailure { get; set; }

        /// <summary>
        /// Runs when any of its rules is on. An analyzer whose SupportedDiagnostics threw has no rules to consult,
        /// so it runs to report EL0005 rather than vanishing without a word.
        /// </summary>
        public bool IsEnabled(LintOptions options) =>
            (InitializationFailure is not null && Descriptors.IsEmpty) || Descriptors.Any(d => options.GetEffectiveSeverity(d) is not null);

        public static Registration Create(EvidenceAnalyzer analyzer)
        {
            ArgumentNullException.ThrowIfNull(analyzer);
            var registration = new Registration(analyzer);
            try
            {
                registration.Descriptors = analyzer.SupportedDiagnostics;
                registration.LimitsCriteria = registration.Descriptors.Any(d => !d.LimitsCriteria.IsEmpty);
                analyzer.Initialize(registration);
            }
            catch (Exception ex)
            {
                registration.InitializationFailure = ex;
                registration._documentActions.Clear();
                registration._paragraphActions.Clear();
                registration._sentenceActions.Clear();
                registration._unitActions.Clear();
            }

            return registration;
        }

        public override void RegisterDocumentAction(Action<DocumentAnalysisContext> action) => _documentActions.Add(action ?? throw new ArgumentNullException(nameof(action)));

        public override void RegisterParagraphAction(Action<ParagraphAnalysisContext> action) => _paragraphActions.Add(action ?? throw new ArgumentNullException(nameof(action)));

        public override void RegisterSentenceAction(Action<SentenceAnalysisContext> action) => _sentenceActions.Add(action ?? throw new ArgumentNullException(nameof(action)));

        public override void RegisterUnitAction(Action<UnitAnalysisContext> action) => _unitActions.Add(action ?? throw new ArgumentNullException(nameof(action)));

        public List<Diagnostic> Run(TextModel text, AnalysisSettings settings, CancellationToken cancellationToken)
        {
            var found = new List<Diagnostic>();
            if (InitializationFailure is not null)
            {
                return [Failure(text, InitializationFailure)];
            }

            void Report(Diagnostic diagnostic)
            {
                if (!Descriptors.Any(d => ReferenceEquals(d, diagnostic.Descriptor) || d.Id == diagnostic.Id))
                {
                    throw new InvalidOperationException($"it reported {diagnostic.Id}, which it does not declare in SupportedDiagnostics");
                }

                found.Add(diagnostic);
            }

            try
            {
                foreach (var action in _documentActions)
                {
                    cancellationToken.ThrowIfCancellationRequested();
                    action(new DocumentAnalysisContext(text, settings, Report, cancellationToken));
                }

                if (_unitActions.Count > 0 && settings is { UnitPack: not null, Coverage: not null, Evidence: not null })
                {
                    foreach (var action in _unitActions)
                    {
                        cancellationToken.ThrowIfCancellationRequested();
                        action(new UnitAnalysisContext(text, settings, Report, cancellationToken));
                    }
                }

                if (_paragraphActions.Count > 0)
                {
                    foreach (var paragraph in text.Document.Paragraphs)
                    {
                        cancellationToken.ThrowIfCancellationRequested();
                        foreach (var action in _paragraphActions)
                        {
                            action(new ParagraphAnalysisContext(text, settings, Report, paragraph, cancellationToken));
                        }
                    }
                }

                if (_sentenceActions.Count > 0)
                {
                    foreach (var sentence in text.Sentences)
                    {
                        cancellationToken.ThrowIfCancellationRequested();
                        foreach (var action in _sentenceActions)
                        {
                            action(new SentenceAnalysisContext(text, settings, Report, sentence, cancellationToken));
                        }
                    }
                }
            }
            catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
            {
                throw;
            }
            catch (Exception ex)
            {
                // Roslyn's AD0001: a faulty rule loses its own findings, never anyone else's.
                return [Failure(text, ex)];
            }

            return found;
        }

        private Diagnostic Failure(TextModel text, Exception ex) =>
            Diagnostic.CreateWithDetail(
                EngineDiagnostics.RuleFailed,
                EvidenceLocation.ForDocument(text.Document.Path),
                Name,
                string.Join(", ", Descriptors.Select(d => d.Id)) is { Length: > 0 } ids ? $"{Name} ({ids})" : Name,
                $"{ex.GetType().Name}: {ex.Message}");
    }
}
