using System.Text;
using EvidenceLint.Analysis;
using EvidenceLint.Reading;
using EvidenceLint.Units;

namespace EvidenceLint.Tests.Testing;

/// <summary>
/// Roslyn-style analyzer testing for prose. The account is written with its expected findings marked inline:
/// <c>{|EL4001:span|}</c> marks the exact span a finding must cover, <c>{|EL2001:|}</c> (empty) a document-level
/// finding. Paragraphs are separated by blank lines; a line starting with <c>#</c> is a heading and <c>- </c> a list item.
/// The findings produced must equal the findings marked: nothing missing, nothing extra.
/// </summary>
public static class RuleTest
{
    /// <summary>Runs analyzers over the marked-up account and checks the findings equal the markup.</summary>
    public static LintResult Verify(string markup, params EvidenceAnalyzer[] analyzers) => Verify(markup, LintOptions.Default, analyzers);

    /// <summary>
    /// Runs analyzers with options over the marked-up account and checks the findings equal the markup. When the
    /// options name a unit (<c>LintOptions.Default with { Unit = "MCS" }</c>) the built-in unit packs are used, so the
    /// analyzers see its pack, evidence and coverage; otherwise no unit is known and none is detected.
    /// </summary>
    public static LintResult Verify(string markup, LintOptions options, params EvidenceAnalyzer[] analyzers) =>
        Verify(markup, options, options.Unit is null ? null : BuiltInUnits.Catalog, analyzers);

    /// <summary>Runs analyzers over the marked-up account written for <paramref name="unit"/>, a pack made for the test.</summary>
    public static LintResult Verify(string markup, UnitPack unit, params EvidenceAnalyzer[] analyzers) =>
        Verify(markup, LintOptions.Default with { Unit = unit.Id }, UnitCatalog.Create([unit]), analyzers);

    private static LintResult Verify(string markup, LintOptions options, UnitCatalog? units, EvidenceAnalyzer[] analyzers)
    {
        var (document, expected) = Parse(markup);
        var linter = new EvidenceLinter(analyzers, options, units: units);
        var result = linter.Lint(document);
        var actual = result.Diagnostics.Select(Expected.From).ToList();

        var missing = expected.Except(actual).ToList();
        var extra = actual.Except(expected).ToList();
        if (missing.Count > 0 || extra.Count > 0)
        {
            var message = new StringBuilder();
            foreach (var m in missing)
            {
                message.AppendLine($"Missing: {m.Describe(document)}");
            }

            foreach (var e in extra)
            {
                message.AppendLine($"Unexpected: {e.Describe(document)}");
            }

            message.AppendLine("Findings actually produced, as markup:");
            message.AppendLine(ToMarkup(document, result.Diagnostics));
            message.AppendLine("Messages:");
            foreach (var d in result.Diagnostics)
            {
                message.AppendLine($"  {d.Id}: {d.Message}");
            }

            Assert.Fail(message.ToString());
        }

        return result;
    }

    /// <summary>Builds the document a piece of markup describes, and the findings it marks.</summary>
    public static (EvidenceDocument Document, List<Expected> Findings) Parse(string markup, string path = "account.md")
    {
        var builder = new EvidenceDocumentBuilder(path, InputFormat.Markdown);
        var findings = new List<Expected>();
        foreach (string block in markup.ReplaceLineEndings("\n").Split("\n\n"))
        {
            string source = string.Join(' ', block.Split('\n').Select(l => l.Trim())).Trim();
            if (source.Length == 0)
            {
                continue;
            }

            var (kind, level) = (ParagraphKind.Body, 0);
            if (source.StartsWith('#'))
            {
                level = source.TakeWhile(c => c == '#').Count();
                (kind, source) = (ParagraphKind.Heading, source[level..].TrimStart());
            }
            else if (source.StartsWith("- ", StringComparison.Ordinal))
            {
                (kind, source) = (ParagraphKind.ListItem, source[2..]);
            }
            else if (source.StartsWith("> ", StringComparison.Ordinal))
            {
                (kind, source) = (ParagraphKind.Quote, source[2..]);
            }

            var (plain, marks) = StripMarkup(source);
            if (EvidenceDocumentBuilder.Normalise(plain) != plain)
            {
                throw new ArgumentException($"Test markup paragraph has irregular whitespace, so offsets would shift: \"{plain}\"");
            }

            var paragraph = builder.AddParagraph(plain, kind, level)
                ?? throw new ArgumentException("Test markup has an empty paragraph.");
            foreach (var (id, start, length) in marks)
            {
                findings.Add(length < 0 ? new Expected(id, null, 0, 0) : new Expected(id, paragraph.Index, paragraph.Start + start, length));
            }
        }

        return (builder.Build(), findings);
    }

