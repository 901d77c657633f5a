using System.Diagnostics;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using EvidenceLint.Analysis;
using EvidenceLint.Reporting;
using EvidenceLint.Tests.Cli;
using EvidenceLint.Tests.Testing;

namespace EvidenceLint.Tests.Reporting;

public class HtmlReportTests
{
    private const string PrivateAccount = """
        # Handling a complaint

        I took a call from a customer who was unhappy about a late delivery. I listened to the whole complaint and
        apologised. I e-mailed her at jane.doe@example.com to confirm the refund and rang her back on 07700 900123
        the next day to check the refund had arrived. I recorded the call on the CRM so the team could see it.
        """;

    private static async Task<List<LintResult>> LintCorpusAsync()
    {
        string corpus = SharedData.Require("corpus/dev");
        var linter = EvidenceLinter.CreateDefault();
        var results = new List<LintResult>();
        foreach (string path in Directory.GetFiles(corpus, "*.md").Where(p => !p.EndsWith("README.md", StringComparison.Ordinal)).Order(StringComparer.Ordinal))
        {
            results.Add(await linter.LintAsync(path));
        }

        return results;
    }

    private static IDocument Parse(string html) => new HtmlParser().ParseDocument(html);

    [Test]
    public async Task Every_finding_and_every_criterion_row_of_every_account_is_in_the_page()
    {
        var results = await LintCorpusAsync();

        var page = Parse(HtmlReport.ForAccounts(results, "1.0.0"));

        for (int i = 0; i < results.Count; i++)
        {
            var article = page.GetElementById($"d{i + 1}").ShouldNotBeNull();
            article.QuerySelector("h2")!.TextContent.ShouldBe(results[i].Path);
            var visible = results[i].Diagnostics.Where(d => d.Severity != DiagnosticSeverity.Hidden).ToList();
            var items = article.QuerySelectorAll("ul.findings li");
            items.Length.ShouldBe(visible.Count, results[i].Path);
            for (int k = 0; k < visible.Count; k++)
            {
                var item = page.GetElementById($"d{i + 1}-f{k + 1}").ShouldNotBeNull();
                item.GetAttribute("data-rule").ShouldBe(visible[k].Id);
                item.TextContent.ShouldContain(visible[k].Message);
                item.TextContent.ShouldContain(visible[k].Descriptor.Title);
                item.QuerySelector("a")!.GetAttribute("href").ShouldBe(visible[k].Descriptor.HelpUri);
                if (!visible[k].Location.IsDocumentLevel)
                {
                    article.QuerySelectorAll($"a.ref[href='#d{i + 1}-f{k + 1}']").ShouldNotBeEmpty($"{results[i].Path}: finding {k + 1} has no marker in the text");
                }
            }

            var coverage = results[i].Coverage.ShouldNotBeNull();
            var rows = article.QuerySelectorAll("table.coverage tbody tr th[scope=row]").Select(th => th.TextContent).ToList();
            rows.ShouldBe(coverage.Criteria.Select(c => c.CriterionId).ToList());
            article.QuerySelectorAll("table.cycle tbody tr").Length.ShouldBe(4);
        }
    }

    [Test]
    public async Task Highlights_cover_the_flagged_text()
    {
        var results = await LintCorpusAsync();
        var page = Parse(HtmlReport.ForAccounts(results, "1.0.0"));

        for (int i = 0; i < results.Count; i++)
        {
            var article = page.GetElementById($"d{i + 1}")!;
            string marked = string.Concat(article.QuerySelectorAll("mark:not(.masked)").Select(m => m.TextContent));
            var maskedSpans = results[i].Diagnostics.Where(d => d.Descriptor.MaskExcerpt).Select(d => d.Location).ToList();
            foreach (var diagnostic in results[i].Diagnostics.Where(d => d.Severity != DiagnosticSeverity.Hidden && d.Location.Length > 0 && !d.Descriptor.MaskExcerpt))
            {
                if (maskedSpans.Any(m => m.Start < diagnostic.Location.End && m.End > diagnostic.Location.Start))
                {
                    continue; // the overlap is masked instead
                }

                string flagged = results[i].Document!.GetText(diagnostic.Location.Start, diagnostic.Location.Length);
                foreach (string part in flagged.Split(EvidenceLint.Reading.EvidenceDocument.ParagraphSeparator))
                {
                    marked.ShouldContain(part.Trim(), customMessage: $"{results[i].Path} {diagnostic.Id}");
                }
            }
        }
    }

