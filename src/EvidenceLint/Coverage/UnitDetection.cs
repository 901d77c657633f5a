using System.Collections.Immutable;
using EvidenceLint.Reading;
using EvidenceLint.Text;
using EvidenceLint.Units;

namespace EvidenceLint.Coverage;

/// <summary>The unit an account seems to be written for.</summary>
/// <param name="Unit">The best-matching pack; null when no pack matches at all.</param>
/// <param name="Confidence">From 0 to 1: how clearly it beats the runner-up.</param>
/// <param name="Scores">Every pack's score, by unit id, for reports and tuning.</param>
public sealed record UnitDetection(UnitPack? Unit, double Confidence, ImmutableDictionary<string, double> Scores)
{
    /// <summary>
    /// Guesses the unit from the text. The unit's code ("SCS") or most of its title in the account's title or headings, or
    /// its criterion ids ("MCS.3"), are strong signals. Otherwise each unit scores the places where its indicator terms
    /// occur, a place shared with other units' terms counting for less ("complaint" belongs to several units, "rota" to
    /// one). Confidence is the winner's lead over the runner-up, reduced when there is little evidence at all.
    /// </summary>
    public static UnitDetection Detect(TextModel text, IEnumerable<UnitPack> units)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(units);
        var packs = units.ToList();
        var places = new List<HashSet<int>>(packs.Count);
        foreach (var unit in packs)
        {
            var at = new HashSet<int>();
            foreach (var group in unit.Criteria.SelectMany(c => c.Indicators))
            {
                foreach (var match in text.FindAll(group.Terms))
                {
                    if (!text.IsNegatedAt(match.FirstToken) && !text.IsHypotheticalAt(match.FirstToken))
                    {
                        at.Add(match.FirstToken);
                    }
                }
            }

            places.Add(at);
        }

        var sharedBy = new Dictionary<int, int>();
        foreach (int place in places.SelectMany(p => p))
        {
            sharedBy[place] = sharedBy.GetValueOrDefault(place) + 1;
        }

        var scores = new Dictionary<string, double>(StringComparer.Ordinal);
        for (int i = 0; i < packs.Count; i++)
        {
            double score = places[i].Sum(p => 1.0 / sharedBy[p]);
            scores[packs[i].Id] = score;
        }

        // A named unit outweighs any amount of term evidence.
        double top = scores.Values.DefaultIfEmpty(0).Max();
        foreach (var unit in packs.Where(u => NamesUnit(text, u)))
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
        double amount = Math.Min(1, best / StrongEvidence);
        return new UnitDetection(ranked[0], Math.Round(lead * amount, 2), rounded);
    }

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
        foreach (var paragraph in text.Document.Paragraphs.Where(p => p.Kind == ParagraphKind.Heading).Take(8).Append(text.Document.Paragraphs.FirstOrDefault()))
        {
            if (paragraph is null)
            {
                continue;
            }

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
