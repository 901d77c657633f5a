using System.Collections.Immutable;
using System.Diagnostics.CodeAnalysis;
using System.Runtime.InteropServices;
using EvidenceLint.Reading;

namespace EvidenceLint.Text;

/// <summary>
/// The semantic model of an account: tokens, lemmas, sentences and their flags, computed once per document
/// and shared, read-only, by every analyzer (all members are safe to call from several threads).
/// </summary>
public sealed class TextModel
{
    private readonly ImmutableArray<(int First, int Count)> _paragraphSentences;
    private readonly TokenScope[] _scopes;
    private readonly int[] _sentenceOfToken;

    // Unit detection, coverage, the cycle and the pack rules look for the same term groups; each group is matched
    // against the document once and shared. Keyed by reference: a TermSet is immutable and compiled once.
    private readonly System.Collections.Concurrent.ConcurrentDictionary<TermSet, ImmutableArray<TermMatch>> _allMatches =
        new(ReferenceEqualityComparer.Instance);

    private readonly Func<TermSet, ImmutableArray<TermMatch>> _findEverywhere;
    private LemmaIndex? _lemmaIndex;

    private TextModel(EvidenceDocument document, Privacy.PersonalDataMask personalData, ImmutableArray<Token> tokens, ImmutableArray<Sentence> sentences, ImmutableArray<(int First, int Count)> paragraphSentences, TokenScope[] scopes, int[] sentenceOfToken)
    {
        Document = document;
        PersonalData = personalData;
        Tokens = tokens;
        Sentences = sentences;
        _paragraphSentences = paragraphSentences;
        _scopes = scopes;
        _sentenceOfToken = sentenceOfToken;
        Outline = DocumentOutline.Create(document, p => GetTokens(p));
        _findEverywhere = FindEverywhere;
    }

    /// <summary>The document this model describes.</summary>
    public EvidenceDocument Document { get; }

    /// <summary>
    /// The customer data in the document, found once: what the privacy rules report and what every excerpt of the
    /// document is masked with.
    /// </summary>
    public Privacy.PersonalDataMask PersonalData { get; }

    /// <summary>Every token of the normalised text, in order.</summary>
    public ImmutableArray<Token> Tokens { get; }

    /// <summary>Every sentence, in order; none crosses a paragraph boundary.</summary>
    public ImmutableArray<Sentence> Sentences { get; }

    /// <summary>The document's sections, lead paragraphs and headings, shared by every analyzer.</summary>
    public DocumentOutline Outline { get; }

    /// <summary>Builds the model for a document.</summary>
    public static TextModel Create(EvidenceDocument document, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(document);
        var tokens = ImmutableArray.CreateBuilder<Token>(Math.Max(16, document.Text.Length / 5));
        var sentences = ImmutableArray.CreateBuilder<Sentence>();
        var ranges = ImmutableArray.CreateBuilder<(int, int)>(document.Paragraphs.Length);
        var scopes = new List<TokenScope>(tokens.Capacity);
        var sentenceOfToken = new List<int>(tokens.Capacity);
        var paragraphTokens = new List<Token>();
        var inQuote = new List<bool>();
        var sentenceRanges = new List<(int From, int To)>();
        TokenScope[] scopeBuffer = new TokenScope[64];
        foreach (var paragraph in document.Paragraphs)
        {
            cancellationToken.ThrowIfCancellationRequested();
            int firstSentence = sentences.Count;
            paragraphTokens.Clear();
            sentenceRanges.Clear();
            Tokenizer.Tokenize(document.Text, paragraph.Start, paragraph.End, 0, paragraphTokens);
            MarkQuotations(paragraphTokens, inQuote);
            SentenceSplitter.Split(paragraphTokens, 0, paragraphTokens.Count, sentenceRanges);
            var tokenSpan = CollectionsMarshal.AsSpan(paragraphTokens);
            var quoteSpan = CollectionsMarshal.AsSpan(inQuote);
            foreach (var (from, to) in sentenceRanges)
            {
                int count = to - from;
                if (scopeBuffer.Length < count)
                {
                    scopeBuffer = new TokenScope[Math.Max(count, scopeBuffer.Length * 2)];
                }

                var sentenceScopes = scopeBuffer.AsSpan(0, count);
                var flags = SentenceAnnotator.Annotate(tokenSpan[from..to], quoteSpan[from..to], paragraph.Kind == ParagraphKind.Quote, sentenceScopes);
                int first = tokens.Count;
                for (int k = from; k < to; k++)
                {
                    tokens.Add(paragraphTokens[k]);
                    sentenceOfToken.Add(sentences.Count);
                }

                foreach (var scope in sentenceScopes)
                {
                    scopes.Add(scope);
                }

                int start = paragraphTokens[from].Start;
                int end = paragraphTokens[to - 1].End;
                sentences.Add(new Sentence(sentences.Count, paragraph.Index, start, end - start, first, count, flags));
            }

            ranges.Add((firstSentence, sentences.Count - firstSentence));
        }

        return new TextModel(document, Privacy.PersonalDataMask.Scan(document, cancellationToken), tokens.ToImmutable(), sentences.ToImmutable(), ranges.MoveToImmutable(), [.. scopes], [.. sentenceOfToken]);
    }

