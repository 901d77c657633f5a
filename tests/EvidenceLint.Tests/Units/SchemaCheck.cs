using System.Globalization;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using YamlDotNet.RepresentationModel;

namespace EvidenceLint.Tests.Units;

/// <summary>
/// Checks a document against the subset of JSON Schema 2020-12 that <c>rules/unit-pack.schema.json</c> uses (type,
/// required, properties, additionalProperties: false, items, minItems, minLength, pattern, minimum; types object, array, string, integer, number, boolean). JsonSchema.Net does
/// not restore from the package feed (its JsonPointer.Net dependency is missing), so this stands in for it; an unknown
/// keyword fails loudly so the schema cannot outgrow the check unnoticed.
/// </summary>
internal static class SchemaCheck
{
    private static readonly HashSet<string> Known =
        ["$schema", "$id", "title", "description", "type", "required", "properties", "additionalProperties", "items", "minItems", "minLength", "pattern", "minimum", "enum"];

    /// <summary>YAML to JSON the way a YAML-aware editor sees it: plain whole-number scalars are integers.</summary>
    public static JsonNode? FromYaml(string yaml)
    {
        var stream = new YamlStream();
        stream.Load(new StringReader(yaml));
        return Convert(stream.Documents[0].RootNode);
    }

    public static List<string> Validate(JsonNode schema, JsonNode? value)
    {
        var errors = new List<string>();
        Check(schema.AsObject(), value, "", errors);
        return errors;
    }

    private static JsonNode? Convert(YamlNode node) => node switch
    {
        YamlMappingNode map => new JsonObject(map.Children.Select(kv => KeyValuePair.Create(((YamlScalarNode)kv.Key).Value!, Convert(kv.Value)))),
        YamlSequenceNode seq => new JsonArray([.. seq.Children.Select(Convert)]),
        YamlScalarNode { Style: YamlDotNet.Core.ScalarStyle.Plain, Value: { } v } when long.TryParse(v, NumberStyles.Integer, CultureInfo.InvariantCulture, out long n) => JsonValue.Create(n),
        YamlScalarNode { Style: YamlDotNet.Core.ScalarStyle.Plain, Value: { } v } when double.TryParse(v, NumberStyles.Float, CultureInfo.InvariantCulture, out double d) => JsonValue.Create(d),
        YamlScalarNode { Style: YamlDotNet.Core.ScalarStyle.Plain, Value: "true" or "false" } b => JsonValue.Create(b.Value == "true"),
        YamlScalarNode s => JsonValue.Create(s.Value),
        _ => throw new NotSupportedException(node.GetType().Name),
    };

    private static void Check(JsonObject schema, JsonNode? value, string at, List<string> errors)
    {
        foreach (var keyword in schema.Select(kv => kv.Key).Where(k => !Known.Contains(k)))
        {
            throw new NotSupportedException($"The schema uses '{keyword}', which this check does not implement.");
        }

        string? type = (string?)schema["type"];
        bool typeOk = type switch
        {
            null => true,
            "object" => value is JsonObject,
            "array" => value is JsonArray,
            "string" => value is JsonValue v && v.TryGetValue<string>(out _),
            "integer" => value is JsonValue v && v.TryGetValue<long>(out _),
            "boolean" => value is JsonValue v && v.TryGetValue<bool>(out _),
            "number" => value is JsonValue v && (v.TryGetValue<double>(out _) || v.TryGetValue<long>(out _)),
            _ => throw new NotSupportedException($"type {type}"),
        };
        if (!typeOk)
        {
            errors.Add($"{at}: expected {type}");
            return;
        }

        if (schema["enum"] is JsonArray allowed && !allowed.Any(a => JsonNode.DeepEquals(a, value)))
        {
            errors.Add($"{at}: not one of {allowed.ToJsonString()}");
        }

        if (value is JsonObject obj)
        {
            var properties = schema["properties"]?.AsObject();
            foreach (var name in schema["required"]?.AsArray().Select(n => (string)n!) ?? [])
            {
                if (!obj.ContainsKey(name))
                {
                    errors.Add($"{at}: missing required '{name}'");
                }
            }

            foreach (var (name, child) in obj)
            {
                if (properties?[name] is JsonObject childSchema)
                {
                    Check(childSchema, child, $"{at}/{name}", errors);
                }
                else if (schema["additionalProperties"] is JsonValue additional && !(bool)additional)
                {
                    errors.Add($"{at}: property '{name}' is not allowed");
                }
            }
        }
        else if (value is JsonArray array)
        {
            if (schema["minItems"] is { } minItems && array.Count < (int)minItems)
            {
                errors.Add($"{at}: fewer than {(int)minItems} items");
            }

            for (int i = 0; i < array.Count; i++)
            {
                if (schema["items"] is JsonObject items)
                {
                    Check(items, array[i], $"{at}/{i}", errors);
                }
            }
        }
        else if (type == "string")
        {
            string text = (string)value!;
            if (schema["minLength"] is { } minLength && text.Length < (int)minLength)
            {
                errors.Add($"{at}: shorter than {(int)minLength}");
            }

            if (schema["pattern"] is { } pattern && !Regex.IsMatch(text, (string)pattern!))
            {
                errors.Add($"{at}: '{text}' does not match {(string)pattern!}");
            }
        }
        else if (type == "integer" && schema["minimum"] is { } minimum && (long)value! < (long)minimum)
        {
            errors.Add($"{at}: below {(long)minimum}");
        }
        else if (type == "number" && schema["minimum"] is { } floor && AsDouble(value!) < AsDouble(floor))
        {
            errors.Add($"{at}: below {(double)floor}");
        }
    }

    private static double AsDouble(JsonNode node) =>
        node.AsValue().TryGetValue<double>(out double d) ? d : node.AsValue().GetValue<long>();
}
