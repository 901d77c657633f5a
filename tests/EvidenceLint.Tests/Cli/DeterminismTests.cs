using System.Text;
using System.Text.Json.Nodes;
using EvidenceLint.Analysis;
using EvidenceLint.Reporting;
using EvidenceLint.Tests.Testing;

namespace EvidenceLint.Tests.Cli;

/// <summary>
/// Same inputs, same bytes: every report format is identical from run to run and whatever the number of
/// <c>--jobs</c>, and one engine shared by many threads gives exactly what it gives sequentially.
/// </summary>
public class DeterminismTests
{
    /// <summary>
    /// Fields that may differ between runs because they record when or how long a run took. No report writes one
    /// today; a field added with one of these names (SARIF's own names for invocation times) is left out of the
    /// comparison, and any other difference fails it.
    /// </summary>
    internal static readonly string[] TimingFields = ["startTimeUtc", "endTimeUtc", "elapsed", "durationMs"];

    /// <summary>A cohort of every kind of input: Markdown, Word, PDF, a portfolio folder, private data, an unreadable file.</summary>
    private static AccountFolder Cohort()
    {
        var folder = new AccountFolder();
        string corpus = SharedData.Require("corpus/dev");
        string[] accounts = ["01-mcs-strong.md", "04-mcs-tricky.md", "06-scs-typical.md", "07-scs-weak.md", "11-pcs-weak.md", "12-pcs-tricky.md", "15-dcp-weak.md", "16-dcp-tricky.md"];
        foreach (string name in accounts)
        {
            folder.Write(Path.Combine("cohort", name), File.ReadAllBytes(Path.Combine(corpus, name)));
        }

        folder.Write("cohort/word.docx", DocxBuilder.FromMarkdown(File.ReadAllText(Path.Combine(corpus, "02-mcs-typical.md"))));
        folder.Write("cohort/printed.pdf", PdfBuilder.FromMarkdown(File.ReadAllText(Path.Combine(corpus, "10-pcs-typical.md"))));
        folder.Write("cohort/ben/part1.md", "I listened to ten calls and gave feedback to Mrs Khan, the team leader, on 07700 900123.");
        folder.Write("cohort/ben/part2.md", "I changed the script after the survey and checked the scores a month later.");
        folder.Write("cohort/broken.docx", "not a Word document");
        return folder;
    }

    [Test]
    public async Task Cohort_reports_are_the_same_bytes_across_runs_and_jobs()
    {
        using var folder = Cohort();
        var runs = new List<(string Label, Dictionary<string, byte[]> Files)>();
        foreach (var (jobs, run) in new[] { (1, 1), (1, 2), (2, 1), (4, 1) })
        {
            string output = Directory.CreateDirectory(Path.Combine(folder.Root, $"out-j{jobs}-r{run}")).FullName;
            var result = await CliRun.RunAsync("cohort", Path.Combine(folder.Root, "cohort"), "--unit", "auto", "--jobs", jobs.ToString(System.Globalization.CultureInfo.InvariantCulture),
                "--html", Path.Combine(output, "report.html"), "--csv", Path.Combine(output, "matrix.csv"), "--json", Path.Combine(output, "report.json"), "--fail-on", "never");
            result.ExitCode.ShouldBe(2, result.ToString());   // broken.docx
            runs.Add(($"--jobs {jobs}, run {run}", Directory.GetFiles(output).ToDictionary(f => Path.GetFileName(f), File.ReadAllBytes)));
        }

        ShouldAllBeTheSame(runs);
    }