    /// <summary>
    /// Marks the tokens inside quotation marks (the marks included). Curly quotes pair up; a straight double quote
    /// opens and closes in turn; single quotes count only as ‘…’ or a straight ' written against the next word.
    /// A quotation left open at the end of the paragraph is taken to be a stray mark and ignored.
    /// </summary>
    private static void MarkQuotations(List<Token> tokens, List<bool> inQuote)
    {
        inQuote.Clear();
        int doubleOpenedAt = -1, singleOpenedAt = -1;
        for (int k = 0; k < tokens.Count; k++)
        {
            var t = tokens[k];
            bool inside = doubleOpenedAt >= 0 || singleOpenedAt >= 0;
            if (t.Kind == TokenKind.Punctuation)
            {
                switch (t.Text)
                {
                    case "\u201C":
                        doubleOpenedAt = k;
                        inside = true;
                        break;
                    case "\u201D":
                        doubleOpenedAt = -1;
                        break;
                    case "\"":
                        doubleOpenedAt = doubleOpenedAt >= 0 ? -1 : k;
                        inside = true;
                        break;
                    case "\u2018":
                        singleOpenedAt = k;
                        inside = true;
                        break;
                    case "\u2019":
                    case "'":
                        if (singleOpenedAt >= 0)
                        {
                            singleOpenedAt = -1;
                        }
                        else if (t.Text == "'" && k + 1 < tokens.Count && tokens[k + 1].Start == t.End && (k == 0 || tokens[k - 1].End < t.Start))
                        {
                            singleOpenedAt = k;
                            inside = true;
                        }

                        break;
                }
            }

            inQuote.Add(inside);
        }

        int stray = doubleOpenedAt >= 0 && singleOpenedAt >= 0 ? Math.Min(doubleOpenedAt, singleOpenedAt) : Math.Max(doubleOpenedAt, singleOpenedAt);
        if (stray >= 0)
        {
            // Re-mark from the stray mark on, ignoring it: only quotations closed before it stand.
            for (int k = stray; k < tokens.Count; k++)
            {
                inQuote[k] = false;
            }
        }
    }

    /// <summary>The tokens of a sentence.</summary>
    public ReadOnlySpan<Token> GetTokens(Sentence sentence)
    {
        ArgumentNullException.ThrowIfNull(sentence);
        return Tokens.AsSpan(sentence.FirstToken, sentence.TokenCount);
    }

    /// <summary>The tokens of a paragraph.</summary>
    public ReadOnlySpan<Token> GetTokens(EvidenceParagraph paragraph)
    {
        var sentences = GetSentences(paragraph);
        if (sentences.IsEmpty)
        {
            return [];
        }

        int first = sentences[0].FirstToken;
        return Tokens.AsSpan(first, sentences[^1].FirstToken + sentences[^1].TokenCount - first);
    }

    /// <summary>The sentences of a paragraph.</summary>
    public ReadOnlySpan<Sentence> GetSentences(EvidenceParagraph paragraph)
    {
        ArgumentNullException.ThrowIfNull(paragraph);
        var (first, count) = _paragraphSentences[paragraph.Index];
        return Sentences.AsSpan(first, count);
    }

    /// <summary>The sentence a token belongs to.</summary>
    public Sentence GetSentenceOf(int tokenIndex) => Sentences[_sentenceOfToken[tokenIndex]];

