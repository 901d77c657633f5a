using System.Collections.Immutable;
using EvidenceLint.Analysis;
using EvidenceLint.Evidence;

namespace EvidenceLint.Reporting;

/// <summary>
/// One learner of a cohort: the results of every file of their portfolio, merged. A criterion's status is the best
/// any of their files shows (evidence in one file is evidence in the portfolio); findings are every file's, in order.
/// Built from results only: nothing is analysed again.
/// </summary>
public sealed class CohortLearner
{
    private readonly Dictionary<string, CoverageStatus> _statuses;

    /// <summary>Merges the results of one learner's files.</summary>
    /// <param name="name">The learner's name as reports show it (unique within the cohort).</param>
    /// <param name="results">The results of the learner's files, in the order to report them.</param>
    public CohortLearner(string name, IEnumerable<LintResult> results)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        ArgumentNullException.ThrowIfNull(results);
        Name = name;
        Results = [.. results];

        // With per-file unit detection a learner's files could disagree; the unit most of them were checked against wins.
        Unit = Results.Where(r => r.Coverage is not null)
            .GroupBy(r => r.Coverage!.Unit, StringComparer.OrdinalIgnoreCase)
            .OrderByDescending(g => g.Count())
            .Select(g => g.First().Coverage!.Unit)
            .FirstOrDefault();
        _statuses = new Dictionary<string, CoverageStatus>(StringComparer.OrdinalIgnoreCase);
        var criteria = new List<string>();
        foreach (var coverage in Results.Select(r => r.Coverage).OfType<UnitCoverage>().Where(c => string.Equals(c.Unit, Unit, StringComparison.OrdinalIgnoreCase)))
        {
            foreach (var criterion in coverage.Criteria)
            {
                if (!_statuses.TryGetValue(criterion.CriterionId, out var best))
                {
                    criteria.Add(criterion.CriterionId);
                    _statuses[criterion.CriterionId] = criterion.Status;
                }
                else if (criterion.Status > best)
                {
                    _statuses[criterion.CriterionId] = criterion.Status;
                }
            }
        }

        Criteria = [.. criteria];
        Diagnostics = [.. Results.SelectMany(r => r.Diagnostics).Where(d => d.Severity != DiagnosticSeverity.Hidden)];
        RuleCounts = Diagnostics.GroupBy(d => d.Id).OrderBy(g => g.Key, StringComparer.Ordinal).ToImmutableSortedDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal);
    }

    /// <summary>The learner's name as reports show it.</summary>
    public string Name { get; }

    /// <summary>The results of the learner's files.</summary>
    public ImmutableArray<LintResult> Results { get; }

    /// <summary>The unit the learner's coverage is for; null when no file had one (unreadable, or no unit found).</summary>
    public string? Unit { get; }

    /// <summary>The criteria of <see cref="Unit"/>, in the pack's order.</summary>
    public ImmutableArray<string> Criteria { get; }

    /// <summary>The visible findings of every file, in file order.</summary>
    public ImmutableArray<Diagnostic> Diagnostics { get; }

    /// <summary>How many visible findings each rule reported, by rule id.</summary>
    public ImmutableSortedDictionary<string, int> RuleCounts { get; }

    /// <summary>True when at least one of the learner's files could not be read.</summary>
    public bool HasUnreadable => Results.Any(r => !r.IsReadable);

    /// <summary>The learner's best status for a criterion; null when the criterion is not in the learner's unit.</summary>
    public CoverageStatus? StatusOf(string criterionId) => _statuses.TryGetValue(criterionId, out var status) ? status : null;
}

/// <summary>A tutor's cohort: the learners in name order and every criterion any of them was checked against.</summary>
public sealed class Cohort
{
    /// <summary>Creates the cohort.</summary>
    /// <param name="learners">The learners, in the order to report them.</param>
    public Cohort(IEnumerable<CohortLearner> learners)
    {
        ArgumentNullException.ThrowIfNull(learners);
        Learners = [.. learners];
        Criteria = [.. Learners.SelectMany(l => l.Criteria).Distinct(StringComparer.OrdinalIgnoreCase)];
        Rules = [.. Learners.SelectMany(l => l.RuleCounts.Keys).Distinct().Order(StringComparer.Ordinal)];
    }

    /// <summary>The learners.</summary>
    public ImmutableArray<CohortLearner> Learners { get; }

    /// <summary>Every criterion in the matrix: each unit's in the pack's order, units in order of first appearance.</summary>
    public ImmutableArray<string> Criteria { get; }

    /// <summary>Every rule that reported a visible finding for some learner, by id.</summary>
    public ImmutableArray<string> Rules { get; }

    /// <summary>Every file's result, learner by learner.</summary>
    public IEnumerable<LintResult> Results => Learners.SelectMany(l => l.Results);

    /// <summary>
    /// The rules that reported most across the cohort, most learners first, then most findings: what to teach the
    /// whole group rather than one learner. Input problems (EL0xxx) are not teaching points and are left out.
    /// </summary>
    /// <param name="count">How many to return.</param>
    public IReadOnlyList<CohortIssue> MostCommon(int count)
    {
        var descriptors = Learners.SelectMany(l => l.Diagnostics).Select(d => d.Descriptor).DistinctBy(d => d.Id).ToDictionary(d => d.Id);
        return [.. Rules
            .Where(id => descriptors[id].Category != EngineDiagnostics.Category)
            .Select(id => new CohortIssue(
                descriptors[id],
                Learners.Count(l => l.RuleCounts.ContainsKey(id)),
                Learners.Sum(l => l.RuleCounts.GetValueOrDefault(id))))
            .OrderByDescending(i => i.Learners)
            .ThenByDescending(i => i.Findings)
            .ThenBy(i => i.Rule.Id, StringComparer.Ordinal)
            .Take(count)];
    }
}

/// <summary>How common one rule's findings are in a cohort.</summary>
/// <param name="Rule">The rule.</param>
/// <param name="Learners">How many learners it reported for.</param>
/// <param name="Findings">How many findings it reported in all.</param>
public sealed record CohortIssue(DiagnosticDescriptor Rule, int Learners, int Findings);
