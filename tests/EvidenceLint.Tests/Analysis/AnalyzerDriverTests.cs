using EvidenceLint.Analysis;
using EvidenceLint.Reading;

namespace EvidenceLint.Tests.Analysis;

public class AnalyzerDriverTests
{
    private const string TwoParagraphs = """
        I took a call from a customer. The call was about a complaint.

        I logged the complaint and rang the customer back with a second call.
        """;

    private static EvidenceDocument Account(string text, string path = "account.md") =>
        new PlainTextReader(InputFormat.Markdown).ReadString(text, path);

    private static WordAnalyzer Calls() => new(TestRules.WordFound, "call");

    private static LintOptions WithSeverities(params (string Key, DiagnosticSeverity? Severity)[] overrides) => LintOptions.Default with
    {
        Severities = LintOptions.Default.Severities.AddRange(overrides.Select(o => KeyValuePair.Create(o.Key, o.Severity))),
    };

    [Test]
    public void Analyzer_throwing_in_Initialize_becomes_EL0005_and_the_others_still_report()
    {
        var result = new EvidenceLinter([new ThrowsInInitializeAnalyzer(), Calls()]).Lint(Account(TwoParagraphs));

        var failure = result.Diagnostics.Where(d => d.Id == "EL0005").ShouldHaveSingleItem();
        failure.Message.ShouldContain(nameof(ThrowsInInitializeAnalyzer));
        failure.Message.ShouldContain("broken set-up");
        failure.Severity.ShouldBe(DiagnosticSeverity.Warning);
        result.Diagnostics.Count(d => d.Id == "EL9001").ShouldBe(3);
    }

    [Test]
    public void Analyzer_throwing_in_an_action_becomes_EL0005_and_the_others_still_report()
    {
        var result = new EvidenceLinter([Calls(), new ThrowsInActionAnalyzer()]).Lint(Account(TwoParagraphs));

        var failure = result.Diagnostics.Where(d => d.Id == "EL0005").ShouldHaveSingleItem();
        failure.Message.ShouldContain(nameof(ThrowsInActionAnalyzer));
        failure.Message.ShouldContain("FormatException");
        failure.Detail.ShouldBe(nameof(ThrowsInActionAnalyzer));
        result.Diagnostics.Count(d => d.Id == "EL9001").ShouldBe(3);
    }

    [Test]
    public void Analyzer_whose_SupportedDiagnostics_throws_is_reported_not_silently_dropped()
    {
        var linter = new EvidenceLinter([new ThrowsFromSupportedDiagnosticsAnalyzer(), Calls()]);

        var result = linter.Lint(Account(TwoParagraphs));

        result.Diagnostics.Where(d => d.Id == "EL0005").ShouldHaveSingleItem().Message.ShouldContain(nameof(ThrowsFromSupportedDiagnosticsAnalyzer));
        result.Diagnostics.Count(d => d.Id == "EL9001").ShouldBe(3);
    }

    [Test]
    public void Reporting_an_undeclared_id_becomes_EL0005_and_the_finding_is_dropped()
    {
        var result = new EvidenceLinter([new ReportsUndeclaredIdAnalyzer(), Calls()]).Lint(Account(TwoParagraphs));

        result.Diagnostics.ShouldNotContain(d => d.Id == TestRules.NeverDeclared.Id);
        var failure = result.Diagnostics.Where(d => d.Id == "EL0005").ShouldHaveSingleItem();
        failure.Message.ShouldContain(nameof(ReportsUndeclaredIdAnalyzer));
        failure.Message.ShouldContain("EL9999");
        result.Diagnostics.Count(d => d.Id == "EL9001").ShouldBe(3);
    }

    [Test]
    public void EL0005_can_itself_be_switched_off()
    {
        var options = WithSeverities(("EL0005", null));

        var result = new EvidenceLinter([new ThrowsInActionAnalyzer(), Calls()], options).Lint(Account(TwoParagraphs));

        result.Diagnostics.Select(d => d.Id).ShouldBe(["EL9001", "EL9001", "EL9001"]);
    }

