using System.Collections.Immutable;
using System.Globalization;
using EvidenceLint.Analysis;
using EvidenceLint.Evidence;
using EvidenceLint.Reading;
using EvidenceLint.Text;

namespace EvidenceLint.Packs;

/// <summary>
/// Runs one declarative rule from a rule pack. Its descriptor is the rule's own, so severities, aliases, categories,
/// suppressions and <c>explain</c> treat it exactly like a rule written in C#. It reads only the shared text model:
/// the rule's term groups were compiled when the pack was loaded.
/// </summary>
public sealed class DeclarativeRuleAnalyzer : EvidenceAnalyzer
{
    /// <summary>Creates the analyzer for a rule.</summary>
    public DeclarativeRuleAnalyzer(DeclarativeRule rule)
    {
        ArgumentNullException.ThrowIfNull(rule);
        Rule = rule;
    }

    /// <summary>The rule this analyzer runs.</summary>
    public DeclarativeRule Rule { get; }

    /// <inheritdoc />
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => [Rule.Descriptor];

    /// <inheritdoc />
    public override void Initialize(AnalysisContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        context.RegisterDocumentAction(Analyze);
    }

    /// <summary>True when the rule runs for the unit the account is checked against.</summary>
    public bool AppliesTo(string? unit) =>
        Rule.AppliesTo.IsEmpty || (unit is not null && Rule.AppliesTo.Contains(unit, StringComparer.OrdinalIgnoreCase));

    private void Analyze(DocumentAnalysisContext context)
    {
        if (!AppliesTo(context.Settings.Unit))
        {
            return;
        }

        var evaluation = new Evaluation(Rule, context);
        switch (Rule.Kind)
        {
            case RuleKind.Existence:
                evaluation.Existence();
                break;
            case RuleKind.AbsenceGivenTrigger:
                evaluation.Absence();
                break;
            case RuleKind.CoOccurrence:
                evaluation.CoOccurrence();
                break;
            case RuleKind.Sequence:
                evaluation.Sequence();
                break;
            case RuleKind.Ratio:
                evaluation.Ratio();
                break;
        }
    }

    /// <summary>A match the rule counts, with the sentence and scope it sits in.</summary>
    private readonly record struct Hit(TermMatch Match, int Sentence, int Scope);

    private sealed class Evaluation
    {
        private readonly DeclarativeRule _rule;
        private readonly DocumentAnalysisContext _context;
        private readonly TextModel _text;
        private readonly HashSet<int>? _exceptionSentences;
        private readonly HashSet<int>? _exceptionScopes;

        public Evaluation(DeclarativeRule rule, DocumentAnalysisContext context)
        {
            _rule = rule;
            _context = context;
            _text = context.Text;
            if (rule.Exceptions is { } exceptions)
            {
                var hits = Hits(exceptions, primary: false, exception: true);
                _exceptionSentences = [.. hits.Select(h => h.Sentence)];
                _exceptionScopes = [.. hits.Select(h => h.Scope)];
            }
        }

        public void Existence()
        {
            foreach (var hit in Primary(_rule.Terms!))
            {
                Report(hit.Match, hit.Match);
            }
        }

        public void Absence()
        {
            var satisfied = Hits(_rule.Required!, primary: false).Select(h => h.Scope).ToHashSet();
            foreach (var group in Primary(_rule.Trigger!).GroupBy(h => h.Scope))
            {
                if (!satisfied.Contains(group.Key))
                {
                    var first = group.First();
                    Report(first.Match, first.Match);
                }
            }
        }

        public void CoOccurrence()
        {
            var with = Hits(_rule.With!, primary: false).ToLookup(h => h.Scope);
            foreach (var group in Primary(_rule.Terms!).GroupBy(h => h.Scope))
            {
                var partners = with[group.Key].Where(p => !group.All(h => ListedBeside(h, p))).ToList();
                if (_rule.RequireWith)
                {
                    if (partners.Count == 0)
                    {
                        Report(group.First().Match, group.First().Match);
                    }

                    continue;
                }

                if (partners.Count > 0)
                {
                    var (subject, span) = Pair(group, partners);
                    Report(subject, span);
                }
            }
        }