    /// <summary>The text of a sentence.</summary>
    public string GetText(Sentence sentence)
    {
        ArgumentNullException.ThrowIfNull(sentence);
        return Document.GetText(sentence.Start, sentence.Length);
    }

    /// <summary>
    /// True when the token is in the scope of a negation: from the cue to the end of its clause
    /// ("I did not <u>monitor calls</u>, but I listened…"), or the whole clause when no first-person subject comes
    /// before the cue ("<u>calls were never monitored</u>"); after "without", "instead of" and "rather than" only
    /// what follows.
    /// </summary>
    public bool IsNegatedAt(int tokenIndex) => (_scopes[tokenIndex] & TokenScope.Negated) != 0;

    /// <summary>
    /// True when the token is in the scope of a modal or intention ("I would <u>coach him</u>", "I plan to
    /// <u>review…</u>") to the end of its clause, or anywhere in a sentence framed by "next time", "in future",
    /// "if I had"….
    /// </summary>
    public bool IsHypotheticalAt(int tokenIndex) => (_scopes[tokenIndex] & TokenScope.Hypothetical) != 0;

    /// <summary>True when the token is inside quotation marks, a quoted sentence or a block quote.</summary>
    public bool IsQuotedAt(int tokenIndex) => (_scopes[tokenIndex] & TokenScope.Quoted) != 0;

    /// <summary>
    /// True when the token can be part of the learner's own action: its sentence has the learner as subject, and the
    /// token is neither negated, hypothetical nor quoted, in a statement rather than a question. Finer than <see cref="Sentence.IsOwnAction"/>: in "I did not
    /// monitor calls, but I listened to recordings" it is true for "listened" and false for "monitor".
    /// </summary>
    public bool IsOwnActionAt(int tokenIndex) =>
        GetSentenceOf(tokenIndex) is { IsFirstPerson: true, IsQuestion: false } && _scopes[tokenIndex] == TokenScope.None;

    /// <summary>
    /// True when a sentence opens (after any speaker label and filler such as "so", "then", "and") with a verb in the
    /// past tense: the learner's answer with its "I" left out ("Told them at the briefing", "Then rang her back").
    /// </summary>
    internal bool StartsWithPastVerb(Sentence sentence)
    {
        var tokens = GetTokens(sentence);
        int k = 0;
        for (int c = 0; c < Math.Min(tokens.Length, 8); c++)
        {
            if (tokens[c].Text == ":")
            {
                k = c + 1;
                break;
            }
        }

        while (k < tokens.Length && (!tokens[k].IsWordLike || tokens[k].Lower is "so" or "then" or "and" or "also" or "just" or "basically" or "well" or "yeah" or "yes"))
        {
            k++;
        }

        if (k >= tokens.Length || tokens[k].Kind != TokenKind.Word)
        {
            return false;
        }

        var t = tokens[k];
        return t.Lemma != t.Lower && t.Lemma is not ("be" or "have" or "do")
            && (t.Lower.EndsWith("ed", StringComparison.Ordinal) || !(t.Lower.EndsWith('s') || t.Lower.EndsWith("ing", StringComparison.Ordinal) || t.Lower.Contains('\'', StringComparison.Ordinal)));
    }

    /// <summary>
    /// True when the token is in a learner's answer of a professional-discussion transcript that leaves out the "I"
    /// ("Told them at the briefing", "Gave him a written warning"), and is neither negated, hypothetical nor quoted:
    /// the learner's own action as much as a sentence with "I" would be.
    /// </summary>
    internal bool IsElidedAnswerAt(int tokenIndex)
    {
        var sentence = GetSentenceOf(tokenIndex);
        return !sentence.IsQuestion && _scopes[tokenIndex] == TokenScope.None
            && Outline.SpeakerOf(Document.Paragraphs[sentence.Paragraph]) == Speaker.Learner
            && StartsWithPastVerb(sentence);
    }

    /// <summary>True when the token names a month ("March", "Sept", "May" but not "may" or "May I…"); see <see cref="Lexicon"/>.</summary>
    public bool IsMonthAt(int tokenIndex) => Lexicon.IsMonth(SentenceTokens(tokenIndex, out int k), k);

    /// <summary>True when the token is a weekday or a holiday things are dated by ("Monday", "Christmas").</summary>
    public bool IsDayAt(int tokenIndex) => Lexicon.IsDay(Tokens[tokenIndex]);

