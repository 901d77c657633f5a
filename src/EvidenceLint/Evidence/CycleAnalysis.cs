using System.Collections.Immutable;
using EvidenceLint.Evidence;
using EvidenceLint.Text;

namespace EvidenceLint.Evidence;

/// <summary>
/// Finds the evaluative cycle in an account: which sentences monitor, analyse, act and review, and where the cycle
/// breaks off. Only the learner's own evidence counts (<see cref="EvidenceSentences.Of"/>): "I did not monitor calls"
/// is not monitoring, "I will look at the figures in June" is a plan, not a review, and a quotation or the criterion
/// pasted back is neither. Deterministic and free of shared state.
/// </summary>
internal static class CycleAnalysis
{
    /// <summary>Analyses an account whose sentences have been classified (with or without a unit).</summary>
    public static EvaluativeCycle Analyse(EvidenceSentences sentences, CancellationToken cancellationToken = default) =>
        Analyse(sentences, CycleTerms.Default, cancellationToken);

    /// <summary>Analyses an account with the given terms.</summary>
    public static EvaluativeCycle Analyse(EvidenceSentences sentences, CycleTerms terms, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(sentences);
        ArgumentNullException.ThrowIfNull(terms);
        var marks = new SentenceMarks(sentences, terms, cancellationToken);
        var text = sentences.Text;
        int count = text.Sentences.Length;

        var unprompted = ImmutableArray.CreateBuilder<CyclePassage>();
        var unreviewed = ImmutableArray.CreateBuilder<CyclePassage>();
        bool anyReviewed = false;
        int firstEvidence = Enumerable.Range(0, count).FirstOrDefault(s => marks.IsPrompt(s), count);
        for (int c = 0; c < count; c++)
        {
            if (!marks.Change[c] || marks.InSummary[c])
            {
                continue;
            }

            // Data, a finding or feedback anywhere before the change, or beside it in its paragraph, could have
            // prompted it; accounts often put the evidence under one heading and the change under the next.
            bool prompted = firstEvidence <= c || marks.PromptInParagraph(c);
            if (!prompted)
            {
                unprompted.Add(marks.Passage(c));
            }

            if (IsReviewed(marks, c))
            {
                anyReviewed = true;
            }
            else
            {
                unreviewed.Add(marks.Passage(c));
            }
        }

        var shown = CycleStages.None;
        for (int s = 0; s < count; s++)
        {
            shown |= marks.Stages[s] & ~CycleStages.Review;
        }

        if (shown.HasFlag(CycleStages.Analyse))
        {
            // A finding presupposes data: "the telephony reports showed that…" is monitoring too.
            shown |= CycleStages.Monitor;
        }

        if (anyReviewed)
        {
            shown |= CycleStages.Review;
        }

        return new EvaluativeCycle
        {
            Shown = shown,
            Passages = [.. Enumerable.Range(0, count).Where(s => marks.Stages[s] != CycleStages.None).Select(marks.Passage)],
            UnansweredMonitoring = UnansweredMonitoring(marks),
            UnpromptedChanges = unprompted.ToImmutable(),
            UnreviewedChanges = unreviewed.ToImmutable(),
        };
    }

