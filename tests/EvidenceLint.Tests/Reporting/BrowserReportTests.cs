using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using EvidenceLint.Analysis;
using EvidenceLint.Tests.Cli;
using EvidenceLint.Tests.Testing;
using Microsoft.Playwright;

namespace EvidenceLint.Tests.Reporting;

/// <summary>
/// The HTML reports as a tutor sees them: opened in Debian's Chromium through Playwright (pointed at
/// <c>/usr/bin/chromium</c>, so nothing is downloaded), they load with no console error, show every finding, and
/// axe-core finds no serious or critical accessibility violation.
/// </summary>
public sealed class BrowserReportTests
{
    private const string PrivateAccount = """
        # Handling a complaint

        I took a call from a customer who was unhappy about a late delivery. I listened to the whole complaint and
        apologised. I e-mailed her at jane.doe@example.com to confirm the refund and rang her back on 07700 900123
        the next day to check the refund had arrived. I recorded the call on the CRM so the team could see it.
        """;

    // One strong, one weak and one tricky account of different units: every part of the page (coverage tables with
    // each status, the cycle, highlights, masked data, findings about the whole account) without scanning the whole
    // corpus, whose pages differ only in how often the same markup repeats.
    private static readonly string[] Sample = ["01-mcs-strong.md", "07-scs-weak.md", "16-dcp-tricky.md"];

    private static readonly SemaphoreSlim Launch = new(1, 1);
    private static IPlaywright? s_playwright;
    private static IBrowser? s_browser;

    [OneTimeTearDown]
    public async Task CloseBrowserAsync()
    {
        if (s_browser is not null)
        {
            await s_browser.CloseAsync();
            s_browser = null;
        }

        s_playwright?.Dispose();
        s_playwright = null;
    }

    [Test]
    [Browser]
    [CancelAfter(300_000)]
    public async Task The_accounts_report_loads_cleanly_shows_every_finding_and_passes_axe()
    {
        using var folder = new AccountFolder();
        int accounts = CopyCorpus(folder, "accounts", Sample);
        folder.Write("accounts/private.md", PrivateAccount);
        folder.Write("accounts/printed.pdf", PdfBuilder.FromMarkdown(PrivateAccount));
        folder.Write("accounts/broken.docx", "not a Word document");
        string output = Path.Combine(folder.Root, "report.html");

        var run = await CliRun.RunAsync("check", Path.Combine(folder.Root, "accounts"), "--format", "html", "--output", output, "--fail-on", "never");

        run.ExitCode.ShouldBeOneOf(0, 2);
        var page = await OpenAsync(output);
        page.Problems.ShouldBeEmpty();
        page.Findings.ShouldBe(await VisibleFindingsAsync(folder, "accounts"), "every finding the linter reports is a list item in the page");
        page.Hidden.ShouldBeEmpty("findings, highlights and markers that are in the page but not visible");
        page.Articles.ShouldBe(accounts + 3);
        page.Serious.ShouldBeEmpty();
    }

    [Test]
    [Browser]
    [CancelAfter(300_000)]
    public async Task The_cohort_report_loads_cleanly_shows_every_finding_and_passes_axe()
    {
        using var folder = new AccountFolder();
        CopyCorpus(folder, "cohort", Sample);
        folder.Write("cohort/ann.md", PrivateAccount);
        folder.Write("cohort/ben/part1.md", "I listened to ten calls and gave feedback to the team leader.");
        folder.Write("cohort/ben/part2.pdf", PdfBuilder.FromMarkdown("I changed the script after the survey and checked the scores a month later."));
        folder.Write("cohort/cat.docx", "not a Word document");
        string output = Path.Combine(folder.Root, "cohort.html");

        var run = await CliRun.RunAsync("cohort", Path.Combine(folder.Root, "cohort"), "--unit", "auto", "--html", output, "--fail-on", "never");

        run.ExitCode.ShouldBeOneOf(0, 2);
        var page = await OpenAsync(output);
        page.Problems.ShouldBeEmpty();
        page.Findings.ShouldBe(await VisibleFindingsAsync(folder, "cohort"), "every finding the linter reports is a list item in the page");
        page.Hidden.ShouldBeEmpty("findings, highlights and markers that are in the page but not visible");
        page.Learners.ShouldBe(Sample.Length + 3);
        page.Serious.ShouldBeEmpty();
    }

    [Test]
    [Browser]
    [CancelAfter(120_000)]
    public async Task The_checks_catch_a_broken_page()
    {
        // A page with a script error, a hidden finding and an unlabelled form control: each check must notice.
        using var folder = new AccountFolder();
        string path = folder.Write("broken.html", """
            <!DOCTYPE html><html><head><title>x</title></head><body>
            <ul class="findings"><li id="d1-f1" data-rule="EL1003" style="display:none">hidden finding</li></ul>
            <input type="text"><script>undefinedFunction();</script></body></html>
            """);

        var page = await OpenAsync(path);

        page.Problems.ShouldContain(p => p.Contains("undefinedFunction", StringComparison.Ordinal));
        page.Hidden.ShouldBe(["d1-f1"]);
        page.Serious.ShouldNotBeEmpty();
    }