    /// <summary>True when the token is a cardinal number written as a word ("six", "twenty"; never "one").</summary>
    public bool IsNumberWordAt(int tokenIndex) => Lexicon.IsNumberWord(Tokens[tokenIndex]);

    /// <summary>True when the token is a measure: a number that is not a date, time or deadline, or a number word.</summary>
    public bool IsFigureAt(int tokenIndex) => Lexicon.IsFigure(SentenceTokens(tokenIndex, out int k), k);

    /// <summary>True when the token is a number that dates something ("2024", "27/02", "07:30", the 31 of "31 March").</summary>
    public bool IsDateNumberAt(int tokenIndex) => Lexicon.IsDateNumber(SentenceTokens(tokenIndex, out int k), k);

    /// <summary>True when the token counts a deadline ("within <u>six</u> weeks").</summary>
    public bool IsDeadlineAt(int tokenIndex) => Lexicon.IsDeadline(SentenceTokens(tokenIndex, out int k), k);

    /// <summary>True when the token marks a timeframe: a month, quarter, year, weekday, date, "weekly", "each week", "by the end of…".</summary>
    public bool IsTimeframeAt(int tokenIndex) => Lexicon.IsTimeframe(SentenceTokens(tokenIndex, out int k), k);

    /// <summary>The tokens of the sentence holding a token, and the token's place in them: the lexicon reads context within a sentence.</summary>
    private ReadOnlySpan<Token> SentenceTokens(int tokenIndex, out int k)
    {
        var sentence = GetSentenceOf(tokenIndex);
        k = tokenIndex - sentence.FirstToken;
        return Tokens.AsSpan(sentence.FirstToken, sentence.TokenCount);
    }

    /// <summary>Where the terms of a set occur in one sentence, comparing lemmas; the longest term wins at each place.</summary>
    public ImmutableArray<TermMatch> Find(TermSet terms, Sentence sentence)
    {
        ArgumentNullException.ThrowIfNull(terms);
        ArgumentNullException.ThrowIfNull(sentence);
        var found = MatchesIn(terms, sentence.FirstToken, sentence.FirstToken + sentence.TokenCount);
        return found.IsEmpty ? [] : [.. found];
    }

    /// <summary>Where the terms of a set occur in one paragraph.</summary>
    public ImmutableArray<TermMatch> Find(TermSet terms, EvidenceParagraph paragraph)
    {
        ArgumentNullException.ThrowIfNull(terms);
        ArgumentNullException.ThrowIfNull(paragraph);
        var sentences = GetSentences(paragraph);
        if (sentences.IsEmpty)
        {
            return [];
        }

        var found = MatchesIn(terms, sentences[0].FirstToken, sentences[^1].FirstToken + sentences[^1].TokenCount);
        return found.IsEmpty ? [] : [.. found];
    }

    /// <summary>True when any term of the set occurs in the sentence; allocates nothing once the set has been matched.</summary>
    public bool Contains(TermSet terms, Sentence sentence)
    {
        ArgumentNullException.ThrowIfNull(terms);
        ArgumentNullException.ThrowIfNull(sentence);
        return !MatchesIn(terms, sentence.FirstToken, sentence.FirstToken + sentence.TokenCount).IsEmpty;
    }

    /// <summary>Where the terms of a set occur anywhere in the document, in order; computed once per set and shared.</summary>
    public IEnumerable<TermMatch> FindAll(TermSet terms)
    {
        ArgumentNullException.ThrowIfNull(terms);
        return _allMatches.GetOrAdd(terms, _findEverywhere);
    }

    /// <summary>
    /// The matches of a set that start in a range of tokens. Every query is answered from the one match of the set
    /// against the whole document: each sentence is matched on its own, so a sentence's matches are the same either way.
    /// </summary>
    private ReadOnlySpan<TermMatch> MatchesIn(TermSet terms, int fromToken, int toToken)
    {
        var all = _allMatches.GetOrAdd(terms, _findEverywhere).AsSpan();
        int from = FirstMatchAtOrAfter(all, fromToken);
        int to = FirstMatchAtOrAfter(all, toToken);
        return all[from..to];
    }

    private static int FirstMatchAtOrAfter(ReadOnlySpan<TermMatch> matches, int token)
    {
        int lo = 0, hi = matches.Length;
        while (lo < hi)
        {
            int mid = (lo + hi) >>> 1;
            if (matches[mid].FirstToken < token)
            {
                lo = mid + 1;
            }
            else
            {
                hi = mid;
            }
        }

        return lo;
    }

