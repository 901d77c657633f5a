using System.Collections.Frozen;
using EvidenceLint.Text;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace EvidenceLint.Evidence;

/// <summary>
/// The term groups of the evaluative cycle (<c>rules/cycle.yaml</c>), compiled once to <see cref="TermSet"/>s. The
/// file is embedded in this assembly so the engine needs nothing on disk; keeping the words in data lets them be tuned
/// without touching the analysis.
/// </summary>
internal sealed class CycleTerms
{
    private const string ResourceName = "EvidenceLint.Cycle.cycle.yaml";
    private const string SourcePath = "rules/cycle.yaml";

    /// <summary>The group names the file must define, and no others.</summary>
    public static readonly FrozenSet<string> GroupNames = new[]
    {
        "monitoring", "sources", "analysis", "changes", "actions", "outcomes", "effects", "checkpoints", "checking",
        "figures", "about-the-account", "reflection-headings", "record-keeping",
    }.ToFrozenSet(StringComparer.Ordinal);

    private static readonly Lazy<CycleTerms> BuiltIn = new(LoadEmbedded);

    private readonly FrozenDictionary<string, TermSet> _groups;

    private CycleTerms(FrozenDictionary<string, TermSet> groups) => _groups = groups;

    /// <summary>The built-in terms.</summary>
    public static CycleTerms Default => BuiltIn.Value;

    /// <summary>Monitoring the learner does: listening to calls, checking reports.</summary>
    public TermSet Monitoring => _groups["monitoring"];

    /// <summary>Where data comes from: reports, surveys, recordings.</summary>
    public TermSet Sources => _groups["sources"];

    /// <summary>Working out what the data means.</summary>
    public TermSet Analysis => _groups["analysis"];

    /// <summary>Verbs of a change, counted only when written as done.</summary>
    public TermSet Changes => _groups["changes"];

    /// <summary>Uses of a change verb that keep a record rather than change anything.</summary>
    public TermSet RecordKeeping => _groups["record-keeping"];

    /// <summary>Corrective actions named by a noun.</summary>
    public TermSet Actions => _groups["actions"];

    /// <summary>Decisions that answer monitoring.</summary>
    public TermSet Outcomes => _groups["outcomes"];

    /// <summary>A change's effect measured.</summary>
    public TermSet Effects => _groups["effects"];

    /// <summary>A later point in time, which with a figure measures an effect.</summary>
    public TermSet Checkpoints => _groups["checkpoints"];

    /// <summary>Words about checking whether something worked.</summary>
    public TermSet Checking => _groups["checking"];

    /// <summary>Figures.</summary>
    public TermSet Figures => _groups["figures"];

    /// <summary>Sentences about the account itself.</summary>
    public TermSet AboutTheAccount => _groups["about-the-account"];

    /// <summary>Headings of a reflective summary, which recaps evidence given earlier.</summary>
    public TermSet ReflectionHeadings => _groups["reflection-headings"];

    /// <summary>Compiles the terms from YAML text; errors name the file, line and column.</summary>
    /// <exception cref="InvalidDataException">The YAML is malformed, a group is missing or unknown, or a term does not compile.</exception>
    public static CycleTerms Load(string yaml, string path)
    {
        ArgumentNullException.ThrowIfNull(yaml);
        var document = Packs.YamlPackReader.ParseDocument(yaml, "cycle terms", (line, column, problem) => new InvalidDataException($"{path}:{line}:{column}: error: {problem}"));
        if (document is not YamlMappingNode root)
        {
            throw new InvalidDataException($"{path}:1:1: error: the cycle terms are one mapping of group name to a list of terms");
        }

        var groups = new Dictionary<string, TermSet>(StringComparer.Ordinal);
        foreach (var (keyNode, valueNode) in root.Children)
        {
            string name = (keyNode as YamlScalarNode)?.Value ?? string.Empty;
            if (!GroupNames.Contains(name))
            {
                throw Error(path, keyNode.Start, $"unknown group '{name}'; the groups are {string.Join(", ", GroupNames.Order(StringComparer.Ordinal))}");
            }

            if (valueNode is not YamlSequenceNode list || list.Children.Count == 0 || list.Children.Any(c => c is not YamlScalarNode))
            {
                throw Error(path, valueNode.Start, $"group '{name}' must be a non-empty list of terms");
            }

            try
            {
                groups[name] = TermSet.Create(name, list.Children.Select(c => ((YamlScalarNode)c).Value ?? string.Empty));
            }
            catch (ArgumentException ex)
            {
                throw Error(path, valueNode.Start, ex.Message);
            }
        }

        var missing = GroupNames.Where(g => !groups.ContainsKey(g)).Order(StringComparer.Ordinal).ToList();
        if (missing.Count > 0)
        {
            throw new InvalidDataException($"{path}:1:1: error: missing group(s) {string.Join(", ", missing)}");
        }

        return new CycleTerms(groups.ToFrozenDictionary(StringComparer.Ordinal));
    }

    private static InvalidDataException Error(string path, Mark mark, string problem) =>
        new($"{path}:{mark.Line}:{mark.Column}: error: {problem}");

    private static CycleTerms LoadEmbedded()
    {
        using var stream = typeof(CycleTerms).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"The embedded resource {ResourceName} is missing from the build.");
        using var reader = new StreamReader(stream);
        return Load(reader.ReadToEnd(), SourcePath);
    }
}
