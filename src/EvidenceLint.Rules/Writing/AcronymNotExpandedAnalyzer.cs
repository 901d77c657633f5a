using System.Collections.Immutable;
using EvidenceLint.Analysis;
using EvidenceLint.Evidence;
using EvidenceLint.Packs;
using EvidenceLint.Reading;
using EvidenceLint.Text;

namespace EvidenceLint.Rules.Writing;

/// <summary>
/// EL6003. An account is read by an assessor, an internal quality assurer and sometimes an external verifier, none of
/// whom works in the learner's centre; the seeds write every measure out once ("first contact resolution (FCR)"). The
/// rule reports the first use of each listed acronym (<c>rules/acronyms.yaml</c>, extended by a centre's
/// <c>acronymsFile</c>) that comes before any expansion of it. An expansion counts next to the acronym in either order
/// ("first contact resolution (FCR)", "FCR (first contact resolution)", "customer satisfaction, or CSAT,"), anywhere in
/// the sentence of first use, in an earlier heading, or anywhere in a glossary ("FCR: first contact resolution", or any
/// definition under a heading such as "Glossary"). Acronyms marked well known (GDPR) are not checked. Quoted text and
/// criterion wording pasted back are not the learner's first use; negated and hypothetical sentences are, because the
/// reader still has to decode the acronym there.
/// </summary>
internal sealed class AcronymNotExpandedAnalyzer : EvidenceAnalyzer
{
    /// <summary>
    /// The option naming a centre's own acronym list, in the shape of <c>rules/acronyms.yaml</c>. A missing or malformed
    /// file fails this rule alone (EL0005, naming file, line and column), never the whole run.
    /// </summary>
    public const string AcronymsFileOption = "acronymsFile";

    private static readonly DiagnosticDescriptor Rule = new(
        RuleIds.AcronymNotExpanded,
        "acronym-not-expanded",
        "Acronym not expanded on first use",
        "'{0}' seems to be used here before it is written out in full. A reader from outside your centre may not know it: write it out the first time, such as '{1} ({0})'.",
        RuleCategories.Writing,
        DiagnosticSeverity.Info,
        "Contact-centre acronyms such as AHT, FCR and QA should be written out in full once, at or before their first use.");

    /// <summary>Tokens that may sit between an expansion and its acronym: "resolution (FCR)", "satisfaction, or CSAT".</summary>
    private static readonly ImmutableHashSet<string> Connectors =
        ["(", ",", "or", "the", "our", "\u2013", "\u2014", "-", "\"", "'", "\u201c", "\u2018", "i.e.", "ie", "called", "known", "as"];

    /// <summary>What follows an acronym in a glossary entry: "FCR: first contact resolution", "FCR – first…".</summary>
    private static readonly ImmutableHashSet<string> GlossarySeparators = [":", "\u2013", "\u2014", "-", "=", "means", "stands", "for", "is", "short"];

    private static readonly string[] GlossaryHeadings = ["glossary", "abbreviation", "acronym", "key terms", "terms used", "terminology"];

    /// <summary>Function words left out of an acronym's letters: "grade of service" is GoS, "voice of the customer" VOC.</summary>
    private static readonly ImmutableHashSet<string> MinorWords = ["and", "of", "the", "for", "&"];

    private sealed record Pattern(AcronymEntry Entry, string[] Parts, ImmutableArray<(string Lower, string Lemma)[]> Expansions, string Letters);

    /// <inheritdoc />
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => [Rule];

    /// <inheritdoc />
    public override void Initialize(AnalysisContext context) => context.RegisterDocumentAction(Analyze);

    // A centre's list is read and compiled once per version of the file, not once per account in a batch. Held by the
    // analyzer (so by the linter that owns it), never in static state.
    private readonly System.Collections.Concurrent.ConcurrentDictionary<(string Path, DateTime Written, long Length), ImmutableArray<Pattern>> _centreLists = new();

    private static readonly ImmutableArray<Pattern> BuiltInPatterns = Compile(AcronymList.BuiltIn);

