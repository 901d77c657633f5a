using System.Collections.Immutable;
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
    /// Guesses the unit from the text: the unit's title or its criterion ids ("MCS.3") named in the account are strong
    /// signals; otherwise the share of each unit's indicator groups the account mentions decides, and the confidence is
    /// the winner's lead over the runner-up.
    /// </summary>
    public static UnitDetection Detect(TextModel text, IEnumerable<UnitPack> units)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(units);
        var scores = new Dictionary<string, double>(StringComparer.Ordinal);
        var packs = units.ToList();
        foreach (var unit in packs)
        {
            int groups = 0;
            int shown = 0;
            foreach (var criterion in unit.Criteria)
            {
                foreach (var group in criterion.Indicators)
                {
                    groups++;
                    if (text.FindAll(group.Terms).Any(m => !text.IsNegatedAt(m.FirstToken)))
                    {
                        shown++;
                    }
                }
            }

            double score = groups == 0 ? 0 : (double)shown / groups;
            if (NamesUnit(text, unit))
            {
                score += 1;
            }

            scores[unit.Id] = Math.Round(score, 3);
        }

        var ranked = packs.OrderByDescending(p => scores[p.Id]).ThenBy(p => p.Id, StringComparer.Ordinal).ToList();
        if (ranked.Count == 0 || scores[ranked[0].Id] <= 0)
        {
            return new UnitDetection(null, 0, scores.ToImmutableDictionary());
        }

        double best = scores[ranked[0].Id];
        double second = ranked.Count > 1 ? scores[ranked[1].Id] : 0;
        double confidence = Math.Round(Math.Clamp((best - second) / best * 2, 0, 1), 2);
        return new UnitDetection(ranked[0], confidence, scores.ToImmutableDictionary());
    }

    /// <summary>True when the account names the unit's title or one of its criterion ids.</summary>
    private static bool NamesUnit(TextModel text, UnitPack unit)
    {
        string body = text.Document.Text;
        if (body.Contains(unit.Title, StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }

        foreach (var criterion in unit.Criteria)
        {
            int at = body.IndexOf(criterion.Id, StringComparison.OrdinalIgnoreCase);
            if (at >= 0 && (at + criterion.Id.Length == body.Length || !char.IsDigit(body[at + criterion.Id.Length])))
            {
                return true;
            }
        }

        return false;
    }
}
