using System.Text.Json.Nodes;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace EvidenceLint.Cli.Service;

/// <summary>
/// Completes the generated OpenAPI document with what endpoint metadata cannot say: <c>/v1/check</c>'s query, the
/// document types it reads, its answers and refusals, and the JSON contract's own schema
/// (<c>docs/json-contract.schema.json</c>, embedded) as the 200 answer, so a client generator gets the real report shape.
/// </summary>
internal sealed class OpenApiContract(ServiceStartup startup) : IOpenApiDocumentTransformer
{
    private const string ReportSchema = "JsonReport";
    private OpenApiDocument? _fragment;

    public async Task TransformAsync(OpenApiDocument document, OpenApiDocumentTransformerContext context, CancellationToken cancellationToken)
    {
        // Built on the first request for the document, never at start; the units it lists are the loaded packs'.
        var units = (await startup.Core.WaitAsync(cancellationToken).ConfigureAwait(false))?.Units.Select(u => u.Id) ?? [];
        var fragment = _fragment ??= BuildFragment(units);
        document.Info = new OpenApiInfo
        {
            Title = "EvidenceLint",
            Version = Cli.Version,
            Description = "Checks NVQ contact-centre reflective accounts. POST a document to /v1/check; the answer is the report `evidencelint check --format json` prints for it (docs/json-contract.md). Refusals are RFC 7807 problem details.",
        };
        document.Components ??= new OpenApiComponents();
        document.Components.Schemas ??= new Dictionary<string, IOpenApiSchema>();
        foreach (var (name, schema) in fragment.Components!.Schemas!)
        {
            document.Components.Schemas[name] = schema;
        }

        document.Components.SecuritySchemes ??= new Dictionary<string, IOpenApiSecurityScheme>();
        foreach (var (name, scheme) in fragment.Components.SecuritySchemes!)
        {
            document.Components.SecuritySchemes[name] = scheme;
        }

        document.Paths ??= [];
        document.Paths["/v1/check"] = fragment.Paths["/v1/check"];
    }

