using System.Collections.Immutable;
using System.Text.RegularExpressions;
using EvidenceLint.Reading;
using EvidenceLint.Text;
using EvidenceLint.Units;

namespace EvidenceLint.Evidence;

/// <summary>
/// A place where the account names a criterion of its unit: "(MCS.3)", "SCS.3", "criterion 2". "AC 1.2"-style numbers
/// are not resolved, because the units define no mapping from them to criteria.
/// </summary>
/// <param name="CriterionId">The criterion named.</param>
/// <param name="Paragraph">The paragraph it is in.</param>
/// <param name="Start">Where the reference is in the normalised text.</param>
/// <param name="Length">Its length.</param>
/// <param name="IsClaim">
/// True when the reference offers the passage as evidence: in a heading, in brackets after a passage, or in a sentence
/// such as "this section is my evidence for SCS.3". False when it only talks about the criterion ("criterion 2 asks me
/// to consult…") or lists several in an overview.
/// </param>
public sealed record CriterionReference(string CriterionId, int Paragraph, int Start, int Length, bool IsClaim)
{
    private static readonly Regex Reference = new(
        @"(?<![A-Za-z0-9.])(?:(?<unit>[A-Z][A-Z0-9]{1,5})\.(?<n>[1-9][0-9]?)|[Cc]riterion\s+(?<n>[1-9][0-9]?))(?![0-9.][0-9])",
        RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture, TimeSpan.FromSeconds(1));

    private static readonly TermSet ClaimCues = TermSet.Create("claim", ["evidence", "evidence for", "show", "demonstrate", "meet", "cover", "address", "satisfy", "prove", "relate to", "this section", "this part"]);

    /// <summary>Finds the references to the unit's criteria in an account.</summary>
    public static ImmutableArray<CriterionReference> Find(TextModel text, UnitPack unit)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(unit);
        var ids = unit.Criteria.Select(c => c.Id).ToHashSet(StringComparer.OrdinalIgnoreCase);
        var found = ImmutableArray.CreateBuilder<CriterionReference>();
        foreach (var paragraph in text.Document.Paragraphs)
        {
            string body = text.Document.GetText(paragraph);
            foreach (var sentence in text.GetSentences(paragraph))
            {
                int from = sentence.Start - paragraph.Start;
                var matches = Reference.Matches(body[from..(from + sentence.Length)]);
                var inSentence = new List<(string Id, Match Match)>();
                foreach (Match match in matches)
                {
                    string id = match.Groups["unit"].Success
                        ? $"{match.Groups["unit"].Value}.{match.Groups["n"].Value}"
                        : $"{unit.Id}.{match.Groups["n"].Value}";
                    if (ids.Contains(id))
                    {
                        inSentence.Add((id.ToUpperInvariant(), match));
                    }
                }

                if (inSentence.Count == 0)
                {
                    continue;
                }

                bool heading = paragraph.Kind == ParagraphKind.Heading;
                bool overview = !heading && inSentence.Select(r => r.Id).Distinct().Count() >= 3;
                bool cue = text.Contains(ClaimCues, sentence);
                foreach (var (id, match) in inSentence)
                {
                    int start = sentence.Start + match.Index;
                    bool bracketed = match.Index > 0 && body[from + match.Index - 1] == '(';
                    // "This is not my evidence for MCS.3", "I will show MCS.3 later" and a quoted reference claim nothing.
                    int token = TokenAt(text, start);
                    bool claim = !overview && (heading || bracketed || cue)
                        && !text.IsNegatedAt(token) && !text.IsHypotheticalAt(token) && !text.IsQuotedAt(token);
                    found.Add(new CriterionReference(id, paragraph.Index, start, match.Length, claim));
                }
            }
        }

        return found.ToImmutable();
    }

    private static int TokenAt(TextModel text, int offset)
    {
        var tokens = text.Tokens;
        int lo = 0, hi = tokens.Length - 1;
        while (lo < hi)
        {
            int mid = (lo + hi + 1) / 2;
            if (tokens[mid].Start <= offset)
            {
                lo = mid;
            }
            else
            {
                hi = mid - 1;
            }
        }

        return Math.Max(0, lo);
    }
}
