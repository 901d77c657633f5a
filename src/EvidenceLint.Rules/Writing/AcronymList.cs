using System.Collections.Immutable;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace EvidenceLint.Writing;

/// <summary>One acronym EL6003 checks, with the words it stands for.</summary>
/// <param name="Acronym">As written: <c>AHT</c>, <c>ID&amp;V</c>, <c>PCI DSS</c>, <c>GoS</c>.</param>
/// <param name="Expansions">The expansion and its accepted variants.</param>
/// <param name="WellKnown">True when an assessor reads it without help, so it need not be expanded.</param>
public sealed record AcronymEntry(string Acronym, ImmutableArray<string> Expansions, bool WellKnown);

/// <summary>A problem in an acronym list, naming file, line and column.</summary>
public sealed class AcronymListException : Exception
{
    /// <summary>Creates the exception for a problem at a place in a list.</summary>
    public AcronymListException(string path, int line, int column, string problem)
        : base($"{path}:{line}:{column}: error: {problem}")
    {
    }
}

/// <summary>
/// The acronyms EL6003 checks: the built-in list (<c>rules/acronyms.yaml</c>, embedded) and, when a centre names one,
/// its own file of the same shape, whose entries add to the list or replace a built-in entry with the same acronym.
/// Unknown keys are errors rather than silently ignored, as for unit packs, so a typo cannot switch an entry off.
/// </summary>
public static class AcronymList
{
    private static readonly string[] RootKeys = ["acronyms"];
    private static readonly string[] EntryKeys = ["acronym", "expansion", "variants", "wellKnown"];

    /// <summary>The built-in list.</summary>
    public static ImmutableArray<AcronymEntry> BuiltIn { get; } = LoadBuiltIn();

    /// <summary>Parses a list from YAML text.</summary>
    /// <exception cref="AcronymListException">The list is malformed.</exception>
    public static ImmutableArray<AcronymEntry> Load(string yaml, string path)
    {
        ArgumentNullException.ThrowIfNull(yaml);
        var stream = new YamlStream();
        try
        {
            stream.Load(new StringReader(yaml));
        }
        catch (YamlException ex)
        {
            throw new AcronymListException(path, (int)ex.Start.Line, (int)ex.Start.Column, $"malformed YAML: {ex.InnerException?.Message ?? ex.Message}");
        }

        if (stream.Documents.Count != 1)
        {
            throw new AcronymListException(path, 1, 1, "an acronym list holds exactly one YAML document");
        }

        var root = Mapping(stream.Documents[0].RootNode, path, "the acronym list", RootKeys);
        if (!root.Children.TryGetValue(new YamlScalarNode("acronyms"), out var list) || list is not YamlSequenceNode sequence)
        {
            throw Error(stream.Documents[0].RootNode, path, "'acronyms' must be a list of entries");
        }

        var entries = ImmutableArray.CreateBuilder<AcronymEntry>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var node in sequence.Children)
        {
            var map = Mapping(node, path, "an acronym entry", EntryKeys);
            string acronym = Scalar(map, node, path, "acronym");
            if (!acronym.Any(char.IsUpper))
            {
                throw Error(node, path, $"'{acronym}' does not look like an acronym");
            }

            if (!seen.Add(acronym))
            {
                throw Error(node, path, $"acronym '{acronym}' is listed twice");
            }

            var expansions = ImmutableArray.CreateBuilder<string>();
            expansions.Add(Scalar(map, node, path, "expansion"));
            if (map.Children.TryGetValue(new YamlScalarNode("variants"), out var variants))
            {
                if (variants is not YamlSequenceNode items || items.Children.Any(i => i is not YamlScalarNode { Value.Length: > 0 }))
                {
                    throw Error(variants, path, "'variants' must be a list of phrases");
                }

                expansions.AddRange(items.Children.Select(i => ((YamlScalarNode)i).Value!));
            }

            bool wellKnown = false;
            if (map.Children.TryGetValue(new YamlScalarNode("wellKnown"), out var flag)
                && !(flag is YamlScalarNode { Value: { } value } && bool.TryParse(value, out wellKnown)))
            {
                throw Error(flag, path, "'wellKnown' must be true or false");
            }

            entries.Add(new AcronymEntry(acronym, expansions.ToImmutable(), wellKnown));
        }

        return entries.ToImmutable();
    }

    /// <summary>The built-in list with a centre's entries added, each replacing a built-in entry for the same acronym.</summary>
    public static ImmutableArray<AcronymEntry> Merge(ImmutableArray<AcronymEntry> builtIn, ImmutableArray<AcronymEntry> centre)
    {
        var replaced = centre.Select(e => e.Acronym).ToHashSet(StringComparer.Ordinal);
        return [.. builtIn.Where(e => !replaced.Contains(e.Acronym)), .. centre];
    }

    private static ImmutableArray<AcronymEntry> LoadBuiltIn()
    {
        var assembly = typeof(AcronymList).Assembly;
        using var stream = assembly.GetManifestResourceStream("EvidenceLint.Writing.acronyms.yaml")!;
        using var reader = new StreamReader(stream);
        return Load(reader.ReadToEnd(), "rules/acronyms.yaml");
    }

    private static YamlMappingNode Mapping(YamlNode node, string path, string what, string[] allowedKeys)
    {
        if (node is not YamlMappingNode map)
        {
            throw Error(node, path, $"{what} must be a mapping");
        }

        foreach (var key in map.Children.Keys)
        {
            string name = (key as YamlScalarNode)?.Value ?? string.Empty;
            if (!allowedKeys.Contains(name, StringComparer.Ordinal))
            {
                throw Error(key, path, $"unknown key '{name}' in {what} (expected one of: {string.Join(", ", allowedKeys)})");
            }
        }

        return map;
    }

    private static string Scalar(YamlMappingNode map, YamlNode owner, string path, string key) =>
        map.Children.TryGetValue(new YamlScalarNode(key), out var node) && node is YamlScalarNode { Value: { Length: > 0 } value }
            ? value.Trim()
            : throw Error(owner, path, $"'{key}' is required and must be text");

    private static AcronymListException Error(YamlNode node, string path, string problem) =>
        new(path, (int)node.Start.Line, (int)node.Start.Column, problem);
}
