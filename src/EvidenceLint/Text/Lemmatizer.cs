namespace EvidenceLint.Text;

/// <summary>
/// Reduces an English word to the form the term lists are written in. Irregular forms come from a table;
/// regular inflections (-s, -es, -ies, -ed, -ing) are undone by rule.
/// </summary>
public static class Lemmatizer
{
    private static readonly Dictionary<string, string> Irregular = new(StringComparer.Ordinal)
    {
        ["led"] = "lead", ["set"] = "set", ["took"] = "take", ["taken"] = "take", ["made"] = "make",
        ["was"] = "be", ["were"] = "be", ["is"] = "be", ["are"] = "be", ["been"] = "be", ["am"] = "be",
        ["did"] = "do", ["done"] = "do", ["does"] = "do", ["had"] = "have", ["has"] = "have",
        ["gave"] = "give", ["given"] = "give", ["told"] = "tell", ["held"] = "hold", ["ran"] = "run",
        ["wrote"] = "write", ["written"] = "write", ["spoke"] = "speak", ["spoken"] = "speak",
        ["met"] = "meet", ["sent"] = "send", ["spent"] = "spend", ["brought"] = "bring", ["taught"] = "teach",
        ["thought"] = "think", ["found"] = "find", ["built"] = "build", ["chose"] = "choose", ["chosen"] = "choose",
        ["heard"] = "hear", ["kept"] = "keep", ["saw"] = "see", ["seen"] = "see", ["went"] = "go", ["gone"] = "go",
        ["began"] = "begin", ["begun"] = "begin", ["got"] = "get", ["made"] = "make", ["paid"] = "pay", ["put"] = "put",
        ["said"] = "say", ["sat"] = "sit", ["stood"] = "stand", ["understood"] = "understand", ["drew"] = "draw",
        ["drawn"] = "draw", ["rang"] = "ring", ["rung"] = "ring", ["fed"] = "feed", ["felt"] = "feel", ["left"] = "leave",
        ["lost"] = "lose", ["meant"] = "mean", ["read"] = "read", ["sold"] = "sell", ["shown"] = "show", ["knew"] = "know",
        ["known"] = "know", ["grew"] = "grow", ["grown"] = "grow", ["children"] = "child", ["people"] = "person",
        ["men"] = "man", ["women"] = "woman", ["data"] = "data", ["analyses"] = "analysis", ["criteria"] = "criterion",
    };

    /// <summary>The lemma of a lower-case word.</summary>
    public static string Lemmatize(string lower)
    {
        ArgumentNullException.ThrowIfNull(lower);
        if (lower.Length <= 3)
        {
            return Irregular.GetValueOrDefault(lower, lower);
        }

        if (Irregular.TryGetValue(lower, out string? irregular))
        {
            return irregular;
        }

        if (lower.EndsWith("ies", StringComparison.Ordinal) || lower.EndsWith("ied", StringComparison.Ordinal))
        {
            return lower[..^3] + "y";
        }

        if (lower.EndsWith("ing", StringComparison.Ordinal) && lower.Length > 5)
        {
            return RestoreStem(lower[..^3]);
        }

        if (lower.EndsWith("ed", StringComparison.Ordinal) && lower.Length > 4)
        {
            return RestoreStem(lower[..^2]);
        }

        if (lower.EndsWith("sses", StringComparison.Ordinal) || lower.EndsWith("shes", StringComparison.Ordinal) || lower.EndsWith("ches", StringComparison.Ordinal) || lower.EndsWith("xes", StringComparison.Ordinal))
        {
            return lower[..^2];
        }

        if (lower.EndsWith('s') && !lower.EndsWith("ss", StringComparison.Ordinal) && !lower.EndsWith("us", StringComparison.Ordinal) && !lower.EndsWith("is", StringComparison.Ordinal))
        {
            return lower[..^1];
        }

        return lower;
    }

    private static string RestoreStem(string stem)
    {
        // "monitorr" never happens, but "planned" -> "plann" -> "plan" and "coded" -> "cod" -> "code" do.
        if (stem.Length >= 3 && stem[^1] == stem[^2] && stem[^1] is not ('l' or 's' or 'z'))
        {
            return stem[..^1];
        }

        return stem;
    }
}
