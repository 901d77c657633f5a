using System.Globalization;
using System.Text;
using EvidenceLint.Analysis;
using EvidenceLint.Evidence;
using EvidenceLint.Privacy;
using EvidenceLint.Reading;

namespace EvidenceLint.Reporting;

/// <summary>
/// A single self-contained HTML page a tutor can open, e-mail or print: inline CSS only, no scripts and nothing
/// fetched from the web. Each account's text is shown with every finding highlighted and explained beside its
/// paragraph (id, title, message, a link to the rule's page), followed by the criterion coverage and the evaluative
/// cycle. Everything taken from a document is HTML-encoded, and text a privacy rule flagged is replaced by
/// <c>[masked]</c>, so the page never repeats the data the rule warns about. Statuses are written in words and
/// symbols as well as colour, tables have header cells with scope, and the page prints in black and white.
/// </summary>
public static class HtmlReport
{
    private const string Css = """
        :root { color-scheme: light; }
        body { font-family: system-ui, "Segoe UI", Arial, sans-serif; color: #1a1a1a; background: #fff; margin: 0 auto; max-width: 60rem; padding: 1rem 1.5rem; line-height: 1.5; }
        h1, h2, h3, h4 { line-height: 1.25; }
        h2 { border-top: 2px solid #444; padding-top: .75rem; margin-top: 2.5rem; }
        a { color: #0b4f9c; }
        table { border-collapse: collapse; margin: .5rem 0 1rem; }
        th, td { border: 1px solid #767676; padding: .25rem .5rem; text-align: left; vertical-align: top; }
        thead th { background: #f0f0f0; }
        .covered { background: #e6f4ea; color: #0b4d1c; }
        .partial { background: #fff4ce; color: #4d3900; }
        .missing { background: #fde7e9; color: #7a0f1c; }
        .na { color: #4a4a4a; }
        .sev { font-weight: 600; }
        .sev-error { color: #a4141f; }
        .sev-warning { color: #6b4a00; }
        .sev-info { color: #0b4f9c; }
        .note { font-size: .95rem; color: #333; }
        .text p, .text blockquote { white-space: pre-wrap; margin: .5rem 0; }
        .text blockquote { border-left: 4px solid #999; padding-left: .75rem; }
        .doc-heading { font-weight: 700; }
        .doc-li::before { content: "\2022\00a0"; }
        .pn { color: #555; font-size: .8rem; margin-right: .4rem; }
        mark { background: #fff0a8; color: inherit; border-bottom: 2px solid #8a6d00; }
        mark.masked { background: #e8e8e8; border-bottom-style: dashed; }
        .ref { font-size: .75rem; vertical-align: super; margin-left: .1rem; }
        ul.findings { margin: .25rem 0 1rem 1.5rem; padding: .25rem .75rem; border-left: 3px solid #8a6d00; background: #fafafa; list-style: none; }
        ul.findings li { margin: .25rem 0; }
        .matrix td, .matrix th { white-space: nowrap; }
        @media print {
          body { max-width: none; padding: 0; font-size: 10.5pt; }
          a { color: inherit; text-decoration: none; }
          .learner, .account { break-before: page; }
          tr, li, p { break-inside: avoid; }
          mark { background: none; border-bottom: 1.5pt solid #000; }
          mark.masked { border-bottom-style: dashed; }
          .covered, .partial, .missing { background: none; color: #000; }
          ul.findings { background: none; }
        }
        """;

    /// <summary>The report for <c>check</c>: one section per account.</summary>
    /// <param name="results">The documents' results, in the order to report them.</param>
    /// <param name="toolVersion">The tool's version, stated in the page.</param>
    public static string ForAccounts(IReadOnlyList<LintResult> results, string toolVersion)
    {
        ArgumentNullException.ThrowIfNull(results);
        var html = new StringBuilder();
        Open(html, "EvidenceLint report", toolVersion);
        var summary = ReportSummary.From(results.ToList());
        html.Append("<p>").Append(Encode(ConsoleReport.Summarise(summary))).Append(".</p>\n");
        if (results.Count > 1)
        {
            html.Append("<nav aria-label=\"Accounts\"><ul>\n");
            for (int i = 0; i < results.Count; i++)
            {
                html.Append(CultureInfo.InvariantCulture, $"<li><a href=\"#d{i + 1}\">").Append(Encode(results[i].Path)).Append("</a></li>\n");
            }

            html.Append("</ul></nav>\n");
        }

        for (int i = 0; i < results.Count; i++)
        {
            WriteAccount(html, results[i], $"d{i + 1}", 2);
        }

        Close(html);
        return html.ToString();
    }

