using System.Collections.Immutable;
using EvidenceLint.Analysis;
using EvidenceLint.Text;

namespace EvidenceLint.Packs;

/// <summary>The generic kinds of declarative rule a rule pack can use.</summary>
public enum RuleKind
{
    /// <summary><c>existence</c>: a term of <see cref="DeclarativeRule.Terms"/> occurs → flag it.</summary>
    Existence,

    /// <summary>
    /// <c>absence-given-trigger</c>: a term of <see cref="DeclarativeRule.Trigger"/> occurs in a scope and no term of
    /// <see cref="DeclarativeRule.Required"/> does → flag the first trigger.
    /// </summary>
    AbsenceGivenTrigger,

    /// <summary>
    /// <c>co-occurrence</c>: <see cref="DeclarativeRule.Terms"/> and <see cref="DeclarativeRule.With"/> both occur in a scope
    /// → flag (mode <c>forbid</c>), or <see cref="DeclarativeRule.Terms"/> occurs without <see cref="DeclarativeRule.With"/>
    /// → flag (mode <c>require</c>).
    /// </summary>
    CoOccurrence,

    /// <summary>
    /// <c>sequence</c>: the first term of <see cref="DeclarativeRule.Terms"/> in a scope must be followed, later in that
    /// scope, by a term of <see cref="DeclarativeRule.Then"/>; when it is not, it is flagged.
    /// </summary>
    Sequence,

    /// <summary>
    /// <c>ratio</c>: of the sentences or paragraphs in a scope (those with a <see cref="DeclarativeRule.Trigger"/> term, when
    /// given), the share with a term of <see cref="DeclarativeRule.Terms"/> is below <see cref="DeclarativeRule.MinShare"/>
    /// or above <see cref="DeclarativeRule.MaxShare"/> → flag.
    /// </summary>
    Ratio,
}

/// <summary>Where the parts of a declarative rule must occur together.</summary>
public enum RuleScope
{
    /// <summary>In one sentence.</summary>
    Sentence,

    /// <summary>In one paragraph.</summary>
    Paragraph,

    /// <summary>Under one heading, up to the next heading (the whole account when it has none).</summary>
    Section,

    /// <summary>Anywhere in the account.</summary>
    Document,
}

/// <summary>What a ratio rule counts.</summary>
public enum RatioItem
{
    /// <summary>Sentences.</summary>
    Sentence,

    /// <summary>Paragraphs.</summary>
    Paragraph,
}

/// <summary>
/// Text a declarative rule ignores unless it opts in. By default a rule looks only at the learner's plain statements:
/// "I did not think about GDPR" does not mention GDPR as addressed, "I will coach" is a plan and a quoted script is
/// someone else's words.
/// </summary>
[Flags]
public enum RuleInclusions
{
    /// <summary>Only plain statements.</summary>
    None = 0,

    /// <summary>Terms in the scope of a negation.</summary>
    Negated = 1,

    /// <summary>Terms in a plan, wish or condition.</summary>
    Hypothetical = 2,

    /// <summary>Terms inside quotation marks or a block quote.</summary>
    Quoted = 4,

    /// <summary>Terms in headings.</summary>
    Headings = 8,
}

/// <summary>A named group of synonymous terms as written in a pack, with where it was declared.</summary>
/// <param name="Key">The pack key that declared it (<c>terms</c>, <c>trigger</c>, <c>required</c>, …).</param>
/// <param name="Terms">The compiled terms.</param>
public sealed record RuleTermGroup(string Key, TermSet Terms);

/// <summary>One example of a declarative rule: text that must (or must not) make the rule fire.</summary>
/// <param name="Text">The example account (paragraphs separated by blank lines; <c>#</c> starts a heading).</param>
/// <param name="ShouldFlag">True for a <c>flag</c> example, false for a <c>pass</c> example.</param>
/// <param name="Line">One-based line of the example in its pack.</param>
public sealed record RuleExample(string Text, bool ShouldFlag, int Line);

