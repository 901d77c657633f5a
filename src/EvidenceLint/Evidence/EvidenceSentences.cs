using System.Collections.Immutable;
using EvidenceLint.Reading;
using EvidenceLint.Text;
using EvidenceLint.Units;

namespace EvidenceLint.Evidence;

/// <summary>How a sentence can count as evidence.</summary>
public enum EvidenceStanding
{
    /// <summary>Not evidence at all: a heading, a quotation, or the unit's own wording pasted back.</summary>
    None,

    /// <summary>A general statement, someone else's action or a description: it mentions the practice but does not show the learner doing it.</summary>
    Mention,

    /// <summary>The learner's own action, or a statement inside a passage that narrates the learner's own actions.</summary>
    OwnAction,
}

/// <summary>
/// Decides, once per document and unit, which sentences are the learner's own evidence. A sentence stands as own action
/// when it has the learner as subject, or when it sits in a paragraph (or a list introduced by a paragraph) that does:
/// "I agreed two targets with the team: - FCR to rise from 71% to 78% by 31 March" is one piece of evidence even though
/// the list item has no subject. Headings and quotations are never evidence, and neither is a sentence made mostly of
/// the unit's own criterion or outcome wording: pasting the marking point back is not meeting it.
/// </summary>
public sealed class EvidenceSentences
{
    private readonly EvidenceStanding[] _standing;
    private readonly bool[] _pasted;

    // Paragraph of a learner's answer → the question it answers, told as the learner's statement.
    private readonly Dictionary<int, TextModel> _question;

    // Sentences that state a rule of the learner's own procedure ("The adviser will record the need on the CRM").
    private readonly bool[] _rule;

    private EvidenceSentences(TextModel text, EvidenceStanding[] standing, bool[] pasted, ImmutableArray<int> listedSteps, Dictionary<int, TextModel> question, bool[] rule)
    {
        Text = text;
        _standing = standing;
        _pasted = pasted;
        ListedSteps = listedSteps;
        _question = question;
        _rule = rule;
    }

    /// <summary>
    /// For a paragraph of a learner's answer in a transcript, the question it answers when that asks what the learner
    /// did, turned into the statement the answer completes: "What standards did you set for the team?" becomes "I set
    /// standards for the team". Null for every other paragraph. An answer is told against its question ("Two, really.
    /// Pick up inside thirty seconds."), so the question says what it is about.
    /// </summary>
    internal TextModel? QuestionAnsweredBy(int paragraphIndex) => _question.GetValueOrDefault(paragraphIndex);

    /// <summary>
    /// The sentences that open the steps of a procedure the learner says they made, when it is set out as a list of three
    /// or more items under a heading that names it or after a sentence about it (sentence indexes, in order).
    /// </summary>
    internal ImmutableArray<int> ListedSteps { get; }

    /// <summary>True when the sentence is the unit's own criterion or outcome wording pasted back (never true without a unit).</summary>
    public bool IsPasted(Sentence sentence)
    {
        ArgumentNullException.ThrowIfNull(sentence);
        return _pasted[sentence.Index];
    }

    /// <summary>The paragraph that introduces a list item or table cell (itself for other paragraphs).</summary>
    public int LeadParagraphOf(int paragraphIndex) => Text.Outline.LeadOf(Text.Document.Paragraphs[paragraphIndex]);

    /// <summary>The heading-like paragraph that opens a paragraph's section (see <see cref="DocumentOutline"/>), or -1 before the first.</summary>
    public int SectionOf(int paragraphIndex) => Text.Outline.SectionOf(Text.Document.Paragraphs[paragraphIndex]);

