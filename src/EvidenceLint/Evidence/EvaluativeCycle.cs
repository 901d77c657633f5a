using System.Collections.Immutable;

namespace EvidenceLint.Evidence;

/// <summary>The stages of the evaluative cycle a passage shows.</summary>
[Flags]
public enum CycleStages
{
    /// <summary>No stage.</summary>
    None = 0,

    /// <summary>Collecting data: listening to calls, reading survey comments, checking reports.</summary>
    Monitor = 1,

    /// <summary>Working out what the data means: a trend, a cause, a comparison, a finding.</summary>
    Analyse = 2,

    /// <summary>A change or corrective action taken.</summary>
    Act = 4,

    /// <summary>A change's effect checked: a later measure, review or comparison.</summary>
    Review = 8,
}

/// <summary>One sentence of the account and the stages of the cycle it shows.</summary>
/// <param name="Sentence">The sentence's index in the text model.</param>
/// <param name="Paragraph">The paragraph's index in the document.</param>
/// <param name="Page">The page, for PDF.</param>
/// <param name="Start">Start of the sentence in the document's normalised text.</param>
/// <param name="Length">Length of the sentence.</param>
/// <param name="Stages">The stages the sentence shows.</param>
public sealed record CyclePassage(int Sentence, int Paragraph, int? Page, int Start, int Length, CycleStages Stages);

/// <summary>
/// The evaluative cycle of one account (monitor → analyse → act → review): which stages the learner's own evidence
/// shows, and the passages where the cycle breaks off. Computed once per document by <see cref="CycleAnalysis"/> and
/// shared by the EL3xxx rules and the reports.
/// </summary>
public sealed record EvaluativeCycle
{
    /// <summary>The order the stages are named in.</summary>
    public static readonly ImmutableArray<CycleStages> Stages = [CycleStages.Monitor, CycleStages.Analyse, CycleStages.Act, CycleStages.Review];

    /// <summary>The stages the account shows.</summary>
    public CycleStages Shown { get; init; }

    /// <summary>True when the account shows monitoring.</summary>
    public bool Monitor => Shown.HasFlag(CycleStages.Monitor);

    /// <summary>True when the account shows analysis.</summary>
    public bool Analyse => Shown.HasFlag(CycleStages.Analyse);

    /// <summary>True when the account shows a change or corrective action.</summary>
    public bool Act => Shown.HasFlag(CycleStages.Act);

    /// <summary>True when the account shows a change's effect checked.</summary>
    public bool Review => Shown.HasFlag(CycleStages.Review);

    /// <summary>True when every stage is shown.</summary>
    public bool IsComplete => Stages.All(s => Shown.HasFlag(s));

    /// <summary>The stages not shown, in cycle order.</summary>
    public ImmutableArray<CycleStages> Missing => [.. Stages.Where(s => !Shown.HasFlag(s))];

    /// <summary>Every sentence that shows at least one stage, in document order.</summary>
    public ImmutableArray<CyclePassage> Passages { get; init; } = [];

    /// <summary>Monitoring passages with nothing after them in their section (or the next) saying what was changed or decided.</summary>
    public ImmutableArray<CyclePassage> UnansweredMonitoring { get; init; } = [];

    /// <summary>Changes with no data, finding or feedback before them that could have prompted them.</summary>
    public ImmutableArray<CyclePassage> UnpromptedChanges { get; init; } = [];

    /// <summary>Changes whose effect the account never checks.</summary>
    public ImmutableArray<CyclePassage> UnreviewedChanges { get; init; } = [];

    /// <summary>The lower-case name of a stage: <c>monitor</c>, <c>analyse</c>, <c>act</c> or <c>review</c>.</summary>
    public static string NameOf(CycleStages stage) => stage switch
    {
        CycleStages.Monitor => "monitor",
        CycleStages.Analyse => "analyse",
        CycleStages.Act => "act",
        CycleStages.Review => "review",
        _ => throw new ArgumentOutOfRangeException(nameof(stage), stage, "one stage"),
    };
}