    /// <summary>
    /// A change is reviewed when a later sentence measures or checks an effect before the account says, negated or as a
    /// plan, that it has not been checked ("I have not had the chance to look at whether this made a difference").
    /// </summary>
    private static bool IsReviewed(SentenceMarks marks, int change)
    {
        if (marks.StrongReview[change])
        {
            return true;
        }

        for (int s = change + 1; s < marks.Stages.Length; s++)
        {
            if (marks.NotYetChecked[s])
            {
                return false;
            }

            if (marks.Stages[s].HasFlag(CycleStages.Review))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Per section, the first monitoring passage after which nothing in the section, or in the next one, says what was
    /// changed or decided. Accounts often describe the monitoring under one heading and what came of it under the
    /// next, so the next section counts too; one passage per section keeps the finding to one pointer.
    /// </summary>
    private static ImmutableArray<CyclePassage> UnansweredMonitoring(SentenceMarks marks)
    {
        var result = ImmutableArray.CreateBuilder<CyclePassage>();
        int count = marks.Stages.Length;
        int reportedSection = -1;
        for (int s = 0; s < count; s++)
        {
            // A check of a change already made is the review stage, not monitoring that still needs an outcome.
            if (!marks.MonitoringDone[s] || marks.StrongReview[s] || marks.InSummary[s] || marks.Section[s] == reportedSection)
            {
                continue;
            }

            bool answered = false;
            for (int t = s; t < count && marks.Section[t] <= marks.Section[s] + 1 && !answered; t++)
            {
                answered = marks.Outcome[t] || marks.Change[t];
            }

            if (!answered)
            {
                result.Add(marks.Passage(s));
                reportedSection = marks.Section[s];
            }
        }

        return result.ToImmutable();
    }

    /// <summary>What each sentence shows, from one pass over each term group.</summary>
    private sealed class SentenceMarks
    {
        private readonly EvidenceSentences _sentences;
        private readonly TextModel _text;
        private readonly bool[] _prompt;

        public SentenceMarks(EvidenceSentences sentences, CycleTerms terms, CancellationToken cancellationToken)
        {
            _sentences = sentences;
            _text = sentences.Text;
            int count = _text.Sentences.Length;
            Stages = new CycleStages[count];
            MonitoringDone = new bool[count];
            MonitoringPast = new bool[count];
            Change = new bool[count];
            Outcome = new bool[count];
            StrongReview = new bool[count];
            NotYetChecked = new bool[count];
            Section = new int[count];
            _prompt = new bool[count];

            // Sections are the outline's: they start at headings and at lines that read as headings, which a PDF
            // leaves as body paragraphs. A heading-like line labels a section; it is not itself a passage.
            var paragraphs = _text.Document.Paragraphs;
            var outline = _text.Outline;
            var heading = new bool[paragraphs.Length];
            var sectionOf = new int[paragraphs.Length];
            for (int p = 0; p < paragraphs.Length; p++)
            {
                heading[p] = outline.IsHeadingLike(paragraphs[p]);
                sectionOf[p] = outline.SectionOf(paragraphs[p]);
            }

            var ignored = new bool[count];
            for (int s = 0; s < count; s++)
            {
                ignored[s] = heading[_text.Sentences[s].Paragraph];
            }

            foreach (var match in _text.FindAll(terms.AboutTheAccount))
            {
                ignored[SentenceOf(match)] = true;
            }

            InSummary = new bool[count];
            var summaries = sectionOf.Distinct().Where(k => k >= 0 && !_text.Find(terms.ReflectionHeadings, paragraphs[k]).IsEmpty).ToHashSet();
            for (int s = 0; s < count; s++)
            {
                int key = sectionOf[_text.Sentences[s].Paragraph];
                Section[s] = s == 0 ? 0 : Section[s - 1] + (key == sectionOf[_text.Sentences[s - 1].Paragraph] ? 0 : 1);
                InSummary[s] = summaries.Contains(key);
            }

            cancellationToken.ThrowIfCancellationRequested();
            foreach (var match in Counted(terms.Monitoring, ignored))
            {
                int s = SentenceOf(match);
                Stages[s] |= CycleStages.Monitor;
                _prompt[s] = true;
                if (sentences[_text.Sentences[s]] == EvidenceStanding.OwnAction)
                {
                    var token = _text.Tokens[match.FirstToken];
                    MonitoringDone[s] |= IsDone(token) || HasLearnerSubject(match.FirstToken);
                    MonitoringPast[s] |= IsDone(token);
                }
            }

            foreach (var match in Counted(terms.Sources, ignored))
            {
                int s = SentenceOf(match);
                Stages[s] |= CycleStages.Monitor;
                _prompt[s] = true;
            }

            foreach (var match in Counted(terms.Analysis, ignored))
            {
                int s = SentenceOf(match);
                Stages[s] |= CycleStages.Analyse;
                _prompt[s] = true;
            }

            cancellationToken.ThrowIfCancellationRequested();
            var recordKeeping = _text.FindAll(terms.RecordKeeping).Select(m => m.FirstToken).ToHashSet();
            foreach (var match in Counted(terms.Changes, ignored).Where(m => IsDone(_text.Tokens[m.FirstToken]) && !recordKeeping.Contains(m.FirstToken)))
            {
                Change[SentenceOf(match)] = true;
            }

            foreach (var match in Counted(terms.Actions, ignored))
            {
                Change[SentenceOf(match)] = true;
            }

            foreach (var match in Counted(terms.Outcomes, ignored))
            {
                Outcome[SentenceOf(match)] = true;
            }

            foreach (var match in Counted(terms.Effects, ignored).Concat(Counted(terms.Checking, ignored)))
            {
                StrongReview[SentenceOf(match)] = true;
            }

            // With a figure beside it, a later point in time measures an effect: "By the end of March adherence was 91%".
            var figures = Counted(terms.Figures, ignored).ToLookup(SentenceOf);
            foreach (var checkpoint in Counted(terms.Checkpoints, ignored))
            {
                int s = SentenceOf(checkpoint);
                StrongReview[s] |= figures[s].Any(f => f.FirstToken >= checkpoint.FirstToken + checkpoint.TokenCount || f.FirstToken + f.TokenCount <= checkpoint.FirstToken);
            }

            foreach (var group in new[] { terms.Monitoring, terms.Effects, terms.Checking })
            {
                foreach (var match in _text.FindAll(group).Where(IsNotYet))
                {
                    NotYetChecked[SentenceOf(match)] = true;
                }
            }

            int firstChange = Array.IndexOf(Change, true);
            for (int s = 0; s < count; s++)
            {
                if (Change[s])
                {
                    Stages[s] |= CycleStages.Act;
                }

                // A measure or a check reviews something only once something has been changed.
                if (firstChange >= 0 && s >= firstChange && (StrongReview[s] || MonitoringPast[s]))
                {
                    Stages[s] |= CycleStages.Review;
                }
            }
        }

        /// <summary>The stages each sentence shows; review only from the first change on.</summary>
        public CycleStages[] Stages { get; }

        /// <summary>Monitoring written as something the learner does or did ("I listened…", "I check…").</summary>
        public bool[] MonitoringDone { get; }

        /// <summary>Monitoring the learner did, in the past.</summary>
        public bool[] MonitoringPast { get; }

        /// <summary>A change or corrective action taken.</summary>
        public bool[] Change { get; }

        /// <summary>A decision that answers monitoring.</summary>
        public bool[] Outcome { get; }

        /// <summary>An effect measured: before and after, a figure at a later point, an explicit review.</summary>
        public bool[] StrongReview { get; }

        /// <summary>The learner saying, negated or as a plan, that something has not been checked yet.</summary>
        public bool[] NotYetChecked { get; }

        /// <summary>Sentences under a reflective-summary heading, which recap rather than add passages.</summary>
        public bool[] InSummary { get; }

        /// <summary>The section ordinal of each sentence.</summary>
        public int[] Section { get; }

        public bool IsPrompt(int sentence) => _prompt[sentence];

        public bool PromptInParagraph(int sentence)
        {
            int paragraph = _text.Sentences[sentence].Paragraph;
            return Enumerable.Range(0, _prompt.Length).Any(s => _prompt[s] && _text.Sentences[s].Paragraph == paragraph);
        }

        public CyclePassage Passage(int index)
        {
            var sentence = _text.Sentences[index];
            var paragraph = _text.Document.Paragraphs[sentence.Paragraph];
            return new CyclePassage(index, paragraph.Index, paragraph.Page, sentence.Start, sentence.Length, Stages[index]);
        }

        private int SentenceOf(TermMatch match) => _text.GetSentenceOf(match.FirstToken).Index;

        private IEnumerable<TermMatch> Counted(TermSet terms, bool[] ignored) =>
            _text.FindAll(terms).Where(m => !ignored[SentenceOf(m)] && _sentences.Of(m) != EvidenceStanding.None);

        private bool IsNotYet(TermMatch match) =>
            _sentences[_text.GetSentenceOf(match.FirstToken)] != EvidenceStanding.None
            && !_text.IsQuotedAt(match.FirstToken)
            && (_text.IsNegatedAt(match.FirstToken) || _text.IsHypotheticalAt(match.FirstToken));

        /// <summary>"I check", "we also listen": the learner as subject just before the verb.</summary>
        private bool HasLearnerSubject(int token)
        {
            for (int k = token - 1; k >= Math.Max(0, token - 2); k--)
            {
                if (_text.Tokens[k].Lower is "i" or "we")
                {
                    return true;
                }
            }

            return false;
        }

        /// <summary>
        /// A verb written as done: "changed", "rewrote", "went live", "was introduced". "Change" and "changes" may be
        /// nouns or plans; an inflected form that is not -s or -ing is a past tense or participle.
        /// </summary>
        private static bool IsDone(Token token) =>
            token.Kind == TokenKind.Word
            && ((token.Lower.Length > 3 && token.Lower.EndsWith("ed", StringComparison.Ordinal))
                || (token.Lower != token.Lemma && !token.Lower.EndsWith('s') && !token.Lower.EndsWith("ing", StringComparison.Ordinal)));
    }
}
