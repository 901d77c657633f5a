using System.Globalization;
using System.Reflection;
using System.Text.Json;
using System.Text.Json.Nodes;
using EvidenceLint.Tests.Cli;
using Json.Schema;
using YamlDotNet.RepresentationModel;

namespace EvidenceLint.Tests.Testing;

/// <summary>
/// The JSON Schemas the outputs and packs are held to, evaluated with JsonSchema.Net (formats asserted, not just
/// annotated): the official SARIF 2.1.0 schema (vendored in <c>Schemas/</c>), the JSON contract
/// (<c>docs/json-contract.schema.json</c>) and the pack schemas (<c>rules/*.schema.json</c>).
/// </summary>
internal static class Schemas
{
    private static readonly Lazy<JsonSchema> SarifSchema = new(() => Build(ReadResource("sarif-schema-2.1.0.json")));
    private static readonly Lazy<JsonSchema> ContractSchema = new(() => Build(File.ReadAllText(InRepository("docs", "json-contract.schema.json"))));
    private static readonly Dictionary<string, JsonSchema> PackSchemas = [];

    /// <summary>The OASIS SARIF 2.1.0 schema.</summary>
    public static JsonSchema Sarif => SarifSchema.Value;

    /// <summary>The published JSON contract of <c>--format json</c> and <c>cohort --json</c>.</summary>
    public static JsonSchema JsonContract => ContractSchema.Value;

    /// <summary>The repository's root folder.</summary>
    public static string RepositoryRoot => Path.GetDirectoryName(AccountFolder.SamplesFolder)!;

    /// <summary>A schema under <c>rules/</c>, by file name.</summary>
    public static JsonSchema Pack(string fileName)
    {
        lock (PackSchemas)
        {
            if (!PackSchemas.TryGetValue(fileName, out var schema))
            {
                schema = Build(File.ReadAllText(InRepository("rules", fileName)));
                PackSchemas[fileName] = schema;
            }

            return schema;
        }
    }

    /// <summary>Every way <paramref name="json"/> breaks <paramref name="schema"/>, as "location: message" lines; empty when valid.</summary>
    public static List<string> Validate(JsonSchema schema, string json)
    {
        using var document = JsonDocument.Parse(json);
        return Validate(schema, document.RootElement);
    }

    /// <inheritdoc cref="Validate(JsonSchema, string)"/>
    public static List<string> Validate(JsonSchema schema, JsonNode? node) =>
        Validate(schema, JsonSerializer.SerializeToElement(node));

    /// <inheritdoc cref="Validate(JsonSchema, string)"/>
    public static List<string> Validate(JsonSchema schema, JsonElement instance)
    {
        var results = schema.Evaluate(instance, new EvaluationOptions { OutputFormat = OutputFormat.List, RequireFormatValidation = true });
        if (results.IsValid)
        {
            return [];
        }

        var errors = (results.Details ?? [])
            .Where(d => d.Errors is { Count: > 0 })
            .SelectMany(d => d.Errors!.Select(e => $"{d.InstanceLocation}: {e.Value} ({d.EvaluationPath}, {e.Key})"))
            .Distinct(StringComparer.Ordinal)
            .ToList();
        return errors.Count > 0 ? errors : ["invalid (the evaluation gave no message)"];
    }

    /// <summary>Fails the test, listing every error, unless <paramref name="json"/> is a valid JSON contract report.</summary>
    public static void ShouldMatchJsonContract(string json, string? what = null) => ShouldBeValid(JsonContract, json, what ?? "the JSON report");

    /// <summary>Fails the test, listing every error, unless <paramref name="sarif"/> is a valid SARIF 2.1.0 log.</summary>
    public static void ShouldBeValidSarif(string sarif, string? what = null) => ShouldBeValid(Sarif, sarif, what ?? "the SARIF log");

    /// <summary>YAML as JSON, the way a YAML-aware editor validating against a JSON Schema sees it: plain numbers and booleans are typed.</summary>
    public static JsonNode? FromYaml(string yaml)
    {
        var stream = new YamlStream();
        stream.Load(new StringReader(yaml));
        return Convert(stream.Documents[0].RootNode);
    }

    private static void ShouldBeValid(JsonSchema schema, string json, string what)
    {
        var errors = Validate(schema, json);
        errors.ShouldBeEmpty($"{what} does not match its schema:\n{string.Join("\n", errors)}");
    }

    private static JsonSchema Build(string text) =>
        // Each schema in a registry of its own: building one twice, or two with the same $id, must not clash.
        JsonSchema.FromText(text, new BuildOptions { SchemaRegistry = new SchemaRegistry() });

    private static string ReadResource(string name)
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream($"Schemas.{name}")
            ?? throw new InvalidOperationException($"The schema {name} is not embedded in the test assembly.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }

    private static string InRepository(params string[] parts) => Path.Combine([RepositoryRoot, .. parts]);

    private static JsonNode? Convert(YamlNode node) => node switch
    {
        YamlMappingNode map => new JsonObject(map.Children.Select(kv => KeyValuePair.Create(((YamlScalarNode)kv.Key).Value!, Convert(kv.Value)))),
        YamlSequenceNode seq => new JsonArray([.. seq.Children.Select(Convert)]),
        YamlScalarNode { Style: YamlDotNet.Core.ScalarStyle.Plain, Value: { } v } when long.TryParse(v, NumberStyles.Integer, CultureInfo.InvariantCulture, out long n) => JsonValue.Create(n),
        YamlScalarNode { Style: YamlDotNet.Core.ScalarStyle.Plain, Value: { } v } when double.TryParse(v, NumberStyles.Float, CultureInfo.InvariantCulture, out double d) => JsonValue.Create(d),
        YamlScalarNode { Style: YamlDotNet.Core.ScalarStyle.Plain, Value: "true" or "false" } b => JsonValue.Create(b.Value == "true"),
        YamlScalarNode { Style: YamlDotNet.Core.ScalarStyle.Plain, Value: "null" or "~" or "" } => null,
        YamlScalarNode s => JsonValue.Create(s.Value),
        _ => throw new NotSupportedException(node.GetType().Name),
    };
}
