using System.Collections.Frozen;
using System.Collections.Immutable;
using EvidenceLint.Analysis;
using EvidenceLint.Evidence;
using EvidenceLint.Reading;
using EvidenceLint.Text;

namespace EvidenceLint.Rules.Writing;

/// <summary>
/// EL6002. The seeds' commonest misconception about reflective accounts is that saying you are good at something
/// evidences it; assessors credit a specific event with its figures, date, people or tools. The rule finds claims —
/// an absolute habit with a judgement in it ("I always give excellent service", "I always put the customer first"),
/// a judgement of the learner, the team or the work ("I am very good at dealing with angry customers", "the procedure
/// has been very successful", "the team is doing well") — and reports each claim sentence whose paragraph holds no
/// specifics: no figure, date, month or weekday, no named person or role ("Adviser R", "Mrs Khan"), no tool or record
/// (CRM, QA scorecard, survey, report) and no single event ("on one call", "last Tuesday", "for example"). A claim in
/// a paragraph that has them is a reflection on evidence, not a bare claim. Negated, hypothetical and quoted claims,
/// questions and criterion wording pasted back are left alone.
/// </summary>
internal sealed class ClaimWithoutExampleAnalyzer : EvidenceAnalyzer
{
    private static readonly DiagnosticDescriptor Rule = new(
        RuleIds.ClaimWithoutExample,
        "claim-without-example",
        "Claim without a concrete example",
        "This reads as a general claim with no specific example in the same paragraph. Assessors look for evidence rather than claims: add one occasion that shows it — when it was, who was involved, what you did and what figure or result showed it.",
        RuleCategories.Writing,
        DiagnosticSeverity.Info,
        "A general claim about the learner's or the team's practice should be backed in the same paragraph by a specific event, figure, date, person or tool.");

    /// <summary>Absolute habits: "I always…", "consistently", "every time".</summary>
    private static readonly FrozenSet<string> Absolutes = new[]
    {
        "always", "consistently", "invariably",
    }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>What turns a habit into a judgement: "always give excellent service", "always stay calm".</summary>
    private static readonly FrozenSet<string> Judgements = new[]
    {
        "excellent", "good", "great", "outstanding", "brilliant", "best", "empathy", "empathetic", "calm", "professional",
        "polite", "friendly", "patient", "helpful", "positive", "exceed", "high", "perfect", "amazing", "fantastic",
        "superb", "efficient", "effective", "successful", "well", "first", "hit", "meet", "beat", "achieve", "smash",
        // "always go above and beyond", "we always have enough people on": praise and sufficiency in everyday words.
        "above", "enough",
    }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>Judgements after "am", "is", "has been": "I am a good team leader", "has been very successful".</summary>
    private static readonly FrozenSet<string> Verdicts = new[]
    {
        "good", "excellent", "great", "outstanding", "brilliant", "successful", "effective", "strong", "skilled",
        "amazing", "fantastic", "superb", "perfect", "efficient", "helpful", "exceptional",
        // "the procedure is really clear and easy to follow": how a learner praises their own document.
        "clear", "easy", "straightforward", "seamless",
    }.ToFrozenSet(StringComparer.Ordinal);

    private static readonly FrozenSet<string> Copulas = new[]
    {
        "am", "is", "are", "was", "were", "been", "i'm", "we're", "it's", "they're", "have", "has",
    }.ToFrozenSet(StringComparer.Ordinal);