    /// <summary>Writes findings back into the document's text as markup, ready to paste into a test.</summary>
    public static string ToMarkup(EvidenceDocument document, IEnumerable<Diagnostic> diagnostics)
    {
        var list = diagnostics.ToList();
        var sb = new StringBuilder();
        foreach (var d in list.Where(d => d.Location.IsDocumentLevel))
        {
            sb.Append($"{{|{d.Id}:|}}");
        }

        foreach (var paragraph in document.Paragraphs)
        {
            // Document-level marks open the first paragraph: a blank line after them would make an empty one.
            if (paragraph.Index > 0)
            {
                sb.Append("\n\n");
            }

            string prefix = paragraph.Kind switch
            {
                ParagraphKind.Heading => new string('#', paragraph.HeadingLevel) + " ",
                ParagraphKind.ListItem => "- ",
                ParagraphKind.Quote => "> ",
                _ => string.Empty,
            };
            sb.Append(prefix);
            var inParagraph = list.Where(d => d.Location.Paragraph == paragraph.Index).OrderBy(d => d.Location.Start).ToList();
            int position = paragraph.Start;
            foreach (var d in inParagraph)
            {
                if (d.Location.Start < position)
                {
                    continue; // overlapping findings cannot both be shown inline
                }

                sb.Append(document.Text, position, d.Location.Start - position);
                sb.Append($"{{|{d.Id}:").Append(document.Text, d.Location.Start, d.Location.Length).Append("|}");
                position = d.Location.End;
            }

            sb.Append(document.Text, position, paragraph.End - position);
        }

        return sb.ToString();
    }

    private static (string Plain, List<(string Id, int Start, int Length)> Marks) StripMarkup(string source)
    {
        var plain = new StringBuilder();
        var marks = new List<(string, int, int)>();
        var open = new Stack<(string Id, int Start)>();
        int i = 0;
        while (i < source.Length)
        {
            if (source[i] == '{' && i + 1 < source.Length && source[i + 1] == '|')
            {
                int colon = source.IndexOf(':', i);
                string id = source[(i + 2)..colon];
                if (colon + 2 < source.Length + 1 && source.AsSpan(colon + 1).StartsWith("|}"))
                {
                    marks.Add((id, 0, -1)); // document-level
                    i = colon + 3;
                    continue;
                }

                open.Push((id, plain.Length));
                i = colon + 1;
                continue;
            }

            if (source[i] == '|' && i + 1 < source.Length && source[i + 1] == '}' && open.Count > 0)
            {
                var (id, start) = open.Pop();
                marks.Add((id, start, plain.Length - start));
                i += 2;
                continue;
            }

            plain.Append(source[i]);
            i++;
        }

        if (open.Count > 0)
        {
            throw new ArgumentException($"Unclosed markup for {open.Peek().Id}.");
        }

        return (plain.ToString(), marks);
    }

    /// <summary>A finding as the markup describes it: id, paragraph and span (document-level: no paragraph).</summary>
    public sealed record Expected(string Id, int? Paragraph, int Start, int Length)
    {
        internal static Expected From(Diagnostic d) =>
            d.Location.IsDocumentLevel ? new Expected(d.Id, null, 0, 0) : new Expected(d.Id, d.Location.Paragraph, d.Location.Start, d.Location.Length);

        internal string Describe(EvidenceDocument document) =>
            Paragraph is null ? $"{Id} (document level)" : $"{Id} at ¶{Paragraph} \"{document.GetText(Start, Length)}\"";
    }
}
