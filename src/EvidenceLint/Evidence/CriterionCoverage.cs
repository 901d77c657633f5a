using System.Collections.Immutable;

namespace EvidenceLint.Evidence;

/// <summary>
/// How well the account evidences one criterion, on the red/amber/green scale e-portfolio tools use. Formative only:
/// "covered" means the account appears to contain evidence for the assessor to judge, never that the criterion is met.
/// </summary>
public enum CoverageStatus
{
    /// <summary>No passage evidences the criterion (red).</summary>
    Missing,

    /// <summary>Indicators appear, but thinly or not as the learner's own action (amber).</summary>
    Partial,

    /// <summary>The learner's own actions show enough of the criterion's indicators (green).</summary>
    Covered,
}

/// <summary>A passage of the account offered as evidence for a criterion.</summary>
/// <param name="Paragraph">The paragraph index.</param>
/// <param name="Page">The page, for PDF.</param>
/// <param name="Start">The start of the passage in the normalised text.</param>
/// <param name="Length">Its length.</param>
/// <param name="Excerpt">The passage's text.</param>
/// <param name="Indicators">The indicator groups the passage shows, by name.</param>
public sealed record EvidencePassage(int Paragraph, int? Page, int Start, int Length, string Excerpt, ImmutableArray<string> Indicators);

/// <summary>The coverage of one criterion.</summary>
/// <param name="CriterionId">The criterion, such as <c>MCS.4</c>.</param>
/// <param name="Status">Covered, partial or missing.</param>
/// <param name="Score">
/// From 0 to 1: the share of the criterion's indicator groups the learner's own actions show together, in the best
/// passage (paragraph, section…, as the pack's evidence scope says).
/// </param>
/// <param name="Evidence">
/// The learner's own-action passages that evidence it, in document order; empty when it is missing, and when it is
/// partial only because the account mentions it (then <paramref name="Mentions"/> holds the passages). A partial or
/// covered criterion always has a score above 0 and a passage showing one of its indicators that is more than supporting;
/// questions, interviewer turns, headings, quotations and pasted criterion wording are neither evidence nor mentions.
/// </param>
/// <param name="Mentions">Passages that mention its indicators without being the learner's own action (general statements, plans).</param>
/// <param name="MissingIndicators">The indicator groups the best own-action passage does not show, by name: what to add.</param>
public sealed record CriterionCoverage(
    string CriterionId,
    CoverageStatus Status,
    double Score,
    ImmutableArray<EvidencePassage> Evidence,
    ImmutableArray<EvidencePassage> Mentions,
    ImmutableArray<string> MissingIndicators)
{
    /// <summary>
    /// The rules whose findings keep the criterion at partial although its evidence would cover it (see
    /// <see cref="Analysis.DiagnosticDescriptor.LimitsCriteria"/>): an examiners' misconception shown in that evidence.
    /// </summary>
    public ImmutableArray<string> LimitedBy { get; init; } = [];
}
