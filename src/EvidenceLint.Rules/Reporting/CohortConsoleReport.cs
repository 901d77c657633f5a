using System.Globalization;
using System.Text;
using EvidenceLint.Analysis;
using EvidenceLint.Evidence;

namespace EvidenceLint.Reporting;

/// <summary>
/// The cohort on a terminal: the learner × criterion matrix with one symbol per cell, each learner's findings counted
/// by rule, the most common issues across the cohort, and the files that could not be read.
/// </summary>
public static class CohortConsoleReport
{
    /// <summary>The widest a learner's name is shown in the matrix; longer names are cut with an ellipsis.</summary>
    public const int MaxNameWidth = 32;

    /// <summary>The symbol for a status in the matrix; <c>·</c> when the criterion is not in the learner's unit.</summary>
    public static string Symbol(CoverageStatus? status) => status switch
    {
        CoverageStatus.Covered => "●",
        CoverageStatus.Partial => "◐",
        CoverageStatus.Missing => "○",
        _ => "·",
    };

    /// <summary>Writes the report.</summary>
    public static void Write(TextWriter writer, Cohort cohort)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(cohort);
        var learners = cohort.Learners;
        int nameWidth = Math.Clamp(learners.Select(l => l.Name.Length).DefaultIfEmpty(7).Max(), 7, MaxNameWidth);
        int unitWidth = Math.Max(4, learners.Select(l => (l.Unit ?? "-").Length).DefaultIfEmpty(4).Max());

        writer.WriteLine("Criterion coverage (● covered, ◐ partial, ○ missing, · not in the learner's unit; best status across a learner's files):");
        var header = new StringBuilder();
        header.Append("learner".PadRight(nameWidth)).Append("  ").Append("unit".PadRight(unitWidth));
        foreach (string criterion in cohort.Criteria)
        {
            header.Append("  ").Append(criterion);
        }

        header.Append("  findings");
        writer.WriteLine(header.ToString());
        foreach (var learner in learners)
        {
            var row = new StringBuilder();
            row.Append(Fit(learner.Name, nameWidth)).Append("  ").Append((learner.Unit ?? "-").PadRight(unitWidth));
            foreach (string criterion in cohort.Criteria)
            {
                row.Append("  ").Append(Symbol(learner.StatusOf(criterion)).PadRight(criterion.Length));
            }

            row.Append(CultureInfo.InvariantCulture, $"  {learner.Diagnostics.Length}");
            if (learner.HasUnreadable)
            {
                row.Append(" (unreadable file)");
            }

            writer.WriteLine(row.ToString().TrimEnd());
        }

        writer.WriteLine();
        writer.WriteLine("Findings per learner, by rule:");
        foreach (var learner in learners)
        {
            string counts = learner.RuleCounts.Count == 0 ? "none" : string.Join(", ", learner.RuleCounts.Select(p => $"{p.Key}×{p.Value}"));
            writer.WriteLine($"  {Printable(learner.Name)}: {counts}");
        }

        var common = cohort.MostCommon(5);
        if (common.Count > 0)
        {
            writer.WriteLine();
            writer.WriteLine("Most common issues across the cohort:");
            foreach (var issue in common)
            {
                writer.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {issue.Rule.Id} {issue.Rule.Title}: {issue.Learners} of {learners.Length} learners, {issue.Findings} finding{(issue.Findings == 1 ? string.Empty : "s")}"));
            }
        }

        var unreadable = cohort.Results.Where(r => !r.IsReadable).ToList();
        if (unreadable.Count > 0)
        {
            writer.WriteLine();
            writer.WriteLine("Not checked:");
            foreach (var result in unreadable)
            {
                foreach (var diagnostic in result.Diagnostics.Where(d => d.Severity != DiagnosticSeverity.Hidden))
                {
                    writer.WriteLine($"  {Printable(result.Path)}: {ReportText.SeverityName(diagnostic.Severity)} {diagnostic.Id}: {diagnostic.Message}");
                }
            }
        }

        writer.WriteLine();
        writer.WriteLine($"{learners.Length} learner{(learners.Length == 1 ? string.Empty : "s")}, " + ConsoleReport.Summarise(ReportSummary.From(cohort.Results.ToList())));
    }

    private static string Fit(string name, int width)
    {
        name = Printable(name);
        return name.Length <= width ? name.PadRight(width) : name[..(width - 1)] + "…";
    }

    // A file name may hold a line break or an escape sequence; neither should reach the terminal as such.
    private static string Printable(string text) =>
        string.Create(text.Length, text, (span, source) =>
        {
            for (int i = 0; i < source.Length; i++)
            {
                span[i] = char.IsControl(source[i]) ? '?' : source[i];
            }
        });
}
