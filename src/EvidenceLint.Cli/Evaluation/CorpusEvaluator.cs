using System.Collections.Immutable;
using EvidenceLint.Analysis;

namespace EvidenceLint.Cli.Evaluation;

/// <summary>True positives, false positives and false negatives of one rule over a labelled corpus.</summary>
internal sealed record RuleScore(string Id, int TruePositives, int FalsePositives, int FalseNegatives)
{
    /// <summary>Share of the rule's judged findings that were right; 1 when it made none.</summary>
    public double Precision => TruePositives + FalsePositives == 0 ? 1 : (double)TruePositives / (TruePositives + FalsePositives);

    /// <summary>Share of the labelled findings the rule found; 1 when there were none.</summary>
    public double Recall => TruePositives + FalseNegatives == 0 ? 1 : (double)TruePositives / (TruePositives + FalseNegatives);

    /// <summary>How many labelled instances the corpus has for this rule.</summary>
    public int Labelled => TruePositives + FalseNegatives;
}

/// <summary>What went wrong on one account, for the author improving a rule.</summary>
internal sealed record AccountEvaluation(string Path, ImmutableArray<string> Missed, ImmutableArray<string> FalseAlarms)
{
    /// <summary>Criteria whose status disagrees with the label, as "MCS.1 labelled partial, reported covered".</summary>
    public ImmutableArray<string> CoverageDisagreements { get; init; } = [];

    /// <summary>Cycle stages whose reported presence disagrees with the label, as "review labelled false, reported true".</summary>
    public ImmutableArray<string> CycleDisagreements { get; init; } = [];
}

/// <summary>Agreement of the reported evaluative-cycle stages with the labels, per stage: (agreed, labelled).</summary>
internal sealed record CycleScore(ImmutableSortedDictionary<string, (int Agreed, int Labelled)> Stages)
{
    public static readonly ImmutableArray<string> StageNames = ["monitor", "analyse", "act", "review"];

    public int Labelled => Stages.Values.Sum(s => s.Labelled);

    public int Agreed => Stages.Values.Sum(s => s.Agreed);

    /// <summary>Share of labelled stages whose presence agrees; 1 when there are none.</summary>
    public double Accuracy => Labelled == 0 ? 1 : (double)Agreed / Labelled;

    /// <summary>Agreement on one stage; 1 when it is never labelled.</summary>
    public double AccuracyOf(string stage) =>
        Stages.TryGetValue(stage, out var s) && s.Labelled > 0 ? (double)s.Agreed / s.Labelled : 1;
}

/// <summary>
/// Agreement of the reported criterion coverage with the labels: a confusion table keyed by (labelled, reported)
/// status names (<c>covered</c>, <c>partial</c>, <c>missing</c>, or <c>none</c> when no coverage was reported).
/// </summary>
internal sealed record CoverageScore(ImmutableSortedDictionary<(string Labelled, string Reported), int> Confusion)
{
    public static readonly ImmutableArray<string> Statuses = ["covered", "partial", "missing"];

    public int Criteria => Confusion.Values.Sum();

    public int Agreed => Confusion.Where(kv => kv.Key.Labelled == kv.Key.Reported).Sum(kv => kv.Value);

    /// <summary>Share of labelled criteria whose status agrees; 1 when there are none.</summary>
    public double Accuracy => Criteria == 0 ? 1 : (double)Agreed / Criteria;

    /// <summary>The worst mistake: evidence claimed where the labels say there is none.</summary>
    public int MissingReportedCovered => Confusion.GetValueOrDefault(("missing", "covered"));
}

/// <summary>The outcome of evaluating a linter on a labelled corpus.</summary>
internal sealed record CorpusEvaluation(int Accounts, ImmutableArray<RuleScore> Rules, ImmutableArray<AccountEvaluation> Details)
{
    public CoverageScore Coverage { get; init; } = new(ImmutableSortedDictionary<(string, string), int>.Empty);

    public CycleScore Cycle { get; init; } = new(ImmutableSortedDictionary<string, (int, int)>.Empty);
}

