using EvidenceLint.Analysis;

namespace EvidenceLint.Reporting;

/// <summary>The totals for a run, as every report states them. Hidden findings are not counted.</summary>
/// <param name="Documents">Documents checked, readable or not.</param>
/// <param name="Errors">Findings at error severity.</param>
/// <param name="Warnings">Findings at warning severity.</param>
/// <param name="Infos">Findings at info severity.</param>
/// <param name="Suppressed">Findings the configuration suppressed.</param>
public sealed record ReportSummary(int Documents, int Errors, int Warnings, int Infos, int Suppressed)
{
    /// <summary>Counts the findings of a run.</summary>
    public static ReportSummary From(IReadOnlyCollection<LintResult> results)
    {
        ArgumentNullException.ThrowIfNull(results);
        var all = results.SelectMany(r => r.Diagnostics).ToList();
        return new ReportSummary(
            results.Count,
            all.Count(d => d.Severity == DiagnosticSeverity.Error),
            all.Count(d => d.Severity == DiagnosticSeverity.Warning),
            all.Count(d => d.Severity == DiagnosticSeverity.Info),
            results.Sum(r => r.SuppressedCount));
    }
}

/// <summary>What reports may show of a finding's text.</summary>
internal static class ReportText
{
    public static string SeverityName(DiagnosticSeverity severity) => severity switch
    {
        DiagnosticSeverity.Error => "error",
        DiagnosticSeverity.Warning => "warning",
        DiagnosticSeverity.Info => "info",
        _ => "hidden",
    };

    /// <summary>The contract name of a coverage status.</summary>
    public static string StatusName(Evidence.CoverageStatus status) => status switch
    {
        Evidence.CoverageStatus.Covered => "covered",
        Evidence.CoverageStatus.Partial => "partial",
        _ => "missing",
    };
}
