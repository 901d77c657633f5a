using System.Text;
using EvidenceLint.Analysis;

namespace EvidenceLint.Reporting;

/// <summary>What every report is written from: one run's results, as the engine returned them (already masked).</summary>
/// <param name="Results">The documents' results, in the order to report them.</param>
/// <param name="Rules">Every rule of the run, for formats that describe them (SARIF).</param>
/// <param name="ToolVersion">The version reports name.</param>
public sealed record ReportInput(IReadOnlyList<LintResult> Results, IReadOnlyList<DiagnosticDescriptor> Rules, string ToolVersion)
{
    /// <summary>The cohort, when the run is a tutor's batch: formats with a cohort view (matrix, per-learner pages) use it.</summary>
    public Cohort? Cohort { get; init; }

    /// <summary>True to colour console output with ANSI escapes.</summary>
    public bool UseColor { get; init; }

    /// <summary>The cohort, or one learner per file when the run was not a cohort.</summary>
    public Cohort CohortOrPerFile => Cohort ?? new Cohort(Results.Select(r => new CohortLearner(r.Path, [r])));
}

/// <summary>
/// One way of writing a run's results: console text, JSON, SARIF, HTML, CSV. A format only arranges what
/// <see cref="ReportInput"/> holds; it never reads the document's raw text, so it cannot show what the engine masked.
/// </summary>
public interface IReportFormat
{
    /// <summary>The name <c>--format</c> takes: <c>console</c>, <c>json</c>…</summary>
    string Name { get; }

    /// <summary>One line for <c>--help</c>.</summary>
    string Description { get; }

    /// <summary>Writes the report as UTF-8; the stream is left open.</summary>
    Task WriteAsync(Stream output, ReportInput input, CancellationToken cancellationToken = default);
}

/// <summary>Every report format, by name: the one list the command line's <c>--format</c> choices come from.</summary>
public static class ReportFormats
{
    /// <summary>The built-in formats, in the order help lists them.</summary>
    public static IReadOnlyList<IReportFormat> All { get; } =
    [
        new TextFormat("console", "plain text for a terminal, one finding per passage (a cohort: the learner-by-criterion matrix)",
            (writer, input) =>
            {
                if (input.Cohort is { } cohort)
                {
                    CohortConsoleReport.Write(writer, cohort);
                }
                else
                {
                    ConsoleReport.Write(writer, input.Results, input.UseColor);
                }
            }),
        new StreamFormat("json", "the JSON contract of docs/json-contract.md", (stream, input) => JsonReport.Write(stream, input.Results, input.ToolVersion)),
        new StreamFormat("sarif", "SARIF 2.1.0, for code-scanning and review tools", (stream, input) => SarifReport.Write(stream, input.Results, input.Rules, input.ToolVersion)),
        new TextFormat("html", "one self-contained, accessible page (a cohort: the matrix and a section per learner)",
            (writer, input) => writer.Write(input.Cohort is { } cohort ? HtmlReport.ForCohort(cohort, input.ToolVersion) : HtmlReport.ForAccounts(input.Results, input.ToolVersion))),
        new StreamFormat("csv", "the learner-by-criterion matrix for a spreadsheet (one row per file outside a cohort)", (stream, input) => CsvReport.Write(stream, input.CohortOrPerFile)),
    ];

    /// <summary>The names <c>--format</c> accepts.</summary>
    public static IEnumerable<string> Names => All.Select(f => f.Name);

    /// <summary>The format with this name.</summary>
    /// <exception cref="ArgumentException">No format has the name.</exception>
    public static IReportFormat Get(string name) =>
        All.FirstOrDefault(f => string.Equals(f.Name, name, StringComparison.OrdinalIgnoreCase))
        ?? throw new ArgumentException($"Unknown report format '{name}'. Known formats: {string.Join(", ", Names)}.", nameof(name));

    /// <summary>Writes a report to a string, for callers that print it.</summary>
    public static async Task<string> ToStringAsync(this IReportFormat format, ReportInput input, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(format);
        using var buffer = new MemoryStream();
        await format.WriteAsync(buffer, input, cancellationToken).ConfigureAwait(false);
        return Encoding.UTF8.GetString(buffer.ToArray());
    }

    private sealed class StreamFormat(string name, string description, Action<Stream, ReportInput> write) : IReportFormat
    {
        public string Name => name;

        public string Description => description;

        public Task WriteAsync(Stream output, ReportInput input, CancellationToken cancellationToken = default)
        {
            ArgumentNullException.ThrowIfNull(output);
            ArgumentNullException.ThrowIfNull(input);
            cancellationToken.ThrowIfCancellationRequested();
            write(output, input);
            return Task.CompletedTask;
        }
    }

    private sealed class TextFormat(string name, string description, Action<TextWriter, ReportInput> write) : IReportFormat
    {
        public string Name => name;

        public string Description => description;

        public async Task WriteAsync(Stream output, ReportInput input, CancellationToken cancellationToken = default)
        {
            ArgumentNullException.ThrowIfNull(output);
            ArgumentNullException.ThrowIfNull(input);
            cancellationToken.ThrowIfCancellationRequested();
            var writer = new StreamWriter(output, new UTF8Encoding(false), leaveOpen: true);
            await using (writer.ConfigureAwait(false))
            {
                write(writer, input);
                await writer.FlushAsync(cancellationToken).ConfigureAwait(false);
            }
        }
    }
}
