using System.Collections.Immutable;
using System.Text;
using System.Text.RegularExpressions;
using EvidenceLint.Analysis;
using EvidenceLint.Configuration;
using EvidenceLint.Evidence;
using EvidenceLint.Reading;
using EvidenceLint.Text;
using Microsoft.Extensions.DependencyInjection;

namespace EvidenceLint.Tests.Embedding;

/// <summary>
/// Runs every snippet of the README's embedding guide. Each <c>csharp</c> block of the guide must appear here
/// verbatim (whitespace aside), so a snippet cannot drift from code that compiles and works.
/// </summary>
public sealed partial class EmbeddingGuideTests
{
    private const string Account = EmbeddingGuideTestsAccount.Text;

    [Test]
    public async Task Registering_with_dependency_injection()
    {
        // guide: register
        var services = new ServiceCollection();
        services.AddEvidenceLint(options => options with { Unit = "MCS" });
        services.AddSingleton<EvidenceAnalyzer, CentreTemplateAnalyzer>();   // a centre's own rule (see below)
        await using var provider = services.BuildServiceProvider();
        var linter = provider.GetRequiredService<EvidenceLinter>();
        // end

        linter.ShouldBeSameAs(provider.GetRequiredService<EvidenceLinter>());
        linter.Options.Unit.ShouldBe("MCS");
        linter.SupportedDiagnostics.Select(d => d.Id).ShouldContain("CC0001");
        var result = await CheckSubmissionAsync(linter, new InMemoryBlobStore(), "account.md", CancellationToken.None);
        result.Diagnostics.Select(d => d.Id).ShouldContain("CC0001");
        result.Diagnostics.Select(d => d.Id).ShouldContain(RuleIds.PersonalDataInEvidence);
    }

    [Test]
    public async Task Linting_a_stream_from_a_blob_store()
    {
        var linter = EvidenceLinter.CreateDefault();
        var blobs = new InMemoryBlobStore();

        var result = await CheckSubmissionAsync(linter, blobs, "account.md", CancellationToken.None);

        result.Unit.ShouldBe("SCS");
        result.IsReadable.ShouldBeTrue();
        result.Diagnostics.Select(d => d.Id).ShouldContain(RuleIds.PersonalDataInEvidence);
        blobs.Opened.ShouldHaveSingleItem().CanRead.ShouldBeFalse("the caller's using disposes the stream; the linter never does");
    }

    // guide: blob
    public static async Task<LintResult> CheckSubmissionAsync(EvidenceLinter linter, IBlobStore blobs, string name, CancellationToken cancellationToken)
    {
        await using Stream content = await blobs.OpenReadAsync(name, cancellationToken);
        return await linter.LintAsync(content, name, new LintRequest { Unit = "SCS" }, cancellationToken);
    }
    // end

    [Test]
    public void Showing_a_finding_s_paragraph_masked()
    {
        var (document, _) = Testing.RuleTest.Parse("My team answered every call.\n\nI rang Mrs Hussain on 07700 900457 about her bill.");
        var result = EvidenceLinter.CreateDefault().Lint(document);
        var console = new StringWriter();
        var original = Console.Out;
        Console.SetOut(console);
        try
        {
            // guide: masked
            foreach (Diagnostic diagnostic in result.Diagnostics.Where(d => !d.Location.IsDocumentLevel))
            {
                // The whole paragraph of a finding, as a report may show it: "I rang [NAME] on [PHONE] about her bill."
                var paragraph = result.Document!.Paragraphs[diagnostic.Location.Paragraph!.Value];
                Console.WriteLine($"¶{paragraph.Index + 1}: {result.GetMaskedText(paragraph)}");
            }
            // end
        }
        finally
        {
            Console.SetOut(original);
        }

        console.ToString().ShouldContain("¶2: I rang [NAME] on [PHONE] about her bill.");
        console.ToString().ShouldNotContain("Hussain");
        console.ToString().ShouldNotContain("900457");
    }

    [Test]
    public async Task Cancellation_and_the_time_limit()
    {
        var blobs = new InMemoryBlobStore();
        using var cancelled = new CancellationTokenSource();
        await cancelled.CancelAsync();
        (await CheckWithLimitsAsync(blobs, "account.md", cancelled.Token)).ShouldBeNull();

        var result = await CheckWithLimitsAsync(blobs, "account.md", CancellationToken.None);
        result.ShouldNotBeNull().IsReadable.ShouldBeTrue();

        var tooBig = await CheckWithLimitsAsync(new InMemoryBlobStore(new string('x', 6 * 1024 * 1024)), "big.txt", CancellationToken.None);
        tooBig.ShouldNotBeNull().Diagnostics.ShouldHaveSingleItem().Id.ShouldBe("EL0004");
    }