    /// <summary>Copies the named dev-corpus accounts into <paramref name="subfolder"/>.</summary>
    private static int CopyCorpus(AccountFolder folder, string subfolder, string[] names)
    {
        string corpus = SharedData.Require("corpus/dev");
        foreach (string name in names)
        {
            folder.Write(Path.Combine(subfolder, name), File.ReadAllBytes(Path.Combine(corpus, name)));
        }

        return names.Length;
    }

    /// <summary>The rule id of every finding the linter reports for the folder's accounts, sorted.</summary>
    private static async Task<List<string>> VisibleFindingsAsync(AccountFolder folder, string subfolder)
    {
        var run = await CliRun.RunAsync("check", Path.Combine(folder.Root, subfolder), "--unit", "auto", "--format", "json", "--fail-on", "never");
        using var json = System.Text.Json.JsonDocument.Parse(run.Out);
        return [.. json.RootElement.GetProperty("documents").EnumerateArray()
            .SelectMany(d => d.GetProperty("diagnostics").EnumerateArray().Select(x => x.GetProperty("id").GetString()!))
            .Order(StringComparer.Ordinal)];
    }

    private static async Task<IBrowser> BrowserAsync()
    {
        string chromium = Renderers.Chromium;
        await Launch.WaitAsync();
        try
        {
            if (s_browser is null)
            {
                s_playwright = await Playwright.CreateAsync();
                s_browser = await s_playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
                {
                    ExecutablePath = chromium,
                    Headless = true,
                    Args = ["--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage"],
                });
            }

            return s_browser;
        }
        finally
        {
            Launch.Release();
        }
    }

    /// <summary>Opens a page from disk with no network, and reads what the checks need from it.</summary>
    private static async Task<PageReading> OpenAsync(string path)
    {
        var browser = await BrowserAsync();
        await using var context = await browser.NewContextAsync(new BrowserNewContextOptions { Offline = true, ViewportSize = new ViewportSize { Width = 1280, Height = 900 } });
        var page = await context.NewPageAsync();
        var problems = new List<string>();
        page.Console += (_, message) =>
        {
            if (message.Type is "error" or "warning")
            {
                lock (problems)
                {
                    problems.Add($"console {message.Type}: {message.Text}");
                }
            }
        };
        page.PageError += (_, error) =>
        {
            lock (problems)
            {
                problems.Add($"page error: {error}");
            }
        };
        page.RequestFailed += (_, request) =>
        {
            lock (problems)
            {
                problems.Add($"request failed: {request.Url} {request.Failure}");
            }
        };

        var response = await page.GotoAsync(new Uri(path).AbsoluteUri, new PageGotoOptions { WaitUntil = WaitUntilState.Load });
        response.ShouldNotBeNull();

        // Sorted rule ids of the finding items (the page numbers them per account), then anything a reader cannot see.
        var findings = await page.EvaluateAsync<string[]>("() => [...document.querySelectorAll('ul.findings li')].map(li => li.dataset.rule).sort()");
        var hidden = await page.EvaluateAsync<string[]>("""
            () => [...document.querySelectorAll('ul.findings li, mark, a.ref')]
              .filter(e => {
                const box = e.getBoundingClientRect();
                return !e.checkVisibility({ checkOpacity: true, checkVisibilityCSS: true }) || box.width < 1 || box.height < 1;
              })
              .map(e => e.id || e.getAttribute('href') || e.textContent)
            """);
        int articles = await page.Locator("article.account").CountAsync();
        int learners = await page.Locator("section.learner").CountAsync();

        // Only violations are needed: asking axe for no passes or incomplete results keeps the scan short.
        AxeResult axe = await page.RunAxe(new AxeRunOptions { ResultTypes = [ResultType.Violations] });
        var serious = axe.Violations
            .Where(v => v.Impact is "serious" or "critical")
            .Select(v => $"{v.Impact} {v.Id}: {v.Help} at {string.Join(", ", v.Nodes.Take(3).Select(n => n.Target.ToString()))}")
            .ToList();

        await page.CloseAsync();
        lock (problems)
        {
            return new PageReading([.. problems], [.. findings.Order(StringComparer.Ordinal)], [.. hidden], articles, learners, serious);
        }
    }

    private sealed record PageReading(List<string> Problems, List<string> Findings, List<string> Hidden, int Articles, int Learners, List<string> Serious);
}
