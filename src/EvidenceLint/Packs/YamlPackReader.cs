using System.Collections.Immutable;
using System.Globalization;
using YamlDotNet.RepresentationModel;

namespace EvidenceLint.Packs;

/// <summary>
/// What every YAML pack reader needs: typed access to nodes that fails with the file, line and column of the node at
/// fault. Unit packs and rule packs differ only in their shape and in the exception they raise.
/// </summary>
internal abstract class YamlPackReader(string sourcePath)
{
    /// <summary>The one YAML document of a pack file; malformed YAML, or more or fewer documents, is an error at its place.</summary>
    /// <param name="yaml">The file's text.</param>
    /// <param name="kind">What the file is, for the message ("unit pack", "rule pack").</param>
    /// <param name="error">Makes the loader's exception from a line, a column and the problem.</param>
    public static YamlNode ParseDocument(string yaml, string kind, Func<int, int, string, Exception> error)
    {
        var stream = new YamlStream();
        var parser = new YamlDotNet.Core.Parser(new StringReader(yaml));
        try
        {
            stream.Load(parser);
        }
        catch (YamlDotNet.Core.YamlException ex)
        {
            throw error((int)ex.Start.Line, (int)ex.Start.Column, $"malformed YAML: {ex.InnerException?.Message ?? ex.Message}");
        }
        catch (Exception ex) when (ex is InvalidOperationException or ArgumentException)
        {
            // Some malformed input (a stray directive, a bad tag, a document that ends mid-event) fails inside
            // YamlDotNet with these rather than a YamlException; the parser still knows where it was.
            var at = parser.Current?.Start;
            throw error(at is null ? 1 : (int)at.Value.Line, at is null ? 1 : (int)at.Value.Column, $"malformed YAML: {ex.Message}");
        }

        return stream.Documents.Count == 1 ? stream.Documents[0].RootNode : throw error(1, 1, $"a {kind} file holds exactly one YAML document");
    }

    /// <summary>The pack file (or built-in resource), for messages and provenance.</summary>
    protected string SourcePath { get; } = sourcePath;

    /// <summary>The exception for a problem at a node, naming the file, line and column.</summary>
    protected abstract PackException Error(YamlNode node, string problem);

    protected static YamlNode? Optional(YamlMappingNode map, string key) =>
        map.Children.TryGetValue(new YamlScalarNode(key), out var value) ? value : null;

    protected YamlNode Required(YamlMappingNode map, YamlNode owner, string key) =>
        Optional(map, key) ?? throw Error(owner, $"missing required key '{key}'");

    /// <summary>A mapping whose keys are all among <paramref name="allowedKeys"/>: a misspelt key is an error, never ignored.</summary>
    protected YamlMappingNode Mapping(YamlNode node, string what, string[] allowedKeys)
    {
        if (node is not YamlMappingNode map)
        {
            throw Error(node, $"{what} must be a mapping");
        }

        foreach (var key in map.Children.Keys)
        {
            if (key is not YamlScalarNode { Value: { } name } || !allowedKeys.Contains(name, StringComparer.Ordinal))
            {
                throw Error(key, $"unknown key '{(key as YamlScalarNode)?.Value}' in {what} (expected one of: {string.Join(", ", allowedKeys)})");
            }
        }

        return map;
    }

    protected YamlSequenceNode Sequence(YamlNode node, string what) =>
        node as YamlSequenceNode ?? throw Error(node, $"{what} must be a list");

    protected string Text(YamlNode node, string what) =>
        node is YamlScalarNode { Value: { } value } && !string.IsNullOrWhiteSpace(value)
            ? value.Trim()
            : throw Error(node, $"{what} must be non-empty text");

    protected ImmutableArray<string> Strings(YamlNode node, string what, bool allowEmpty = false)
    {
        var items = Sequence(node, what).Children.Select(item => Text(item, $"each item of {what}")).ToImmutableArray();
        return items.IsEmpty && !allowEmpty ? throw Error(node, $"{what} is empty") : items;
    }

    protected bool Boolean(YamlNode node, string what) =>
        node is YamlScalarNode { Value: "true" or "false" } scalar
            ? scalar.Value == "true"
            : throw Error(node, $"{what} must be true or false");

    protected int Integer(YamlNode node, string what, int minimum = 0) =>
        node is YamlScalarNode { Value: { } value } && int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out int number) && number >= minimum
            ? number
            : throw Error(node, minimum > 0 ? $"{what} must be a whole number of at least {minimum}" : $"{what} must be a whole number");
}
