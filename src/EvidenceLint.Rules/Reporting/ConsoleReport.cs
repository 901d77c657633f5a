using System.Globalization;
using System.Text;
using EvidenceLint.Analysis;
using EvidenceLint.Reading;

namespace EvidenceLint.Reporting;

/// <summary>
/// Writes findings the way a compiler does, one per line, so editors and CI logs can link them:
/// <c>account.pdf(page 2, ¶14): warning EL4001: message</c>, then the flagged text indented beneath, and a summary
/// line at the end. Paragraph numbers are one-based here because people count that way. Hidden findings are not shown;
/// privacy excerpts are masked.
/// </summary>
public static class ConsoleReport
{
    /// <summary>The longest excerpt shown under a finding; longer ones are cut with an ellipsis.</summary>
    public const int MaxExcerptLength = 100;

    private const string Reset = "\u001b[0m";

    /// <summary>Writes every result, then the run's summary.</summary>
    /// <param name="writer">Where to write.</param>
    /// <param name="results">The documents' results, in the order to report them.</param>
    /// <param name="useColor">True to colour severities with ANSI escapes (only for a terminal, and never when NO_COLOR is set).</param>
    public static void Write(TextWriter writer, IReadOnlyList<LintResult> results, bool useColor)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(results);
        foreach (var result in results)
        {
            foreach (var diagnostic in result.Diagnostics.Where(d => d.Severity != DiagnosticSeverity.Hidden))
            {
                WriteDiagnostic(writer, result, diagnostic, useColor);
            }

            WriteCoverage(writer, result, useColor);
            WriteCycle(writer, result);
        }

        writer.WriteLine(Summarise(ReportSummary.From(results.ToList())));
    }

    /// <summary>The summary line, such as <c>2 documents: 1 error, 3 warnings, 2 infos</c>.</summary>
    public static string Summarise(ReportSummary summary)
    {
        ArgumentNullException.ThrowIfNull(summary);
        var line = new StringBuilder();
        line.Append(Count(summary.Documents, "document")).Append(": ")
            .Append(Count(summary.Errors, "error")).Append(", ")
            .Append(Count(summary.Warnings, "warning")).Append(", ")
            .Append(Count(summary.Infos, "info"));
        if (summary.Suppressed > 0)
        {
            line.Append(CultureInfo.InvariantCulture, $" ({summary.Suppressed} suppressed by configuration)");
        }

        return line.ToString();
    }

    private static void WriteDiagnostic(TextWriter writer, LintResult result, Diagnostic diagnostic, bool useColor)
    {
        string severity = ReportText.SeverityName(diagnostic.Severity);
        string label = $"{severity} {diagnostic.Id}";
        if (useColor)
        {
            label = Colour(diagnostic.Severity) + label + Reset;
        }

        writer.WriteLine($"{Position(result, diagnostic.Location)}: {label}: {diagnostic.Message}");
        string excerpt = OneLine(diagnostic.Location.Excerpt);
        if (excerpt.Length > 0)
        {
            writer.WriteLine($"    {excerpt}");
        }
    }

    /// <summary>
    /// The criterion table: status, score, where the evidence is, and for anything short of covered the kinds of
    /// evidence still to add. Formative wording: "covered" is evidence for the assessor to judge, not a decision.
    /// </summary>
    private static void WriteCoverage(TextWriter writer, LintResult result, bool useColor)
    {
        if (result.Coverage is not { } coverage)
        {
            return;
        }

        string source = result.UnitSource switch
        {
            "auto" => string.Create(CultureInfo.InvariantCulture, $"detected automatically, confidence {result.UnitConfidence:0.00}"),
            "config" => "from evidencelint.json",
            _ => "as requested",
        };
        writer.WriteLine($"{result.Path}: criterion coverage for {coverage.Unit} ({source}):");
        foreach (var criterion in coverage.Criteria)
        {
            string status = ReportText.StatusName(criterion.Status).PadRight(7);
            if (useColor)
            {
                status = StatusColour(criterion.Status) + status + Reset;
            }

            string where = criterion.Evidence.IsEmpty
                ? string.Empty
                : "  evidence in " + string.Join(", ", criterion.Evidence.Select(e => e.Paragraph).Distinct().Take(6).Select(p => $"¶{p + 1}"));
            string add = criterion.Status == Evidence.CoverageStatus.Covered || criterion.MissingIndicators.IsEmpty
                ? string.Empty
                : "  to add: " + string.Join("; ", criterion.MissingIndicators);
            string limited = criterion.LimitedBy.IsEmpty ? string.Empty : "  held back by " + string.Join(", ", criterion.LimitedBy);
            writer.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {criterion.CriterionId,-7} {status} {criterion.Score:0.00}{where}{add}{limited}"));
        }
    }

    /// <summary>One line: which stages of the evaluative cycle the account shows, and which seem to be missing.</summary>
    private static void WriteCycle(TextWriter writer, LintResult result)
    {
        if (result.Cycle is not { } cycle)
        {
            return;
        }

        string stages = string.Join(" -> ", Evidence.EvaluativeCycle.Stages.Select(s => Evidence.EvaluativeCycle.NameOf(s) + (cycle.Shown.HasFlag(s) ? " yes" : " no")));
        string verdict = cycle.IsComplete ? "all four stages shown" : "not shown: " + string.Join(", ", cycle.Missing.Select(Evidence.EvaluativeCycle.NameOf));
        writer.WriteLine($"{result.Path}: evaluative cycle: {stages} ({verdict})");
    }

    private static string StatusColour(Evidence.CoverageStatus status) => status switch
    {
        Evidence.CoverageStatus.Covered => "\u001b[32m",
        Evidence.CoverageStatus.Partial => "\u001b[33m",
        _ => "\u001b[31m",
    };

    private static string Position(LintResult result, EvidenceLocation location)
    {
        if (location.Paragraph is not int paragraph)
        {
            return result.Path;
        }

        string page = result.Format == InputFormat.Pdf && location.Page is int p ? $"page {p}, " : string.Empty;
        return $"{result.Path}({page}¶{paragraph + 1})";
    }

    private static string OneLine(string excerpt)
    {
        string flat = string.Join(' ', excerpt.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
        return flat.Length <= MaxExcerptLength ? flat : flat[..(MaxExcerptLength - 1)].TrimEnd() + "…";
    }

    private static string Colour(DiagnosticSeverity severity) => severity switch
    {
        DiagnosticSeverity.Error => "\u001b[31m",
        DiagnosticSeverity.Warning => "\u001b[33m",
        _ => "\u001b[36m",
    };

    private static string Count(int count, string noun) =>
        string.Create(CultureInfo.InvariantCulture, $"{count} {noun}{(count == 1 ? string.Empty : "s")}");
}
