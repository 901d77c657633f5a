using System.Collections.Immutable;

namespace EvidenceLint.Evidence;

/// <summary>The coverage of every criterion of one unit in one account.</summary>
/// <param name="Unit">The unit id.</param>
/// <param name="Criteria">One entry per criterion, in the pack's order.</param>
public sealed record UnitCoverage(string Unit, ImmutableArray<CriterionCoverage> Criteria)
{
    /// <summary>Where the account names the unit's criteria ("(MCS.3)", "criterion 2"), in document order.</summary>
    public ImmutableArray<CriterionReference> References { get; init; } = [];

    /// <summary>The coverage of a criterion by id.</summary>
    /// <exception cref="KeyNotFoundException">The unit has no such criterion.</exception>
    public CriterionCoverage Get(string criterionId) =>
        Criteria.FirstOrDefault(c => string.Equals(c.CriterionId, criterionId, StringComparison.OrdinalIgnoreCase))
        ?? throw new KeyNotFoundException($"The unit {Unit} has no criterion '{criterionId}'.");
}