    /// <summary>
    /// Matches a set against the whole document. Only the places where one of the set's terms could start are tried:
    /// the tokens with one of its first lemmas (or a hyphenated word starting with one), found in the document's lemma
    /// index, and, for sets with patterns such as <c>{number}</c>, the tokens a pattern could start at. At each place
    /// the longest term wins and matches do not overlap, as when every token is tried in order.
    /// </summary>
    private ImmutableArray<TermMatch> FindEverywhere(TermSet terms)
    {
        var index = Volatile.Read(ref _lemmaIndex) ?? LazyInitializer.EnsureInitialized(ref _lemmaIndex, () => LemmaIndex.Build(Tokens.AsSpan()));
        var places = new List<int>();
        foreach (string lemma in terms.ByFirstLemma.Keys)
        {
            if (index.ByLemma.TryGetValue(lemma, out var at))
            {
                places.AddRange(at);
            }

            if (index.ByHyphenPrefix.TryGetValue(lemma, out var hyphenated))
            {
                places.AddRange(hyphenated);
            }
        }

        if (terms.PatternFirst.Length > 0)
        {
            places.AddRange(index.PatternStarts);
        }

        if (places.Count == 0)
        {
            return [];
        }

        places.Sort();
        var tokens = Tokens.AsSpan();
        ImmutableArray<TermMatch>.Builder? result = null;
        int next = 0;
        foreach (int i in places)
        {
            if (i < next)
            {
                continue; // the same place twice, or inside the last match
            }

            next = i + 1;
            var token = tokens[i];
            if (!TryGetCandidates(terms, token.Lemma, out int[]? candidates))
            {
                if (terms.PatternFirst.Length == 0 || !TokenPatterns.CouldStart(token))
                {
                    continue;
                }

                candidates = terms.PatternFirst;
            }

            var sentence = Sentences[_sentenceOfToken[i]];
            int from = sentence.FirstToken, to = from + sentence.TokenCount;
            foreach (int s in candidates)
            {
                int end = MatchAt(tokens, from, i, to, terms.LemmaSequences[s].AsSpan());
                if (end < 0)
                {
                    continue;
                }

                result ??= ImmutableArray.CreateBuilder<TermMatch>();
                var last = tokens[end - 1];
                result.Add(new TermMatch(terms.SequenceTerms[s], i, end - i, token.Start, last.End - token.Start));
                next = end; // matches do not overlap
                break;
            }
        }

        return result?.ToImmutable() ?? [];
    }

    /// <summary>Where each lemma stands in the document: built once, on the first match of a term set.</summary>
    private sealed class LemmaIndex
    {
        private LemmaIndex(Dictionary<string, int[]> byLemma, Dictionary<string, int[]> byHyphenPrefix, int[] patternStarts)
        {
            ByLemma = byLemma;
            ByHyphenPrefix = byHyphenPrefix;
            PatternStarts = patternStarts;
        }

        /// <summary>The word-like tokens (and addresses) by lemma, in order.</summary>
        public Dictionary<string, int[]> ByLemma { get; }

        /// <summary>Hyphenated words by their first part ("follow" for "follow-up"), in order.</summary>
        public Dictionary<string, int[]> ByHyphenPrefix { get; }

        /// <summary>The tokens a pattern such as <c>{number}</c> or <c>{month}</c> could start at, in order.</summary>
        public int[] PatternStarts { get; }

        public static LemmaIndex Build(ReadOnlySpan<Token> tokens)
        {
            var byLemma = new Dictionary<string, List<int>>(StringComparer.Ordinal);
            var byPrefix = new Dictionary<string, List<int>>(StringComparer.Ordinal);
            var patternStarts = new List<int>();
            for (int i = 0; i < tokens.Length; i++)
            {
                var token = tokens[i];
                if (!(token.IsWordLike || token.Kind == TokenKind.Address))
                {
                    continue;
                }

                Add(byLemma, token.Lemma, i);
                int hyphen = token.Lemma.IndexOf('-', StringComparison.Ordinal);
                if (hyphen > 0)
                {
                    Add(byPrefix, token.Lemma[..hyphen], i);
                }

                if (TokenPatterns.CouldStart(token))
                {
                    patternStarts.Add(i);
                }
            }

            return new LemmaIndex(ToArrays(byLemma), ToArrays(byPrefix), [.. patternStarts]);

            static void Add(Dictionary<string, List<int>> index, string key, int at)
            {
                if (!index.TryGetValue(key, out var list))
                {
                    index[key] = list = [];
                }

                list.Add(at);
            }

            static Dictionary<string, int[]> ToArrays(Dictionary<string, List<int>> index) =>
                index.ToDictionary(e => e.Key, e => e.Value.ToArray(), StringComparer.Ordinal);
        }
    }

