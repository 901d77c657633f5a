using EvidenceLint.Units;

namespace EvidenceLint.Rules.Coverage;

/// <summary>Wording shared by the coverage rules' messages.</summary>
internal static class CriterionText
{
    /// <summary>A criterion's marking point, cut to a readable length for a message.</summary>
    public static string Short(Criterion criterion)
    {
        string wording = criterion.Wording.TrimEnd('.');
        if (wording.Length <= 70)
        {
            return wording;
        }

        int cut = wording.LastIndexOf(' ', 67);
        return wording[..(cut > 30 ? cut : 67)].TrimEnd(',', ';', ':', ' ') + "…";
    }

    /// <summary>"a, b and c".</summary>
    public static string List(IEnumerable<string> items)
    {
        var all = items.ToList();
        return all.Count switch
        {
            0 => string.Empty,
            1 => all[0],
            _ => string.Join(", ", all.Take(all.Count - 1)) + " and " + all[^1],
        };
    }
}
