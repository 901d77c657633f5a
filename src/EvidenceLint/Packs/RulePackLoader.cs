using System.Collections.Immutable;
using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using EvidenceLint.Analysis;
using EvidenceLint.Text;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace EvidenceLint.Packs;

/// <summary>
/// Reads rule packs (YAML, see <c>rules/rule-pack.schema.json</c>) and checks them strictly: a misspelt key or kind
/// would otherwise silently switch a rule off, so every problem is a <see cref="RulePackException"/> naming file, line
/// and column. Term groups are compiled here, once, so evaluating a rule never tokenises anything but the account.
/// </summary>
public static partial class RulePackLoader
{
    private static readonly string[] PackKeys = ["rules"];

    private static readonly string[] RuleKeys =
    [
        "id", "alias", "title", "severity", "category", "kind", "scope", "appliesTo", "limits", "message", "help",
        "terms", "trigger", "required", "with", "mode", "then", "exceptions", "exceptionScope", "include", "ownAction",
        "of", "min", "max", "minItems", "examples",
    ];

    private static readonly string[] ExampleKeys = ["flag", "pass"];

    // Which term keys each kind needs, and which it may use besides; any other term or kind-specific key is an error.
    private static readonly Dictionary<RuleKind, (string[] Required, string[] Optional)> KindKeys = new()
    {
        [RuleKind.Existence] = (["terms"], []),
        [RuleKind.AbsenceGivenTrigger] = (["trigger", "required"], []),
        [RuleKind.CoOccurrence] = (["terms", "with"], ["mode"]),
        [RuleKind.Sequence] = (["terms", "then"], []),
        [RuleKind.Ratio] = (["terms"], ["trigger", "of", "min", "max", "minItems"]),
    };

    private static readonly string[] KindSpecificKeys = ["terms", "trigger", "required", "with", "mode", "then", "of", "min", "max", "minItems"];

    /// <summary>The placeholders a message may use, in the order they are passed to the descriptor's format.</summary>
    public static ImmutableArray<string> MessagePlaceholders { get; } = ["term", "missing", "share"];