/// <summary>
/// Scores a linter against a labelled corpus. An <c>expect</c> entry with a quote is met by a finding of that id
/// whose span overlaps the quoted text; one with a detail by a finding with the same criterion or learning outcome;
/// otherwise by any finding of that id. Any finding of a <c>must_not</c> id is a false positive. Findings of ids in
/// neither list are unlabelled and neither credited nor penalised.
/// </summary>
internal static class CorpusEvaluator
{
    public const string LabelsSuffix = ".labels.yaml";

    /// <summary>The account formats a corpus may hold, in the order one is picked when no format is asked for.</summary>
    public static readonly ImmutableArray<string> Formats = ["md", "docx", "pdf", "txt"];

    /// <summary>
    /// Each labels file with its account. A corpus may hold the same account in several formats; <paramref name="from"/>
    /// picks one (an account missing in that format is left out), otherwise the first of <see cref="Formats"/> is used.
    /// </summary>
    public static IEnumerable<(string Account, string Labels)> FindAccounts(string directory, string? from = null)
    {
        var extensions = from is null ? Formats : [from.TrimStart('.').ToLowerInvariant()];
        foreach (string labels in Directory.EnumerateFiles(directory, "*" + LabelsSuffix).Order(StringComparer.Ordinal))
        {
            string stem = labels[..^LabelsSuffix.Length];
            string? account = extensions.Select(ext => stem + "." + ext).FirstOrDefault(File.Exists);
            if (account is not null)
            {
                yield return (account, labels);
            }
        }
    }

    public static async Task<CorpusEvaluation> EvaluateAsync(EvidenceLinter linter, string directory, string? unitOverride, CancellationToken cancellationToken, string? from = null)
    {
        var counts = new SortedDictionary<string, (int Tp, int Fp, int Fn)>(StringComparer.Ordinal);
        var details = ImmutableArray.CreateBuilder<AccountEvaluation>();
        var confusion = new SortedDictionary<(string, string), int>();
        var stages = new SortedDictionary<string, (int Agreed, int Labelled)>(StringComparer.Ordinal);
        int accounts = 0;
        foreach (var (account, labelsPath) in FindAccounts(directory, from))
        {
            cancellationToken.ThrowIfCancellationRequested();
            accounts++;
            var labels = CorpusLabels.Parse(await File.ReadAllTextAsync(labelsPath, cancellationToken).ConfigureAwait(false));
            var request = new LintRequest { Unit = unitOverride ?? labels.Unit };
            var result = await linter.LintAsync(account, request, cancellationToken).ConfigureAwait(false);
            var (missed, falseAlarms) = Score(result, labels, counts);
            details.Add(new AccountEvaluation(account, missed, falseAlarms)
            {
                CoverageDisagreements = ScoreCoverage(result, labels, confusion),
                CycleDisagreements = ScoreCycle(result, labels, stages),
            });
        }

        var rules = counts.Select(kv => new RuleScore(kv.Key, kv.Value.Tp, kv.Value.Fp, kv.Value.Fn)).ToImmutableArray();
        return new CorpusEvaluation(accounts, rules, details.ToImmutable())
        {
            Coverage = new CoverageScore(confusion.ToImmutableSortedDictionary()),
            Cycle = new CycleScore(stages.ToImmutableSortedDictionary(StringComparer.Ordinal)),
        };
    }

    /// <summary>
    /// Why a criterion got its status: the score, each own-action passage with the indicator groups it shows, the
    /// mentions that are not the learner's own action, and the groups the best passage lacks.
    /// </summary>
    internal static string CoverageReason(Evidence.CriterionCoverage coverage)
    {
        static string Passage(Evidence.EvidencePassage p) => $"¶{p.Paragraph + 1} [{string.Join(", ", p.Indicators)}] \"{Shorten(p.Excerpt)}\"";
        var reason = new System.Text.StringBuilder();
        reason.Append(System.Globalization.CultureInfo.InvariantCulture, $" (score {coverage.Score:0.00})");
        foreach (var p in coverage.Evidence)
        {
            reason.Append("\n                own     ").Append(Passage(p));
        }

        foreach (var p in coverage.Mentions.Take(3))
        {
            reason.Append("\n                mention ").Append(Passage(p));
        }

        if (coverage.MissingIndicators.Length > 0)
        {
            reason.Append("\n                lacks   ").AppendJoin(", ", coverage.MissingIndicators);
        }

        return reason.ToString();
    }

