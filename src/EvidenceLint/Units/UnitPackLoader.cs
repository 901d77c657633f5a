using System.Collections.Immutable;
using System.Globalization;
using System.Text.RegularExpressions;
using EvidenceLint.Text;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace EvidenceLint.Units;

/// <summary>
/// Reads unit packs (YAML, see <c>rules/unit-pack.schema.json</c>) and checks them strictly: a typo in a key would
/// otherwise silently drop evidence, so every problem is an <see cref="UnitPackException"/> naming file, line and column.
/// </summary>
public static partial class UnitPackLoader
{
    private static readonly string[] PackKeys = ["id", "title", "source", "wordRange", "models", "learningOutcomes", "criteria"];
    private static readonly string[] WordRangeKeys = ["min", "max"];
    private static readonly string[] OutcomeKeys = ["id", "wording", "verbs"];
    private static readonly string[] CriterionKeys = ["id", "wording", "indicators", "evidence"];
    private static readonly string[] IndicatorKeys = ["name", "terms", "supporting", "required", "listedSteps"];
    private static readonly string[] EvidenceKeys = ["covered", "partial", "scope"];

    /// <summary>Loads one pack file.</summary>
    /// <exception cref="UnitPackException">The pack is malformed or invalid.</exception>
    public static UnitPack LoadFile(string path)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        return Load(File.ReadAllText(path), path);
    }

    /// <summary>
    /// Loads every unit pack (<c>*.yaml</c>, <c>*.yml</c>) in a folder and its subfolders, checking criterion ids are
    /// unique across them. Rule packs in the same folder are left to their own loader (see <see cref="Packs.PackFolder"/>).
    /// </summary>
    /// <exception cref="UnitPackException">A pack is malformed or invalid, or two packs declare the same criterion.</exception>
    /// <param name="directory">The folder.</param>
    /// <param name="skipped">When given, loading is lenient: a malformed pack is added here and the others still load.</param>
    public static ImmutableArray<UnitPack> LoadDirectory(string directory, ICollection<Packs.PackException>? skipped = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(directory);
        var packs = Packs.PackFolder.LoadEach(Packs.PackFolder.Classify(directory).UnitPacks, LoadFile, skipped);
        CheckUnique(packs);
        return packs;
    }

    /// <summary>Parses one pack from YAML text.</summary>
    /// <param name="yaml">The pack.</param>
    /// <param name="path">The file name to use in messages.</param>
    /// <exception cref="UnitPackException">The pack is malformed or invalid.</exception>
    public static UnitPack Load(string yaml, string path)
    {
        ArgumentNullException.ThrowIfNull(yaml);
        ArgumentNullException.ThrowIfNull(path);
        return new PackReader(path).ReadPack(Packs.YamlPackReader.ParseDocument(yaml, "unit pack", (line, column, problem) => new UnitPackException(path, line, column, problem)));
    }

    /// <summary>Fails when two packs declare the same unit or criterion id, naming both files.</summary>
    internal static void CheckUnique(IEnumerable<UnitPack> packs)
    {
        var seen = new Dictionary<string, UnitPack>(StringComparer.OrdinalIgnoreCase);
        foreach (var pack in packs)
        {
            foreach (var criterion in pack.Criteria)
            {
                if (seen.TryGetValue(criterion.Id, out var first))
                {
                    throw new UnitPackException(pack.SourcePath, criterion.Line, criterion.Column, $"criterion '{criterion.Id}' is also declared in {first.SourcePath}");
                }
            }

            foreach (var criterion in pack.Criteria)
            {
                seen[criterion.Id] = pack;
            }
        }
    }

    [GeneratedRegex(@"^[A-Z][A-Z0-9]*$")]
    private static partial Regex UnitIdPattern();

    [GeneratedRegex(@"^LO[1-9][0-9]*$")]
    private static partial Regex OutcomeIdPattern();

    private sealed class PackReader(string path) : Packs.YamlPackReader(path)
    {
        public UnitPack ReadPack(YamlNode root)
        {
            var map = Mapping(root, "the unit pack", PackKeys);
            var idNode = Required(map, root, "id");
            string id = Text(idNode, "id");
            if (!UnitIdPattern().IsMatch(id))
            {
                throw Error(idNode, $"unit id '{id}' must be upper-case letters and digits, such as MCS");
            }

            string title = Text(Required(map, root, "title"), "title");
            var sources = Optional(map, "source") is { } s ? Strings(s, "source", allowEmpty: true) : [];
            var models = Optional(map, "models") is { } m ? Strings(m, "models", allowEmpty: true) : [];
            var wordRange = Optional(map, "wordRange") is { } w ? ReadWordRange(w) : WordRange.Default;
            var outcomes = Optional(map, "learningOutcomes") is { } lo ? ReadOutcomes(lo) : [];
            var criteriaNode = Required(map, root, "criteria");
            var criteria = Sequence(criteriaNode, "criteria").Children.Select(c => ReadCriterion(c, id)).ToImmutableArray();
            if (criteria.IsEmpty)
            {
                throw Error(criteriaNode, "criteria is empty: a unit pack declares at least one criterion");
            }

            var duplicate = criteria.GroupBy(c => c.Id, StringComparer.OrdinalIgnoreCase).FirstOrDefault(g => g.Count() > 1);
            if (duplicate is not null)
            {
                var second = duplicate.Skip(1).First();
                throw new UnitPackException(SourcePath, second.Line, second.Column, $"criterion id '{duplicate.Key}' is declared twice");
            }

            return new UnitPack(id, title, sources, wordRange, outcomes, criteria, models, SourcePath);
        }

        private WordRange ReadWordRange(YamlNode node)
        {
            var map = Mapping(node, "wordRange", WordRangeKeys);
            int min = Integer(Required(map, node, "min"), "wordRange.min");
            var maxNode = Required(map, node, "max");
            int max = Integer(maxNode, "wordRange.max");
            if (min < 0 || max <= min)
            {
                throw Error(node, $"wordRange needs 0 <= min < max (got min {min}, max {max})");
            }

            return new WordRange(min, max);
        }

        private ImmutableArray<LearningOutcome> ReadOutcomes(YamlNode node)
        {
            var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
            var outcomes = ImmutableArray.CreateBuilder<LearningOutcome>();
            foreach (var item in Sequence(node, "learningOutcomes").Children)
            {
                var map = Mapping(item, "a learning outcome", OutcomeKeys);
                var idNode = Required(map, item, "id");
                string id = Text(idNode, "id");
                if (!OutcomeIdPattern().IsMatch(id))
                {
                    throw Error(idNode, $"learning outcome id '{id}' must be LO followed by a number, such as LO1");
                }

                if (!seen.Add(id))
                {
                    throw Error(idNode, $"learning outcome id '{id}' is declared twice");
                }

                var verbsNode = Required(map, item, "verbs");
                var verbs = Strings(verbsNode, "verbs", allowEmpty: false);
                outcomes.Add(new LearningOutcome(id, Text(Required(map, item, "wording"), "wording"), verbs));
            }

            return outcomes.ToImmutable();
        }

        private Criterion ReadCriterion(YamlNode node, string unitId)
        {
            var map = Mapping(node, "a criterion", CriterionKeys);
            var idNode = Required(map, node, "id");
            string id = Text(idNode, "id");
            string[] parts = id.Split('.');
            if (parts.Length != 2 || !string.Equals(parts[0], unitId, StringComparison.Ordinal)
                || !int.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out int number) || number < 1 || parts[1].StartsWith('0'))
            {
                throw Error(idNode, $"criterion id '{id}' must be {unitId}.<n>, such as {unitId}.1");
            }

            string wording = Text(Required(map, node, "wording"), "wording");
            var indicatorsNode = Required(map, node, "indicators");
            var indicators = Sequence(indicatorsNode, "indicators").Children.Select(ReadIndicator).ToImmutableArray();
            if (indicators.IsEmpty)
            {
                throw Error(indicatorsNode, $"criterion '{id}' has no indicator groups");
            }

            var evidence = Optional(map, "evidence") is { } e ? ReadEvidence(e, indicators.Length) : new EvidenceThresholds(Math.Min(2, indicators.Length), 1);
            return new Criterion(id, wording, indicators, evidence) { Line = (int)idNode.Start.Line, Column = (int)idNode.Start.Column };
        }

        private IndicatorGroup ReadIndicator(YamlNode node)
        {
            var map = Mapping(node, "an indicator group", IndicatorKeys);
            string name = Text(Required(map, node, "name"), "name");
            var termsNode = Required(map, node, "terms");
            var terms = Strings(termsNode, "terms", allowEmpty: false);
            bool supporting = Optional(map, "supporting") is { } flag && Boolean(flag, "supporting");
            bool required = Optional(map, "required") is { } must && Boolean(must, "required");
            bool steps = Optional(map, "listedSteps") is { } listed && Boolean(listed, "listedSteps");
            try
            {
                return new IndicatorGroup(name, TermSet.Create(name, terms)) { IsSupporting = supporting, IsRequired = required, IsShownByListedSteps = steps };
            }
            catch (ArgumentException ex)
            {
                throw Error(termsNode, ex.Message);
            }
        }

        private EvidenceThresholds ReadEvidence(YamlNode node, int groupCount)
        {
            var map = Mapping(node, "evidence", EvidenceKeys);
            int covered = Integer(Required(map, node, "covered"), "evidence.covered");
            int partial = Integer(Required(map, node, "partial"), "evidence.partial");
            if (partial < 1 || partial > covered || covered > groupCount)
            {
                throw Error(node, $"evidence needs 1 <= partial <= covered <= the number of indicator groups ({groupCount}); got covered {covered}, partial {partial}");
            }

            var scope = EvidenceScope.Section;
            if (Optional(map, "scope") is { } scopeNode)
            {
                string value = Text(scopeNode, "evidence.scope");
                scope = value switch
                {
                    "sentence" => EvidenceScope.Sentence,
                    "paragraph" => EvidenceScope.Paragraph,
                    "section" => EvidenceScope.Section,
                    "document" => EvidenceScope.Document,
                    _ => throw Error(scopeNode, $"evidence.scope must be sentence, paragraph, section or document; got '{value}'"),
                };
            }

            return new EvidenceThresholds(covered, partial) { Scope = scope };
        }


        protected override Packs.PackException Error(YamlNode node, string problem) =>
            new UnitPackException(SourcePath, (int)node.Start.Line, (int)node.Start.Column, problem);
    }
}