    private static readonly FrozenSet<string> Intensifiers = new[]
    {
        "very", "really", "quite", "extremely", "so", "always", "a", "an", "now", "generally", "usually", "overall",
        "genuinely", "highly", "pretty", "incredibly", "also", "all",
    }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>"is working well", "went well", "is doing well".</summary>
    private static readonly FrozenSet<string> WellVerbs = new[]
    {
        "work", "do", "go", "run", "perform",
    }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>Whose practice a claim is about: the learner, the team, the work.</summary>
    private static readonly FrozenSet<string> ClaimSubjects = new[]
    {
        "i", "we", "i'm", "we're", "team", "procedure", "process", "standard", "change", "approach", "it", "it's",
        "this", "service", "department", "everyone", "work", "coaching", "system", "adviser", "advisor", "agent", "staff",
    }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>Other subjects: a judgement of these ("that is a good slogan", "the customer was happy") is not the learner's claim.</summary>
    private static readonly FrozenSet<string> OtherSubjects = new[]
    {
        "that", "customer", "caller", "tenant", "member", "he", "she", "they", "you", "manager", "score", "call",
        "figure", "result", "slogan", "idea", "there", "what", "which", "who",
    }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>Tools and records that tie a paragraph to something checkable.</summary>
    private static readonly FrozenSet<string> Tools = new[]
    {
        "crm", "qa", "scorecard", "dashboard", "wallboard", "report", "survey", "spreadsheet", "recording", "transcript",
        "tracker", "log", "ivr", "wfm", "telephony", "audit", "checklist", "1-2-1",
        "one-to-one", "huddle", "side-by-side",
    }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>People named by role and letter or name: "Adviser R", "Customer A".</summary>
    private static readonly FrozenSet<string> Roles = new[]
    {
        "adviser", "advisor", "agent", "customer", "caller", "colleague", "tenant", "member", "mr", "mrs", "ms", "miss",
        "dr", "learner", "team", "client",
    }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>Single events: "on one call", "one customer", "last week".</summary>
    private static readonly FrozenSet<string> EventNouns = new[]
    {
        "call", "customer", "caller", "chat", "email", "occasion", "shift", "day", "week", "month", "time", "complaint",
        "adviser", "tenant", "member", "meeting",
    }.ToFrozenSet(StringComparer.Ordinal);

    /// <inheritdoc />
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => [Rule];

    /// <inheritdoc />
    public override void Initialize(AnalysisContext context) => context.RegisterDocumentAction(Analyze);

    private static void Analyze(DocumentAnalysisContext context)
    {
        var text = context.Text;
        foreach (var paragraph in text.Document.Paragraphs)
        {
            if (paragraph.Kind is not (ParagraphKind.Body or ParagraphKind.ListItem))
            {
                continue;
            }

            var sentences = text.GetSentences(paragraph);
            List<Sentence>? claims = null;
            foreach (var sentence in sentences)
            {
                if (IsClaim(context, sentence))
                {
                    (claims ??= []).Add(sentence);
                }
            }

            if (claims is null || HasSpecifics(text, paragraph))
            {
                continue;
            }

            foreach (var claim in claims)
            {
                context.ReportDiagnostic(Diagnostic.Create(Rule, context.CreateLocation(claim)));
            }
        }
    }