    /// <summary>The report for <c>cohort</c>: the learner × criterion matrix linking to a section per learner.</summary>
    /// <param name="cohort">The cohort.</param>
    /// <param name="toolVersion">The tool's version, stated in the page.</param>
    public static string ForCohort(Cohort cohort, string toolVersion)
    {
        ArgumentNullException.ThrowIfNull(cohort);
        var html = new StringBuilder();
        Open(html, "EvidenceLint cohort report", toolVersion);
        var summary = ReportSummary.From(cohort.Results.ToList());
        html.Append(CultureInfo.InvariantCulture, $"<p>{cohort.Learners.Length} learner{(cohort.Learners.Length == 1 ? string.Empty : "s")}; ")
            .Append(Encode(ConsoleReport.Summarise(summary))).Append(".</p>\n");

        html.Append("<section aria-labelledby=\"matrix\"><h2 id=\"matrix\">Criterion coverage by learner</h2>\n");
        html.Append("<p class=\"note\">✔ covered, ◐ partial, ✖ missing, – not in the learner's unit. A learner's status is the best any of their files shows.</p>\n");
        html.Append("<table class=\"matrix\"><caption>Learners (rows) by criterion (columns)</caption>\n<thead><tr><th scope=\"col\">Learner</th><th scope=\"col\">Unit</th>");
        foreach (string criterion in cohort.Criteria)
        {
            html.Append("<th scope=\"col\">").Append(Encode(criterion)).Append("</th>");
        }

        html.Append("<th scope=\"col\">Findings</th></tr></thead>\n<tbody>\n");
        for (int i = 0; i < cohort.Learners.Length; i++)
        {
            var learner = cohort.Learners[i];
            html.Append(CultureInfo.InvariantCulture, $"<tr><th scope=\"row\"><a href=\"#learner-{i + 1}\">").Append(Encode(learner.Name)).Append("</a>");
            if (learner.HasUnreadable)
            {
                html.Append(" (a file could not be read)");
            }

            html.Append("</th><td>").Append(Encode(learner.Unit ?? "–")).Append("</td>");
            foreach (string criterion in cohort.Criteria)
            {
                html.Append(StatusCell(learner.StatusOf(criterion)));
            }

            html.Append(CultureInfo.InvariantCulture, $"<td>{learner.Diagnostics.Length}</td></tr>\n");
        }

        html.Append("</tbody></table></section>\n");

        var common = cohort.MostCommon(10);
        if (common.Count > 0)
        {
            html.Append("<section aria-labelledby=\"common\"><h2 id=\"common\">Most common issues across the cohort</h2>\n<table><thead><tr><th scope=\"col\">Rule</th><th scope=\"col\">Title</th><th scope=\"col\">Learners</th><th scope=\"col\">Findings</th></tr></thead><tbody>\n");
            foreach (var issue in common)
            {
                html.Append("<tr><th scope=\"row\">").Append(HelpLink(issue.Rule)).Append("</th><td>").Append(Encode(issue.Rule.Title))
                    .Append(CultureInfo.InvariantCulture, $"</td><td>{issue.Learners}</td><td>{issue.Findings}</td></tr>\n");
            }

            html.Append("</tbody></table></section>\n");
        }

        int document = 0;
        for (int i = 0; i < cohort.Learners.Length; i++)
        {
            var learner = cohort.Learners[i];
            html.Append(CultureInfo.InvariantCulture, $"<section class=\"learner\" id=\"learner-{i + 1}\" aria-labelledby=\"learner-{i + 1}-h\"><h2 id=\"learner-{i + 1}-h\">").Append(Encode(learner.Name)).Append("</h2>\n");
            html.Append("<p>").Append(Encode(Plural(learner.Results.Length, "file"))).Append(", ").Append(Encode(Plural(learner.Diagnostics.Length, "finding")));
            if (learner.RuleCounts.Count > 0)
            {
                html.Append(": ").Append(Encode(string.Join(", ", learner.RuleCounts.Select(p => $"{p.Key} × {p.Value}"))));
            }

            html.Append(". <a href=\"#matrix\">Back to the matrix</a></p>\n");
            foreach (var result in learner.Results)
            {
                document++;
                WriteAccount(html, result, $"d{document}", 3);
            }

            html.Append("</section>\n");
        }

        Close(html);
        return html.ToString();
    }

