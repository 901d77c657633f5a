using System.Collections.Immutable;

namespace EvidenceLint.Analysis;

/// <summary>
/// A rule, Roslyn-style: it declares the diagnostics it can report and, once, registers the actions the driver
/// calls for each document, paragraph or sentence. Analyzers must be stateless and thread-safe: one instance
/// serves every document, concurrently.
/// </summary>
public abstract class EvidenceAnalyzer
{
    /// <summary>The diagnostics this analyzer can report. Reporting any other is an error (EL0005).</summary>
    public abstract ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; }

    /// <summary>Registers the analyzer's actions. Called once per analyzer instance.</summary>
    public abstract void Initialize(AnalysisContext context);
}