    [Test]
    public async Task Privacy_findings_never_show_the_flagged_value()
    {
        using var folder = new AccountFolder();
        string path = folder.Write("private.md", PrivateAccount);
        var result = await EvidenceLinter.CreateDefault().LintAsync(path);
        var masked = result.Diagnostics.Where(d => d.Descriptor.MaskExcerpt && d.Location.Length > 0).ToList();
        masked.ShouldNotBeEmpty();

        string html = HtmlReport.ForAccounts([result], "1.0.0");

        foreach (var diagnostic in masked)
        {
            html.ShouldNotContain(result.Document!.GetText(diagnostic.Location.Start, diagnostic.Location.Length));
        }

        html.ShouldNotContain("jane.doe@example.com");
        html.ShouldNotContain("900123");
        Parse(html).QuerySelectorAll("mark.masked").Select(m => m.TextContent).ShouldBe(["[EMAIL]", "[PHONE]"]);
    }

    [Test]
    public async Task The_page_is_self_contained_accessible_and_printable()
    {
        var results = await LintCorpusAsync();
        string html = HtmlReport.ForAccounts(results, "1.0.0");
        var page = Parse(html);

        page.QuerySelectorAll("script, link, img, iframe, object, embed, [src], [style]").ShouldBeEmpty();
        page.QuerySelectorAll("a[href]").Select(a => a.GetAttribute("href")!)
            .ShouldAllBe(href => href.StartsWith('#') || href.StartsWith(DiagnosticDescriptor.HelpBaseUri, StringComparison.Ordinal));
        page.DocumentElement.GetAttribute("lang").ShouldBe("en-GB");
        page.QuerySelectorAll("h1").Length.ShouldBe(1);
        page.QuerySelectorAll("th").ShouldAllBe(th => th.GetAttribute("scope") == "col" || th.GetAttribute("scope") == "row");
        page.QuerySelector("style")!.TextContent.ShouldContain("@media print");
        page.QuerySelector("style")!.TextContent.ShouldNotContain("url(");

        // Status is in words, not only colour.
        page.QuerySelectorAll("td.covered, td.partial, td.missing").ShouldAllBe(td => td.TextContent.Contains("covered") || td.TextContent.Contains("partial") || td.TextContent.Contains("missing") || td.TextContent.Contains("shown"));
        var ids = page.QuerySelectorAll("[id]").Select(e => e.Id).ToList();
        ids.Distinct().Count().ShouldBe(ids.Count);
        foreach (string target in page.QuerySelectorAll("a[href^='#']").Select(a => a.GetAttribute("href")![1..]))
        {
            page.GetElementById(target).ShouldNotBeNull(target);
        }
    }

    [Test]
    public async Task Text_from_the_account_is_encoded()
    {
        using var folder = new AccountFolder();
        string path = folder.Write("odd & name.md", "I listened to <script>alert('x')</script> calls & I wrote \"notes\" for the team leader.");
        var result = await EvidenceLinter.CreateDefault().LintAsync(path);
        result = result with { Path = "<b>odd & name</b>.md" };

        var page = Parse(HtmlReport.ForAccounts([result], "1.0.0"));

        page.QuerySelectorAll("script, b").ShouldBeEmpty();
        page.QuerySelector("article h2")!.TextContent.ShouldBe("<b>odd & name</b>.md");
        page.QuerySelector(".text")!.TextContent.ShouldContain("<script>alert('x')</script>");
    }

