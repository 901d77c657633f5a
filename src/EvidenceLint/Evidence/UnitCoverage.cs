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

    /// <summary>
    /// This coverage with each covered criterion that a finding limits reported as partial, naming the rules; itself when
    /// nothing changes. Criteria of other units are ignored.
    /// </summary>
    internal UnitCoverage Limit(IEnumerable<(string Criterion, string RuleId)> limits)
    {
        var byCriterion = limits
            .GroupBy(l => l.Criterion, StringComparer.OrdinalIgnoreCase)
            .ToDictionary(g => g.Key, g => g.Select(l => l.RuleId).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToImmutableArray(), StringComparer.OrdinalIgnoreCase);
        if (byCriterion.Count == 0 || !Criteria.Any(c => c.Status == CoverageStatus.Covered && byCriterion.ContainsKey(c.CriterionId)))
        {
            return this;
        }

        return this with
        {
            Criteria = [.. Criteria.Select(c => c.Status == CoverageStatus.Covered && byCriterion.TryGetValue(c.CriterionId, out var rules)
                ? c with { Status = CoverageStatus.Partial, LimitedBy = rules }
                : c)],
        };
    }
}