/// <summary>
/// A rule declared in a YAML rule pack (see <c>rules/rule-pack.schema.json</c>) and interpreted by
/// <see cref="DeclarativeRuleAnalyzer"/>. Its term groups are compiled once, when the pack is loaded.
/// </summary>
public sealed record DeclarativeRule
{
    /// <summary>The rule's descriptor: id, alias, title, message, category, severity and description (its help text).</summary>
    public required DiagnosticDescriptor Descriptor { get; init; }

    /// <summary>The kind of rule.</summary>
    public required RuleKind Kind { get; init; }

    /// <summary>Where the parts of the rule must occur together.</summary>
    public RuleScope Scope { get; init; } = RuleScope.Sentence;

    /// <summary>The units the rule runs for; empty for every unit (and for accounts with no unit).</summary>
    public ImmutableArray<string> AppliesTo { get; init; } = [];

    /// <summary>The terms flagged (existence), paired (co-occurrence), to be followed (sequence) or counted (ratio).</summary>
    public TermSet? Terms { get; init; }

    /// <summary>The terms that make the rule look for <see cref="Required"/> (absence-given-trigger) or that select the items a ratio counts.</summary>
    public TermSet? Trigger { get; init; }

    /// <summary>The terms whose absence is flagged (absence-given-trigger).</summary>
    public TermSet? Required { get; init; }

    /// <summary>The terms paired with <see cref="Terms"/> (co-occurrence).</summary>
    public TermSet? With { get; init; }

    /// <summary>True when a co-occurrence rule flags <see cref="Terms"/> without <see cref="With"/> rather than with it.</summary>
    public bool RequireWith { get; init; }

    /// <summary>The terms that must follow <see cref="Terms"/> (sequence).</summary>
    public TermSet? Then { get; init; }

    /// <summary>Terms that cancel a flagged or triggering match in the same sentence (or scope, see <see cref="ExceptionsInScope"/>).</summary>
    public TermSet? Exceptions { get; init; }

    /// <summary>True when an exception anywhere in the scope cancels the match, not only in its sentence.</summary>
    public bool ExceptionsInScope { get; init; }

    /// <summary>Text the rule looks at besides plain statements.</summary>
    public RuleInclusions Include { get; init; }

    /// <summary>
    /// True when the flagged or triggering terms count only as the learner's own action (first person, not negated,
    /// hypothetical or quoted).
    /// </summary>
    public bool OwnAction { get; init; }

    /// <summary>What a ratio rule counts.</summary>
    public RatioItem RatioOf { get; init; } = RatioItem.Sentence;

    /// <summary>A ratio rule flags a share below this.</summary>
    public double? MinShare { get; init; }

    /// <summary>A ratio rule flags a share above this.</summary>
    public double? MaxShare { get; init; }

    /// <summary>A ratio rule says nothing about a scope with fewer items than this.</summary>
    public int MinItems { get; init; } = 1;

    /// <summary>The examples the test suite and <c>evidencelint rules test</c> run.</summary>
    public ImmutableArray<RuleExample> Examples { get; init; } = [];

    /// <summary>The pack file the rule came from, for messages.</summary>
    public string SourcePath { get; init; } = string.Empty;

    /// <summary>One-based line of the rule's id in its pack.</summary>
    public int Line { get; init; }

    /// <summary>One-based column of the rule's id in its pack.</summary>
    public int Column { get; init; }

    /// <summary>The rule id.</summary>
    public string Id => Descriptor.Id;
}

/// <summary>A rule pack: a YAML file of declarative rules.</summary>
/// <param name="SourcePath">The file (or built-in resource) the pack was loaded from.</param>
/// <param name="Rules">The rules, in the order written.</param>
public sealed record RulePack(string SourcePath, ImmutableArray<DeclarativeRule> Rules);

/// <summary>A rule pack that cannot be loaded; the message names the file, line and column.</summary>
public sealed class RulePackException : PackException
{
    /// <summary>Creates the exception for a problem at a place in a pack.</summary>
    /// <param name="path">The pack file.</param>
    /// <param name="line">One-based line.</param>
    /// <param name="column">One-based column.</param>
    /// <param name="problem">What is wrong.</param>
    public RulePackException(string path, int line, int column, string problem)
        : base(path, line, column, problem)
    {
    }
}