    private static OpenApiDocument BuildFragment(IEnumerable<string> units)
    {
        var schemas = new JsonObject();
        AddContract(schemas);
        schemas["Problem"] = JsonNode.Parse("""
            { "type": "object", "description": "RFC 7807 problem details.",
              "properties": {
                "type": { "type": "string" }, "title": { "type": "string" }, "status": { "type": "integer" },
                "detail": { "type": "string" }, "traceId": { "type": "string" },
                "id": { "type": "string", "description": "422 only: the EL0001–EL0004 rule that says why the document could not be read." },
                "helpUri": { "type": "string", "description": "422 only: that rule's page." } } }
            """);

        var binary = new JsonObject { ["type"] = "string", ["format"] = "binary" };
        var requestContent = new JsonObject();
        foreach (string type in CheckEndpoint.DocumentTypes.Keys)
        {
            requestContent[type] = new JsonObject { ["schema"] = binary.DeepClone() };
        }

        requestContent["multipart/form-data"] = new JsonObject
        {
            ["schema"] = new JsonObject
            {
                ["type"] = "object",
                ["required"] = new JsonArray("file"),
                ["properties"] = new JsonObject { ["file"] = binary.DeepClone() },
            },
        };

        var responses = new JsonObject
        {
            ["200"] = new JsonObject
            {
                ["description"] = "The report `check` prints for this one file: the JSON contract (default), SARIF 2.1.0 or an HTML page, as Accept asks.",
                ["content"] = new JsonObject
                {
                    ["application/json"] = new JsonObject { ["schema"] = Reference(ReportSchema) },
                    ["application/sarif+json"] = new JsonObject { ["schema"] = new JsonObject { ["type"] = "object" } },
                    ["text/html"] = new JsonObject { ["schema"] = new JsonObject { ["type"] = "string" } },
                },
            },
        };
        foreach (var (status, why) in new[]
        {
            ("400", "Unknown unit, unknown query parameter, or a malformed multipart body."),
            ("401", "API keys are configured and the request has no `Authorization: Bearer KEY`, or a wrong one."),
            ("406", "Accept asks for no format the service writes."),
            ("408", "The document was not uploaded within the request timeout."),
            ("413", "The document is over limits.maxInputBytes: decided from Content-Length before reading, and while reading otherwise."),
            ("415", "The document's type is not one the service reads."),
            ("422", "The document could not be read: `id` is EL0001 (unreadable), EL0002 (encrypted), EL0003 (no text) or EL0004 (over a limit)."),
            ("503", "Every check slot and queue place is taken; retry after the Retry-After header's seconds."),
        })
        {
            responses[status] = new JsonObject
            {
                ["description"] = why,
                ["content"] = new JsonObject { ["application/problem+json"] = new JsonObject { ["schema"] = Reference("Problem") } },
            };
        }

        var fragment = new JsonObject
        {
            ["openapi"] = "3.1.1",
            ["info"] = new JsonObject { ["title"] = "EvidenceLint", ["version"] = Cli.Version },
            ["paths"] = new JsonObject
            {
                ["/v1/check"] = new JsonObject
                {
                    ["post"] = new JsonObject
                    {
                        ["operationId"] = "check",
                        ["summary"] = "Check one reflective account.",
                        ["description"] = "The body is the document (Word, PDF, text or Markdown, as Content-Type says; Content-Disposition's filename, if any, becomes the report's path) or multipart/form-data with a `file` part. The document is held in memory only.",
                        ["parameters"] = new JsonArray(new JsonObject
                        {
                            ["name"] = "unit",
                            ["in"] = "query",
                            ["required"] = false,
                            ["description"] = "The unit to check against; auto detects it from the text. Without it, evidencelint.json's unit, else detection.",
                            ["schema"] = new JsonObject { ["type"] = "string", ["enum"] = new JsonArray([.. units.Append("auto").Select(u => (JsonNode)JsonValue.Create(u))]) },
                        }),
                        ["requestBody"] = new JsonObject { ["required"] = true, ["content"] = requestContent },
                        ["responses"] = responses,
                        ["security"] = new JsonArray(new JsonObject { ["bearer"] = new JsonArray() }, new JsonObject()),
                    },
                },
            },
            ["components"] = new JsonObject
            {
                ["schemas"] = schemas,
                ["securitySchemes"] = new JsonObject
                {
                    ["bearer"] = new JsonObject { ["type"] = "http", ["scheme"] = "bearer", ["description"] = "Needed only when the service is given API keys (EVIDENCELINT_API_KEYS or --api-key-file)." },
                },
            },
        };

        var read = OpenApiDocument.Parse(fragment.ToJsonString(), "json");
        return read.Document ?? throw new InvalidOperationException("The OpenAPI fragment for /v1/check did not parse: " + string.Join("; ", read.Diagnostic?.Errors.Select(e => e.Message) ?? []));
    }

    /// <summary>
    /// The contract's schema as components: the root as <c>JsonReport</c>, each <c>$defs</c> entry as
    /// <c>JsonReport.name</c>, with references rewritten to match.
    /// </summary>
    private static void AddContract(JsonObject schemas)
    {
        using var stream = typeof(OpenApiContract).Assembly.GetManifestResourceStream("json-contract.schema.json")
            ?? throw new InvalidOperationException("The JSON contract schema is not embedded.");
        var root = JsonNode.Parse(stream)!.AsObject();
        root.Remove("$schema");
        root.Remove("$id");
        if (root["$defs"] is JsonObject definitions)
        {
            root.Remove("$defs");
            foreach (var (name, definition) in definitions.ToList())
            {
                definitions.Remove(name);
                RewriteReferences(definition!);
                schemas[$"{ReportSchema}.{name}"] = definition;
            }
        }

        RewriteReferences(root);
        schemas[ReportSchema] = root;
    }

    private static void RewriteReferences(JsonNode node)
    {
        switch (node)
        {
            case JsonObject obj:
                if (obj["$ref"] is JsonValue reference && reference.GetValue<string>() is { } target && target.StartsWith("#/$defs/", StringComparison.Ordinal))
                {
                    obj["$ref"] = $"#/components/schemas/{ReportSchema}.{target["#/$defs/".Length..]}";
                }

                foreach (var (_, child) in obj.ToList())
                {
                    if (child is not null)
                    {
                        RewriteReferences(child);
                    }
                }

                break;
            case JsonArray array:
                foreach (var child in array.ToList())
                {
                    if (child is not null)
                    {
                        RewriteReferences(child);
                    }
                }

                break;
        }
    }

    private static JsonObject Reference(string schema) => new() { ["$ref"] = $"#/components/schemas/{schema}" };
}