    [TestCase(new string[0], DiagnosticSeverity.Warning, TestName = "Default severity applies with no override")]
    [TestCase(new[] { "EL9001=error" }, DiagnosticSeverity.Error, TestName = "Severity by id")]
    [TestCase(new[] { "word-found=info" }, DiagnosticSeverity.Info, TestName = "Severity by alias")]
    [TestCase(new[] { "testing=error" }, DiagnosticSeverity.Error, TestName = "Severity by category")]
    [TestCase(new[] { "el9001=error" }, DiagnosticSeverity.Error, TestName = "Severity keys ignore case")]
    [TestCase(new[] { "testing=hidden", "word-found=info", "EL9001=error" }, DiagnosticSeverity.Error, TestName = "Id beats alias and category")]
    [TestCase(new[] { "testing=hidden", "word-found=info" }, DiagnosticSeverity.Info, TestName = "Alias beats category")]
    [TestCase(new[] { "testing=none", "EL9001=warning" }, DiagnosticSeverity.Warning, TestName = "Id re-enables a rule its category turned off")]
    public void Severity_overrides(string[] overrides, DiagnosticSeverity expected)
    {
        var options = WithSeverities([.. overrides.Select(Parse)]);

        var result = new EvidenceLinter([Calls()], options).Lint(Account(TwoParagraphs));

        result.Diagnostics.Length.ShouldBe(3);
        result.Diagnostics.ShouldAllBe(d => d.Severity == expected);
    }

    [TestCase("EL9001")]
    [TestCase("word-found")]
    [TestCase("testing")]
    public void Null_severity_turns_the_rule_off(string key)
    {
        var counting = new CountingAnalyzer();
        var options = WithSeverities((key, null), ("EL9002", null));

        var result = new EvidenceLinter([Calls(), counting], options).Lint(Account(TwoParagraphs));

        result.Diagnostics.ShouldBeEmpty();
        counting.Documents.ShouldBe(0, "an analyzer whose every rule is off is not run at all");
    }

    [Test]
    public void Hidden_findings_are_kept_in_the_result()
    {
        var result = new EvidenceLinter([Calls()], WithSeverities(("EL9001", DiagnosticSeverity.Hidden))).Lint(Account(TwoParagraphs));

        result.Diagnostics.Length.ShouldBe(3);
        result.Diagnostics.ShouldAllBe(d => d.Severity == DiagnosticSeverity.Hidden);
    }

    [Test]
    public void Suppression_by_paragraph_removes_only_that_paragraphs_findings_and_is_counted()
    {
        var options = LintOptions.Default with { Suppressions = [new Suppression("EL9001", "Scripted call") { Paragraph = 1 }] };

        var result = new EvidenceLinter([Calls()], options).Lint(Account(TwoParagraphs));

        result.Diagnostics.Select(d => d.Location.Paragraph).ShouldBe([0, 0]);
        result.SuppressedCount.ShouldBe(1);
    }

    [Test]
    public void Suppression_by_alias_and_excerpt_removes_only_matching_findings()
    {
        var analyzer = new WordAnalyzer(TestRules.WordFound, "call", "complaint");
        var options = LintOptions.Default with { Suppressions = [new Suppression("word-found", "Complaints are the topic") { Excerpt = "COMPLAINT" }] };

        var result = new EvidenceLinter([analyzer], options).Lint(Account(TwoParagraphs));

        result.Diagnostics.Select(d => d.Location.Excerpt).ShouldBe(["call", "call", "call"]);
        result.SuppressedCount.ShouldBe(2);
    }

    [TestCase("anna-*.md", 3)]
    [TestCase("ANNA-MCS.MD", 3)]
    [TestCase("bob-*.md", 0)]
    public void Suppression_by_file_applies_only_to_matching_documents(string file, int suppressed)
    {
        var options = LintOptions.Default with { Suppressions = [new Suppression("EL9001", "Agreed with the assessor") { File = file }] };

        var result = new EvidenceLinter([Calls()], options).Lint(Account(TwoParagraphs, "cohort/anna-mcs.md"));

        result.SuppressedCount.ShouldBe(suppressed);
        result.Diagnostics.Length.ShouldBe(3 - suppressed);
    }

    [Test]
    public void Suppression_of_another_rule_changes_nothing()
    {
        var options = LintOptions.Default with { Suppressions = [new Suppression("EL9002", "Not this rule")] };

        var result = new EvidenceLinter([Calls()], options).Lint(Account(TwoParagraphs));

        result.Diagnostics.Length.ShouldBe(3);
        result.SuppressedCount.ShouldBe(0);
    }

    [Test]
    public void Findings_are_sorted_by_position_then_id()
    {
        var linter = new EvidenceLinter([
            new WordAnalyzer(TestRules.OtherWordFound, "customer", "call"),
            new ThrowsInActionAnalyzer(),
            new WordAnalyzer(TestRules.WordFound, "complaint", "call"),
        ]);

        var result = linter.Lint(Account(TwoParagraphs));

        result.Diagnostics.Select(d => $"{d.Location.Paragraph}:{d.Location.Excerpt}:{d.Id}").ShouldBe([
            "::EL0005",
            "0:call:EL9001",
            "0:call:EL9002",
            "0:customer:EL9002",
            "0:call:EL9001",
            "0:call:EL9002",
            "0:complaint:EL9001",
            "1:complaint:EL9001",
            "1:customer:EL9002",
            "1:call:EL9001",
            "1:call:EL9002",
        ]);
    }

