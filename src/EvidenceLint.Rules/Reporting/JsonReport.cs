using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using EvidenceLint.Analysis;
using EvidenceLint.Reading;

namespace EvidenceLint.Reporting;

/// <summary>
/// Writes results in the stable JSON contract (ARCHITECTURE.md): camelCase names in a fixed order, the same bytes
/// for the same results. Hidden findings are left out, privacy excerpts are masked.
/// </summary>
/// <remarks>
/// Fields with no value are written as <c>null</c> rather than omitted, so every document and finding has the same
/// shape: <c>page</c> is null except for PDF, <c>paragraph</c> is null for a document-level finding, <c>format</c>
/// is null when the input could not be identified, and <c>cycle</c> is null when the document could not be analysed.
/// <c>paragraph</c> is zero-based, the same index <c>extract --format json</c> prints, and <c>start</c>/<c>length</c>
/// index that command's <c>text</c>. The one field beyond the contract, <c>detail</c>, is written only when a rule
/// gives one (the criterion or learning outcome the finding is about).
/// </remarks>
public static class JsonReport
{
    /// <summary>The tool name written in <c>tool.name</c>.</summary>
    public const string ToolName = "evidencelint";

    private static readonly JsonWriterOptions WriterOptions = new()
    {
        Indented = true,

        // Learners' excerpts are full of apostrophes, quotes and en dashes; keep them readable rather than \u-escaped.
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    /// <summary>Writes the report for a run to a stream as UTF-8.</summary>
    /// <param name="output">Where to write; left open.</param>
    /// <param name="results">The documents' results, in the order to report them.</param>
    /// <param name="toolVersion">The version written in <c>tool.version</c>.</param>
    public static void Write(Stream output, IReadOnlyList<LintResult> results, string toolVersion)
    {
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(results);
        ArgumentNullException.ThrowIfNull(toolVersion);
        using var writer = new Utf8JsonWriter(output, WriterOptions);
        Write(writer, results, toolVersion);
    }

    /// <summary>The report for a run as a string.</summary>
    /// <param name="results">The documents' results, in the order to report them.</param>
    /// <param name="toolVersion">The version written in <c>tool.version</c>.</param>
    public static string ToJson(IReadOnlyList<LintResult> results, string toolVersion)
    {
        using var buffer = new MemoryStream();
        Write(buffer, results, toolVersion);
        return Encoding.UTF8.GetString(buffer.ToArray());
    }

    private static void Write(Utf8JsonWriter writer, IReadOnlyList<LintResult> results, string toolVersion)
    {
        writer.WriteStartObject();
        writer.WriteStartObject("tool");
        writer.WriteString("name", ToolName);
        writer.WriteString("version", toolVersion);
        writer.WriteEndObject();

        writer.WriteStartArray("documents");
        foreach (var result in results)
        {
            WriteDocument(writer, result);
        }

        writer.WriteEndArray();

        var summary = ReportSummary.From(results.ToList());
        writer.WriteStartObject("summary");
        writer.WriteNumber("documents", summary.Documents);
        writer.WriteNumber("errors", summary.Errors);
        writer.WriteNumber("warnings", summary.Warnings);
        writer.WriteNumber("infos", summary.Infos);
        writer.WriteEndObject();
        writer.WriteEndObject();
        writer.Flush();
    }

    private static void WriteDocument(Utf8JsonWriter writer, LintResult result)
    {
        writer.WriteStartObject();
        writer.WriteString("path", result.Path);
        WriteStringOrNull(writer, "format", result.Format?.ToShortName());
        WriteStringOrNull(writer, "unit", result.Unit);
        WriteStringOrNull(writer, "unitSource", result.UnitSource);
        if (result.UnitConfidence is double confidence)
        {
            writer.WriteNumber("unitConfidence", confidence);
        }

        writer.WriteNumber("wordCount", result.WordCount);
        writer.WriteStartArray("diagnostics");
        foreach (var diagnostic in result.Diagnostics.Where(d => d.Severity != DiagnosticSeverity.Hidden))
        {
            WriteDiagnostic(writer, diagnostic);
        }

        writer.WriteEndArray();

        writer.WriteStartArray("coverage");
        foreach (var criterion in result.Coverage?.Criteria ?? [])
        {
            writer.WriteStartObject();
            writer.WriteString("criterion", criterion.CriterionId);
            writer.WriteString("status", ReportText.StatusName(criterion.Status));
            writer.WriteNumber("score", criterion.Score);
            writer.WriteStartArray("evidence");
            foreach (var passage in criterion.Evidence)
            {
                writer.WriteStartObject();
                WriteNumberOrNull(writer, "page", passage.Page);
                writer.WriteNumber("paragraph", passage.Paragraph);
                writer.WriteNumber("start", passage.Start);
                writer.WriteNumber("length", passage.Length);
                writer.WriteString("excerpt", passage.Excerpt);
                writer.WriteStartArray("indicators");
                foreach (string indicator in passage.Indicators)
                {
                    writer.WriteStringValue(indicator);
                }

                writer.WriteEndArray();
                writer.WriteEndObject();
            }

            writer.WriteEndArray();
            writer.WriteStartArray("missingIndicators");
            foreach (string indicator in criterion.MissingIndicators)
            {
                writer.WriteStringValue(indicator);
            }

            writer.WriteEndArray();
            writer.WriteStartArray("limitedBy");
            foreach (string rule in criterion.LimitedBy)
            {
                writer.WriteStringValue(rule);
            }

            writer.WriteEndArray();
            writer.WriteEndObject();
        }

        writer.WriteEndArray();

        if (result.Cycle is { } cycle)
        {
            writer.WriteStartObject("cycle");
            writer.WriteBoolean("monitor", cycle.Monitor);
            writer.WriteBoolean("analyse", cycle.Analyse);
            writer.WriteBoolean("act", cycle.Act);
            writer.WriteBoolean("review", cycle.Review);
            writer.WriteEndObject();
        }
        else
        {
            writer.WriteNull("cycle");
        }

        writer.WriteEndObject();
    }

    private static void WriteDiagnostic(Utf8JsonWriter writer, Diagnostic diagnostic)
    {
        writer.WriteStartObject();
        writer.WriteString("id", diagnostic.Id);
        writer.WriteString("severity", ReportText.SeverityName(diagnostic.Severity));
        writer.WriteString("category", diagnostic.Descriptor.Category);
        writer.WriteString("message", diagnostic.Message);
        writer.WriteString("helpUri", diagnostic.Descriptor.HelpUri);
        if (diagnostic.Detail is not null)
        {
            writer.WriteString("detail", diagnostic.Detail);
        }

        var location = diagnostic.Location;
        writer.WriteStartObject("location");
        WriteNumberOrNull(writer, "page", location.Page);
        WriteNumberOrNull(writer, "paragraph", location.Paragraph);
        writer.WriteNumber("start", location.Start);
        writer.WriteNumber("length", location.Length);
        writer.WriteString("excerpt", diagnostic.Location.Excerpt);
        writer.WriteEndObject();
        writer.WriteEndObject();
    }

    private static void WriteStringOrNull(Utf8JsonWriter writer, string name, string? value)
    {
        if (value is null)
        {
            writer.WriteNull(name);
        }
        else
        {
            writer.WriteString(name, value);
        }
    }

    private static void WriteNumberOrNull(Utf8JsonWriter writer, string name, int? value)
    {
        if (value is int number)
        {
            writer.WriteNumber(name, number);
        }
        else
        {
            writer.WriteNull(name);
        }
    }
}