    /// <summary>Why a cycle stage was reported or not: the passages that show it, or that none does.</summary>
    private static string CycleReason(Evidence.EvaluativeCycle cycle, Evidence.CycleStages stage, string text)
    {
        var passages = cycle.Passages.Where(p => p.Stages.HasFlag(stage)).ToList();
        if (passages.Count == 0)
        {
            return " (no passage shows it)";
        }

        return string.Concat(passages.Take(4).Select(p => $"\n                ¶{p.Paragraph + 1} \"{Shorten(text.Substring(p.Start, p.Length))}\""));
    }

    internal static ImmutableArray<string> ScoreCycle(LintResult result, CorpusLabels labels, SortedDictionary<string, (int Agreed, int Labelled)> stages)
    {
        var disagreements = ImmutableArray.CreateBuilder<string>();
        foreach (string stage in CycleScore.StageNames)
        {
            var labelled = labels.Cycle.FirstOrDefault(kv => string.Equals(kv.Key, stage, StringComparison.OrdinalIgnoreCase));
            if (labelled.Key is null)
            {
                continue;
            }

            bool? reported = result.Cycle is not { } cycle ? null : stage switch
            {
                "monitor" => cycle.Monitor,
                "analyse" => cycle.Analyse,
                "act" => cycle.Act,
                _ => cycle.Review,
            };
            bool agreed = reported == labelled.Value;
            var entry = stages.GetValueOrDefault(stage);
            stages[stage] = (entry.Agreed + (agreed ? 1 : 0), entry.Labelled + 1);
            if (!agreed)
            {
                string shown = reported is null ? "none" : reported.Value ? "true" : "false";
                string why = result.Cycle is { } c ? result.PersonalData.Apply(CycleReason(c, Flag(stage), result.Document?.Text ?? string.Empty)) : string.Empty;
                disagreements.Add($"{stage} labelled {(labelled.Value ? "true" : "false")}, reported {shown}{why}");
            }
        }

        return disagreements.ToImmutable();
    }

    private static Evidence.CycleStages Flag(string stage) => stage switch
    {
        "monitor" => Evidence.CycleStages.Monitor,
        "analyse" => Evidence.CycleStages.Analyse,
        "act" => Evidence.CycleStages.Act,
        _ => Evidence.CycleStages.Review,
    };

    internal static ImmutableArray<string> ScoreCoverage(LintResult result, CorpusLabels labels, SortedDictionary<(string, string), int> confusion)
    {
        var disagreements = ImmutableArray.CreateBuilder<string>();
        foreach (var (criterion, labelled) in labels.Coverage.OrderBy(kv => kv.Key, StringComparer.Ordinal))
        {
            var reported = result.Coverage?.Criteria.FirstOrDefault(c => string.Equals(c.CriterionId, criterion, StringComparison.OrdinalIgnoreCase));
            string status = reported is null ? "none" : reported.Status.ToString().ToLowerInvariant();
            string label = labelled.Trim().ToLowerInvariant();
            confusion[(label, status)] = confusion.GetValueOrDefault((label, status)) + 1;
            if (label != status)
            {
                disagreements.Add($"{criterion} labelled {label}, reported {status}{(reported is null ? string.Empty : CoverageReason(reported))}");
            }
        }

        return disagreements.ToImmutable();
    }

