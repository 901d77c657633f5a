using System.Collections.Immutable;
using EvidenceLint.Text;
using EvidenceLint.Units;

namespace EvidenceLint.Evidence;

/// <summary>
/// Works out, for each criterion of a unit, whether the account evidences it: which of the criterion's indicator groups
/// the learner's own actions show (see <see cref="EvidenceSentences"/>), against the pack's thresholds. Deterministic and
/// free of shared state.
/// </summary>
internal static class CoverageAnalysis
{
    /// <summary>Analyses an account for a unit.</summary>
    public static UnitCoverage Analyse(TextModel text, UnitPack unit, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(unit);
        return Analyse(EvidenceSentences.Create(text, unit), unit, cancellationToken);
    }

    /// <summary>Analyses an account whose sentences have already been classified for the unit.</summary>
    public static UnitCoverage Analyse(EvidenceSentences sentences, UnitPack unit, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(sentences);
        ArgumentNullException.ThrowIfNull(unit);
        var criteria = ImmutableArray.CreateBuilder<CriterionCoverage>(unit.Criteria.Length);
        foreach (var criterion in unit.Criteria)
        {
            cancellationToken.ThrowIfCancellationRequested();
            criteria.Add(Analyse(sentences, criterion));
        }

        return new UnitCoverage(unit.Id, criteria.MoveToImmutable()) { References = CriterionReference.Find(sentences.Text, unit) };
    }