    [TestCase("json")]
    [TestCase("sarif")]
    [TestCase("html")]
    public async Task Check_reports_are_the_same_bytes_across_runs_and_jobs(string format)
    {
        using var folder = Cohort();
        var runs = new List<(string Label, Dictionary<string, byte[]> Files)>();
        foreach (var (jobs, run) in new[] { (1, 1), (1, 2), (2, 1), (4, 1) })
        {
            string output = Path.Combine(folder.Root, $"report-j{jobs}-r{run}.{format}");
            var result = await CliRun.RunAsync("check", Path.Combine(folder.Root, "cohort"), "--format", format, "--output", output,
                "--jobs", jobs.ToString(System.Globalization.CultureInfo.InvariantCulture), "--fail-on", "never");
            result.ExitCode.ShouldBe(2, result.ToString());
            runs.Add(($"--jobs {jobs}, run {run}", new Dictionary<string, byte[]> { [$"report.{format}"] = await File.ReadAllBytesAsync(output) }));
        }

        ShouldAllBeTheSame(runs);
    }

    [Test]
    public void Timing_fields_are_left_out_of_the_comparison_and_nothing_else_is()
    {
        byte[] first = Encoding.UTF8.GetBytes("""{"a":1,"runs":[{"startTimeUtc":"2024-01-01T00:00:00Z","b":[{"elapsed":3}]}]}""");
        byte[] later = Encoding.UTF8.GetBytes("""{"a":1,"runs":[{"startTimeUtc":"2025-06-30T12:00:00Z","b":[{"elapsed":9}]}]}""");
        byte[] changed = Encoding.UTF8.GetBytes("""{"a":2,"runs":[{"startTimeUtc":"2024-01-01T00:00:00Z","b":[{"elapsed":3}]}]}""");

        Comparable("x.json", first).ShouldBe(Comparable("x.json", later));
        Comparable("x.json", first).ShouldNotBe(Comparable("x.json", changed));
        Comparable("x.csv", first).ShouldNotBe(Comparable("x.csv", later));
    }

    [Test]
    [CancelAfter(300_000)]
    public async Task One_engine_linting_200_documents_from_16_threads_gives_the_sequential_results()
    {
        var documents = TwoHundredDocuments();
        documents.Count.ShouldBe(200);
        var linter = EvidenceLinter.CreateDefault();

        var sequential = new string[documents.Count];
        for (int i = 0; i < documents.Count; i++)
        {
            sequential[i] = await LintToJsonAsync(linter, documents[i]);
            Schemas.ShouldMatchJsonContract(sequential[i], documents[i].Name);
        }

        // 16 threads released together, each taking the next document of a shuffled order, so every thread sees a mix
        // of formats and the same analyzers run on many documents at once.
        var order = Enumerable.Range(0, documents.Count).ToArray();
        new Random(20240611).Shuffle(order);
        var concurrent = new string[documents.Count];
        var failures = new System.Collections.Concurrent.ConcurrentQueue<Exception>();
        int next = -1;
        using var start = new Barrier(16);
        var threads = Enumerable.Range(0, 16).Select(_ => new Thread(() =>
        {
            start.SignalAndWait();
            try
            {
                for (int k = Interlocked.Increment(ref next); k < order.Length; k = Interlocked.Increment(ref next))
                {
                    int i = order[k];
                    concurrent[i] = LintToJsonAsync(linter, documents[i]).GetAwaiter().GetResult();
                }
            }
            catch (Exception ex)
            {
                failures.Enqueue(ex);
            }
        })).ToList();
        threads.ForEach(t => t.Start());
        threads.ForEach(t => t.Join());

        failures.ShouldBeEmpty();
        for (int i = 0; i < documents.Count; i++)
        {
            concurrent[i].ShouldBe(sequential[i], documents[i].Name);
        }

        sequential.Count(json => JsonNode.Parse(json)!["documents"]![0]!["diagnostics"]!.AsArray().Count > 0).ShouldBeGreaterThan(100, "most documents have findings to compare");
    }