    private static ImmutableArray<Pattern> Compile(ImmutableArray<AcronymEntry> entries) =>
        [.. entries.Where(e => !e.WellKnown).Select(e => new Pattern(
            e,
            e.Acronym.Split(' ', StringSplitOptions.RemoveEmptyEntries),
            [.. e.Expansions.Select(x => x.Split(' ', StringSplitOptions.RemoveEmptyEntries)
                .Select(w => (w.ToLowerInvariant(), Lemmatizer.Lemmatize(w.ToLowerInvariant()))).ToArray())],
            new string([.. e.Acronym.Where(char.IsLetter).Select(char.ToLowerInvariant)])))];

    private ImmutableArray<Pattern> PatternsFor(AnalysisSettings settings)
    {
        string file = settings.GetOption(RuleIds.AcronymNotExpanded, AcronymsFileOption, string.Empty);
        if (file.Length == 0)
        {
            return BuiltInPatterns;
        }

        var info = new FileInfo(file);
        var version = (info.FullName, info.Exists ? info.LastWriteTimeUtc : default, info.Exists ? info.Length : -1);
        return _centreLists.GetOrAdd(version, _ => Compile(AcronymList.Merge(AcronymList.BuiltIn, AcronymList.Load(File.ReadAllText(file), file))));
    }

    private void Analyze(DocumentAnalysisContext context)
    {
        var text = context.Text;
        var tokens = text.Tokens.AsSpan();
        var patterns = PatternsFor(context.Settings);
        var firstParts = patterns.ToLookup(p => p.Parts[0], StringComparer.Ordinal);

        var occurrences = new Dictionary<Pattern, List<int>>();
        for (int k = 0; k < tokens.Length; k++)
        {
            if (tokens[k].Kind != TokenKind.Word)
            {
                continue;
            }

            string head = tokens[k].Text.EndsWith('s') && !firstParts.Contains(tokens[k].Text) ? tokens[k].Text[..^1] : tokens[k].Text;
            foreach (var pattern in firstParts[head])
            {
                if (MatchesAcronym(tokens, k, pattern))
                {
                    (occurrences.TryGetValue(pattern, out var list) ? list : occurrences[pattern] = []).Add(k);
                }
            }
        }

        foreach (var pattern in patterns)
        {
            if (!occurrences.TryGetValue(pattern, out var found))
            {
                continue;
            }

            int firstUse = found.FirstOrDefault(k => IsLearnersUse(context, k), -1);
            if (firstUse < 0 || IsExpanded(text, pattern, found, firstUse))
            {
                continue;
            }

            int last = firstUse + pattern.Parts.Length - 1;
            context.ReportDiagnostic(Diagnostic.Create(Rule, context.CreateLocation(tokens[firstUse].Start, tokens[last].End - tokens[firstUse].Start),
                pattern.Entry.Acronym, pattern.Entry.Expansions[0]));
        }
    }

