using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using EvidenceLint.Analysis;
using EvidenceLint.Reading;

namespace EvidenceLint.Reporting;

/// <summary>
/// Writes results as SARIF 2.1.0 (OASIS), the format code-scanning dashboards and editors read: one run whose
/// driver lists the rules with their documentation, and a result per visible finding. Regions are character offsets
/// into the normalised text (what <c>evidencelint extract</c> prints), not into the file's bytes, which the run's
/// properties say; a PDF finding's page and every finding's paragraph are result properties. Hidden findings are
/// left out and privacy findings carry no snippet.
/// </summary>
public static class SarifReport
{
    /// <summary>The SARIF version written.</summary>
    public const string Version = "2.1.0";

    /// <summary>The schema the report declares.</summary>
    public const string SchemaUri = "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json";

    /// <summary>Where the tool is described.</summary>
    public const string InformationUri = "https://github.com/evidencelint/evidencelint";

    private static readonly JsonWriterOptions WriterOptions = new() { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>The SARIF level of a severity; null for hidden (such findings are not written).</summary>
    public static string? Level(DiagnosticSeverity severity) => severity switch
    {
        DiagnosticSeverity.Error => "error",
        DiagnosticSeverity.Warning => "warning",
        DiagnosticSeverity.Info => "note",
        _ => null,
    };

    /// <summary>Writes the report as UTF-8; the stream is left open.</summary>
    /// <param name="output">Where to write.</param>
    /// <param name="results">The documents' results.</param>
    /// <param name="rules">Every rule the run could report (the driver lists them all, reported or not).</param>
    /// <param name="toolVersion">The tool's version.</param>
    public static void Write(Stream output, IReadOnlyList<LintResult> results, IEnumerable<DiagnosticDescriptor> rules, string toolVersion)
    {
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(results);
        ArgumentNullException.ThrowIfNull(rules);
        ArgumentNullException.ThrowIfNull(toolVersion);

        // A result's rule must be in the driver even if the caller's list missed it (an engine diagnostic, say).
        var descriptors = rules.Concat(results.SelectMany(r => r.Diagnostics).Select(d => d.Descriptor))
            .DistinctBy(d => d.Id).OrderBy(d => d.Id, StringComparer.Ordinal).ToList();
        var index = descriptors.Select((d, i) => (d.Id, i)).ToDictionary(p => p.Id, p => p.i, StringComparer.Ordinal);

        using var writer = new Utf8JsonWriter(output, WriterOptions);
        writer.WriteStartObject();
        writer.WriteString("$schema", SchemaUri);
        writer.WriteString("version", Version);
        writer.WriteStartArray("runs");
        writer.WriteStartObject();

        writer.WriteStartObject("tool");
        writer.WriteStartObject("driver");
        writer.WriteString("name", JsonReport.ToolName);
        writer.WriteString("version", toolVersion);
        writer.WriteString("semanticVersion", toolVersion);
        writer.WriteString("informationUri", InformationUri);
        writer.WriteStartArray("rules");
        foreach (var rule in descriptors)
        {
            WriteRule(writer, rule);
        }

        writer.WriteEndArray();
        writer.WriteEndObject();
        writer.WriteEndObject();

        var unreadable = results.SelectMany(r => r.Diagnostics.Where(d => !r.IsReadable && d.Severity == DiagnosticSeverity.Error).Select(d => (r.Path, d))).ToList();
        writer.WriteStartArray("invocations");
        writer.WriteStartObject();
        writer.WriteBoolean("executionSuccessful", unreadable.Count == 0);
        writer.WriteStartArray("toolExecutionNotifications");
        foreach (var (path, diagnostic) in unreadable)
        {
            writer.WriteStartObject();
            writer.WriteString("level", "error");
            writer.WriteStartObject("message");
            writer.WriteString("text", $"{path}: {diagnostic.Message}");
            writer.WriteEndObject();
            writer.WriteStartObject("descriptor");
            writer.WriteString("id", diagnostic.Id);
            writer.WriteEndObject();
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
        writer.WriteEndObject();
        writer.WriteEndArray();

        writer.WriteStartArray("results");
        foreach (var result in results)
        {
            foreach (var diagnostic in result.Diagnostics)
            {
                if (Level(diagnostic.Severity) is { } level)
                {
                    WriteResult(writer, result, diagnostic, level, index[diagnostic.Id]);
                }
            }
        }

        writer.WriteEndArray();

        writer.WriteStartObject("properties");
        writer.WriteString("regionOffsets", "charOffset and charLength index the normalised text of each account (as `evidencelint extract` prints it), not the bytes of the file; paragraph is zero-based and page is given for PDF.");
        writer.WriteEndObject();

        writer.WriteEndObject();
        writer.WriteEndArray();
        writer.WriteEndObject();
        writer.Flush();
    }

    /// <summary>The report as a string.</summary>
    public static string ToSarif(IReadOnlyList<LintResult> results, IEnumerable<DiagnosticDescriptor> rules, string toolVersion)
    {
        using var buffer = new MemoryStream();
        Write(buffer, results, rules, toolVersion);
        return Encoding.UTF8.GetString(buffer.ToArray());
    }

    /// <summary>
    /// A path as a URI reference: a relative path keeps its folders, with forward slashes and each segment
    /// percent-encoded; an absolute path (the user typed one) becomes a <c>file:</c> URI.
    /// </summary>
    public static string RelativeUri(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        return Path.IsPathRooted(path)
            ? new Uri(Path.GetFullPath(path)).AbsoluteUri
            : string.Join('/', path.Replace('\\', '/').Split('/').Select(Uri.EscapeDataString));
    }

    private static void WriteRule(Utf8JsonWriter writer, DiagnosticDescriptor rule)
    {
        writer.WriteStartObject();
        writer.WriteString("id", rule.Id);
        writer.WriteString("name", rule.Alias);
        writer.WriteStartObject("shortDescription");
        writer.WriteString("text", rule.Title);
        writer.WriteEndObject();
        writer.WriteStartObject("fullDescription");
        writer.WriteString("text", rule.Description.Length > 0 ? rule.Description : rule.Title);
        writer.WriteEndObject();
        writer.WriteString("helpUri", rule.HelpUri);
        if (RuleDocumentation.Get(rule.Id) is { } page)
        {
            writer.WriteStartObject("help");
            writer.WriteString("text", page);
            writer.WriteString("markdown", page);
            writer.WriteEndObject();
        }

        writer.WriteStartObject("defaultConfiguration");
        writer.WriteString("level", Level(rule.DefaultSeverity) ?? "none");
        if (rule.DefaultSeverity == DiagnosticSeverity.Hidden)
        {
            writer.WriteBoolean("enabled", false);
        }

        writer.WriteEndObject();
        writer.WriteStartObject("properties");
        writer.WriteString("category", rule.Category);
        writer.WriteEndObject();
        writer.WriteEndObject();
    }

    private static void WriteResult(Utf8JsonWriter writer, LintResult result, Diagnostic diagnostic, string level, int ruleIndex)
    {
        writer.WriteStartObject();
        writer.WriteString("ruleId", diagnostic.Id);
        writer.WriteNumber("ruleIndex", ruleIndex);
        writer.WriteString("level", level);
        writer.WriteStartObject("message");
        writer.WriteString("text", diagnostic.Message);
        writer.WriteEndObject();

        writer.WriteStartArray("locations");
        writer.WriteStartObject();
        writer.WriteStartObject("physicalLocation");
        writer.WriteStartObject("artifactLocation");
        writer.WriteString("uri", RelativeUri(result.Path));
        writer.WriteEndObject();
        var location = diagnostic.Location;
        if (!location.IsDocumentLevel)
        {
            writer.WriteStartObject("region");
            writer.WriteNumber("charOffset", location.Start);
            writer.WriteNumber("charLength", location.Length);
            string excerpt = location.Excerpt;
            if (excerpt.Length > 0)
            {
                writer.WriteStartObject("snippet");
                writer.WriteString("text", excerpt);
                writer.WriteEndObject();
            }

            writer.WriteEndObject();
        }

        writer.WriteEndObject();
        writer.WriteEndObject();
        writer.WriteEndArray();

        writer.WriteStartObject("properties");
        writer.WriteString("category", diagnostic.Descriptor.Category);
        if (location.Paragraph is int paragraph)
        {
            writer.WriteNumber("paragraph", paragraph);
        }

        if (result.Format == InputFormat.Pdf && location.Page is int page)
        {
            writer.WriteNumber("page", page);
        }

        if (diagnostic.Detail is not null)
        {
            writer.WriteString("detail", diagnostic.Detail);
        }

        writer.WriteEndObject();
        writer.WriteEndObject();
    }
}
