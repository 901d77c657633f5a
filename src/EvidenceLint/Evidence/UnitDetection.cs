using System.Collections.Immutable;
using EvidenceLint.Reading;
using EvidenceLint.Text;
using EvidenceLint.Units;

namespace EvidenceLint.Evidence;

/// <summary>The unit an account seems to be written for.</summary>
/// <param name="Unit">The best-matching pack; null when no pack matches at all.</param>
/// <param name="Confidence">From 0 to 1: how clearly it beats the runner-up.</param>
/// <param name="Scores">Every pack's score, by unit id, for reports and tuning.</param>
public sealed record UnitDetection(UnitPack? Unit, double Confidence, ImmutableDictionary<string, double> Scores)
{
    /// <summary>
    /// Guesses the unit from the text. The unit's code ("SCS") or most of its title in the account's title or headings, or
    /// its criterion ids ("MCS.3"), are strong signals. Otherwise each unit scores the share of its indicator groups the
    /// account shows, a group counting for less when its terms occur only where other units' terms do too ("complaint"
    /// belongs to several units, "rota" to one). Confidence is the winner's lead over the runner-up, reduced when there
    /// is little evidence at all.
    /// </summary>
    public static UnitDetection Detect(TextModel text, IEnumerable<UnitPack> units)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(units);
        var packs = units.ToList();

        // Per unit, per indicator group: the places (first tokens) where the group's terms occur as plain statements.
        var groupPlaces = new List<List<HashSet<int>>>(packs.Count);
        foreach (var unit in packs)
        {
            var groups = new List<HashSet<int>>();
            foreach (var group in unit.Criteria.SelectMany(c => c.Indicators))
            {
                var at = new HashSet<int>();
                foreach (var match in text.FindAll(group.Terms))
                {
                    if (!text.IsNegatedAt(match.FirstToken) && !text.IsHypotheticalAt(match.FirstToken))
                    {
                        at.Add(match.FirstToken);
                    }
                }

                groups.Add(at);
            }

            groupPlaces.Add(groups);
        }

        var sharedBy = new Dictionary<int, int>();
        foreach (int place in groupPlaces.SelectMany(u => u.SelectMany(g => g).Distinct()))
        {
            sharedBy[place] = sharedBy.GetValueOrDefault(place) + 1;
        }

        // A unit scores the share of its kinds of evidence the account shows, each kind weighted by how much it belongs
        // to this unit alone; repeating one common term ("complaint") many times does not outweigh breadth.
        var scores = new Dictionary<string, double>(StringComparer.Ordinal);
        double evidence = 0;
        for (int i = 0; i < packs.Count; i++)
        {
            var groups = groupPlaces[i];
            double shown = groups.Sum(g => g.Count == 0 ? 0 : g.Max(p => 1.0 / sharedBy[p]));
            double breadth = groups.Count == 0 ? 0 : BreadthScale * shown / groups.Count;

            // How much the account says in this unit's own terms: breadth decides between close units, volume between
            // an account that dwells on one unit's practice and one that mentions it in passing.
            double volume = groups.SelectMany(g => g).Distinct().Sum(p => 1.0 / sharedBy[p]);
            scores[packs[i].Id] = breadth + (volume / 2);
            evidence = Math.Max(evidence, volume);
        }

        // A named unit outweighs any amount of term evidence, and is trusted however short the account.
        double top = scores.Values.DefaultIfEmpty(0).Max();
        var named = packs.Where(u => NamesUnit(text, u)).ToList();
        foreach (var unit in named)
        {
            scores[unit.Id] += top + StrongEvidence;
        }

        var ranked = packs.OrderByDescending(p => scores[p.Id]).ThenBy(p => p.Id, StringComparer.Ordinal).ToList();
        var rounded = scores.ToImmutableDictionary(kv => kv.Key, kv => Math.Round(kv.Value, 2));
        if (ranked.Count == 0 || scores[ranked[0].Id] <= 0)
        {
            return new UnitDetection(null, 0, rounded);
        }

        double best = scores[ranked[0].Id];
        double second = ranked.Count > 1 ? scores[ranked[1].Id] : 0;
        double lead = Math.Clamp((best - second) / best * 2, 0, 1);
        double amount = named.Count > 0 ? 1 : Math.Min(1, evidence / StrongEvidence);
        return new UnitDetection(ranked[0], Math.Round(lead * amount, 2), rounded);
    }

    /// <summary>Scales breadth (a share of a unit's kinds of evidence) to the range of the named-unit bonus.</summary>
    private const double BreadthScale = 20;

    /// <summary>The score at which there is enough evidence to trust a lead fully: a dozen or so distinctive places.</summary>
    private const double StrongEvidence = 12;

    /// <summary>True when the account names the unit: its code or most of its title in a heading or the opening, or one of its criterion ids.</summary>
    private static bool NamesUnit(TextModel text, UnitPack unit)
    {
        string body = text.Document.Text;
        foreach (var criterion in unit.Criteria)
        {
            for (int at = body.IndexOf(criterion.Id, StringComparison.OrdinalIgnoreCase); at >= 0; at = body.IndexOf(criterion.Id, at + 1, StringComparison.OrdinalIgnoreCase))
            {
                int end = at + criterion.Id.Length;
                if ((end == body.Length || !char.IsDigit(body[end])) && (at == 0 || !char.IsLetterOrDigit(body[at - 1])))
                {
                    return true;
                }
            }
        }

        var titleWords = ContentWords(unit.Title);
        // Headings, and a short first line that is a title in all but markup; never body text, where "customer service
        // delivery" is just a phrase.
        var first = text.Document.Paragraphs.FirstOrDefault();
        var titles = text.Document.Paragraphs.Where(p => p.Kind == ParagraphKind.Heading).Take(8).ToList();
        if (first is not null && first.Kind != ParagraphKind.Heading && text.GetTokens(first).Length <= 16)
        {
            titles.Add(first);
        }

        foreach (var paragraph in titles)
        {
            string heading = text.Document.GetText(paragraph);
            if (System.Text.RegularExpressions.Regex.IsMatch(heading, $@"(?<![A-Za-z0-9]){System.Text.RegularExpressions.Regex.Escape(unit.Id)}(?![A-Za-z0-9.])"))
            {
                return true;
            }

            // Most of the title's words, including at least one that is not shared by every title ("customer service").
            var words = ContentWords(heading);
            int shared = titleWords.Count(words.Contains);
            if (titleWords.Count > 0 && shared >= Math.Max(2, (int)Math.Ceiling(titleWords.Count * 0.6)) && titleWords.Any(w => words.Contains(w) && !TitleFiller.Contains(w)))
            {
                return true;
            }
        }

        return false;
    }

    private static HashSet<string> ContentWords(string text) =>
        Tokenizer.Tokenize(text).Where(t => t.Kind == TokenKind.Word && t.Lemma.Length > 3 && !Connectives.Contains(t.Lemma)).Select(t => t.Lemma).ToHashSet(StringComparer.Ordinal);

    private static readonly HashSet<string> Connectives = new(StringComparer.Ordinal) { "with", "from", "that", "this", "into", "their" };

    private static readonly HashSet<string> TitleFiller = new(StringComparer.Ordinal) { "customer", "service", "contact", "centre" };
}
