using System.IO.Compression;
using System.Net;
using System.Text.RegularExpressions;
using EvidenceLint.Analysis;
using EvidenceLint.Privacy;
using EvidenceLint.Tests.Cli;
using EvidenceLint.Tests.Testing;

namespace EvidenceLint.Tests.Privacy;

/// <summary>
/// One account holding every kind of customer data, each in a sentence other rules also quote (as evidence, as the
/// main attempt at a criterion, as a hypothetical or a misconception), run through every output the product has. No
/// raw value may appear in any of them once HTML entities, JSON escapes and XML are decoded.
/// </summary>
public partial class MaskingTests
{
    private const string Account = """
        # Reflective account: Manage customer service standards (MCS)

        ## Setting the standards

        I set a standard with my team that we would answer 80% of calls within 20 seconds, after Mrs Hussain complained that she waited twenty minutes and left her number, 07700 900457, three times.

        I agreed a first contact resolution standard of 75% by the end of March with the advisers, and I e-mailed it to them and to leah.morgan77@example.com by mistake.

        ## Monitoring

        I monitored calls each week and listened to one where the customer gave her card number 4012 8888 8888 1881, the CVV 418 and the expiry 09/27 before the adviser could stop her.

        I noticed that Mr O’Neill at BS8 1QU had rung five times, and that Ms D’Souza gave her date of birth, 12/03/1984, and her NI number AB 12 34 56 C on a recorded line.

        The refund was paid to sort code 20-45-77, account 41234567, after the London landline (020) 7946 0018 was confirmed.

        She read her mobile out as oh seven nine one one, one two three four five six on the call.

        A new greeting was introduced for Mrs Fitzgerald and every other customer.

        I would coach the advisers on payments if Mrs Fitzgerald rang again on 0161 496 0321.
        """;

    /// <summary>Each raw value, with enough around the short ones that a figure elsewhere cannot stand in for it.</summary>
    private static readonly string[] RawValues =
    [
        "Hussain", "07700 900457", "07700900457", "leah.morgan77@example.com", "4012 8888 8888 1881", "4012888888881881", "CVV 418",
        "09/27", "O’Neill", "O'Neill", "BS8 1QU", "D’Souza", "D'Souza", "12/03/1984", "AB 12 34 56 C", "20-45-77", "41234567",
        "7946 0018", "oh seven nine one one", "Fitzgerald", "0161 496 0321",
    ];

    [Test]
    public async Task No_output_of_check_shows_customer_data([Values("md", "docx")] string format)
    {
        using var folder = new AccountFolder();
        string path = Write(folder, "account." + format);

        foreach (string[] options in new[] { Array.Empty<string>(), ["--format", "json"], ["--format", "sarif"], ["--format", "html"] })
        {
            var run = await CliRun.RunAsync(["check", path, "--unit", "MCS", "--fail-on", "never", .. options]);
            run.ExitCode.ShouldBe(0, run.ToString());
            ShouldHoldNoRawValue(run.Out + run.Error, string.Join(' ', options));
        }
    }

    [Test]
    public async Task The_engine_masks_every_field_it_returns()
    {
        using var folder = new AccountFolder();
        var result = await EvidenceLinter.CreateDefault().LintAsync(Write(folder, "account.md"), new LintRequest { Unit = "MCS" });

        result.Diagnostics.Select(d => d.Id).ShouldContain("EL5001");
        result.Diagnostics.Select(d => d.Id).ShouldContain("EL5002");
        result.Diagnostics.ShouldContain(d => !d.Descriptor.MaskExcerpt && d.Location.Excerpt.Contains('['), "another rule quotes a sentence holding data");
        result.Coverage!.Criteria.SelectMany(c => c.Evidence).ShouldContain(e => e.Excerpt.Contains("[EMAIL]"));
        var fields = result.Diagnostics.SelectMany(d => new[] { d.Location.Excerpt, d.Message, d.Detail ?? string.Empty })
            .Concat(result.Coverage.Criteria.SelectMany(c => c.Evidence.Concat(c.Mentions)).Select(e => e.Excerpt));
        ShouldHoldNoRawValue(string.Join('\n', fields), "result fields");
        ShouldHoldNoRawValue(result.GetMaskedText(0, result.Document!.Text.Length), "GetMaskedText");
    }

    [Test]
    public async Task Cohort_reports_show_no_customer_data()
    {
        using var folder = new AccountFolder();
        Write(folder, "cohort/ann.md");
        Write(folder, "cohort/ben.docx");
        string html = Path.Combine(folder.Root, "cohort.html");
        string csv = Path.Combine(folder.Root, "cohort.csv");
        string json = Path.Combine(folder.Root, "cohort.json");

        var run = await CliRun.RunAsync("cohort", Path.Combine(folder.Root, "cohort"), "--unit", "MCS", "--html", html, "--csv", csv, "--json", json, "--fail-on", "never");

        run.ExitCode.ShouldBe(0, run.ToString());
        ShouldHoldNoRawValue(run.Out + run.Error, "cohort console");
        ShouldHoldNoRawValue(File.ReadAllText(html), "cohort html");
        ShouldHoldNoRawValue(File.ReadAllText(csv), "cohort csv");
        ShouldHoldNoRawValue(File.ReadAllText(json), "cohort json");
    }

    [Test]
    public async Task Word_comments_show_no_customer_data()
    {
        using var folder = new AccountFolder();
        string path = Write(folder, "account.docx");
        string copy = Path.Combine(folder.Root, "annotated.docx");

        var run = await CliRun.RunAsync("check", path, "--unit", "MCS", "--annotate", "-o", copy, "--fail-on", "never");

        run.ExitCode.ShouldBe(0, run.ToString());
        using var zip = ZipFile.OpenRead(copy);
        using var comments = new StreamReader(zip.GetEntry("word/comments.xml")!.Open());
        ShouldHoldNoRawValue(string.Concat(Regex.Matches(comments.ReadToEnd(), "<w:t[^>]*>([^<]*)</w:t>").Select(m => m.Groups[1].Value + " ")), "Word comments");
    }