    private static bool TryGetCandidates(TermSet terms, string lemma, [NotNullWhen(true)] out int[]? candidates)
    {
        if (terms.ByFirstLemma.TryGetValue(lemma, out candidates))
        {
            return true;
        }

        int hyphen = lemma.IndexOf('-');
        return hyphen > 0 && terms.ByFirstLemmaSpan.TryGetValue(lemma.AsSpan(0, hyphen), out candidates);
    }

    private const int MaxGapWords = 2;

    /// <summary>The token index just past a match of <paramref name="lemmas"/> starting at <paramref name="i"/> in the sentence [<paramref name="from"/>, <paramref name="to"/>), or -1.</summary>
    private static int MatchAt(ReadOnlySpan<Token> tokens, int from, int i, int to, ReadOnlySpan<string> lemmas)
    {
        int k = 0;
        int j = i;
        while (j < to && k < lemmas.Length)
        {
            var t = tokens[j];
            if (lemmas[k] == Clauses.Wildcard)
            {
                // Anything up to the end of the clause, then the rest of the term: the verb and its object's head.
                for (int at = j; at < to && !Clauses.StartsAt(tokens, from, to, at, j); at++)
                {
                    if (!(tokens[at].IsWordLike || tokens[at].Kind == TokenKind.Address))
                    {
                        continue;
                    }

                    int end = MatchAt(tokens, from, at, to, lemmas[(k + 1)..]);
                    if (end >= 0)
                    {
                        return end;
                    }
                }

                return -1;
            }

            if (lemmas[k] == "*")
            {
                // Up to two words of any kind, within the clause, then the rest of the term.
                for (int skipped = 0, at = j; skipped <= MaxGapWords && at < to; skipped++)
                {
                    int end = MatchAt(tokens, from, at, to, lemmas[(k + 1)..]);
                    if (end >= 0)
                    {
                        return end;
                    }

                    if (!tokens[at].IsWordLike)
                    {
                        break;
                    }

                    at++;
                }

                return -1;
            }

            if (t.Kind == TokenKind.Punctuation && k > 0 && IsSkippableInPhrase(t.Text))
            {
                j++;
                continue;
            }

            if (!(t.IsWordLike || t.Kind == TokenKind.Address))
            {
                return -1;
            }

            if (TermSet.LemmaMatches(lemmas[k], t) || TokenPatterns.Matches(lemmas[k], tokens[from..to], j - from))
            {
                k++;
            }
            else
            {
                // "data-protection" in the account matches the term "data protection" part by part.
                int parts = MatchHyphenatedParts(t, lemmas[k..]);
                if (parts == 0)
                {
                    return -1;
                }

                k += parts;
            }

            j++;
        }

        return k == lemmas.Length ? j : -1;
    }

    /// <summary>How many leading <paramref name="lemmas"/> the hyphen-separated parts of a word equal, or 0.</summary>
    private static int MatchHyphenatedParts(in Token token, ReadOnlySpan<string> lemmas)
    {
        var rest = token.Lemma.AsSpan();
        int k = 0;
        while (k < lemmas.Length)
        {
            int hyphen = rest.IndexOf('-');
            var part = hyphen < 0 ? rest : rest[..hyphen];
            if (!part.SequenceEqual(TermSet.LookupKey(lemmas[k])))
            {
                return 0;
            }

            k++;
            if (hyphen < 0)
            {
                return k > 1 ? k : 0;
            }

            rest = rest[(hyphen + 1)..];
        }

        return 0; // the word has more parts than the term has words left
    }

    private static bool IsSkippableInPhrase(string punctuation) =>
        punctuation is "\"" or "\u201C" or "\u201D" or "\u2018" or "\u2019" or "'" or "-" or "/" or "*" or "_";
}