    [Test]
    public async Task Cohort_page_links_the_matrix_to_each_learner()
    {
        using var folder = new AccountFolder();
        folder.Write("ann.md", PrivateAccount);
        folder.Write("ben/part1.md", "I listened to ten calls and gave feedback to the team leader.");
        folder.Write("ben/part2.md", "I changed the script after the survey and checked the scores a month later.");
        string output = Path.Combine(folder.Root, "out", "report.html");
        Directory.CreateDirectory(Path.GetDirectoryName(output)!);

        var run = await CliRun.RunAsync("cohort", folder.Root, "--unit", "MCS", "--html", output);

        run.ExitCode.ShouldBeOneOf(0, 1);
        var page = Parse(await File.ReadAllTextAsync(output));
        var rows = page.QuerySelectorAll("table.matrix tbody tr");
        rows.Select(r => r.QuerySelector("th")!.TextContent).ShouldBe(["ann", "ben"]);
        foreach (var link in page.QuerySelectorAll("table.matrix tbody th a"))
        {
            var section = page.GetElementById(link.GetAttribute("href")![1..]).ShouldNotBeNull();
            section.QuerySelector("h2")!.TextContent.ShouldBe(link.TextContent);
        }

        page.GetElementById("learner-2")!.QuerySelectorAll("article.account").Length.ShouldBe(2);
        page.QuerySelectorAll("table.matrix thead th").Select(th => th.TextContent).ShouldContain("MCS.1");
    }

    [Test]
    public async Task A_thirty_learner_cohort_page_stays_under_five_megabytes()
    {
        string corpus = SharedData.Require("corpus/dev");
        var accounts = Directory.GetFiles(corpus, "*.md").Where(p => !p.EndsWith("README.md", StringComparison.Ordinal)).Order(StringComparer.Ordinal).ToList();
        using var folder = new AccountFolder();
        for (int i = 0; i < 30; i++)
        {
            File.Copy(accounts[i % accounts.Count], Path.Combine(folder.Root, $"learner-{i + 1:00}.md"));
        }

        string output = Path.Combine(Path.GetTempPath(), $"evidencelint-cohort-{Guid.NewGuid():N}.html");
        try
        {
            var run = await CliRun.RunAsync("cohort", folder.Root, "--unit", "auto", "--html", output);

            new[] { 0, 1 }.ShouldContain(run.ExitCode, run.ToString());
            new FileInfo(output).Length.ShouldBeLessThanOrEqualTo(5L * 1024 * 1024);
            Parse(await File.ReadAllTextAsync(output)).QuerySelectorAll("section.learner").Length.ShouldBe(30);
        }
        finally
        {
            File.Delete(output);
        }
    }

    [Test]
    [Browser]
    [CancelAfter(300_000)]
    public async Task Chromium_prints_the_page()
    {
        string chromium = Renderers.Chromium;
        var results = await LintCorpusAsync();
        using var folder = new AccountFolder();
        string html = folder.Write("report.html", HtmlReport.ForAccounts(results, "1.0.0"));
        string pdf = Path.Combine(folder.Root, "report.pdf");
        var start = new ProcessStartInfo(chromium)
        {
            ArgumentList = { "--headless", "--disable-gpu", "--no-sandbox", $"--user-data-dir={Path.Combine(folder.Root, "profile")}", "--no-pdf-header-footer", $"--print-to-pdf={pdf}", new Uri(html).AbsoluteUri },
            RedirectStandardError = true,
            RedirectStandardOutput = true,
        };
        using var process = Process.Start(start)!;
        var output = Task.WhenAll(process.StandardOutput.ReadToEndAsync(), process.StandardError.ReadToEndAsync());
        await process.WaitForExitAsync();

        process.ExitCode.ShouldBe(0, string.Concat(await output));
        using var printed = UglyToad.PdfPig.PdfDocument.Open(pdf);
        printed.NumberOfPages.ShouldBeGreaterThanOrEqualTo(results.Count, "each account starts a new page in print");
        string text = string.Join(' ', printed.GetPages().SelectMany(p => p.GetWords()).Select(w => w.Text));
        foreach (var result in results)
        {
            text.ShouldContain(Path.GetFileName(result.Path));
        }
    }
}