    private static bool MatchesAcronym(ReadOnlySpan<Token> tokens, int k, Pattern pattern)
    {
        for (int p = 0; p < pattern.Parts.Length; p++)
        {
            if (k + p >= tokens.Length)
            {
                return false;
            }

            string written = tokens[k + p].Text;
            bool last = p == pattern.Parts.Length - 1;
            if (written != pattern.Parts[p] && !(last && written == pattern.Parts[p] + "s"))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>The learner's own use: not a heading, not quoted, not the unit's wording pasted back.</summary>
    private static bool IsLearnersUse(DocumentAnalysisContext context, int k)
    {
        var text = context.Text;
        var sentence = text.GetSentenceOf(k);
        var paragraph = text.Document.Paragraphs[sentence.Paragraph];
        if (paragraph.Kind is ParagraphKind.Heading or ParagraphKind.Quote || text.IsQuotedAt(k))
        {
            return false;
        }

        return context.Settings.Evidence is not { } evidence || evidence[sentence] != EvidenceStanding.None;
    }

    private static bool IsExpanded(TextModel text, Pattern pattern, List<int> found, int firstUse)
    {
        var tokens = text.Tokens.AsSpan();
        var paragraphs = text.Document.Paragraphs;
        foreach (int k in found)
        {
            int after = k + pattern.Parts.Length;
            bool before = ExpansionEndsBefore(tokens, k, pattern);
            bool inParentheses = after < tokens.Length && tokens[after].Text == "(" && ExpansionStartsAt(tokens, after + 1, pattern) > 0;
            bool glossaryEntry = GlossaryExpansionAfter(tokens, after, pattern);
            if (!(before || inParentheses || glossaryEntry))
            {
                continue;
            }

            var paragraph = paragraphs[text.GetSentenceOf(k).Paragraph];
            if (k <= firstUse || glossaryEntry || InGlossary(paragraph))
            {
                return true;
            }
        }

        // The expansion written out in the sentence of first use ("AHT, our average handling time, …") or in a heading
        // above it ("## Average handling time").
        var sentence = text.GetSentenceOf(firstUse);
        for (int k = 0; k < sentence.FirstToken + sentence.TokenCount; k++)
        {
            bool inSentence = k >= sentence.FirstToken;
            if ((inSentence || paragraphs[text.GetSentenceOf(k).Paragraph].Kind == ParagraphKind.Heading)
                && ExpansionStartsAt(tokens, k, pattern) > 0)
            {
                return true;
            }
        }

        return false;
    }

    private static bool InGlossary(EvidenceParagraph paragraph) =>
        paragraph.HeadingPath.Any(h => GlossaryHeadings.Any(g => h.Contains(g, StringComparison.OrdinalIgnoreCase)));

    /// <summary>The number of tokens of an expansion starting at <paramref name="start"/>, or 0.</summary>
    private static int ExpansionStartsAt(ReadOnlySpan<Token> tokens, int start, Pattern pattern)
    {
        foreach (var words in pattern.Expansions)
        {
            if (start + words.Length <= tokens.Length && Matches(tokens, start, words))
            {
                return words.Length;
            }
        }

        return 0;
    }

    private static bool Matches(ReadOnlySpan<Token> tokens, int start, (string Lower, string Lemma)[] words)
    {
        for (int w = 0; w < words.Length; w++)
        {
            var token = tokens[start + w];
            if (token.Lower != words[w].Lower && token.Lemma != words[w].Lemma)
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>"first contact resolution (FCR)", "customer satisfaction, or CSAT": an expansion just before the acronym.</summary>
    private static bool ExpansionEndsBefore(ReadOnlySpan<Token> tokens, int k, Pattern pattern)
    {
        int end = k;
        while (end > 0 && k - end < 3 && Connectors.Contains(tokens[end - 1].Lower))
        {
            end--;
        }

        // Plain adjacency ("quality assurance QA") is too weak a signal; a bracket, comma, dash or "or" marks the gloss.
        bool marked = false;
        for (int j = end; j < k; j++)
        {
            marked |= tokens[j].Kind == TokenKind.Punctuation || tokens[j].Lower is "or" or "as" or "called";
        }

        if (!marked)
        {
            return false;
        }

        foreach (var words in pattern.Expansions)
        {
            int start = end - words.Length;
            if (start >= 0 && Matches(tokens, start, words))
            {
                return true;
            }
        }

        return InitialsEndBefore(tokens, end, pattern.Letters);
    }

    /// <summary>A phrase not in the list whose initials spell the acronym: "first call resolution (FCR)".</summary>
    private static bool InitialsEndBefore(ReadOnlySpan<Token> tokens, int end, string letters)
    {
        int matched = letters.Length;
        for (int k = end - 1; k >= 0 && matched > 0; k--)
        {
            var token = tokens[k];
            if (token.Kind != TokenKind.Word)
            {
                return false;
            }

            if (MinorWords.Contains(token.Lower))
            {
                continue;
            }

            if (token.Lower[0] != letters[matched - 1])
            {
                return false;
            }

            matched--;
        }

        return matched == 0;
    }

    /// <summary>"FCR: first contact resolution", "FCR – first contact resolution", "FCR stands for first contact resolution".</summary>
    private static bool GlossaryExpansionAfter(ReadOnlySpan<Token> tokens, int after, Pattern pattern)
    {
        int k = after;
        while (k < tokens.Length && k - after < 3 && GlossarySeparators.Contains(tokens[k].Lower))
        {
            k++;
        }

        return k > after && k < tokens.Length && ExpansionStartsAt(tokens, k, pattern) > 0;
    }
}
