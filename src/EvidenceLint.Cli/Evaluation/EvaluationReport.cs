using System.Globalization;
using System.Text.Json;

namespace EvidenceLint.Cli.Evaluation;

/// <summary>Writes a corpus evaluation as a table for people or as JSON for scripts and CI floors.</summary>
internal static class EvaluationReport
{
    public static void WriteText(CorpusEvaluation evaluation, TextWriter output, bool verbose)
    {
        if (verbose)
        {
            foreach (var account in evaluation.Details.Where(a => a.Missed.Length + a.FalseAlarms.Length + a.CoverageDisagreements.Length + a.CycleDisagreements.Length > 0))
            {
                output.WriteLine(Path.GetFileName(account.Path));
                foreach (string c in account.CoverageDisagreements)
                {
                    output.WriteLine($"  coverage    {c}");
                }

                foreach (string c in account.CycleDisagreements)
                {
                    output.WriteLine($"  cycle       {c}");
                }

                foreach (string m in account.Missed)
                {
                    output.WriteLine($"  missed      {m}");
                }

                foreach (string f in account.FalseAlarms)
                {
                    output.WriteLine($"  false alarm {f}");
                }
            }

            output.WriteLine();
        }

        output.WriteLine($"Accuracy on {evaluation.Accounts} labelled accounts");
        output.WriteLine("rule      TP   FP   FN  precision  recall");
        foreach (var r in evaluation.Rules)
        {
            output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{r.Id,-7} {r.TruePositives,4} {r.FalsePositives,4} {r.FalseNegatives,4}  {r.Precision,9:0.00}  {r.Recall,6:0.00}"));
        }

        int tp = evaluation.Rules.Sum(r => r.TruePositives), fp = evaluation.Rules.Sum(r => r.FalsePositives), fn = evaluation.Rules.Sum(r => r.FalseNegatives);
        var all = new RuleScore("all", tp, fp, fn);
        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{"all",-7} {tp,4} {fp,4} {fn,4}  {all.Precision,9:0.00}  {all.Recall,6:0.00}"));

        WriteCycle(evaluation.Cycle, output);
        var coverage = evaluation.Coverage;
        if (coverage.Criteria == 0)
        {
            return;
        }

        output.WriteLine();
        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"Criterion coverage: {coverage.Agreed} of {coverage.Criteria} agree ({coverage.Accuracy:0.00}); labelled missing but reported covered: {coverage.MissingReportedCovered}"));
        var reportedColumns = CoverageScore.Statuses.Concat(coverage.Confusion.Keys.Select(k => k.Reported)).Distinct().ToList();
        output.WriteLine("labelled \\ reported " + string.Concat(reportedColumns.Select(c => $"{c,9}")));
        foreach (string labelled in CoverageScore.Statuses)
        {
            output.WriteLine($"{labelled,-19}" + string.Concat(reportedColumns.Select(r => $"{coverage.Confusion.GetValueOrDefault((labelled, r)),9}")));
        }
    }

    private static void WriteCycle(CycleScore cycle, TextWriter output)
    {
        if (cycle.Labelled == 0)
        {
            return;
        }

        output.WriteLine();
        string stages = string.Join(", ", CycleScore.StageNames.Select(s => FormattableString.Invariant($"{s} {cycle.AccuracyOf(s):0.00}")));
        output.WriteLine(FormattableString.Invariant($"Evaluative cycle: {cycle.Agreed} of {cycle.Labelled} stage labels agree ({cycle.Accuracy:0.00}); {stages}"));
    }

    public static void WriteJson(CorpusEvaluation evaluation, Stream output)
    {
        using var json = new Utf8JsonWriter(output, new JsonWriterOptions { Indented = true });
        json.WriteStartObject();
        json.WriteNumber("accounts", evaluation.Accounts);
        json.WriteStartArray("rules");
        foreach (var r in evaluation.Rules)
        {
            json.WriteStartObject();
            json.WriteString("id", r.Id);
            json.WriteNumber("truePositives", r.TruePositives);
            json.WriteNumber("falsePositives", r.FalsePositives);
            json.WriteNumber("falseNegatives", r.FalseNegatives);
            json.WriteNumber("precision", Math.Round(r.Precision, 4));
            json.WriteNumber("recall", Math.Round(r.Recall, 4));
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteStartObject("coverage");
        json.WriteNumber("criteria", evaluation.Coverage.Criteria);
        json.WriteNumber("agreed", evaluation.Coverage.Agreed);
        json.WriteNumber("accuracy", Math.Round(evaluation.Coverage.Accuracy, 4));
        json.WriteNumber("missingReportedCovered", evaluation.Coverage.MissingReportedCovered);
        json.WriteStartArray("confusion");
        foreach (var ((labelled, reported), count) in evaluation.Coverage.Confusion)
        {
            json.WriteStartObject();
            json.WriteString("labelled", labelled);
            json.WriteString("reported", reported);
            json.WriteNumber("count", count);
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteEndObject();
        json.WriteStartObject("cycle");
        json.WriteNumber("labelled", evaluation.Cycle.Labelled);
        json.WriteNumber("agreed", evaluation.Cycle.Agreed);
        json.WriteNumber("accuracy", Math.Round(evaluation.Cycle.Accuracy, 4));
        json.WriteStartObject("stages");
        foreach (string stage in CycleScore.StageNames)
        {
            json.WriteNumber(stage, Math.Round(evaluation.Cycle.AccuracyOf(stage), 4));
        }

        json.WriteEndObject();
        json.WriteEndObject();
        json.WriteStartArray("accountsDetail");
        foreach (var a in evaluation.Details)
        {
            json.WriteStartObject();
            json.WriteString("path", a.Path);
            WriteStrings(json, "missed", a.Missed);
            WriteStrings(json, "falseAlarms", a.FalseAlarms);
            WriteStrings(json, "coverageDisagreements", a.CoverageDisagreements);
            WriteStrings(json, "cycleDisagreements", a.CycleDisagreements);
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteEndObject();
    }

    // Written by hand rather than by the reflection-based serializer: the same JSON, with no serializer to start.
    private static void WriteStrings(Utf8JsonWriter json, string name, IEnumerable<string> values)
    {
        json.WriteStartArray(name);
        foreach (string value in values)
        {
            json.WriteStringValue(value);
        }

        json.WriteEndArray();
    }
}