    private static CriterionCoverage Analyse(EvidenceSentences sentences, Criterion criterion)
    {
        var text = sentences.Text;

        // Sentence index → the indicator groups it shows, kept in group order for stable output.
        var own = new SortedDictionary<int, SortedSet<int>>();
        var mentioned = new SortedDictionary<int, SortedSet<int>>();
        for (int g = 0; g < criterion.Indicators.Length; g++)
        {
            foreach (var match in text.FindAll(criterion.Indicators[g].Terms))
            {
                // A figure or a timeframe describes what was set, and a standard is said in the future ("I set three
                // standards: 90% of calls will be answered within 20 seconds by March"); a procedure states its steps
                // as rules ("the adviser will record…"). Neither "will" is a plan.
                var target = sentences.OfCriterionEvidence(match, detail: criterion.Indicators[g].IsSupporting) switch
                {
                    EvidenceStanding.OwnAction => own,
                    EvidenceStanding.Mention => mentioned,
                    _ => null,
                };
                if (target is null)
                {
                    continue;
                }

                int sentence = text.GetSentenceOf(match.FirstToken).Index;
                if (!target.TryGetValue(sentence, out var groups))
                {
                    target[sentence] = groups = [];
                }

                groups.Add(g);
            }

            // The learner's procedure set out step by step shows the group whatever words its steps use.
            if (criterion.Indicators[g].IsShownByListedSteps)
            {
                foreach (int sentence in sentences.ListedSteps)
                {
                    if (!own.TryGetValue(sentence, out var groups))
                    {
                        own[sentence] = groups = [];
                    }

                    groups.Add(g);
                }
            }
        }

        // An answer that itself shows some of the criterion takes what the question asked as its topic: "What standards
        // did you set?" — "Pick up inside thirty seconds." is a standard set with its figure. A bare "Yes" shows nothing
        // of its own and gains nothing; the question alone is never evidence.
        Dictionary<TextModel, int[]>? topics = null;
        foreach (var (sentence, groups) in own)
        {
            if (sentences.QuestionAnsweredBy(text.Sentences[sentence].Paragraph) is { } question)
            {
                topics ??= new(ReferenceEqualityComparer.Instance);
                if (!topics.TryGetValue(question, out var topic))
                {
                    topics[question] = topic = [.. Enumerable.Range(0, criterion.Indicators.Length)
                        .Where(g => question.FindAll(criterion.Indicators[g].Terms).Any(m => !question.IsNegatedAt(m.FirstToken)))];
                }

                groups.UnionWith(topic);
            }
        }

        var ownGroups = own.Values.SelectMany(g => g).ToHashSet();
        var thresholds = criterion.Evidence;
        bool IsAnchor(int g) => !criterion.Indicators[g].IsSupporting;
        var required = Enumerable.Range(0, criterion.Indicators.Length).Where(g => criterion.Indicators[g].IsRequired).ToList();

        // Covered needs enough groups together in one scope (a standard with its figure and its deadline, not a figure
        // in one section and a deadline in another), at least one of them more than supporting, and more than one
        // sentence of evidence: one sentence is a passing mention, however many indicators it packs in. The second
        // sentence may sit in another scope, as long as it shows one of the criterion's own indicators: a learner who
        // sets out every principle in one long sentence and returns to one of them later has evidenced the criterion.
        var scopes = sentences.ScopeKeys(thresholds.Scope);
        var byScope = own
            .GroupBy(pair => scopes[pair.Key])
            .Select(scope => scope.SelectMany(pair => pair.Value).ToHashSet())
            .ToList();
        bool together = byScope.Any(groups => groups.Count >= thresholds.Covered && groups.Any(IsAnchor) && required.All(groups.Contains));
        var status = together && own.Count >= 2 ? CoverageStatus.Covered
            : ownGroups.Count >= thresholds.Partial && ownGroups.Any(IsAnchor) ? CoverageStatus.Partial
            : CoverageStatus.Missing;

        // The score and what to add describe the learner's best attempt — the scope with the most groups together —
        // so a standard whose figure and deadline sit in other sections still reads as missing them.
        var best = Best(byScope);

        // A criterion the account only talks about — a general statement, someone else's action, the learner's work
        // told in the passive — is partial, resting on those mentions (reported beside it for the learner to turn into
        // their own evidence); the score then counts what the mentions show.
        bool onMentions = false;
        if (status == CoverageStatus.Missing && mentioned.Values.Any(groups => groups.Any(IsAnchor)))
        {
            status = CoverageStatus.Partial;
            onMentions = true;
            best = Best([.. own.Concat(mentioned).GroupBy(pair => scopes[pair.Key]).Select(scope => scope.SelectMany(pair => pair.Value).ToHashSet())]);
        }

        int total = criterion.Indicators.Length;
        double score = total == 0 ? 0 : Math.Round((double)best.Count / total, 2);

        // What reports rely on: partial and covered always rest on at least one passage showing one of the criterion's
        // own (not merely supporting) indicators, and score above 0; anything else is missing.
        if (status != CoverageStatus.Missing && (score == 0 || best.Count == 0))
        {
            status = CoverageStatus.Missing;
        }

        HashSet<int> Best(List<HashSet<int>> scoped) => scoped
            .Where(groups => groups.Any(IsAnchor))
            .OrderByDescending(groups => groups.Count(g => required.Contains(g)))
            .ThenByDescending(groups => groups.Count)
            .FirstOrDefault() ?? [];

        return new CriterionCoverage(
            criterion.Id,
            status,
            score,
            status == CoverageStatus.Missing || onMentions ? [] : Passages(text, criterion, own),
            Passages(text, criterion, mentioned),
            [.. Enumerable.Range(0, total).Where(g => !best.Contains(g)).Select(g => criterion.Indicators[g].Name)]);
    }

    private static ImmutableArray<EvidencePassage> Passages(TextModel text, Criterion criterion, SortedDictionary<int, SortedSet<int>> bySentence) =>
        [.. bySentence.Select(pair =>
        {
            var sentence = text.Sentences[pair.Key];
            var paragraph = text.Document.Paragraphs[sentence.Paragraph];
            return new EvidencePassage(
                paragraph.Index,
                paragraph.Page,
                sentence.Start,
                sentence.Length,
                text.PersonalData.GetText(sentence.Start, sentence.Length),
                [.. pair.Value.Select(g => criterion.Indicators[g].Name)]);
        })];
}