    [Test]
    public async Task Eval_output_shows_no_customer_data([Values("text", "json")] string format)
    {
        using var folder = new AccountFolder();
        Write(folder, "corpus/account.md");
        folder.Write("corpus/account.labels.yaml", """
            unit: MCS
            expect:
              - id: EL5001
                quote: "Mrs Hussain"
              - id: EL5001
                quote: "Mr Smithers on 07911 123456"
            must_not:
              - EL5002
            """);

        var run = await CliRun.RunAsync("eval", Path.Combine(folder.Root, "corpus"), "-v", "--format", format);

        ShouldHoldNoRawValue(run.Out + run.Error, "eval " + format);
        Decoded(run.Out).ShouldNotContain("Smithers");
        Decoded(run.Out).ShouldNotContain("07911 123456");
    }

    [Test]
    public async Task Extract_masks_when_asked([Values("text", "json")] string format)
    {
        using var folder = new AccountFolder();
        string path = Write(folder, "account.docx");

        var plain = await CliRun.RunAsync("extract", path, "--format", format);
        var masked = await CliRun.RunAsync("extract", path, "--format", format, "--mask");

        Decoded(plain.Out).ShouldContain("07700 900457", customMessage: "without --mask the author sees their own text");
        ShouldHoldNoRawValue(masked.Out, "extract --mask " + format);
        masked.Out.ShouldContain("[PHONE]");
    }

    [Test]
    public void A_paragraph_that_cannot_be_scanned_in_time_is_withheld_whole()
    {
        // Thousands of e-mail-like tokens and a wall of digits: scanned in time, or withheld whole, never half-masked.
        string emails = string.Join(' ', Enumerable.Range(0, 5000).Select(i => $"a{i}@b{i}.co.uk"));
        string digits = new('7', 1_000_000);

        var (document, _) = RuleTest.Parse($"{emails}\n\n{digits}\n\nI rang Mrs Hussain on 07700 900457.");

        var mask = PersonalDataMask.Scan(document);

        mask.Spans.ShouldContain(s => s.Kind == PersonalDataKind.Unchecked && s.Start == document.Paragraphs[1].Start);
        mask.Spans.ShouldNotContain(s => s.Kind == PersonalDataKind.Unchecked && s.Start == document.Paragraphs[0].Start, "5,000 addresses are scanned in time");

        foreach (var paragraph in document.Paragraphs)
        {
            string shown = mask.GetText(paragraph);
            bool withheld = mask.Spans.Any(s => s.Kind == PersonalDataKind.Unchecked && s.Start == paragraph.Start);
            if (!withheld)
            {
                shown.ShouldNotContain("@b");
            }
        }

        mask.GetText(document.Paragraphs[2]).ShouldBe("I rang [NAME] on [PHONE].");
        mask.Apply("She said 07700 900457 twice").ShouldBe("She said [PHONE] twice");
    }

    [Test]
    public void A_withheld_paragraph_is_reported_as_EL0007_and_never_printed()
    {
        string wall = string.Join(' ', Enumerable.Repeat("ref 07700 900457", 20_000));
        var (document, _) = RuleTest.Parse($"I rang a customer back.\n\n{wall}");

        var result = EvidenceLinter.CreateDefault().Lint(document);

        var notice = result.Diagnostics.Where(d => d.Id == "EL0007").ShouldHaveSingleItem();
        notice.Location.Paragraph.ShouldBe(1);
        notice.Location.Excerpt.ShouldBe(PersonalDataSpan.PlaceholderFor(PersonalDataKind.Unchecked));
        result.GetMaskedText(document.Paragraphs[1]).ShouldBe(PersonalDataSpan.PlaceholderFor(PersonalDataKind.Unchecked));
        result.GetMaskedText(document.Paragraphs[1].Start + 4, 12).ShouldBe(PersonalDataSpan.PlaceholderFor(PersonalDataKind.Unchecked));
        string json = EvidenceLint.Reporting.JsonReport.ToJson([result], "1.0.0");
        Schemas.ShouldMatchJsonContract(json);
        json.ShouldNotContain("900123");
        json.ShouldContain("EL0007");
    }

    /// <summary>Text as a reader sees it: JSON escapes, then HTML and XML entities, decoded.</summary>
    internal static string Decoded(string text)
    {
        string unescaped = JsonEscape().Replace(text, m => m.Groups["u"].Success
            ? ((char)Convert.ToInt32(m.Groups["u"].Value, 16)).ToString()
            : m.Groups["c"].Value switch { "n" => "\n", "r" => "\r", "t" => "\t", var c => c });
        return WebUtility.HtmlDecode(WebUtility.HtmlDecode(unescaped));
    }

    private static void ShouldHoldNoRawValue(string output, string where)
    {
        string decoded = Decoded(output);
        foreach (string value in RawValues)
        {
            decoded.ShouldNotContain(value, Case.Sensitive, $"{where} shows \"{value}\"");
        }
    }

    private static string Write(AccountFolder folder, string relativePath) => relativePath.EndsWith(".docx", StringComparison.Ordinal)
        ? folder.Write(relativePath, DocxBuilder.FromMarkdown(Account))
        : folder.Write(relativePath, Account);

    [GeneratedRegex(@"\\(?:u(?<u>[0-9a-fA-F]{4})|(?<c>[""\\/bfnrt]))")]
    private static partial Regex JsonEscape();
}