    internal static (ImmutableArray<string> Missed, ImmutableArray<string> FalseAlarms) Score(
        LintResult result, CorpusLabels labels, SortedDictionary<string, (int Tp, int Fp, int Fn)> counts)
    {
        var missed = ImmutableArray.CreateBuilder<string>();
        var falseAlarms = ImmutableArray.CreateBuilder<string>();
        string text = result.Document?.Text ?? string.Empty;
        var unused = result.Diagnostics.ToList();

        // Quotes first, then details, then bare ids, so a specific label is never starved by a vague one.
        var ordered = labels.Expect
            .OrderBy(e => e.Quote is not null ? 0 : e.Detail is not null ? 1 : 2)
            .ToList();
        foreach (var expected in ordered)
        {
            var match = unused.FirstOrDefault(d => d.Id == expected.Id && Meets(d, expected, text));
            var entry = counts.GetValueOrDefault(expected.Id);
            if (match is not null)
            {
                unused.Remove(match);
                counts[expected.Id] = entry with { Tp = entry.Tp + 1 };
            }
            else
            {
                counts[expected.Id] = entry with { Fn = entry.Fn + 1 };
                // A label may quote the customer data it expects EL5001 to find: masked like any other output.
                missed.Add(result.PersonalData.Apply(Describe(expected) + MissReason(result, expected)));
            }
        }

        foreach (string id in labels.MustNot.Distinct(StringComparer.Ordinal))
        {
            var fired = result.Diagnostics.Where(d => d.Id == id).ToList();
            var entry = counts.GetValueOrDefault(id);
            counts[id] = entry with { Fp = entry.Fp + fired.Count };
            falseAlarms.AddRange(fired.Select(d => $"{d.Id}: {Shorten(AlarmText(d))}\n                why: {Shorten(d.Message, 160)}"));
        }

        return (missed.ToImmutable(), falseAlarms.ToImmutable());
    }

    /// <summary>
    /// Why an expected finding was not reported: for a criterion, the status coverage gave it and on what evidence;
    /// otherwise where the rule did fire, if anywhere.
    /// </summary>
    private static string MissReason(LintResult result, ExpectedFinding expected)
    {
        var criterion = expected.Detail is { Length: > 0 } detail
            ? result.Coverage?.Criteria.FirstOrDefault(c => string.Equals(c.CriterionId, detail.Split('/')[0].Trim(), StringComparison.OrdinalIgnoreCase))
            : null;
        if (criterion is not null)
        {
            return $" — reported {criterion.Status.ToString().ToLowerInvariant()}{CoverageReason(criterion)}";
        }

        var fired = result.Diagnostics.Where(d => d.Id == expected.Id).ToList();
        return fired.Count == 0
            ? " — the rule did not fire"
            : $" — fired elsewhere: {string.Join("; ", fired.Take(3).Select(d => Shorten(AlarmText(d), 50)))}";
    }

    private static bool Meets(Diagnostic diagnostic, ExpectedFinding expected, string text)
    {
        if (expected.Quote is { Length: > 0 } quote)
        {
            var spans = FindQuote(text, quote);
            if (spans.Count == 0)
            {
                return true; // the quote is not in the text the rules see (markup, say): match by id
            }

            var location = diagnostic.Location;
            return spans.Any(s => location.Start < s.End && s.Start < location.End);
        }

        if (expected.Detail is { Length: > 0 } detail)
        {
            if (diagnostic.Detail is null)
            {
                return true;
            }

            // "LO3/monitor,evaluate" names the learning outcome and its verbs; the outcome id is what must agree.
            string Key(string s) => s.Split('/')[0].Trim();
            return string.Equals(Key(diagnostic.Detail), Key(detail), StringComparison.OrdinalIgnoreCase);
        }

        return true;
    }

    private static List<(int Start, int End)> FindQuote(string text, string quote)
    {
        var spans = new List<(int, int)>();
        string needle = Reading.EvidenceDocumentBuilder.Normalise(quote.Replace("**", string.Empty, StringComparison.Ordinal));
        for (int i = text.IndexOf(needle, StringComparison.Ordinal); i >= 0; i = text.IndexOf(needle, i + 1, StringComparison.Ordinal))
        {
            spans.Add((i, i + needle.Length));
        }

        return spans;
    }

    /// <summary>The excerpt of a false alarm (masked, as every excerpt is), or its message when it has none.</summary>
    private static string AlarmText(Diagnostic d) =>
        d.Location.Excerpt.Length > 0 ? d.Location.Excerpt : d.Message;

    private static string Describe(ExpectedFinding e) =>
        e.Id + (e.Detail is not null ? $" [{e.Detail}]" : string.Empty) + (e.Quote is not null ? $" \"{Shorten(e.Quote)}\"" : string.Empty);

    private static string Shorten(string s, int length = 70) => s.Length <= length ? s : s[..(length - 3)] + "…";
}