    /// <summary>HTML-encodes text for element content and double-quoted attributes; drops control characters HTML forbids.</summary>
    public static string Encode(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var encoded = new StringBuilder(text.Length + 16);
        AppendEncoded(encoded, text.AsSpan());
        return encoded.ToString();
    }

    private static void Open(StringBuilder html, string title, string toolVersion)
    {
        html.Append("<!DOCTYPE html>\n<html lang=\"en-GB\">\n<head>\n<meta charset=\"utf-8\">\n<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
            .Append("<meta name=\"generator\" content=\"evidencelint ").Append(Encode(toolVersion)).Append("\">\n")
            .Append("<title>").Append(Encode(title)).Append("</title>\n<style>\n").Append(Css).Append("\n</style>\n</head>\n<body>\n<header><h1>").Append(Encode(title)).Append("</h1>\n")
            .Append("<p class=\"note\">Formative feedback from evidencelint ").Append(Encode(toolVersion))
            .Append(". Highlights are prompts for the learner and assessor to look at; coverage shows where evidence seems to be, not whether a criterion is met.</p></header>\n<main>\n");
    }

    private static void Close(StringBuilder html) => html.Append("</main>\n</body>\n</html>\n");

    private static void WriteAccount(StringBuilder html, LintResult result, string id, int level)
    {
        int sub = level + 1;
        html.Append(CultureInfo.InvariantCulture, $"<article class=\"account\" id=\"{id}\" aria-labelledby=\"{id}-h\"><h{level} id=\"{id}-h\">").Append(Encode(result.Path)).Append(CultureInfo.InvariantCulture, $"</h{level}>\n");
        var visible = result.Diagnostics.Where(d => d.Severity != DiagnosticSeverity.Hidden).ToList();
        var numbers = new Dictionary<Diagnostic, int>(ReferenceEqualityComparer.Instance);
        for (int i = 0; i < visible.Count; i++)
        {
            numbers[visible[i]] = i + 1;
        }

        html.Append("<p>");
        if (result.Format is { } format)
        {
            html.Append("Format ").Append(Encode(format.ToShortName())).Append("; ");
        }

        html.Append(CultureInfo.InvariantCulture, $"{result.WordCount} words; ").Append(Encode(Plural(visible.Count, "finding")));
        if (result.Unit is { } unit)
        {
            html.Append("; unit ").Append(Encode(unit));
            if (result.UnitSource == "auto" && result.UnitConfidence is double confidence)
            {
                html.Append(CultureInfo.InvariantCulture, $" (detected automatically, confidence {confidence:0.00})");
            }
        }

        html.Append(".</p>\n");

        var document = result.Document;
        var placed = document is null ? [] : visible.Where(d => d.Location.Paragraph is int p && p >= 0 && p < document.Paragraphs.Length).ToHashSet(ReferenceEqualityComparer.Instance);
        var whole = visible.Where(d => !placed.Contains(d)).ToList();
        if (whole.Count > 0)
        {
            html.Append(CultureInfo.InvariantCulture, $"<h{sub}>{(document is null ? "Why the account was not checked" : "Findings about the whole account")}</h{sub}>\n");
            WriteFindingList(html, whole, numbers, id);
        }

        if (document is null)
        {
            html.Append("</article>\n");
            return;
        }

        if (result.Coverage is { } coverage)
        {
            WriteCoverage(html, coverage, id, sub);
        }

        if (result.Cycle is { } cycle)
        {
            WriteCycle(html, cycle, sub);
        }

        html.Append(CultureInfo.InvariantCulture, $"<h{sub}>Account text</h{sub}>\n<div class=\"text\">\n");
        var byParagraph = visible.Where(placed.Contains).GroupBy(d => d.Location.Paragraph!.Value).ToDictionary(g => g.Key, g => g.ToList());
        var spans = visible.Where(d => d.Location.Length > 0 && placed.Contains(d)).ToList();
        foreach (var paragraph in document.Paragraphs)
        {
            WriteParagraph(html, result.PersonalData, paragraph, spans, byParagraph.GetValueOrDefault(paragraph.Index) ?? [], numbers, id);
        }

        html.Append("</div>\n</article>\n");
    }

    private static void WriteCoverage(StringBuilder html, UnitCoverage coverage, string id, int level)
    {
        html.Append(CultureInfo.InvariantCulture, $"<h{level}>Criterion coverage for ").Append(Encode(coverage.Unit)).Append(CultureInfo.InvariantCulture, $"</h{level}>\n");
        html.Append("<table class=\"coverage\"><thead><tr><th scope=\"col\">Criterion</th><th scope=\"col\">Status</th><th scope=\"col\">Score</th><th scope=\"col\">Evidence in</th><th scope=\"col\">To add</th></tr></thead><tbody>\n");
        foreach (var criterion in coverage.Criteria)
        {
            html.Append("<tr><th scope=\"row\">").Append(Encode(criterion.CriterionId)).Append("</th>").Append(StatusCell(criterion.Status))
                .Append(CultureInfo.InvariantCulture, $"<td>{criterion.Score:0.00}</td><td>");
            html.AppendJoin(", ", criterion.Evidence.Select(e => e.Paragraph).Distinct().Select(p => $"<a href=\"#{id}-p{p + 1}\">¶{p + 1}</a>"));
            html.Append("</td><td>");
            if (criterion.Status != CoverageStatus.Covered)
            {
                html.Append(Encode(string.Join("; ", criterion.MissingIndicators)));
            }

            html.Append("</td></tr>\n");
        }

        html.Append("</tbody></table>\n");
    }

    private static void WriteCycle(StringBuilder html, EvaluativeCycle cycle, int level)
    {
        html.Append(CultureInfo.InvariantCulture, $"<h{level}>Evaluative cycle</h{level}>\n<table class=\"cycle\"><thead><tr><th scope=\"col\">Stage</th><th scope=\"col\">In the account</th></tr></thead><tbody>\n");
        foreach (var stage in EvaluativeCycle.Stages)
        {
            bool shown = cycle.Shown.HasFlag(stage);
            html.Append("<tr><th scope=\"row\">").Append(EvaluativeCycle.NameOf(stage)).Append("</th>")
                .Append(shown ? "<td class=\"covered\">✔ shown</td>" : "<td class=\"missing\">✖ not shown</td>").Append("</tr>\n");
        }

        html.Append("</tbody></table>\n");
    }

    /// <summary>
    /// One paragraph with its findings' spans highlighted. The paragraph is cut at every span boundary, so
    /// overlapping findings still highlight correctly; a reference number follows the end of each span. The text comes
    /// through the result's mask, and each item of customer data shows once, as its placeholder.
    /// </summary>
    private static void WriteParagraph(StringBuilder html, PersonalDataMask mask, EvidenceParagraph paragraph, List<Diagnostic> spans, List<Diagnostic> here, Dictionary<Diagnostic, int> numbers, string id)
    {
        var (open, close) = paragraph.Kind switch
        {
            ParagraphKind.Heading => ("<p class=\"doc-heading\"", "</p>"),
            ParagraphKind.ListItem => ("<p class=\"doc-li\"", "</p>"),
            ParagraphKind.Quote => ("<blockquote", "</blockquote>"),
            _ => ("<p", "</p>"),
        };
        html.Append(open).Append(CultureInfo.InvariantCulture, $" id=\"{id}-p{paragraph.Index + 1}\"><span class=\"pn\">¶{paragraph.Index + 1}</span>");

        int start = paragraph.Start, end = paragraph.End;
        var inside = spans.Where(d => d.Location.Start < end && d.Location.End > start).ToList();
        var refsAt = here.GroupBy(d => Math.Clamp(d.Location.Length > 0 ? d.Location.End : d.Location.Start, start, end))
            .ToDictionary(g => g.Key, g => g.ToList());
        var cuts = new SortedSet<int> { start, end };
        foreach (var d in inside)
        {
            cuts.Add(Math.Max(d.Location.Start, start));
            cuts.Add(Math.Min(d.Location.End, end));
        }

        foreach (int position in refsAt.Keys)
        {
            cuts.Add(position);
        }

        foreach (var item in mask.Spans.Where(s => s.Start < end && s.End > start))
        {
            cuts.Add(Math.Max(item.Start, start));
            cuts.Add(Math.Min(item.End, end));
        }

        var points = cuts.ToList();
        int maskedUntil = start;
        for (int i = 0; i < points.Count; i++)
        {
            int from = points[i];
            if (refsAt.TryGetValue(from, out var endsHere))
            {
                AppendRefs(html, endsHere, numbers, id);
            }

            if (i + 1 >= points.Count)
            {
                break;
            }

            int to = points[i + 1];
            var covering = inside.Where(d => d.Location.Start < to && d.Location.End > from).ToList();
            if (mask.IsMasked(from))
            {
                // One placeholder for the whole item, however many cuts fall inside it.
                if (from >= maskedUntil)
                {
                    var item = mask.Spans.First(s => s.Start <= from && from < s.End);
                    html.Append(covering.Count > 0 ? "<mark class=\"masked\">" : "<span class=\"masked\">");
                    AppendEncoded(html, mask.GetText(from, to - from));
                    html.Append(covering.Count > 0 ? "</mark>" : "</span>");
                    maskedUntil = item.End;
                }

                continue;
            }

            if (covering.Count == 0)
            {
                AppendEncoded(html, mask.GetText(from, to - from));
                continue;
            }

            html.Append("<mark>");
            AppendEncoded(html, mask.GetText(from, to - from));
            html.Append("</mark>");
        }

        html.Append(close).Append('\n');
        if (here.Count > 0)
        {
            WriteFindingList(html, here, numbers, id);
        }
    }

    private static void AppendRefs(StringBuilder html, List<Diagnostic> diagnostics, Dictionary<Diagnostic, int> numbers, string id)
    {
        foreach (var d in diagnostics)
        {
            int n = numbers[d];
            html.Append(CultureInfo.InvariantCulture, $"<a class=\"ref\" href=\"#{id}-f{n}\" aria-label=\"finding {n}\">[{n}]</a>");
        }
    }

    private static void WriteFindingList(StringBuilder html, List<Diagnostic> diagnostics, Dictionary<Diagnostic, int> numbers, string id)
    {
        html.Append("<ul class=\"findings\">\n");
        foreach (var d in diagnostics)
        {
            string severity = ReportText.SeverityName(d.Severity);
            html.Append(CultureInfo.InvariantCulture, $"<li id=\"{id}-f{numbers[d]}\" data-rule=\"{Encode(d.Id)}\">[{numbers[d]}] <span class=\"sev sev-{severity}\">{severity}</span> ")
                .Append(HelpLink(d.Descriptor)).Append(" <strong>").Append(Encode(d.Descriptor.Title)).Append("</strong>: ").Append(Encode(d.Message));
            if (d.Detail is not null)
            {
                html.Append(" <span class=\"note\">(").Append(Encode(d.Detail)).Append(")</span>");
            }

            html.Append("</li>\n");
        }

        html.Append("</ul>\n");
    }

    private static string HelpLink(DiagnosticDescriptor rule) =>
        $"<a href=\"{Encode(rule.HelpUri)}\">{Encode(rule.Id)}</a>";

    private static string StatusCell(CoverageStatus? status) => status switch
    {
        CoverageStatus.Covered => "<td class=\"covered\">✔ covered</td>",
        CoverageStatus.Partial => "<td class=\"partial\">◐ partial</td>",
        CoverageStatus.Missing => "<td class=\"missing\">✖ missing</td>",
        _ => "<td class=\"na\">– <span class=\"note\">not in unit</span></td>",
    };

    private static string Plural(int count, string noun) =>
        string.Create(CultureInfo.InvariantCulture, $"{count} {noun}{(count == 1 ? string.Empty : "s")}");

    private static void AppendEncoded(StringBuilder html, ReadOnlySpan<char> text)
    {
        foreach (char c in text)
        {
            switch (c)
            {
                case '&': html.Append("&amp;"); break;
                case '<': html.Append("&lt;"); break;
                case '>': html.Append("&gt;"); break;
                case '"': html.Append("&quot;"); break;
                case '\'': html.Append("&#39;"); break;
                case '\n' or '\t': html.Append(c); break;
                case < ' ' or '\u007f': break;
                default: html.Append(c); break;
            }
        }
    }
}