    private static bool IsClaim(DocumentAnalysisContext context, Sentence sentence)
    {
        if (sentence.IsQuoted || sentence.IsQuestion
            || (context.Settings.Evidence is { } evidence && evidence[sentence] == EvidenceStanding.None))
        {
            return false;
        }

        var text = context.Text;
        var span = text.GetTokens(sentence);
        for (int k = 0; k < span.Length; k++)
        {
            int index = sentence.FirstToken + k;
            if (text.IsNegatedAt(index) || text.IsHypotheticalAt(index) || text.IsQuotedAt(index))
            {
                continue;
            }

            if ((IsAbsoluteJudgement(span, k) || IsVerdict(span, k) || IsGoingWell(span, k)) && HasClaimSubject(span, k))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>"I always give excellent service", "I always put the customer first": an absolute with a judgement in its clause.</summary>
    private static bool IsAbsoluteJudgement(ReadOnlySpan<Token> span, int k)
    {
        if (!Absolutes.Contains(span[k].Lower))
        {
            return false;
        }

        for (int j = k + 1; j < span.Length && j <= k + 8; j++)
        {
            if (span[j].Kind == TokenKind.Punctuation || span[j].Lower is "and" or "but" or "because" or "so" or "if" or "when")
            {
                return false;
            }

            // "first" only as "put the customer first", not "first contact resolution".
            if (Judgements.Contains(span[j].Lemma) && (span[j].Lower != "first" || j == span.Length - 1 || span[j + 1].Kind == TokenKind.Punctuation))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// "I am a good team leader", "has been very successful", "I am very good at…", "I have excellent communication
    /// skills": a copula, or a present "have", with a verdict.
    /// </summary>
    private static bool IsVerdict(ReadOnlySpan<Token> span, int k)
    {
        if (!Copulas.Contains(span[k].Lower))
        {
            return false;
        }

        int j = k + 1;
        while (j < span.Length && Intensifiers.Contains(span[j].Lower))
        {
            j++;
        }

        if (j >= span.Length || !Verdicts.Contains(span[j].Lower))
        {
            return false;
        }

        // "it is good practice to…", "it was a good opportunity to…" judge the practice in general, not the learner's.
        return j + 1 >= span.Length || span[j + 1].Lower is not ("to" or "practice" or "idea" or "opportunity" or "way" or "example" or "thing" or "for" or "that" or "reminder");
    }

    /// <summary>"the procedure is working well", "the team is doing well", "it went well".</summary>
    private static bool IsGoingWell(ReadOnlySpan<Token> span, int k)
    {
        if (!WellVerbs.Contains(span[k].Lemma) || span[k].Lower is "do" or "does" or "work" or "works")
        {
            return false;
        }

        int j = k + 1;
        while (j < span.Length && span[j].Lower is "really" or "very" or "extremely" or "so")
        {
            j++;
        }

        return j < span.Length && span[j].Lower == "well" && (j + 1 >= span.Length || span[j + 1].Kind == TokenKind.Punctuation || span[j + 1].Lower is "and" or "but" or "overall");
    }

    /// <summary>The nearest subject before the claim is the learner, the team or the work, not someone or something else.</summary>
    private static bool HasClaimSubject(ReadOnlySpan<Token> span, int k)
    {
        if (ClaimSubjects.Contains(span[k].Lower))
        {
            return true; // "I'm", "it's"
        }

        for (int j = k - 1; j >= 0; j--)
        {
            string lemma = span[j].Lemma;
            if (ClaimSubjects.Contains(span[j].Lower) || ClaimSubjects.Contains(lemma))
            {
                return true;
            }

            if (OtherSubjects.Contains(span[j].Lower) || OtherSubjects.Contains(lemma))
            {
                return false;
            }
        }

        return false;
    }

    private static bool HasSpecifics(TextModel text, EvidenceParagraph paragraph)
    {
        var tokens = text.GetTokens(paragraph);
        int offset = tokens.IsEmpty ? 0 : text.GetSentences(paragraph)[0].FirstToken;
        for (int k = 0; k < tokens.Length; k++)
        {
            var token = tokens[k];
            int at = offset + k;
            if (token.Kind == TokenKind.Number || text.IsNumberWordAt(at) || token.Lower is "half" or "yesterday" || text.IsDayAt(at)
                || Tools.Contains(token.Lemma) || Tools.Contains(token.Lower)
                || text.IsMonthAt(at))
            {
                return true;
            }

            if (k + 1 < tokens.Length)
            {
                var next = tokens[k + 1];

                // "Adviser R", "Customer A", "Mrs Khan"
                if (Roles.Contains(token.Lower) && next.Kind == TokenKind.Word
                    && char.IsUpper(next.Text[0]) && (next.Text.Length == 1 || token.Lower is "mr" or "mrs" or "ms" or "miss" or "dr"))
                {
                    return true;
                }

                // "on one call", "one customer", "last Tuesday", "last week"
                if ((token.Lower is "one" or "last" or "that" && EventNouns.Contains(next.Lemma) && (token.Lower != "that" || k > 0 && tokens[k - 1].Lower is "on"))
                    || (token.Lower == "for" && next.Lower is "example" or "instance"))
                {
                    return true;
                }
            }
        }

        return false;
    }
}