    private static async Task<LintResult?> CheckWithLimitsAsync(IBlobStore blobs, string name, CancellationToken cancellationToken)
    {
        // guide: limits
        var linter = EvidenceLinter.CreateDefault(LintOptions.Default with
        {
            Limits = ReadingLimits.Default with { Timeout = TimeSpan.FromSeconds(10), MaxInputBytes = 5 * 1024 * 1024 },
        });

        try
        {
            await using var content = await blobs.OpenReadAsync(name, cancellationToken);
            LintResult result = await linter.LintAsync(content, name, cancellationToken: cancellationToken);
            if (result.Diagnostics.Any(d => d.Id == "EL0004"))
            {
                // too big, too many pages or words, or over the time limit: the learner is told which
            }

            return result;
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            return null;   // your caller gave up (the request was aborted, the host is stopping)
        }
        // end
    }

    [Test]
    public async Task Options_severities_suppressions_and_rule_options()
    {
        using var folder = new Cli.AccountFolder();
        string config = folder.Write("evidencelint.json", """{ "unit": "PCS", "rules": { "EL6003": "none" } }""");

        var (linter, request) = Configure(config);

        request.Unit.ShouldBe("SCS");
        request.Options.ShouldNotBeNull().Unit.ShouldBe("PCS");
        request.Options.GetEffectiveSeverity(linter.SupportedDiagnostics.Single(d => d.Id == "EL6003")).ShouldBeNull();
        using var stream = new MemoryStream(Encoding.UTF8.GetBytes(Account));
        var result = await linter.LintAsync(stream, "roleplay-1.md");
        result.Unit.ShouldBe("MCS");
        result.Diagnostics.Select(d => d.Id).ShouldNotContain(RuleIds.PersonalDataInEvidence);
        result.SuppressedCount.ShouldBeGreaterThan(0);
        result.Diagnostics.ShouldContain(d => d.Id == RuleIds.AccountLengthOutsideGuidance && d.Message.Contains("500", StringComparison.Ordinal));
    }

    private static (EvidenceLinter Linter, LintRequest Request) Configure(string centreConfigPath)
    {
        // guide: options
        var options = LintOptions.Default with
        {
            Unit = "MCS",
            Severities = LintOptions.Default.Severities
                .SetItem("EL6003", null)                                   // off
                .SetItem("not-first-person", DiagnosticSeverity.Info)      // by alias
                .SetItem("misconception", DiagnosticSeverity.Warning),     // by category
            RuleOptions = LintOptions.Default.RuleOptions
                .SetItem("EL6001", ImmutableDictionary<string, string>.Empty.Add("minimumWords", "500").Add("maximumWords", "1500")),
            Suppressions =
            [
                new Suppression("EL5001", "Addresses are fictional in this cohort's role-play accounts") { File = "roleplay-*.md" },
            ],
        };
        var linter = EvidenceLinter.CreateDefault(options);

        // a centre's evidencelint.json, for one call, checked against the rules and units this linter knows
        LintOptions centreOptions = LintConfiguration.Load(centreConfigPath, linter.SupportedDiagnostics, linter.Units.All.Select(u => u.Id));
        var request = new LintRequest { Unit = "SCS", Options = centreOptions };
        // end
        return (linter, request);
    }

    [Test]
    public async Task Reading_a_result()
    {
        var linter = EvidenceLinter.CreateDefault();
        using var stream = new MemoryStream(Encoding.UTF8.GetBytes(Account));
        var result = await linter.LintAsync(stream, "account.md", new LintRequest { Unit = "SCS" });
        var output = new StringWriter();
        var previous = Console.Out;
        Console.SetOut(output);
        try
        {
            Show(result);
        }
        finally
        {
            Console.SetOut(previous);
        }

        string text = output.ToString();
        text.ShouldContain("Error EL5001 ¶2:");
        text.ShouldContain("SCS.1: ");
        text.ShouldContain("Evaluative cycle");
    }