    /// <summary>Loads one pack file.</summary>
    /// <exception cref="RulePackException">The pack is malformed or invalid.</exception>
    public static RulePack LoadFile(string path)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        return Load(File.ReadAllText(path), path);
    }

    /// <summary>
    /// Loads every rule pack (<c>*.yaml</c>, <c>*.yml</c> with a top-level <c>rules:</c>) in a folder and its subfolders,
    /// checking rule ids are unique across them; unit packs beside them are left to their own loader.
    /// </summary>
    /// <exception cref="RulePackException">A pack is malformed or invalid, or two packs declare the same rule.</exception>
    /// <param name="directory">The folder.</param>
    /// <param name="skipped">When given, loading is lenient: a malformed pack is added here and the others still load.</param>
    public static ImmutableArray<RulePack> LoadDirectory(string directory, ICollection<PackException>? skipped = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(directory);
        var packs = PackFolder.LoadEach(PackFolder.Classify(directory).RulePacks, LoadFile, skipped);
        CheckUnique(packs);
        return packs;
    }

    /// <summary>Parses one pack from YAML text.</summary>
    /// <param name="yaml">The pack.</param>
    /// <param name="path">The file name to use in messages.</param>
    /// <exception cref="RulePackException">The pack is malformed or invalid.</exception>
    public static RulePack Load(string yaml, string path)
    {
        ArgumentNullException.ThrowIfNull(yaml);
        ArgumentNullException.ThrowIfNull(path);
        var pack = new PackReader(path).ReadPack(YamlPackReader.ParseDocument(yaml, "rule pack", (line, column, problem) => new RulePackException(path, line, column, problem)));
        CheckUnique([pack]);
        return pack;
    }

    /// <summary>Fails when two rules share an id or alias, naming where the second one is.</summary>
    public static void CheckUnique(IEnumerable<RulePack> packs)
    {
        ArgumentNullException.ThrowIfNull(packs);
        var seen = new Dictionary<string, DeclarativeRule>(StringComparer.OrdinalIgnoreCase);
        foreach (var rule in packs.SelectMany(p => p.Rules))
        {
            foreach (string name in new[] { rule.Id, rule.Descriptor.Alias })
            {
                if (seen.TryGetValue(name, out var first))
                {
                    throw new RulePackException(rule.SourcePath, rule.Line, rule.Column, $"duplicate rule '{name}': also declared at {first.SourcePath}:{first.Line}:{first.Column}");
                }

                seen[name] = rule;
            }
        }
    }

    [GeneratedRegex(@"^EL[0-9]{4}$")]
    private static partial Regex RuleIdPattern();

    [GeneratedRegex(@"^[a-z][a-z0-9]*(-[a-z0-9]+)*$")]
    private static partial Regex AliasPattern();

    [GeneratedRegex(@"^[A-Z][A-Z0-9]*$")]
    private static partial Regex UnitIdPattern();

    [GeneratedRegex(@"^[A-Z][A-Z0-9]*\.[0-9]+$")]
    private static partial Regex CriterionIdPattern();

    private sealed class PackReader(string path) : YamlPackReader(path)
    {
        public RulePack ReadPack(YamlNode root)
        {
            var map = Mapping(root, "the rule pack", PackKeys);
            var rulesNode = Required(map, root, "rules");
            var rules = Sequence(rulesNode, "rules").Children.Select(ReadRule).ToImmutableArray();
            if (rules.IsEmpty)
            {
                throw Error(rulesNode, "rules is empty: a rule pack declares at least one rule");
            }

            return new RulePack(SourcePath, rules);
        }

        private DeclarativeRule ReadRule(YamlNode node)
        {
            var map = Mapping(node, "a rule", RuleKeys);
            var idNode = Required(map, node, "id");
            string id = Text(idNode, "id");
            if (!RuleIdPattern().IsMatch(id))
            {
                throw Error(idNode, $"rule id '{id}' must be EL followed by four digits, such as EL4001");
            }

            var aliasNode = Required(map, node, "alias");
            string alias = Text(aliasNode, "alias");
            if (!AliasPattern().IsMatch(alias))
            {
                throw Error(aliasNode, $"alias '{alias}' must be kebab-case, such as aht-as-quality-measure");
            }

            var kindNode = Required(map, node, "kind");
            var kind = Text(kindNode, "kind") switch
            {
                "existence" => RuleKind.Existence,
                "absence-given-trigger" => RuleKind.AbsenceGivenTrigger,
                "co-occurrence" => RuleKind.CoOccurrence,
                "sequence" => RuleKind.Sequence,
                "ratio" => RuleKind.Ratio,
                var other => throw Error(kindNode, $"unknown kind '{other}' (expected one of: existence, absence-given-trigger, co-occurrence, sequence, ratio)"),
            };
            var (requiredKeys, optionalKeys) = KindKeys[kind];
            foreach (var key in map.Children.Keys.OfType<YamlScalarNode>())
            {
                if (KindSpecificKeys.Contains(key.Value, StringComparer.Ordinal) && !requiredKeys.Contains(key.Value) && !optionalKeys.Contains(key.Value))
                {
                    throw Error(key, $"key '{key.Value}' is not used by kind {Text(kindNode, "kind")} (it uses: {string.Join(", ", requiredKeys.Concat(optionalKeys))})");
                }
            }

            foreach (string key in requiredKeys)
            {
                Required(map, node, key);
            }

            var severityNode = Required(map, node, "severity");
            var severity = Text(severityNode, "severity") switch
            {
                "error" => DiagnosticSeverity.Error,
                "warning" => DiagnosticSeverity.Warning,
                "info" => DiagnosticSeverity.Info,
                "hidden" => DiagnosticSeverity.Hidden,
                var other => throw Error(severityNode, $"severity must be error, warning, info or hidden; got '{other}'"),
            };

            // A ratio is a share over many items, so it defaults to the whole account; the other kinds to one sentence.
            var scope = kind == RuleKind.Ratio ? RuleScope.Document : RuleScope.Sentence;
            if (Optional(map, "scope") is { } scopeNode)
            {
                scope = Text(scopeNode, "scope") switch
                {
                    "sentence" => RuleScope.Sentence,
                    "paragraph" => RuleScope.Paragraph,
                    "section" => RuleScope.Section,
                    "document" => RuleScope.Document,
                    var other => throw Error(scopeNode, $"scope must be sentence, paragraph, section or document; got '{other}'"),
                };
            }

            var messageNode = Required(map, node, "message");
            var descriptor = new DiagnosticDescriptor(
                id,
                alias,
                Text(Required(map, node, "title"), "title"),
                MessageFormat(messageNode),
                Text(Required(map, node, "category"), "category"),
                severity,
                Optional(map, "help") is { } help ? Text(help, "help") : null);

            var appliesTo = ImmutableArray<string>.Empty;
            if (Optional(map, "appliesTo") is { } unitsNode)
            {
                appliesTo = Strings(unitsNode, "appliesTo");
                foreach (var (unit, item) in appliesTo.Zip(((YamlSequenceNode)unitsNode).Children))
                {
                    if (!UnitIdPattern().IsMatch(unit))
                    {
                        throw Error(item, $"unit '{unit}' in appliesTo must be upper-case letters and digits, such as MCS");
                    }
                }
            }

            if (Optional(map, "limits") is { } limitsNode)
            {
                var limits = Strings(limitsNode, "limits");
                foreach (var (criterion, item) in limits.Zip(((YamlSequenceNode)limitsNode).Children))
                {
                    if (!CriterionIdPattern().IsMatch(criterion))
                    {
                        throw Error(item, $"criterion '{criterion}' in limits must be a unit and a number, such as SCS.1");
                    }
                }

                descriptor = descriptor with { LimitsCriteria = limits };
            }

            bool requireWith = false;
            if (Optional(map, "mode") is { } modeNode)
            {
                requireWith = Text(modeNode, "mode") switch
                {
                    "forbid" => false,
                    "require" => true,
                    var other => throw Error(modeNode, $"mode must be forbid or require; got '{other}'"),
                };
            }

            bool exceptionsInScope = false;
            if (Optional(map, "exceptionScope") is { } exceptionScopeNode)
            {
                exceptionsInScope = Text(exceptionScopeNode, "exceptionScope") switch
                {
                    "sentence" => false,
                    "scope" => true,
                    var other => throw Error(exceptionScopeNode, $"exceptionScope must be sentence or scope; got '{other}'"),
                };
            }

            var include = RuleInclusions.None;
            if (Optional(map, "include") is { } includeNode)
            {
                foreach (var item in Sequence(includeNode, "include").Children)
                {
                    include |= Text(item, "each item of include") switch
                    {
                        "negated" => RuleInclusions.Negated,
                        "hypothetical" => RuleInclusions.Hypothetical,
                        "quoted" => RuleInclusions.Quoted,
                        "headings" => RuleInclusions.Headings,
                        var other => throw Error(item, $"include takes negated, hypothetical, quoted or headings; got '{other}'"),
                    };
                }
            }

            var ratioOf = RatioItem.Sentence;
            if (Optional(map, "of") is { } ofNode)
            {
                ratioOf = Text(ofNode, "of") switch
                {
                    "sentence" => RatioItem.Sentence,
                    "paragraph" => RatioItem.Paragraph,
                    var other => throw Error(ofNode, $"of must be sentence or paragraph; got '{other}'"),
                };
            }

            if (kind == RuleKind.Ratio && ratioOf == RatioItem.Paragraph && scope == RuleScope.Sentence)
            {
                throw Error(Optional(map, "scope")!, "a ratio of paragraphs needs scope paragraph, section or document");
            }

            double? min = Optional(map, "min") is { } minNode ? Share(minNode, "min") : null;
            double? max = Optional(map, "max") is { } maxNode ? Share(maxNode, "max") : null;
            if (kind == RuleKind.Ratio && min is null && max is null)
            {
                throw Error(node, "a ratio rule needs min, max or both");
            }

            return new DeclarativeRule
            {
                Descriptor = descriptor,
                Kind = kind,
                Scope = scope,
                AppliesTo = appliesTo,
                Terms = Group(map, "terms", id),
                Trigger = Group(map, "trigger", id),
                Required = Group(map, "required", id),
                With = Group(map, "with", id),
                RequireWith = requireWith,
                Then = Group(map, "then", id),
                Exceptions = Group(map, "exceptions", id),
                ExceptionsInScope = exceptionsInScope,
                Include = include,
                OwnAction = Optional(map, "ownAction") is { } own && Boolean(own, "ownAction"),
                RatioOf = ratioOf,
                MinShare = min,
                MaxShare = max,
                MinItems = Optional(map, "minItems") is { } minItems ? Integer(minItems, "minItems", minimum: 1) : 1,
                Examples = Optional(map, "examples") is { } examples ? ReadExamples(examples) : [],
                SourcePath = SourcePath,
                Line = (int)idNode.Start.Line,
                Column = (int)idNode.Start.Column,
            };
        }

        private TermSet? Group(YamlMappingNode map, string key, string ruleId)
        {
            if (Optional(map, key) is not { } node)
            {
                return null;
            }

            var terms = Sequence(node, key).Children.Select(item => Text(item, $"each term of {key}")).ToImmutableArray();
            if (terms.IsEmpty)
            {
                throw Error(node, $"term group '{key}' is empty");
            }

            try
            {
                return TermSet.Create($"{ruleId} {key}", terms);
            }
            catch (ArgumentException ex)
            {
                throw Error(node, ex.Message);
            }
        }

        private ImmutableArray<RuleExample> ReadExamples(YamlNode node)
        {
            var map = Mapping(node, "examples", ExampleKeys);
            var examples = ImmutableArray.CreateBuilder<RuleExample>();
            foreach (var (key, flag) in new[] { ("flag", true), ("pass", false) })
            {
                if (Optional(map, key) is { } list)
                {
                    examples.AddRange(Sequence(list, $"examples.{key}").Children.Select(item => new RuleExample(Text(item, $"each example of {key}"), flag, (int)item.Start.Line)));
                }
            }

            return examples.ToImmutable();
        }

        // Pack messages name their placeholders ({term}); descriptors take positional ones, and a literal brace must be doubled.
        private string MessageFormat(YamlNode node)
        {
            string message = Text(node, "message");
            var format = new StringBuilder(message.Length);
            for (int i = 0; i < message.Length; i++)
            {
                char c = message[i];
                if (c == '{')
                {
                    int close = message.IndexOf('}', i + 1);
                    string name = close < 0 ? string.Empty : message[(i + 1)..close];
                    int index = MessagePlaceholders.IndexOf(name);
                    if (index < 0)
                    {
                        throw Error(node, $"unknown placeholder '{{{name}}}' in message (use {string.Join(", ", MessagePlaceholders.Select(p => "{" + p + "}"))})");
                    }

                    format.Append('{').Append(index.ToString(CultureInfo.InvariantCulture)).Append('}');
                    i = close;
                }
                else if (c == '}')
                {
                    format.Append("}}");
                }
                else
                {
                    format.Append(c);
                }
            }

            return format.ToString();
        }

        private double Share(YamlNode node, string what) =>
            node is YamlScalarNode { Value: { } value } && double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out double share) && share is >= 0 and <= 1
                ? share
                : throw Error(node, $"{what} must be a share between 0 and 1");


        protected override PackException Error(YamlNode node, string problem) =>
            new RulePackException(SourcePath, (int)node.Start.Line, (int)node.Start.Column, problem);
    }
}
