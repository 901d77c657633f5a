using System.Collections.Immutable;
using System.Globalization;
using System.Text.Json;
using EvidenceLint.Analysis;
using EvidenceLint.Reading;

namespace EvidenceLint.Configuration;

/// <summary>
/// Loads a centre's <c>evidencelint.json</c> into <see cref="LintOptions"/>: the unit, rule severities (by id,
/// alias or category), rule options, safety limits and justified suppressions. Every value is checked against the
/// linter's rules, so a typo in a rule id is an error rather than a silently ignored setting.
/// </summary>
/// <remarks>
/// Comments and trailing commas are allowed. A suppression's <c>paragraph</c> is one-based, the number the console
/// report shows after ¶, because people copy it from there.
/// </remarks>
public static class LintConfiguration
{
    /// <summary>The file name searched for next to a document and in its parent folders.</summary>
    public const string FileName = "evidencelint.json";

    private static readonly string[] TopLevelKeys = ["$schema", "unit", "rules", "ruleOptions", "limits", "suppressions"];
    private static readonly string[] Units = ["MCS", "SCS", "PCS", "DCP"];
    private static readonly string[] SuppressionKeys = ["rule", "justification", "paragraph", "excerpt", "file"];

    /// <summary>
    /// The nearest <c>evidencelint.json</c>: in the document's folder (or the folder itself, when given one), else in
    /// the closest parent folder, up to the filesystem root; null when there is none.
    /// </summary>
    /// <param name="documentPath">A document or folder path, absolute or relative to the current directory.</param>
    public static string? Find(string documentPath)
    {
        ArgumentException.ThrowIfNullOrEmpty(documentPath);
        string full = Path.GetFullPath(documentPath);
        string? folder = Directory.Exists(full) ? full : Path.GetDirectoryName(full);
        while (folder is not null)
        {
            string candidate = Path.Combine(folder, FileName);
            if (File.Exists(candidate))
            {
                return candidate;
            }

            folder = Path.GetDirectoryName(folder);
        }

        return null;
    }

    /// <summary>Reads and validates a configuration file.</summary>
    /// <param name="path">The configuration file.</param>
    /// <param name="known">Every rule the linter can report (<see cref="EvidenceLinter.SupportedDiagnostics"/>), to validate ids, aliases and categories.</param>
    /// <param name="units">The unit ids "unit" may name; null for the built-in MCS, SCS, PCS and DCP.</param>
    /// <exception cref="ConfigurationException">The file cannot be read, is not valid JSON, or holds an unknown key or a bad value.</exception>
    public static LintOptions Load(string path, IEnumerable<DiagnosticDescriptor> known, IEnumerable<string>? units = null)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        ArgumentNullException.ThrowIfNull(known);
        byte[] bytes;
        try
        {
            bytes = File.ReadAllBytes(path);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or NotSupportedException or ArgumentException)
        {
            throw new ConfigurationException(path, null, null, null, $"the configuration file could not be read: {ex.Message}", ex);
        }