    /// <summary>
    /// For each sentence, a key shared by the sentences in the same scope: the sentence itself, its paragraph (a list or
    /// table counts with the paragraph that introduces it), its section (under the same heading or heading-like line) or the document.
    /// </summary>
    public int[] ScopeKeys(Units.EvidenceScope scope) => scope switch
    {
        Units.EvidenceScope.Sentence => [.. Text.Sentences.Select(s => s.Index)],
        Units.EvidenceScope.Paragraph => [.. Text.Sentences.Select(s => LeadParagraphOf(s.Paragraph))],
        Units.EvidenceScope.Section => [.. Text.Sentences.Select(s => SectionOf(s.Paragraph))],
        _ => new int[Text.Sentences.Length],
    };

    /// <summary>The text model the standings belong to.</summary>
    public TextModel Text { get; }

    /// <summary>The standing of a sentence.</summary>
    public EvidenceStanding this[Sentence sentence] => _standing[sentence.Index];

    /// <summary>The standing of a term match: none when the match itself is negated, hypothetical or quoted.</summary>
    public EvidenceStanding Of(TermMatch match)
    {
        var sentence = Text.GetSentenceOf(match.FirstToken);
        var standing = _standing[sentence.Index];
        // A plan ("I would like to do some coaching") is not evidence, not even a partial one: nothing has happened yet.
        if (standing == EvidenceStanding.None || Text.IsNegatedAt(match.FirstToken) || Text.IsQuotedAt(match.FirstToken) || Text.IsHypotheticalAt(match.FirstToken))
        {
            return EvidenceStanding.None;
        }

        // The sentence's main claim may be negated or a wish while the clause of the match reports what the learner did:
        // "I did not want to hand the team numbers they had never seen, so on 9 January I … established a standard".
        return standing == EvidenceStanding.Mention && Text.IsOwnActionAt(match.FirstToken) ? EvidenceStanding.OwnAction : standing;
    }

    /// <summary>
    /// The standing of a match as evidence for a criterion: as <see cref="Of"/>, except that a "will" or "would" does not
    /// cancel two kinds of text that are not plans. A rule of the learner's own procedure ("the adviser will record the
    /// need on the CRM") is the procedure itself. A figure or a timeframe (<paramref name="detail"/>) describes what was
    /// set, inside a sentence that reports the setting as done: "I agreed that 90% of calls would be answered within 20
    /// seconds". Neither is an event, so the evaluative cycle keeps to <see cref="Of"/>.
    /// </summary>
    internal EvidenceStanding OfCriterionEvidence(TermMatch match, bool detail)
    {
        var standing = Of(match);
        if (standing != EvidenceStanding.None || !Text.IsHypotheticalAt(match.FirstToken) || Text.IsNegatedAt(match.FirstToken) || Text.IsQuotedAt(match.FirstToken))
        {
            return standing;
        }

        var sentence = Text.GetSentenceOf(match.FirstToken);
        bool described = _rule[sentence.Index] || (detail && !sentence.IsHypothetical && !sentence.IsNegated);
        return described ? _standing[sentence.Index] : EvidenceStanding.None;
    }

