using System.Collections.Immutable;
using EvidenceLint.Analysis;

namespace EvidenceLint.Tests.Analysis;

/// <summary>Small analyzers that exercise one behaviour of the driver each; none is a real rule.</summary>
internal static class TestRules
{
    public static DiagnosticDescriptor WordFound { get; } = new(
        "EL9001", "word-found", "Word found", "Found '{0}'", "testing", DiagnosticSeverity.Warning);

    public static DiagnosticDescriptor OtherWordFound { get; } = new(
        "EL9002", "other-word-found", "Other word found", "Found '{0}'", "testing", DiagnosticSeverity.Info);

    public static DiagnosticDescriptor NeverDeclared { get; } = new(
        "EL9999", "never-declared", "Never declared", "Should not be reported", "testing", DiagnosticSeverity.Warning);
}

/// <summary>Reports every occurrence of the given words, so tests know exactly what to expect.</summary>
internal sealed class WordAnalyzer(DiagnosticDescriptor rule, params string[] words) : EvidenceAnalyzer
{
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => [rule];

    public override void Initialize(AnalysisContext context) => context.RegisterSentenceAction(context =>
    {
        foreach (var token in context.Text.GetTokens(context.Sentence))
        {
            if (words.Contains(token.Lower, StringComparer.Ordinal))
            {
                context.ReportDiagnostic(Diagnostic.Create(rule, context.CreateLocation(token.Start, token.Length), token.Text));
            }
        }
    });
}

/// <summary>A centre's own rule, as an embedder would register it through dependency injection.</summary>
internal sealed class CentreAnalyzer : EvidenceAnalyzer
{
    public static DiagnosticDescriptor Rule { get; } = new(
        "EL9100", "centre-rule", "Centre rule", "Checked by the centre's own rule", "centre", DiagnosticSeverity.Info);

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => [Rule];

    public override void Initialize(AnalysisContext context) =>
        context.RegisterDocumentAction(context => context.ReportDiagnostic(Diagnostic.Create(Rule, context.DocumentLocation)));
}

/// <summary>Counts how often each kind of action is called.</summary>
internal sealed class CountingAnalyzer : EvidenceAnalyzer
{
    private int _documents;
    private int _paragraphs;
    private int _sentences;

    public int Documents => _documents;

    public int Paragraphs => _paragraphs;

    public int Sentences => _sentences;

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => [TestRules.OtherWordFound];

    public override void Initialize(AnalysisContext context)
    {
        context.RegisterDocumentAction(_ => Interlocked.Increment(ref _documents));
        context.RegisterParagraphAction(_ => Interlocked.Increment(ref _paragraphs));
        context.RegisterSentenceAction(_ => Interlocked.Increment(ref _sentences));
    }
}

internal sealed class ThrowsInInitializeAnalyzer : EvidenceAnalyzer
{
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => [TestRules.OtherWordFound];

    public override void Initialize(AnalysisContext context) => throw new InvalidOperationException("broken set-up");
}

internal sealed class ThrowsInActionAnalyzer : EvidenceAnalyzer
{
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => [TestRules.OtherWordFound];

    public override void Initialize(AnalysisContext context) =>
        context.RegisterParagraphAction(_ => throw new FormatException("broken rule"));
}

internal sealed class ThrowsFromSupportedDiagnosticsAnalyzer : EvidenceAnalyzer
{
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => throw new InvalidOperationException("no descriptors");

    public override void Initialize(AnalysisContext context)
    {
    }
}

internal sealed class ReportsUndeclaredIdAnalyzer : EvidenceAnalyzer
{
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => [TestRules.OtherWordFound];

    public override void Initialize(AnalysisContext context) =>
        context.RegisterDocumentAction(context => context.ReportDiagnostic(Diagnostic.Create(TestRules.NeverDeclared, context.DocumentLocation)));
}

/// <summary>Never finishes on its own, but checks the token as a well-behaved analyzer must.</summary>
internal sealed class SpinningAnalyzer : EvidenceAnalyzer
{
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => [TestRules.OtherWordFound];

    public override void Initialize(AnalysisContext context) => context.RegisterDocumentAction(context =>
    {
        while (true)
        {
            context.CancellationToken.ThrowIfCancellationRequested();
            Thread.SpinWait(1000);
        }
    });
}