        return Parse(bytes, path, known, units);
    }

    /// <summary>Validates configuration already in memory; <paramref name="path"/> is used only in error messages.</summary>
    /// <param name="utf8Json">The file's bytes.</param>
    /// <param name="path">The file's name, for messages.</param>
    /// <param name="known">Every rule the linter can report.</param>
    /// <param name="units">The unit ids "unit" may name; null for the built-in MCS, SCS, PCS and DCP.</param>
    /// <exception cref="ConfigurationException">The JSON is malformed or holds an unknown key or a bad value.</exception>
    public static LintOptions Parse(ReadOnlyMemory<byte> utf8Json, string path, IEnumerable<DiagnosticDescriptor> known, IEnumerable<string>? units = null)
    {
        ArgumentNullException.ThrowIfNull(path);
        ArgumentNullException.ThrowIfNull(known);
        var reader = new ConfigurationReader(utf8Json, path, [.. known], [.. units ?? Units]);
        return reader.Read();
    }

    private sealed class ConfigurationReader
    {
        private readonly ReadOnlyMemory<byte> _json;
        private readonly string _path;
        private readonly DiagnosticDescriptor[] _known;
        private readonly string[] _units;
        private Dictionary<string, long> _positions = [];

        public ConfigurationReader(ReadOnlyMemory<byte> json, string path, DiagnosticDescriptor[] known, string[] units)
        {
            _units = units;
            // A UTF-8 byte-order mark (Notepad adds one) is not JSON; skip it.
            _json = json.Span.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]) ? json[3..] : json;
            _path = path;
            _known = known;
        }

        public LintOptions Read()
        {
            // The JSON reader checks the structure, but leaves the bytes inside strings to be decoded later, where
            // invalid UTF-8 would surface as an InvalidOperationException from whichever value is read first.
            RequireUtf8();
            var documentOptions = new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true };
            JsonDocument document;
            try
            {
                document = JsonDocument.Parse(_json, documentOptions);
            }
            catch (JsonException ex)
            {
                int? line = ex.LineNumber is long l ? (int)l + 1 : null;
                int? column = ex.BytePositionInLine is long c ? (int)c + 1 : null;
                throw new ConfigurationException(_path, null, line, column, $"the file is not valid JSON: {StripPosition(ex.Message)}", ex);
            }

            using (document)
            {
                _positions = MapPositions();
                var root = document.RootElement;
                if (root.ValueKind != JsonValueKind.Object)
                {
                    throw Error(string.Empty, "the file must hold one JSON object, such as { \"rules\": { \"EL6003\": \"none\" } }");
                }

                var options = LintOptions.Default;
                foreach (var property in root.EnumerateObject())
                {
                    string key = property.Name;
                    options = key switch
                    {
                        "$schema" => options,
                        "unit" => options with { Unit = ReadUnit(property.Value, key) },
                        "rules" => options with { Severities = ReadSeverities(property.Value, key) },
                        "ruleOptions" => options with { RuleOptions = ReadRuleOptions(property.Value, key) },
                        "limits" => options with { Limits = ReadLimits(property.Value, key) },
                        "suppressions" => options with { Suppressions = ReadSuppressions(property.Value, key) },
                        _ => throw Error(key, $"unknown setting \"{key}\"; the settings are {string.Join(", ", TopLevelKeys.Skip(1))}"),
                    };
                }

                return options;
            }
        }

        private string? ReadUnit(JsonElement value, string key)
        {
            string unit = RequireString(value, key);
            if (string.Equals(unit, "auto", StringComparison.OrdinalIgnoreCase))
            {
                return null;
            }

            return _units.FirstOrDefault(u => string.Equals(u, unit, StringComparison.OrdinalIgnoreCase))
                ?? throw Error(key, $"unknown unit \"{unit}\"; use {string.Join(", ", _units)} or auto");
        }

        private ImmutableDictionary<string, DiagnosticSeverity?> ReadSeverities(JsonElement value, string key)
        {
            RequireObject(value, key, "{ \"EL6003\": \"none\", \"misconception\": \"info\" }");
            var severities = LintOptions.Default.Severities;
            foreach (var rule in value.EnumerateObject())
            {
                string path = $"{key}.{rule.Name}";
                if (!IsKnownRuleIdAliasOrCategory(rule.Name))
                {
                    throw Error(path, $"unknown rule \"{rule.Name}\"; use a rule id (EL6001), its alias (length-outside-guidance) or a category ({string.Join(", ", _known.Select(d => d.Category).Distinct().Order(StringComparer.Ordinal))}). `evidencelint rules` lists them");
                }

                severities = severities.SetItem(rule.Name, ReadSeverity(rule.Value, path));
            }

            return severities;
        }

        private DiagnosticSeverity? ReadSeverity(JsonElement value, string path) =>
            RequireString(value, path).ToLowerInvariant() switch
            {
                "error" => DiagnosticSeverity.Error,
                "warning" => DiagnosticSeverity.Warning,
                "info" => DiagnosticSeverity.Info,
                "hidden" => DiagnosticSeverity.Hidden,
                "none" => null,
                string other => throw Error(path, $"unknown severity \"{other}\"; use error, warning, info, hidden or none"),
            };

        private ImmutableDictionary<string, ImmutableDictionary<string, string>> ReadRuleOptions(JsonElement value, string key)
        {
            RequireObject(value, key, "{ \"EL6001\": { \"minimumWords\": 500 } }");
            var all = LintOptions.Default.RuleOptions;
            foreach (var rule in value.EnumerateObject())
            {
                string path = $"{key}.{rule.Name}";

                // Analyzers look their options up by id, so an alias is stored under the id it stands for.
                var descriptor = _known.FirstOrDefault(d => string.Equals(d.Id, rule.Name, StringComparison.OrdinalIgnoreCase) || string.Equals(d.Alias, rule.Name, StringComparison.OrdinalIgnoreCase))
                    ?? throw Error(path, $"unknown rule \"{rule.Name}\"; options are set per rule id (EL6001) or alias");
                RequireObject(rule.Value, path, "{ \"minimumWords\": 500 }");
                var options = ImmutableDictionary<string, string>.Empty.WithComparers(StringComparer.OrdinalIgnoreCase);
                foreach (var option in rule.Value.EnumerateObject())
                {
                    string optionPath = $"{path}.{option.Name}";
                    string text = option.Value.ValueKind switch
                    {
                        JsonValueKind.Number => option.Value.GetRawText(),
                        JsonValueKind.String => option.Value.GetString()!,
                        JsonValueKind.True => "true",
                        JsonValueKind.False => "false",
                        _ => throw Error(optionPath, "a rule option must be a number, text, true or false"),
                    };
                    options = options.SetItem(option.Name, text);
                }

                all = all.SetItem(descriptor.Id, all.TryGetValue(descriptor.Id, out var earlier) ? earlier.SetItems(options) : options);
            }

            return all;
        }

        private ReadingLimits ReadLimits(JsonElement value, string key)
        {
            RequireObject(value, key, "{ \"maxPages\": 100 }");
            var limits = ReadingLimits.Default;
            foreach (var limit in value.EnumerateObject())
            {
                string path = $"{key}.{limit.Name}";
                limits = limit.Name switch
                {
                    "maxInputBytes" => limits with { MaxInputBytes = (long)PositiveNumber(limit.Value, path, wholeNumber: true) },
                    "maxDecompressedBytes" => limits with { MaxDecompressedBytes = (long)PositiveNumber(limit.Value, path, wholeNumber: true) },
                    "maxCompressionRatio" => limits with { MaxCompressionRatio = PositiveNumber(limit.Value, path, wholeNumber: false) },
                    "maxPages" => limits with { MaxPages = checked((int)PositiveNumber(limit.Value, path, wholeNumber: true, int.MaxValue)) },
                    "maxWords" => limits with { MaxWords = checked((int)PositiveNumber(limit.Value, path, wholeNumber: true, int.MaxValue)) },
                    "timeoutSeconds" => limits with { Timeout = TimeSpan.FromSeconds(PositiveNumber(limit.Value, path, wholeNumber: false, 86_400)) },
                    _ => throw Error(path, $"unknown limit \"{limit.Name}\"; the limits are maxInputBytes, maxDecompressedBytes, maxCompressionRatio, maxPages, maxWords and timeoutSeconds"),
                };
            }

            return limits;
        }

        private ImmutableArray<Suppression> ReadSuppressions(JsonElement value, string key)
        {
            if (value.ValueKind != JsonValueKind.Array)
            {
                throw Error(key, "must be a list, such as [ { \"rule\": \"EL6003\", \"justification\": \"…\" } ]");
            }

            var suppressions = ImmutableArray.CreateBuilder<Suppression>();
            int index = 0;
            foreach (var item in value.EnumerateArray())
            {
                string path = $"{key}[{index++}]";
                RequireObject(item, path, "{ \"rule\": \"EL6003\", \"justification\": \"…\" }");
                foreach (var property in item.EnumerateObject().Where(p => !SuppressionKeys.Contains(p.Name, StringComparer.Ordinal)))
                {
                    throw Error($"{path}.{property.Name}", $"unknown suppression setting \"{property.Name}\"; use {string.Join(", ", SuppressionKeys)}");
                }

                if (!item.TryGetProperty("rule", out var ruleValue))
                {
                    throw Error(path, "a suppression must name its \"rule\"");
                }

                string rule = RequireString(ruleValue, $"{path}.rule");
                if (!_known.Any(d => string.Equals(d.Id, rule, StringComparison.OrdinalIgnoreCase) || string.Equals(d.Alias, rule, StringComparison.OrdinalIgnoreCase)))
                {
                    throw Error($"{path}.rule", $"unknown rule \"{rule}\"; a suppression names one rule by id or alias");
                }

                string justification = item.TryGetProperty("justification", out var justificationValue) ? RequireString(justificationValue, $"{path}.justification") : string.Empty;
                if (string.IsNullOrWhiteSpace(justification))
                {
                    throw Error(item.TryGetProperty("justification", out _) ? $"{path}.justification" : path,
                        "a suppression needs a \"justification\": say why the finding does not apply, so an assessor or IQA can see the decision");
                }

                int? paragraph = null;
                if (item.TryGetProperty("paragraph", out var paragraphValue))
                {
                    // One-based, as shown after ¶ in the console report; the engine counts from zero.
                    paragraph = (int)PositiveNumber(paragraphValue, $"{path}.paragraph", wholeNumber: true, int.MaxValue) - 1;
                }

                suppressions.Add(new Suppression(rule, justification)
                {
                    Paragraph = paragraph,
                    Excerpt = item.TryGetProperty("excerpt", out var excerpt) ? RequireString(excerpt, $"{path}.excerpt") : null,
                    File = item.TryGetProperty("file", out var file) ? RequireString(file, $"{path}.file") : null,
                });
            }

            return suppressions.ToImmutable();
        }

        private bool IsKnownRuleIdAliasOrCategory(string name) => _known.Any(d =>
            string.Equals(d.Id, name, StringComparison.OrdinalIgnoreCase) ||
            string.Equals(d.Alias, name, StringComparison.OrdinalIgnoreCase) ||
            string.Equals(d.Category, name, StringComparison.OrdinalIgnoreCase));

        private double PositiveNumber(JsonElement value, string path, bool wholeNumber, double maximum = double.MaxValue)
        {
            if (value.ValueKind != JsonValueKind.Number || !value.TryGetDouble(out double number) || double.IsNaN(number) || double.IsInfinity(number))
            {
                throw Error(path, $"must be a number, not {Describe(value)}");
            }

            if (number <= 0 || number > maximum || (wholeNumber && number != Math.Floor(number)))
            {
                string kind = wholeNumber ? "a whole number" : "a number";
                string upTo = maximum < double.MaxValue ? string.Create(CultureInfo.InvariantCulture, $" no larger than {maximum:0.##}") : string.Empty;
                throw Error(path, string.Create(CultureInfo.InvariantCulture, $"must be {kind} greater than 0{upTo}, not {value.GetRawText()}"));
            }

            return number;
        }

        private void RequireUtf8()
        {
            ReadOnlySpan<byte> bytes = _json.Span;
            if (System.Text.Unicode.Utf8.IsValid(bytes))
            {
                return;
            }

            int index = 0, line = 1, lineStart = 0;
            while (System.Text.Rune.DecodeFromUtf8(bytes[index..], out _, out int consumed) == System.Buffers.OperationStatus.Done)
            {
                if (bytes[index] == (byte)'\n')
                {
                    (line, lineStart) = (line + 1, index + 1);
                }

                index += consumed;
            }

            throw new ConfigurationException(_path, null, line, index - lineStart + 1, "the file is not valid UTF-8 text; save it as UTF-8");
        }

        private string RequireString(JsonElement value, string path) =>
            value.ValueKind == JsonValueKind.String ? value.GetString()! : throw Error(path, $"must be text in quotes, not {Describe(value)}");

        private void RequireObject(JsonElement value, string path, string example)
        {
            if (value.ValueKind != JsonValueKind.Object)
            {
                throw Error(path, $"must be an object, such as {example}, not {Describe(value)}");
            }
        }

        private static string Describe(JsonElement value) => value.ValueKind switch
        {
            JsonValueKind.String => $"the text \"{value.GetString()}\"",
            JsonValueKind.Number => $"the number {value.GetRawText()}",
            JsonValueKind.Array => "a list",
            JsonValueKind.Object => "an object",
            JsonValueKind.True or JsonValueKind.False => value.GetRawText(),
            _ => "null",
        };

        private ConfigurationException Error(string keyPath, string problem)
        {
            (int? line, int? column) = _positions.TryGetValue(keyPath, out long offset) ? LineAndColumn(offset) : (null, null);
            return new ConfigurationException(_path, keyPath.Length > 0 ? keyPath : null, line, column, problem);
        }

        private (int? Line, int? Column) LineAndColumn(long offset)
        {
            var before = _json.Span[..(int)offset];
            int line = before.Count((byte)'\n') + 1;
            int column = before.Length - (before.LastIndexOf((byte)'\n') + 1) + 1;
            return (line, column);
        }

        // JsonDocument keeps no positions, so one pass of the reader records where each key path starts.
        private Dictionary<string, long> MapPositions()
        {
            var positions = new Dictionary<string, long>(StringComparer.Ordinal);
            var reader = new Utf8JsonReader(_json.Span, new JsonReaderOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true });
            var containers = new Stack<Container>();
            string pendingProperty = string.Empty;

            string ValuePath(long start)
            {
                if (containers.Count == 0)
                {
                    return string.Empty;
                }

                var top = containers.Peek();
                if (!top.IsArray)
                {
                    return pendingProperty;
                }

                string path = $"{top.Path}[{top.NextIndex++}]";
                positions.TryAdd(path, start);
                return path;
            }

            while (reader.Read())
            {
                if (reader.TokenType is JsonTokenType.PropertyName or JsonTokenType.String)
                {
                    RequireDecodable(ref reader);
                }

                switch (reader.TokenType)
                {
                    case JsonTokenType.PropertyName:
                        string parent = containers.Peek().Path;
                        pendingProperty = parent.Length == 0 ? reader.GetString()! : $"{parent}.{reader.GetString()}";
                        positions.TryAdd(pendingProperty, reader.TokenStartIndex);
                        break;
                    case JsonTokenType.StartObject:
                    case JsonTokenType.StartArray:
                        containers.Push(new Container(ValuePath(reader.TokenStartIndex), reader.TokenType == JsonTokenType.StartArray));
                        break;
                    case JsonTokenType.EndObject:
                    case JsonTokenType.EndArray:
                        containers.Pop();
                        break;
                    default:
                        ValuePath(reader.TokenStartIndex);
                        break;
                }
            }

            return positions;
        }

        // The reader accepts an escaped lone surrogate ("\ud800"), which no string can hold; decoding it throws
        // InvalidOperationException, so every key and text value is decoded once here, where its place is known.
        private void RequireDecodable(ref Utf8JsonReader reader)
        {
            try
            {
                _ = reader.GetString();
            }
            catch (InvalidOperationException)
            {
                (int? line, int? column) = LineAndColumn(reader.TokenStartIndex);
                throw new ConfigurationException(_path, null, line, column, "the file holds text that is not valid Unicode (an unpaired \\u surrogate escape)");
            }
        }

        private static string StripPosition(string message)
        {
            // System.Text.Json appends "LineNumber: n | BytePositionInLine: m."; the position is already in the prefix.
            int at = message.IndexOf(" LineNumber:", StringComparison.Ordinal);
            return at > 0 ? message[..at].TrimEnd() : message;
        }

        private sealed class Container(string path, bool isArray)
        {
            public string Path { get; } = path;

            public bool IsArray { get; } = isArray;

            public int NextIndex { get; set; }
        }
    }
}