    private static void Show(LintResult result)
    {
        // guide: result
        if (!result.IsReadable)
        {
            // EL0001–EL0004: the file could not be checked; Diagnostics says why, in plain English
        }

        foreach (Diagnostic diagnostic in result.Diagnostics)   // sorted by position, then id
        {
            string where = diagnostic.Location.IsDocumentLevel ? "whole account" : $"¶{diagnostic.Location.Paragraph + 1}";
            Console.WriteLine($"{diagnostic.Severity} {diagnostic.Id} {where}: {diagnostic.Message} ({diagnostic.Descriptor.HelpUri})");
        }

        if (result.Coverage is { } coverage)   // null when no unit was given or detected
        {
            foreach (var criterion in coverage.Criteria)
            {
                Console.WriteLine($"{criterion.CriterionId}: {criterion.Status}, add: {string.Join(", ", criterion.MissingIndicators)}");
            }
        }

        if (result.Cycle is { IsComplete: false } cycle)
        {
            Console.WriteLine($"Evaluative cycle: not shown: {string.Join(", ", cycle.Missing.Select(EvaluativeCycle.NameOf))}");
        }
        // end
    }

    [Test]
    public async Task A_custom_analyzer_without_dependency_injection()
    {
        // guide: analyzer-no-di
        var linter = new EvidenceLinter([.. BuiltInAnalyzers.Create(), new CentreTemplateAnalyzer()], units: BuiltInUnits.Catalog);
        // end

        using var stream = new MemoryStream(Encoding.UTF8.GetBytes(Account));
        var result = await linter.LintAsync(stream, "account.md");
        var template = result.Diagnostics.Single(d => d.Id == "CC0001");
        template.Location.Excerpt.ShouldBe("Insert your example here");
        template.Descriptor.HelpUri.ShouldBe("https://lms.example.ac.uk/help/evidence/CC0001");
    }

    [Test]
    public async Task A_custom_unit_pack()
    {
        using var folder = new Cli.AccountFolder();
        folder.Write("units/ccx.yaml", """
            id: CCX
            title: Handle customer complaints
            wordRange: {min: 300, max: 1500}
            learningOutcomes:
              - id: LO1
                wording: Be able to resolve customer complaints.
                verbs: [resolve]
            criteria:
              - id: CCX.1
                wording: Acknowledges the complaint and apologises.
                indicators:
                  - name: apology
                    terms: [apologise, apologised, said sorry]
                  - name: acknowledgement
                    terms: [listened, acknowledged, without interrupting]
                evidence: {covered: 2, partial: 1}
            """);
        string directory = Path.Combine(folder.Root, "units");

        var linter = CreateWithCentreUnits(directory);
        using var stream = new MemoryStream(Encoding.UTF8.GetBytes(Account));
        var result = await linter.LintAsync(stream, "account.md", new LintRequest { Unit = "CCX" });
        result.Coverage.ShouldNotBeNull().Get("CCX.1").Status.ShouldNotBe(Evidence.CoverageStatus.Missing);

        var services = RegisterWithCentreUnits(directory);
        await using var provider = services.BuildServiceProvider();
        provider.GetRequiredService<EvidenceLinter>().Units.All.Select(u => u.Id).ShouldBe(["CCX", "DCP", "MCS", "PCS", "SCS"]);
    }

    private static EvidenceLinter CreateWithCentreUnits(string directory)
    {
        // guide: units
        // every *.yaml in the folder; a pack with a built-in unit's id replaces it
        var units = BuiltInUnits.WithPacksFrom(directory);
        var linter = EvidenceLinter.CreateDefault(units: units);
        // end
        return linter;
    }

    private static ServiceCollection RegisterWithCentreUnits(string directory)
    {
        var services = new ServiceCollection();
        // guide: units-di
        services.AddSingleton(BuiltInUnits.WithPacksFrom(directory));   // before AddEvidenceLint, which keeps it
        services.AddEvidenceLint();
        // end
        return services;
    }

