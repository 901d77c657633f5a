using System.Collections.Frozen;
using System.Collections.Immutable;
using EvidenceLint.Text;

namespace EvidenceLint.Units;

/// <summary>One qualification unit as declared in a unit pack (<c>rules/units/*.yaml</c>).</summary>
/// <param name="Id">The unit code, such as <c>MCS</c>.</param>
/// <param name="Title">The unit title.</param>
/// <param name="Sources">The seed documents the pack was written from.</param>
/// <param name="WordRange">The guidance length for an account for this unit.</param>
/// <param name="LearningOutcomes">The learning outcomes, in order.</param>
/// <param name="Criteria">The assessment criteria, in order.</param>
/// <param name="Models">Models the unit expects an account to apply, such as SMART or GROW.</param>
/// <param name="SourcePath">The file (or built-in resource) the pack was loaded from, for messages.</param>
public sealed record UnitPack(
    string Id,
    string Title,
    ImmutableArray<string> Sources,
    WordRange WordRange,
    ImmutableArray<LearningOutcome> LearningOutcomes,
    ImmutableArray<Criterion> Criteria,
    ImmutableArray<string> Models,
    string SourcePath);

/// <summary>The guidance length of an account, in words.</summary>
/// <param name="Minimum">The fewest words.</param>
/// <param name="Maximum">The most words.</param>
public sealed record WordRange(int Minimum, int Maximum)
{
    /// <summary>The range every shipped pack starts with (no seed gives one).</summary>
    public static WordRange Default { get; } = new(400, 2000);
}

/// <summary>A learning outcome of a unit.</summary>
/// <param name="Id">The id within the unit, such as <c>LO1</c>.</param>
/// <param name="Wording">The outcome as worded in the standard (or derived from the seed).</param>
/// <param name="Verbs">The verbs an account should show the learner doing.</param>
public sealed record LearningOutcome(string Id, string Wording, ImmutableArray<string> Verbs)
{
    private readonly ImmutableArray<string> _verbs = Verbs;

    /// <summary>The verbs an account should show the learner doing.</summary>
    public ImmutableArray<string> Verbs
    {
        get => _verbs;
        init
        {
            _verbs = value;
            VerbLemmas = Lemmas(value);
        }
    }

    /// <summary>The verbs' lemmas ("monitored" → "monitor"), compiled once when the pack is made, not per document.</summary>
    public FrozenSet<string> VerbLemmas { get; private init; } = Lemmas(Verbs);

    private static FrozenSet<string> Lemmas(ImmutableArray<string> verbs) =>
        (verbs.IsDefault ? [] : verbs).Select(v => Text.Lemmatizer.Lemmatize(v.Trim().ToLowerInvariant())).ToFrozenSet(StringComparer.Ordinal);
}

/// <summary>An assessment criterion (marking point) and the evidence that meets it.</summary>
/// <param name="Id">The id, <c>UNIT.n</c>, such as <c>MCS.4</c>.</param>
/// <param name="Wording">The marking point.</param>
/// <param name="Indicators">The kinds of evidence an assessor looks for, each a group of synonymous terms.</param>
/// <param name="Evidence">How many distinct groups count as covered or partial.</param>
public sealed record Criterion(string Id, string Wording, ImmutableArray<IndicatorGroup> Indicators, EvidenceThresholds Evidence)
{
    internal int Line { get; init; }

    internal int Column { get; init; }
}

/// <summary>One kind of evidence for a criterion, with its terms compiled for matching.</summary>
/// <param name="Name">What the group stands for, such as "call listening".</param>
/// <param name="Terms">The compiled synonyms and phrases.</param>
public sealed record IndicatorGroup(string Name, TermSet Terms)
{
    /// <summary>
    /// True for a group that strengthens evidence but is not evidence on its own: a figure or a timeframe without a
    /// standard, a performance gap without any coaching. A criterion is never partial on supporting groups alone.
    /// </summary>
    public bool IsSupporting { get; init; }

    /// <summary>
    /// True for a group the criterion cannot be covered without, whatever else is shown: "documenting the outcome" of
    /// a complaint, "corrective actions" for KPI monitoring.
    /// </summary>
    public bool IsRequired { get; init; }

    /// <summary>
    /// True for a group that the learner's own procedure shows when it is set out as a list of three or more steps,
    /// whatever words the steps use: "1. At every booking the agent asks…" is step-by-step without the word "step".
    /// </summary>
    public bool IsShownByListedSteps { get; init; }
}

/// <summary>Where the indicator groups counted for "covered" must occur together.</summary>
public enum EvidenceScope
{
    /// <summary>In one sentence.</summary>
    Sentence,

    /// <summary>In one paragraph, with any list or table it introduces.</summary>
    Paragraph,

    /// <summary>Under one heading (the whole account when it has none).</summary>
    Section,

    /// <summary>Anywhere in the account.</summary>
    Document,
}

/// <summary>
/// How much evidence meets a criterion: the minimum number of distinct indicator groups with a match in the learner's
/// own-action sentences (first person, not negated, hypothetical or quoted) for it to count as covered, or partially
/// covered.
/// </summary>
/// <param name="Covered">Distinct groups for "covered".</param>
/// <param name="Partial">Distinct groups for "partial"; at most <paramref name="Covered"/>.</param>
public sealed record EvidenceThresholds(int Covered, int Partial)
{
    /// <summary>Where the groups counted for "covered" must occur together; by default under one heading.</summary>
    public EvidenceScope Scope { get; init; } = EvidenceScope.Section;
}

/// <summary>A unit pack that cannot be loaded; the message names the file, line and column.</summary>
public sealed class UnitPackException : Packs.PackException
{
    /// <summary>Creates the exception for a problem at a place in a pack.</summary>
    /// <param name="path">The pack file.</param>
    /// <param name="line">One-based line.</param>
    /// <param name="column">One-based column.</param>
    /// <param name="problem">What is wrong.</param>
    public UnitPackException(string path, int line, int column, string problem)
        : base(path, line, column, problem)
    {
    }
}
