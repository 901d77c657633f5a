using System.Collections.Immutable;
using YamlDotNet.RepresentationModel;

namespace EvidenceLint.Packs;

/// <summary>One acronym EL6003 checks, with the words it stands for.</summary>
/// <param name="Acronym">As written: <c>AHT</c>, <c>ID&amp;V</c>, <c>PCI DSS</c>, <c>GoS</c>.</param>
/// <param name="Expansions">The expansion and its accepted variants.</param>
/// <param name="WellKnown">True when an assessor reads it without help, so it need not be expanded.</param>
public sealed record AcronymEntry(string Acronym, ImmutableArray<string> Expansions, bool WellKnown);

/// <summary>A problem in an acronym list, naming file, line and column.</summary>
public sealed class AcronymListException : PackException
{
    /// <summary>Creates the exception for a problem at a place in a list.</summary>
    public AcronymListException(string path, int line, int column, string problem)
        : base(path, line, column, problem)
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
        ArgumentNullException.ThrowIfNull(path);
        var root = YamlPackReader.ParseDocument(yaml, "acronym list", (line, column, problem) => new AcronymListException(path, line, column, problem));
        return new ListReader(path).Read(root);
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
        using var stream = assembly.GetManifestResourceStream("EvidenceLint.Packs.acronyms.yaml")!;
        using var reader = new StreamReader(stream);
        return Load(reader.ReadToEnd(), "rules/acronyms.yaml");
    }

    private sealed class ListReader(string path) : YamlPackReader(path)
    {
        public ImmutableArray<AcronymEntry> Read(YamlNode rootNode)
        {
            var root = Mapping(rootNode, "the acronym list", RootKeys);
            var entries = ImmutableArray.CreateBuilder<AcronymEntry>();
            var seen = new HashSet<string>(StringComparer.Ordinal);
            foreach (var node in Sequence(Required(root, rootNode, "acronyms"), "acronyms").Children)
            {
                var map = Mapping(node, "an acronym entry", EntryKeys);
                string acronym = Text(Required(map, node, "acronym"), "acronym");
                if (!acronym.Any(char.IsUpper))
                {
                    throw Error(node, $"'{acronym}' does not look like an acronym");
                }

                if (!seen.Add(acronym))
                {
                    throw Error(node, $"acronym '{acronym}' is listed twice");
                }

                var expansions = ImmutableArray.CreateBuilder<string>();
                expansions.Add(Text(Required(map, node, "expansion"), "expansion"));
                if (Optional(map, "variants") is { } variants)
                {
                    expansions.AddRange(Strings(variants, "variants"));
                }

                bool wellKnown = Optional(map, "wellKnown") is { } flag && Boolean(flag, "wellKnown");
                entries.Add(new AcronymEntry(acronym, expansions.ToImmutable(), wellKnown));
            }

            return entries.ToImmutable();
        }

        protected override PackException Error(YamlNode node, string problem) =>
            new AcronymListException(SourcePath, (int)node.Start.Line, (int)node.Start.Column, problem);
    }
}