    [Test]
    public async Task One_shared_linter_gives_identical_results_to_many_concurrent_callers()
    {
        string text = string.Join("\n\n", Enumerable.Range(0, 60).Select(i =>
            $"On day {i} I took a call from a customer. The call was about a complaint, so I logged the complaint. I rang the customer back."));
        byte[] bytes = System.Text.Encoding.UTF8.GetBytes(text);
        var linter = new EvidenceLinter([
            new WordAnalyzer(TestRules.WordFound, "call", "complaint"),
            new WordAnalyzer(TestRules.OtherWordFound, "customer", "call"),
            new ThrowsInActionAnalyzer(),
            new CountingAnalyzer(),
        ]);

        using var start = new ManualResetEventSlim();
        var runs = Enumerable.Range(0, 20).Select(_ => Task.Factory.StartNew(
            () =>
            {
                start.Wait();
                return linter.LintAsync(new MemoryStream(bytes, writable: false), "account.md").GetAwaiter().GetResult();
            },
            CancellationToken.None,
            TaskCreationOptions.LongRunning,
            TaskScheduler.Default)).ToList();
        start.Set();
        var results = await Task.WhenAll(runs);

        static string Render(LintResult r) => string.Join('\n', r.Diagnostics.Select(d =>
            $"{d.Id} {d.Severity} {d.Location.Paragraph} {d.Location.Start} {d.Location.Length} {d.Location.Excerpt} {d.Detail} {d.Message}"));
        string first = Render(results[0]);
        results[0].Diagnostics.Length.ShouldBe(1 + (60 * 8));
        results.Select(Render).ShouldAllBe(r => r == first);
        results[0].Diagnostics.Skip(1).Select(d => (d.Location.Paragraph!.Value, d.Location.Start)).ShouldBeInOrder();
    }

    [Test]
    public void Each_kind_of_action_runs_the_right_number_of_times()
    {
        var counting = new CountingAnalyzer();
        var linter = new EvidenceLinter([counting]);
        var document = Account("""
            # Monitoring

            I listened to calls. I scored them! Did it help?

            I changed the rota.
            """);

        linter.Lint(document);
        (counting.Documents, counting.Paragraphs, counting.Sentences).ShouldBe((1, 3, 5));

        linter.Lint(document);
        (counting.Documents, counting.Paragraphs, counting.Sentences).ShouldBe((2, 6, 10), "actions run per document, Initialize only once");
    }

    [Test]
    public void Pre_cancelled_token_throws_from_LintAsync()
    {
        var linter = new EvidenceLinter([Calls()]);
        using var cancelled = new CancellationTokenSource();
        cancelled.Cancel();
        using var content = new MemoryStream(System.Text.Encoding.UTF8.GetBytes(TwoParagraphs));

        Assert.CatchAsync<OperationCanceledException>(() => linter.LintAsync(content, "account.md", null, cancelled.Token));
        Assert.Catch<OperationCanceledException>(() => linter.Lint(Account(TwoParagraphs), null, cancelled.Token));
    }

    [TestCase(false)]
    [TestCase(true)]
    public async Task Analyzer_that_spins_past_the_time_limit_gives_EL0004(bool withOtherAnalyzers)
    {
        EvidenceAnalyzer[] analyzers = withOtherAnalyzers ? [Calls(), new SpinningAnalyzer(), new CountingAnalyzer()] : [new SpinningAnalyzer()];
        var options = LintOptions.Default with { Limits = ReadingLimits.Default with { Timeout = TimeSpan.FromMilliseconds(200) } };
        var linter = new EvidenceLinter(analyzers, options);
        using var content = new MemoryStream(System.Text.Encoding.UTF8.GetBytes(TwoParagraphs));

        var run = linter.LintAsync(content, "account.md");
        (await Task.WhenAny(run, Task.Delay(TimeSpan.FromSeconds(20)))).ShouldBeSameAs(run, "the time limit must stop the analysis");

        var result = await run;
        var limit = result.Diagnostics.ShouldHaveSingleItem();
        limit.Id.ShouldBe("EL0004");
        limit.Message.ShouldContain("0.2-second");
    }

    private static (string, DiagnosticSeverity?) Parse(string setting)
    {
        string[] parts = setting.Split('=');
        DiagnosticSeverity? severity = parts[1] == "none" ? null : Enum.Parse<DiagnosticSeverity>(parts[1], ignoreCase: true);
        return (parts[0], severity);
    }
}