        /// <summary>
        /// True when two matches are neighbouring items of one list ("average handling time, customer satisfaction and
        /// adherence"): measures named side by side are named, not said to be one another. Only a separator (a comma,
        /// "and", "or", "/") and the rest of the next item's words, none of them a verb of being or showing or a pronoun,
        /// lie between.
        /// </summary>
        private bool ListedBeside(Hit a, Hit b)
        {
            if (a.Sentence != b.Sentence || a.Match.TokenCount == 0 || b.Match.TokenCount == 0)
            {
                return false;
            }

            var (first, second) = a.Match.Start <= b.Match.Start ? (a.Match, b.Match) : (b.Match, a.Match);
            int from = first.FirstToken + first.TokenCount;
            int to = second.FirstToken;
            if (to - from is < 1 or > 3)
            {
                return false;
            }

            var tokens = _text.Tokens;
            if (tokens[from].Text is not ("," or "/" or "&") && tokens[from].Lower is not ("and" or "or"))
            {
                return false;
            }

            for (int k = from + 1; k < to; k++)
            {
                // "A four-minute call, that's a good call": a pronoun or a contracted verb makes the second a claim about the first.
                if (tokens[k].Kind != TokenKind.Word || tokens[k].Lemma is "be" or "mean" or "show" or "give" or "make" or "prove" or "tell" or "equal" or "reflect"
                    || tokens[k].Lower is "that" or "this" or "it" or "which" or "who" or "there" || tokens[k].Text.Contains('\'') || tokens[k].Text.Contains('\u2019'))
                {
                    return false;
                }
            }

            return true;
        }

        /// <summary>
        /// The term to report and the span to point at: a term and its partner in one sentence when there is such a pair
        /// (the finding then covers the claim that joins them), otherwise the first term.
        /// </summary>
        private static (TermMatch Subject, TermMatch Span) Pair(IEnumerable<Hit> hits, List<Hit> partners)
        {
            foreach (var hit in hits)
            {
                if (partners.FirstOrDefault(p => p.Sentence == hit.Sentence) is { Match.Length: > 0 } partner)
                {
                    int start = Math.Min(hit.Match.Start, partner.Match.Start);
                    int end = Math.Max(hit.Match.End, partner.Match.End);
                    return (hit.Match, hit.Match with { Start = start, Length = end - start });
                }
            }

            var first = hits.First().Match;
            return (first, first);
        }

        public void Sequence()
        {
            var then = Hits(_rule.Then!, primary: false).ToLookup(h => h.Scope);
            foreach (var group in Primary(_rule.Terms!).GroupBy(h => h.Scope))
            {
                // The loop has to close once: what follows the first A also answers the A's after it ("listening to calls
                // told me more than the figures" in a closing reflection needs no feedback of its own).
                var first = group.First();
                if (!then[group.Key].Any(f => f.Match.Start >= first.Match.End))
                {
                    Report(first.Match, first.Match);
                }
            }
        }

        public void Ratio()
        {
            var withProperty = Primary(_rule.Terms!).Select(h => ItemOf(h.Sentence)).ToHashSet();
            var triggered = _rule.Trigger is { } trigger ? Hits(trigger, primary: true).Where(h => !Cancelled(h)).Select(h => ItemOf(h.Sentence)).ToHashSet() : null;
            var items = _text.Sentences
                .Where(s => Counts(s) && (triggered is null || triggered.Contains(ItemOf(s.Index))))
                .GroupBy(s => ItemOf(s.Index))
                .Select(g => g.First())
                .GroupBy(s => ScopeOf(s));
            foreach (var scope in items)
            {
                var list = scope.ToList();
                if (list.Count < _rule.MinItems)
                {
                    continue;
                }

                double share = (double)list.Count(s => withProperty.Contains(ItemOf(s.Index))) / list.Count;
                if ((_rule.MinShare is double min && share < min) || (_rule.MaxShare is double max && share > max))
                {
                    var first = list[0];
                    var paragraph = _context.Document.Paragraphs[first.Paragraph];
                    var location = _rule.RatioOf == RatioItem.Paragraph
                        ? _context.CreateLocation(paragraph.Start, paragraph.Length)
                        : _context.CreateLocation(first);
                    _context.ReportDiagnostic(Diagnostic.Create(_rule.Descriptor, location, location.Excerpt, Missing(), (share * 100).ToString("0", CultureInfo.InvariantCulture) + "%"));
                }
            }
        }