    /// <summary>
    /// 200 documents: the development corpora as Markdown and Word, some as PDF, then single paragraphs of the development
    /// accounts as short accounts of their own.
    /// </summary>
    private static List<(string Name, byte[] Content)> TwoHundredDocuments()
    {
        string dev = SharedData.Require("corpus/dev");
        string dev2 = SharedData.Require("corpus/dev2");
        var markdown = Directory.GetFiles(dev, "*.md").Where(p => !p.EndsWith("README.md", StringComparison.Ordinal)).Order(StringComparer.Ordinal).ToList();
        var documents = new List<(string Name, byte[] Content)>();
        documents.AddRange(markdown.Select(p => (Path.GetFileName(p), File.ReadAllBytes(p))));
        documents.AddRange(markdown.Select(p => (Path.ChangeExtension(Path.GetFileName(p), ".docx"), DocxBuilder.FromMarkdown(File.ReadAllText(p)))));
        var renderings = Directory.GetFiles(dev2).Where(p => !p.EndsWith("README.md", StringComparison.Ordinal)).Order(StringComparer.Ordinal).ToList();
        documents.AddRange(renderings.Where(p => p.EndsWith(".md", StringComparison.Ordinal) || p.EndsWith(".docx", StringComparison.Ordinal))
            .Concat(renderings.Where(p => p.EndsWith(".pdf", StringComparison.Ordinal)).Take(8))   // PDF is the slowest to read: a few suffice
            .Select(p => ("dev2/" + Path.GetFileName(p), File.ReadAllBytes(p))));
        var paragraphs = markdown
            .SelectMany(p => File.ReadAllText(p).ReplaceLineEndings("\n").Split("\n\n").Select((text, i) => (Name: $"{Path.GetFileNameWithoutExtension(p)}-p{i + 1}.md", Text: text.Trim())))
            .Where(p => p.Text.Length > 80 && !p.Text.StartsWith('#'));
        documents.AddRange(paragraphs.Take(200 - documents.Count).Select(p => (p.Name, Encoding.UTF8.GetBytes(p.Text))));
        return documents;
    }

    private static async Task<string> LintToJsonAsync(EvidenceLinter linter, (string Name, byte[] Content) document)
    {
        using var content = new MemoryStream(document.Content, writable: false);
        var result = await linter.LintAsync(content, document.Name);
        return JsonReport.ToJson([result], "0.0.0-test");
    }

    private static void ShouldAllBeTheSame(List<(string Label, Dictionary<string, byte[]> Files)> runs)
    {
        var (firstLabel, first) = runs[0];
        first.ShouldNotBeEmpty();
        foreach (var (label, files) in runs.Skip(1))
        {
            files.Keys.Order(StringComparer.Ordinal).ShouldBe(first.Keys.Order(StringComparer.Ordinal), label);
            foreach (var (name, bytes) in files)
            {
                string expected = Comparable(name, first[name]);
                string actual = Comparable(name, bytes);
                if (actual != expected)
                {
                    int at = Enumerable.Range(0, Math.Min(actual.Length, expected.Length)).FirstOrDefault(i => actual[i] != expected[i], Math.Min(actual.Length, expected.Length));
                    Assert.Fail($"{name} differs between {firstLabel} and {label} at character {at}:\n{Around(expected, at)}\n---\n{Around(actual, at)}");
                }
            }
        }
    }

    /// <summary>The bytes as text to compare: JSON and SARIF without their timing fields, anything else exactly.</summary>
    private static string Comparable(string name, byte[] bytes)
    {
        string text = Convert.ToHexString(bytes.AsSpan(0, Math.Min(3, bytes.Length))) + Encoding.UTF8.GetString(bytes);
        if (!name.EndsWith(".json", StringComparison.Ordinal) && !name.EndsWith(".sarif", StringComparison.Ordinal))
        {
            return text;
        }

        var node = JsonNode.Parse(bytes);
        RemoveTimingFields(node);
        return text[..6] + node!.ToJsonString();
    }

    private static void RemoveTimingFields(JsonNode? node)
    {
        switch (node)
        {
            case JsonObject obj:
                foreach (string field in TimingFields)
                {
                    obj.Remove(field);
                }

                foreach (var (_, child) in obj)
                {
                    RemoveTimingFields(child);
                }

                break;
            case JsonArray array:
                foreach (var child in array)
                {
                    RemoveTimingFields(child);
                }

                break;
        }
    }

    private static string Around(string text, int at) => text.Substring(Math.Max(0, at - 80), Math.Min(160, text.Length - Math.Max(0, at - 80)));
}