    [Test]
    public async Task Changing_a_copy_of_a_Word_account()
    {
        byte[] bytes = Testing.DocxBuilder.FromMarkdown("# Managing customer service\n\nI rang the customer back on 07700 900123 and agreed a refund.\n");
        var result = await EvidenceLinter.CreateDefault().LintAsync(new MemoryStream(bytes, writable: false), "account.docx");
        var finding = result.Diagnostics.First(d => d.Id == RuleIds.PersonalDataInEvidence);
        System.Xml.Linq.XNamespace w = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";

        // guide: edit
        using var copy = WordDocumentCopy.Open(bytes);
        var xml = copy.Load(copy.Main)!;
        var map = copy.MapText([xml.Root!.Element(w + "body")!], "account.docx");
        map.Replace([new TextEdit(finding.Location.Start, finding.Location.Length, "[PHONE]")]);   // keeps the run's formatting
        WordDocumentCopy.Save(copy.Main, xml);
        byte[] changed = copy.ToArray();
        // end

        var again = await EvidenceLinter.CreateDefault().LintAsync(new MemoryStream(changed), "account.docx");
        again.Document!.Text.ShouldContain("back on [PHONE] and agreed");
        again.Diagnostics.ShouldNotContain(d => d.Id == RuleIds.PersonalDataInEvidence);
    }

    [Test]
    public void Every_csharp_block_of_the_guide_is_in_this_file()
    {
        string root = Path.GetDirectoryName(Cli.AccountFolder.SamplesFolder)!;
        string readme = File.ReadAllText(Path.Combine(root, "README.md"));
        int start = readme.IndexOf("## Embedding", StringComparison.Ordinal);
        start.ShouldBeGreaterThanOrEqualTo(0);
        int end = readme.IndexOf("\n## ", start + 1, StringComparison.Ordinal);
        string guide = end < 0 ? readme[start..] : readme[start..end];
        string source = Normalise(File.ReadAllText(Path.Combine(root, "tests", "EvidenceLint.Tests", "Embedding", "EmbeddingGuideTests.cs")));

        var blocks = CSharpBlock().Matches(guide).Select(m => m.Groups[1].Value).ToList();
        blocks.Count.ShouldBeGreaterThanOrEqualTo(7);
        foreach (string block in blocks)
        {
            source.ShouldContain(Normalise(block), customMessage: $"This README snippet is not in {nameof(EmbeddingGuideTests)}:\n{block}");
        }
    }

    private static string Normalise(string code) => Whitespace().Replace(code, " ").Trim();

    [GeneratedRegex(@"```csharp\n(.*?)```", RegexOptions.Singleline)]
    private static partial Regex CSharpBlock();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();
}

// guide: analyzer
/// <summary>Finds template prompts a learner forgot to replace, such as "Insert your example here".</summary>
public sealed class CentreTemplateAnalyzer : EvidenceAnalyzer
{
    private static readonly DiagnosticDescriptor Rule = new(
        "CC0001",
        "template-prompt-left-in",
        "Template prompt left in the account",
        "The account seems to still contain the template prompt \"{0}\". Replace it with what you did",
        "centre",
        DiagnosticSeverity.Warning,
        "Our account template has prompts in it; an account that still has them is not finished.")
    {
        HelpUri = "https://lms.example.ac.uk/help/evidence/CC0001",
    };

    private static readonly TermSet Prompts = TermSet.Create("template prompt", ["insert your example here", "describe what you did here"]);

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => [Rule];

    // Called once; the actions then run for every document, concurrently: keep no state in fields.
    public override void Initialize(AnalysisContext context) => context.RegisterSentenceAction(Analyze);

    private static void Analyze(SentenceAnalysisContext context)
    {
        foreach (TermMatch match in context.Text.Find(Prompts, context.Sentence))
        {
            string prompt = context.Document.Text.Substring(match.Start, match.Length);
            context.ReportDiagnostic(Diagnostic.Create(Rule, context.CreateLocation(match.Start, match.Length), prompt));
        }
    }
}
// end

/// <summary>Stands for a vendor's storage client.</summary>
public interface IBlobStore
{
    /// <summary>Opens a stored submission for reading.</summary>
    Task<Stream> OpenReadAsync(string name, CancellationToken cancellationToken);
}

internal sealed class InMemoryBlobStore(string text = EmbeddingGuideTestsAccount.Text) : IBlobStore
{
    public List<Stream> Opened { get; } = [];

    public Task<Stream> OpenReadAsync(string name, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        Stream stream = new MemoryStream(Encoding.UTF8.GetBytes(text), writable: false);
        Opened.Add(stream);
        return Task.FromResult(stream);
    }
}

internal static class EmbeddingGuideTestsAccount
{
    public const string Text = """
        # Handling a complaint about a late refund

        I took a call from a customer who was unhappy that her refund had not arrived. I listened without
        interrupting, apologised and checked her account. I e-mailed her at jo.bloggs@example.com to confirm
        the new refund date. Insert your example here.
        """;
}