        private int ItemOf(int sentence) => _rule.RatioOf == RatioItem.Paragraph ? _text.Sentences[sentence].Paragraph : sentence;

        private bool Counts(Sentence sentence)
        {
            var paragraph = _context.Document.Paragraphs[sentence.Paragraph];
            if (paragraph.IsHeading)
            {
                return (_rule.Include & RuleInclusions.Headings) != 0;
            }

            return (sentence.IsQuoted ? (_rule.Include & RuleInclusions.Quoted) != 0 : !IsPasted(sentence))
                && ((_rule.Include & RuleInclusions.Negated) != 0 || !sentence.IsNegated)
                && ((_rule.Include & RuleInclusions.Hypothetical) != 0 || !sentence.IsHypothetical);
        }

        private IEnumerable<Hit> Primary(TermSet terms) => Hits(terms, primary: true).Where(h => !Cancelled(h));

        private bool Cancelled(Hit hit) =>
            _rule.ExceptionsInScope ? _exceptionScopes?.Contains(hit.Scope) == true : _exceptionSentences?.Contains(hit.Sentence) == true;

        private List<Hit> Hits(TermSet terms, bool primary, bool exception = false)
        {
            var hits = new List<Hit>();
            foreach (var sentence in _text.Sentences)
            {
                // Find allocates nothing for a sentence without a match, which is most of them.
                foreach (var match in _text.Find(terms, sentence))
                {
                    if (Keep(match, sentence, primary, exception))
                    {
                        hits.Add(new Hit(match, sentence.Index, ScopeOf(sentence)));
                    }
                }
            }

            return hits;
        }

        private bool Keep(TermMatch match, Sentence sentence, bool primary, bool exception)
        {
            int token = match.FirstToken;
            var include = _rule.Include;
            if (_context.Document.Paragraphs[sentence.Paragraph].IsHeading)
            {
                return (include & RuleInclusions.Headings) != 0;
            }

            // A flagged term is judged by its own clause ("I did not monitor calls, but I listened…"). A supporting term is
            // discounted only when the sentence's main claim is negated too ("I did not need to think about GDPR"): the
            // clause-level cue alone would also discount "under our data protection policy nothing that identifies a
            // customer goes into my notes".
            if ((include & RuleInclusions.Negated) == 0 && _text.IsNegatedAt(token) && (primary || sentence.IsNegated))
            {
                return false;
            }

            // An exception is context, and context cancels a match whatever its mood: "she wanted to complain".
            if ((include & RuleInclusions.Hypothetical) == 0 && !exception && _text.IsHypotheticalAt(token))
            {
                return false;
            }

            if (_text.IsQuotedAt(token))
            {
                return (include & RuleInclusions.Quoted) != 0;
            }

            if (IsPasted(sentence))
            {
                return false;
            }

            // A learner's transcript answer without its "I" ("Gave him a written warning") is their own action too.
            return !primary || !_rule.OwnAction || _text.IsOwnActionAt(token) || _text.IsElidedAnswerAt(token);
        }

        // The unit's own wording pasted back says nothing about what the learner did or believes.
        private bool IsPasted(Sentence sentence) => _context.Settings.Evidence?.IsPasted(sentence) == true;

        private int ScopeOf(Sentence sentence) => _rule.Scope switch
        {
            RuleScope.Sentence => sentence.Index,
            RuleScope.Paragraph => sentence.Paragraph,
            RuleScope.Section => _text.Outline.SectionOf(_context.Document.Paragraphs[sentence.Paragraph]),
            _ => 0,
        };

        private int ScopeOf(int sentence) => ScopeOf(_text.Sentences[sentence]);

        private void Report(TermMatch subject, TermMatch span)
        {
            var location = _context.CreateLocation(span.Start, span.Length);
            _context.ReportDiagnostic(Diagnostic.Create(_rule.Descriptor, location, _context.Document.GetText(subject.Start, subject.Length), Missing(), string.Empty));
        }

        private string Missing() =>
            (_rule.Required ?? _rule.With ?? _rule.Then ?? _rule.Terms)?.Terms[0] ?? string.Empty;
    }
}