    /// <summary>Classifies every sentence of a document for a unit.</summary>
    public static EvidenceSentences Create(TextModel text, UnitPack unit)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(unit);
        return Create(text, Wordings.GetValue(unit, WordingsOf));
    }

    /// <summary>
    /// Classifies every sentence of a document when no unit is known, for checks that apply to every unit (the
    /// evaluative cycle). Without the unit's wording, pasted criterion text cannot be recognised.
    /// </summary>
    public static EvidenceSentences Create(TextModel text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return Create(text, []);
    }

    // A pack's wordings are tokenised once, not once per account; the table lets a pack and its entry go together.
    private static readonly System.Runtime.CompilerServices.ConditionalWeakTable<UnitPack, HashSet<string>[]> Wordings = [];

    // The questions a transcript's answers reply to depend on the text alone, not the unit: read once per document.
    private static readonly System.Runtime.CompilerServices.ConditionalWeakTable<TextModel, Dictionary<int, TextModel>> Questions = [];

    /// <summary>Each learner paragraph answering a question about what the learner did → that question as a statement.</summary>
    private static Dictionary<int, TextModel> QuestionsOf(TextModel text)
    {
        var paragraphs = text.Document.Paragraphs;
        var question = new Dictionary<int, TextModel>();
        TextModel? asked = null;
        for (int p = 0; p < paragraphs.Length; p++)
        {
            switch (text.Outline.SpeakerOf(paragraphs[p]))
            {
                case Speaker.Interviewer:
                    asked = AsStatement(text.GetTokens(paragraphs[p]));
                    break;
                case Speaker.Learner when asked is not null:
                    question[p] = asked;
                    break;
                case Speaker.Learner:
                    break;
                default:
                    asked = null;
                    break;
            }
        }

        return question;
    }

    private static HashSet<string>[] WordingsOf(UnitPack unit) =>
        [.. unit.Criteria.Select(c => c.Wording).Concat(unit.LearningOutcomes.Select(lo => lo.Wording))
            .Select(w => ContentLemmas(System.Runtime.InteropServices.CollectionsMarshal.AsSpan(Tokenizer.Tokenize(w))).ToHashSet(StringComparer.Ordinal))];

    private static EvidenceSentences Create(TextModel text, HashSet<string>[] wordings)
    {
        var paragraphs = text.Document.Paragraphs;
        var narrates = new bool[paragraphs.Length];
        var standing = new EvidenceStanding[text.Sentences.Length];
        var pasted = new bool[text.Sentences.Length];
        var outline = text.Outline;
        foreach (var sentence in text.Sentences)
        {
            var paragraph = paragraphs[sentence.Paragraph];
            pasted[sentence.Index] = wordings.Length > 0 && IsPasted(text, sentence, wordings);
            // Questions reflect or ask ("Did I check it worked?"), and an interviewer's turn is someone else's words.
            if (paragraph.Kind is ParagraphKind.Heading or ParagraphKind.Quote || sentence.IsQuoted || sentence.IsQuestion || pasted[sentence.Index]
                || outline.SpeakerOf(paragraph) == Speaker.Interviewer)
            {
                standing[sentence.Index] = EvidenceStanding.None;
                continue;
            }

            standing[sentence.Index] = EvidenceStanding.Mention;
            if (sentence.IsOwnAction)
            {
                narrates[sentence.Paragraph] = true;
            }
        }

        // A learner's answer in a transcript is the learner speaking: a turn narrates as a whole when any of its
        // paragraphs does, and an answer that leaves out the "I" ("Sat next to her for an hour and showed her…") is
        // still the learner's own action.
        var elided = new bool[text.Sentences.Length];
        foreach (var sentence in text.Sentences)
        {
            elided[sentence.Index] = standing[sentence.Index] == EvidenceStanding.Mention && outline.SpeakerOf(paragraphs[sentence.Paragraph]) == Speaker.Learner
                && !sentence.IsNegated && !sentence.IsHypothetical && text.StartsWithPastVerb(sentence);
            narrates[sentence.Paragraph] |= elided[sentence.Index];
        }

        // An answer to a question about what the learner did ("What standards did you set for the team?") tells the
        // learner's own action however short it is: "Two, really. Pick up inside thirty seconds."
        var question = Questions.GetValue(text, QuestionsOf);
        foreach (int answer in question.Keys)
        {
            narrates[answer] = true;
        }

        int turnStart = -1;
        for (int p = 0; p <= paragraphs.Length; p++)
        {
            bool learner = p < paragraphs.Length && outline.SpeakerOf(paragraphs[p]) == Speaker.Learner;
            bool continues = learner && turnStart >= 0 && !StartsTurn(text, paragraphs[p]);
            if (turnStart >= 0 && !continues)
            {
                bool any = false;
                for (int q = turnStart; q < p; q++)
                {
                    any |= narrates[q];
                }

                for (int q = turnStart; q < p; q++)
                {
                    narrates[q] |= any;
                }

                turnStart = -1;
            }

            if (learner && turnStart < 0)
            {
                turnStart = p;
            }
        }

        // A list, or a table row, belongs to the paragraph that introduces it (the outline's lead paragraph), and
        // narrates when that paragraph does; a heading narrates nothing.
        for (int p = 0; p < paragraphs.Length; p++)
        {
            int lead = outline.LeadOf(paragraphs[p]);
            if (lead != p && paragraphs[lead].Kind != ParagraphKind.Heading)
            {
                narrates[p] |= narrates[lead];
            }
        }

        bool reportVoice = IsReportVoice(text, standing);
        var describes = DescribesOwnWork(text, standing);

        // A procedure states its steps as rules, in the future or as instructions ("The adviser will listen for signs of
        // vulnerability"). In the learner's own procedure such a sentence describes the work; only the learner's own
        // "I will…" is a plan.
        var rule = new bool[text.Sentences.Length];
        foreach (var sentence in text.Sentences)
        {
            rule[sentence.Index] = describes[sentence.Index] && !sentence.IsFirstPerson && !sentence.IsNegated && !sentence.IsQuestion;
        }

        var steps = ListedStepsOf(text, standing, describes, rule);
        foreach (var sentence in text.Sentences)
        {
            if (standing[sentence.Index] != EvidenceStanding.Mention)
            {
                continue;
            }

            // Negation is judged per match (see Of): "she was not confident, so I coached her" is evidence of the coaching.
            // A sentence that names someone else as the one acting ("The rota is done by the planning team") stays a
            // mention even in a paragraph that narrates the learner's work.
            bool lent = narrates[sentence.Paragraph] || elided[sentence.Index] || (reportVoice && !sentence.IsNegated)
                || (describes[sentence.Index] && !sentence.IsNegated);
            if (sentence.IsOwnAction || (lent && (!sentence.IsHypothetical || rule[sentence.Index]) && !sentence.IsQuestion && !HasOtherAgent(text, sentence)))
            {
                standing[sentence.Index] = EvidenceStanding.OwnAction;
            }
        }

        return new EvidenceSentences(text, standing, pasted, steps, question, rule);
    }

    /// <summary>
    /// The first sentence of each item of a list that sets out the learner's own work (see <see cref="DescribesOwnWork"/>),
    /// when the list has three or more items: fewer are an example or two, not a procedure.
    /// </summary>
    private static ImmutableArray<int> ListedStepsOf(TextModel text, EvidenceStanding[] standing, bool[] describes, bool[] rule)
    {
        var steps = ImmutableArray.CreateBuilder<int>();
        var run = new List<int>();
        int previousParagraph = -1;
        foreach (var sentence in text.Sentences)
        {
            if (sentence.Paragraph == previousParagraph)
            {
                continue;
            }

            var paragraph = text.Document.Paragraphs[sentence.Paragraph];
            bool step = paragraph.Kind == ParagraphKind.ListItem && describes[sentence.Index] && standing[sentence.Index] != EvidenceStanding.None
                && !sentence.IsNegated && (!sentence.IsHypothetical || rule[sentence.Index]);
            bool sameList = previousParagraph >= 0 && sentence.Paragraph == previousParagraph + 1
                && text.Outline.LeadOf(paragraph) == text.Outline.LeadOf(text.Document.Paragraphs[previousParagraph]);
            if (!step || !sameList)
            {
                Flush();
            }

            if (step)
            {
                run.Add(sentence.Index);
            }

            previousParagraph = sentence.Paragraph;
        }

        Flush();
        return steps.ToImmutable();

        void Flush()
        {
            if (run.Count >= 3)
            {
                steps.AddRange(run);
            }

            run.Clear();
        }
    }

    /// <summary>
    /// A question that asks what the learner did, turned into the learner's statement of it: "did you", "have you" or
    /// "had you" and a verb of doing, with the thing asked about put back after the verb ("What standards did you set
    /// for the team?" → "I set standards for the team"; "How have you checked it worked?" → "I checked it worked").
    /// Null for any other turn, and for a question about what the learner felt or thought.
    /// </summary>
    private static TextModel? AsStatement(ReadOnlySpan<Token> tokens)
    {
        int end = -1;
        for (int k = 0; k < tokens.Length && end < 0; k++)
        {
            end = tokens[k].Text == "?" ? k : -1;
        }

        for (int k = 0; k + 2 < end; k++)
        {
            if (tokens[k].Lower is not ("did" or "have" or "had") || tokens[k + 1].Lower != "you" || tokens[k + 2].Kind != TokenKind.Word
                || tokens[k + 2].Lemma is "feel" or "think" or "like" or "mean" or "want" or "enjoy" or "be")
            {
                continue;
            }

            // "What standards" or "Which of the targets" before the auxiliary is the verb's object, moved to the front.
            int wh = k - 1;
            while (wh >= 0 && tokens[wh].Lower is not ("what" or "which" or "how" or "when" or "why" or "where"))
            {
                wh--;
            }

            var statement = new System.Text.StringBuilder("I ").Append(tokens[k + 2].Text);
            if (wh >= 0 && tokens[wh].Lower is "what" or "which")
            {
                for (int j = wh + 1; j < k; j++)
                {
                    statement.Append(' ').Append(tokens[j].Text);
                }
            }

            for (int j = k + 3; j < end; j++)
            {
                statement.Append(' ').Append(tokens[j].Text);
            }

            return TextModel.Create(new PlainTextReader(InputFormat.Text).ReadString(statement.Append('.').ToString(), "question"));
        }

        return null;
    }

    /// <summary>
    /// True when the account is a report in the impersonal voice by a learner who says the work was theirs: "The
    /// procedure was implemented on 3 June" told by someone who writes "I developed the procedure and facilitated both
    /// workshops myself". Centres sometimes ask for reports in the third person; the passive then carries the learner's
    /// own actions, and the report's descriptions ("The procedure covers the four most common scenarios") describe the
    /// learner's own work, unless they name someone else as the doer. Without that claim, or where the learner mostly
    /// writes "I", the passive stays a mention: a draft that says only "A new procedure was developed" has not shown who
    /// developed it.
    /// </summary>
    private static bool IsReportVoice(TextModel text, EvidenceStanding[] standing)
    {
        int own = 0, passive = 0;
        bool claim = false;
        foreach (var sentence in text.Sentences)
        {
            if (standing[sentence.Index] == EvidenceStanding.None)
            {
                continue;
            }

            if (sentence.IsOwnAction)
            {
                own++;
                claim |= WorkVerbAt(text.GetTokens(sentence), 0) >= 0;
            }
            else if (!sentence.IsFirstPerson && IsAgentlessPassive(text, sentence))
            {
                passive++;
            }
        }

        return claim && passive >= 5 && passive >= 3 * own;
    }

    /// <summary>
    /// The sentences that describe a piece of work the learner says they made ("I designed the procedure"): a sentence
    /// whose subject is that work ("The procedure covers three situations:", "The aim of the procedure is…"), the list
    /// such a sentence introduces (the procedure's steps), and what is set out under a heading that names the work and
    /// nothing else ("The procedure (version 0.3)"). The work is the learner's product, and its description is the
    /// evidence an assessor reads for a criterion about it ("documented procedures are clear and practical…"), as a
    /// report's descriptions are in <see cref="IsReportVoice"/>. Without the claim a description stays a mention.
    /// </summary>
    private static bool[] DescribesOwnWork(TextModel text, EvidenceStanding[] standing)
    {
        var describes = new bool[text.Sentences.Length];
        var artefacts = ClaimedArtefacts(text, standing);
        if (artefacts.Count == 0)
        {
            return describes;
        }

        var paragraphs = text.Document.Paragraphs;
        var about = new bool[paragraphs.Length];
        foreach (var sentence in text.Sentences)
        {
            if (standing[sentence.Index] != EvidenceStanding.None && IsAbout(text.GetTokens(sentence), artefacts))
            {
                describes[sentence.Index] = true;
                about[sentence.Paragraph] = true;
            }
        }

        var sections = DescribedSections(text, artefacts);
        foreach (var sentence in text.Sentences)
        {
            var paragraph = paragraphs[sentence.Paragraph];
            int lead = text.Outline.LeadOf(paragraph);
            describes[sentence.Index] |= (lead != paragraph.Index && about[lead]) || sections.Contains(text.Outline.SectionOf(paragraph));
        }

        return describes;
    }

    /// <summary>The pieces of work the learner says they made: "procedure" in "I designed the new callback procedure".</summary>
    private static HashSet<string> ClaimedArtefacts(TextModel text, EvidenceStanding[] standing)
    {
        var claimed = new HashSet<string>(StringComparer.Ordinal);
        foreach (var sentence in text.Sentences)
        {
            if (standing[sentence.Index] == EvidenceStanding.None || !sentence.IsOwnAction)
            {
                continue;
            }

            var tokens = text.GetTokens(sentence);
            for (int k = WorkVerbAt(tokens, 0); k >= 0; k = WorkVerbAt(tokens, k + 1))
            {
                // The verb's object: "designed the new call-back procedure", "wrote a first draft of the script".
                for (int j = k + 1; j < tokens.Length && j <= k + 6 && tokens[j].Kind != TokenKind.Punctuation; j++)
                {
                    if (Artefacts.Contains(tokens[j].Lemma))
                    {
                        claimed.Add(tokens[j].Lemma);
                        break;
                    }
                }
            }
        }

        return claimed;
    }

    /// <summary>The pieces of work a learner makes and then describes: a procedure and its documents.</summary>
    private static readonly HashSet<string> Artefacts = new(StringComparer.Ordinal)
    {
        "procedure", "process", "script", "checklist", "flowchart", "guide", "template", "policy", "toolkit",
    };

    /// <summary>
    /// The sections whose heading names a claimed piece of work and nothing else ("The procedure (version 0.3)", "My new
    /// call-back script"): what they set out is the work itself. A heading that asks or tells about the work ("Why a
    /// procedure was needed", "Designing the procedure") opens a story, not the work.
    /// </summary>
    private static HashSet<int> DescribedSections(TextModel text, HashSet<string> artefacts)
    {
        var sections = new HashSet<int>();
        foreach (var paragraph in text.Document.Paragraphs)
        {
            if (text.Outline.SectionOf(paragraph) != paragraph.Index)
            {
                continue;
            }

            var words = new List<Token>();
            int depth = 0;
            foreach (var token in text.GetTokens(paragraph))
            {
                depth += token.Text == "(" ? 1 : token.Text == ")" ? -1 : 0;
                if (depth == 0 && token.Kind == TokenKind.Word)
                {
                    words.Add(token);
                }
            }

            if ((words.Count is > 0 and <= 5 && artefacts.Contains(words[^1].Lemma)
                && !words[0].Lower.EndsWith("ing", StringComparison.Ordinal) && words[0].Lower is not ("why" or "how" or "what" or "when" or "where" or "who"))
                || SaysWhatItSetsOut(words, artefacts))
            {
                sections.Add(paragraph.Index);
            }
        }

        return sections;
    }

    /// <summary>
    /// True for a heading that asks what the work itself says: "What the procedure says", "What my new script covers",
    /// "What the checklist includes". Unlike "What I changed" or "Why a procedure was needed", its subject is the work.
    /// </summary>
    private static bool SaysWhatItSetsOut(List<Token> words, HashSet<string> artefacts)
    {
        if (words.Count is < 3 or > 6 || words[0].Lower != "what")
        {
            return false;
        }

        for (int k = 1; k + 1 < words.Count && k <= 3; k++)
        {
            if (artefacts.Contains(words[k].Lemma))
            {
                return words[k + 1].Lemma is "say" or "cover" or "contain" or "include" or "set" or "look" or "involve" or "ask" or "do";
            }
        }

        return false;
    }

    /// <summary>True when a sentence's subject is a claimed piece of work and a verb follows it: "The procedure covers…", "The aim of the procedure is…".</summary>
    private static bool IsAbout(ReadOnlySpan<Token> tokens, HashSet<string> artefacts)
    {
        if (tokens.Length == 0 || tokens[0].Lower is not ("the" or "this" or "our" or "my" or "each" or "every"))
        {
            return false;
        }

        for (int k = 1; k < tokens.Length && k <= 5; k++)
        {
            if (tokens[k].Kind != TokenKind.Word)
            {
                return false;
            }

            if (artefacts.Contains(tokens[k].Lemma))
            {
                return k + 1 < tokens.Length && tokens[k + 1].Kind == TokenKind.Word;
            }
        }

        return false;
    }

    /// <summary>"I developed the procedure…", "I designed and ran the pilot…": the learner claims the piece of work.</summary>
    /// <returns>The position of the first verb of making or leading a piece of work at or after <paramref name="from"/>, or -1.</returns>
    private static int WorkVerbAt(ReadOnlySpan<Token> tokens, int from)
    {
        for (int k = from; k < tokens.Length; k++)
        {
            if (tokens[k].Kind == TokenKind.Word && WorkVerbs.Contains(tokens[k].Lower))
            {
                return k;
            }
        }

        return -1;
    }

    private static readonly HashSet<string> WorkVerbs = new(StringComparer.Ordinal)
    {
        "developed", "designed", "wrote", "drafted", "led", "facilitated", "produced", "created", "planned", "ran", "delivered",
        "implemented", "introduced", "organised", "organized", "prepared",
    };

    /// <summary>Irregular past participles the passive is made with; regular ones end in "-ed".</summary>
    private static readonly HashSet<string> IrregularParticiples = new(StringComparer.Ordinal)
    {
        "held", "sent", "told", "given", "written", "rewritten", "read", "taken", "made", "built", "brought", "found", "kept",
        "run", "set", "put", "done", "shown", "known", "chosen", "left", "paid", "met", "heard", "spoken", "taught", "drawn",
        "seen", "led", "sold", "understood",
    };

    /// <summary>
    /// The position of the participle of a passive ("was implemented", "were also trained", "has been amended"), or -1.
    /// </summary>
    private static int PassiveAt(ReadOnlySpan<Token> tokens, bool pastOnly)
    {
        for (int k = 0; k + 1 < tokens.Length; k++)
        {
            string be = tokens[k].Lower;
            if (tokens[k].Kind != TokenKind.Word || !(be is "was" or "were" or "been" || (!pastOnly && be is "is" or "are" or "be")))
            {
                continue;
            }

            int j = k + 1;
            while (j < tokens.Length && tokens[j].Lower is "also" or "then" or "only" or "first" or "now" or "all" or "each" or "later" or "quickly")
            {
                j++;
            }

            if (j < tokens.Length && tokens[j].Kind == TokenKind.Word && tokens[j].Lemma != tokens[j].Lower
                && (tokens[j].Lower.EndsWith("ed", StringComparison.Ordinal) || IrregularParticiples.Contains(tokens[j].Lower)))
            {
                return j;
            }
        }

        return -1;
    }

    /// <summary>A passive whose doer is named and is not the learner: "is done by the planning team", "were trained by their supervisors".</summary>
    private static int AgentAfter(ReadOnlySpan<Token> tokens, int participle)
    {
        for (int k = participle + 1; k + 1 < tokens.Length && k <= participle + 4; k++)
        {
            if (tokens[k].Lower == "by")
            {
                var next = tokens[k + 1];
                bool determiner = next.Lower is "the" or "their" or "his" or "her" or "a" or "an" or "our" or "each" or "every" or "other" or "another";
                bool time = k + 2 < tokens.Length && tokens[k + 2].Lower is "end" or "time" or "date" or "deadline" or "start" or "middle" or "close";
                return determiner && !time ? k : -1;
            }

            if (tokens[k].Kind == TokenKind.Punctuation)
            {
                return -1;
            }
        }

        return -1;
    }

    private static bool HasOtherAgent(TextModel text, Sentence sentence)
    {
        if (sentence.IsFirstPerson)
        {
            return false;
        }

        // "A tenant was passed to me by her housing officer": the learner takes part, so the sentence is theirs to tell.
        var tokens = text.GetTokens(sentence);
        foreach (var token in tokens)
        {
            if (token.Lower is "me" or "us" or "myself")
            {
                return false;
            }
        }

        int participle = PassiveAt(tokens, pastOnly: false);
        return participle >= 0 && AgentAfter(tokens, participle) >= 0;
    }

    private static bool IsAgentlessPassive(TextModel text, Sentence sentence)
    {
        var tokens = text.GetTokens(sentence);
        int participle = PassiveAt(tokens, pastOnly: true);
        return participle >= 0 && AgentAfter(tokens, participle) < 0;
    }

    /// <summary>True when a paragraph opens with a speaker label ("Learner:"), so it starts a new turn.</summary>
    private static bool StartsTurn(TextModel text, EvidenceParagraph paragraph)
    {
        var tokens = text.GetTokens(paragraph);
        for (int k = 0; k < Math.Min(tokens.Length, 8); k++)
        {
            if (tokens[k].Text == ":")
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// True when most of a sentence's content words come from one criterion or outcome wording, as when a learner pastes
    /// the marking point as an opening line or a claim.
    /// </summary>
    private static bool IsPasted(TextModel text, Sentence sentence, HashSet<string>[] wordings)
    {
        var content = ContentLemmas(text.GetTokens(sentence)).Distinct(StringComparer.Ordinal).ToList();
        if (content.Count < 4)
        {
            return false;
        }

        // A learner's own claim ("I resolved the complaint by following our complaints procedure") naturally shares
        // the marking point's words; only a near-verbatim copy of it is taken as pasted.
        (int least, double share) = sentence.IsFirstPerson ? (6, 0.9) : (4, 0.7);
        foreach (var wording in wordings)
        {
            int shared = content.Count(wording.Contains);
            if (shared >= least && shared >= content.Count * share)
            {
                return true;
            }
        }

        return false;
    }

    private static IEnumerable<string> ContentLemmas(ReadOnlySpan<Token> tokens)
    {
        var result = new List<string>(tokens.Length);
        foreach (var token in tokens)
        {
            if (token.Kind == TokenKind.Word && token.Lemma.Length > 2 && !FunctionWords.Contains(token.Lemma))
            {
                result.Add(token.Lemma);
            }
        }

        return result;
    }

    private static readonly HashSet<string> FunctionWords = new(StringComparer.Ordinal)
    {
        "the", "and", "for", "with", "that", "this", "these", "those", "from", "into", "onto", "than", "then", "when", "where",
        "which", "who", "whom", "whose", "what", "how", "why", "all", "any", "each", "every", "some", "such", "own", "our",
        "your", "their", "them", "they", "his", "her", "she", "him", "its", "are", "was", "were", "be", "been", "being", "have",
        "has", "had", "do", "does", "did", "not", "but", "or", "nor", "also", "use", "used", "using", "able", "about", "through",
        "by", "to", "of", "in", "on", "at", "as", "is", "it", "an", "a", "i", "we", "my", "me", "us", "such", "like", "e.g.",
    };
}
