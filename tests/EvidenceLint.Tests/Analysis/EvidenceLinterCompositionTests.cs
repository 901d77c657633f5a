using EvidenceLint.Analysis;
using EvidenceLint.Evidence;
using EvidenceLint.Reading;
using Microsoft.Extensions.DependencyInjection;

namespace EvidenceLint.Tests.Analysis;

/// <summary>How embedders get a linter: through dependency injection or <c>EvidenceLinter.CreateDefault()</c>.</summary>
public class EvidenceLinterCompositionTests
{
    // Too short to say which unit it is for, so EL0006 accompanies every result; these tests are about the rules run.
    // One complete evaluative cycle keeps the EL3xxx rules quiet.
    private static readonly EvidenceDocument ShortAccount = new PlainTextReader(InputFormat.Text).ReadString(
        "I listened to ten calls in March and found that four skipped the greeting, so I changed the script and gave each adviser feedback; by 30 April all 10 passed.",
        "account.txt");

    [Test]
    public void AddEvidenceLint_resolves_one_configured_linter_with_the_built_in_rules()
    {
        using var provider = new ServiceCollection()
            .AddEvidenceLint(o => o with { Unit = "MCS", Severities = o.Severities.SetItem("EL6001", DiagnosticSeverity.Error) })
            .BuildServiceProvider();

        var linter = provider.GetRequiredService<EvidenceLinter>();

        provider.GetRequiredService<EvidenceLinter>().ShouldBeSameAs(linter);
        linter.Options.Unit.ShouldBe("MCS");
        linter.SupportedDiagnostics.Select(d => d.Id).ShouldContain("EL1003");
        linter.SupportedDiagnostics.Select(d => d.Id).ShouldContain("EL6001");
        linter.SupportedDiagnostics.Select(d => d.Id).ShouldContain("EL0005");

        var result = linter.Lint(ShortAccount);
        result.UnitSource.ShouldBe("config");
        // The configured severity applies to its length; the unit's own rules find no evidence for the first three
        // criteria, and the ten calls listened to as partial evidence of call monitoring (MCS.4).
        result.Diagnostics.Single(d => d.Id == "EL6001").Severity.ShouldBe(DiagnosticSeverity.Error);
        result.Coverage.ShouldNotBeNull().Unit.ShouldBe("MCS");
        result.Diagnostics.Where(d => d.Id == "EL2001").Select(d => d.Detail).ShouldBe(["MCS.1", "MCS.2", "MCS.3"]);
        result.Coverage.Get("MCS.4").Status.ShouldBe(CoverageStatus.Partial);
    }

    [TestCase(true, TestName = "Custom analyzer registered before AddEvidenceLint is used")]
    [TestCase(false, TestName = "Custom analyzer registered after AddEvidenceLint is used")]
    public void Custom_analyzer_registered_in_the_container_runs(bool before)
    {
        var services = new ServiceCollection();
        if (before)
        {
            services.AddSingleton<EvidenceAnalyzer, CentreAnalyzer>();
        }

        services.AddEvidenceLint();
        if (!before)
        {
            services.AddSingleton<EvidenceAnalyzer, CentreAnalyzer>();
        }

        using var provider = services.BuildServiceProvider();
        var linter = provider.GetRequiredService<EvidenceLinter>();

        // Every built-in rule once, plus the custom one, in id order.
        string[] expected = [.. EvidenceLinter.CreateDefault().SupportedDiagnostics.Select(d => d.Id).Append("EL9100").Order(StringComparer.Ordinal)];
        linter.SupportedDiagnostics.Select(d => d.Id).ShouldBe(expected);
        linter.SupportedDiagnostics.Select(d => d.Id).ShouldContain("EL2004");
        linter.Lint(ShortAccount).Diagnostics.Select(d => d.Id).Where(id => id != "EL0006").ShouldBe(["EL6001", "EL9100"], ignoreOrder: true);
    }

    [Test]
    public void Calling_AddEvidenceLint_twice_does_not_run_a_rule_twice()
    {
        using var provider = new ServiceCollection().AddEvidenceLint().AddEvidenceLint().BuildServiceProvider();

        provider.GetRequiredService<EvidenceLinter>().Lint(ShortAccount).Diagnostics.Select(d => d.Id).Where(id => id != "EL0006").ShouldBe(["EL6001"]);
    }

    [Test]
    public async Task CreateDefault_works_without_a_container()
    {
        var linter = EvidenceLinter.CreateDefault(LintOptions.Default with { Unit = "SCS" });

        linter.SupportedDiagnostics.Select(d => d.Id).ShouldContain("EL1003");
        linter.SupportedDiagnostics.Select(d => d.Id).ShouldContain("EL6001");
        var result = await linter.LintAsync(new MemoryStream("I set three standards with my team in March."u8.ToArray()), "account.txt");
        result.Unit.ShouldBe("SCS");
        result.Diagnostics.Count(d => d.Id == "EL1001").ShouldBe(3);
        result.Diagnostics.Count(d => d.Id == "EL2001").ShouldBe(4);
        result.Diagnostics.Select(d => d.Id).Distinct().Order().ShouldBe(["EL1001", "EL2001", "EL3004", "EL6001"]);
    }
}
