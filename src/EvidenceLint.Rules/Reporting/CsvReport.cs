using System.Globalization;
using System.Text;

namespace EvidenceLint.Reporting;

/// <summary>
/// The cohort as one spreadsheet table: a row per learner with their files, unit, a column per criterion
/// (covered, partial or missing; empty when the criterion is not in the learner's unit) and a column per rule with
/// the number of findings. Written the way Excel opens without a wizard: UTF-8 with a byte-order mark, RFC 4180
/// quoting and CRLF line ends. A cell that a spreadsheet would run as a formula gets a leading apostrophe.
/// </summary>
public static class CsvReport
{
    private const string LineEnd = "\r\n";

    /// <summary>Writes the table to a stream (UTF-8 with BOM); the stream is left open.</summary>
    public static void Write(Stream output, Cohort cohort)
    {
        ArgumentNullException.ThrowIfNull(output);
        using var writer = new StreamWriter(output, new UTF8Encoding(encoderShouldEmitUTF8Identifier: true), leaveOpen: true);
        writer.Write(ToCsv(cohort));
    }

    /// <summary>The table as text, without the byte-order mark.</summary>
    public static string ToCsv(Cohort cohort)
    {
        ArgumentNullException.ThrowIfNull(cohort);
        var csv = new StringBuilder();
        var header = new List<string> { "learner", "files", "unit", "unreadable" };
        header.AddRange(cohort.Criteria);
        header.AddRange(cohort.Rules);
        header.Add("findings");
        WriteRow(csv, header);
        foreach (var learner in cohort.Learners)
        {
            var row = new List<string>
            {
                learner.Name,
                string.Join("; ", learner.Results.Select(r => r.Path)),
                learner.Unit ?? string.Empty,
                learner.Results.Count(r => !r.IsReadable).ToString(CultureInfo.InvariantCulture),
            };
            row.AddRange(cohort.Criteria.Select(c => learner.StatusOf(c) is { } status ? ReportText.StatusName(status) : string.Empty));
            row.AddRange(cohort.Rules.Select(r => learner.RuleCounts.GetValueOrDefault(r).ToString(CultureInfo.InvariantCulture)));
            row.Add(learner.Diagnostics.Length.ToString(CultureInfo.InvariantCulture));
            WriteRow(csv, row);
        }

        return csv.ToString();
    }

    /// <summary>One field, neutralised against formula injection and quoted when RFC 4180 needs it.</summary>
    public static string Field(string value)
    {
        ArgumentNullException.ThrowIfNull(value);

        // OWASP's list: a spreadsheet treats a cell starting with these as a formula (tab and CR start DDE payloads too).
        if (value.Length > 0 && value[0] is '=' or '+' or '-' or '@' or '\t' or '\r')
        {
            value = "'" + value;
        }

        return value.AsSpan().IndexOfAny(",\"\r\n") >= 0 ? "\"" + value.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : value;
    }

    private static void WriteRow(StringBuilder csv, IEnumerable<string> fields)
    {
        csv.AppendJoin(',', fields.Select(Field)).Append(LineEnd);
    }
}
