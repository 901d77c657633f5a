using System.Collections.Immutable;
using System.Text;
using EvidenceLint.Analysis;
using EvidenceLint.Evidence;
using EvidenceLint.Reading;
using EvidenceLint.Reporting;

namespace EvidenceLint.Tests.Reporting;

public class CohortReportTests
{
    private static readonly DiagnosticDescriptor Misconception = new("EL4001", "aht-as-quality-measure", "AHT treated as a quality measure", "AHT is not a quality measure", "misconception", DiagnosticSeverity.Warning);
    private static readonly DiagnosticDescriptor Length = new("EL6001", "length-outside-guidance", "Account length outside guidance", "Too short", "writing", DiagnosticSeverity.Info);

    private static LintResult Result(string path, string unit, CoverageStatus[] statuses, params Diagnostic[] diagnostics) => new()
    {
        Path = path,
        Format = InputFormat.Markdown,
        Coverage = new UnitCoverage(unit, [.. statuses.Select((s, i) => new CriterionCoverage($"{unit}.{i + 1}", s, 0, [], [], []))]),
        Diagnostics = [.. diagnostics],
        Document = new EvidenceDocument(path, InputFormat.Markdown, string.Empty, [], [], null),
    };

    private static Diagnostic Finding(DiagnosticDescriptor descriptor) => Diagnostic.Create(descriptor, EvidenceLocation.ForDocument("x"));

    [Test]
    public void A_portfolio_takes_the_best_status_of_each_criterion_and_every_finding()
    {
        var learner = new CohortLearner("sam", [
            Result("sam/a.md", "MCS", [CoverageStatus.Covered, CoverageStatus.Missing, CoverageStatus.Missing], Finding(Misconception)),
            Result("sam/b.md", "MCS", [CoverageStatus.Missing, CoverageStatus.Partial, CoverageStatus.Missing], Finding(Misconception), Finding(Length)),
        ]);

        learner.Unit.ShouldBe("MCS");
        learner.Criteria.ShouldBe(["MCS.1", "MCS.2", "MCS.3"]);
        learner.StatusOf("MCS.1").ShouldBe(CoverageStatus.Covered);
        learner.StatusOf("MCS.2").ShouldBe(CoverageStatus.Partial);
        learner.StatusOf("MCS.3").ShouldBe(CoverageStatus.Missing);
        learner.StatusOf("SCS.1").ShouldBeNull();
        learner.Diagnostics.Length.ShouldBe(3);
        learner.RuleCounts.ShouldBe(new Dictionary<string, int> { ["EL4001"] = 2, ["EL6001"] = 1 });
    }

    [Test]
    public void The_most_common_issues_rank_by_learners_then_findings()
    {
        var cohort = new Cohort([
            new CohortLearner("a", [Result("a.md", "MCS", [CoverageStatus.Covered], Finding(Length), Finding(Length), Finding(Length))]),
            new CohortLearner("b", [Result("b.md", "MCS", [CoverageStatus.Covered], Finding(Misconception))]),
            new CohortLearner("c", [Result("c.md", "MCS", [CoverageStatus.Covered], Finding(Misconception))]),
        ]);

        cohort.MostCommon(5).Select(i => (i.Rule.Id, i.Learners, i.Findings)).ShouldBe([("EL4001", 2, 2), ("EL6001", 1, 3)]);
    }

    [Test]
    public void Csv_is_excel_ready_quoted_and_safe_from_formulas()
    {
        var cohort = new Cohort([
            new CohortLearner("=HYPERLINK(\"http://x\")", [Result("=evil.md", "MCS", [CoverageStatus.Covered, CoverageStatus.Partial], Finding(Misconception))]),
            new CohortLearner("Smith, Jo", [Result("Smith, Jo.md", "MCS", [CoverageStatus.Missing, CoverageStatus.Covered])]),
            new CohortLearner("line\nbreak", [Result("-1+1.md", "SCS", [CoverageStatus.Partial])]),
            new CohortLearner("@sum", [Result("@sum.md", "MCS", [CoverageStatus.Covered, CoverageStatus.Covered])]),
        ]);
        using var buffer = new MemoryStream();

        CsvReport.Write(buffer, cohort);

        byte[] bytes = buffer.ToArray();
        bytes[..3].ShouldBe(new byte[] { 0xEF, 0xBB, 0xBF });
        string csv = Encoding.UTF8.GetString(bytes, 3, bytes.Length - 3);
        csv.Replace("\r\n", string.Empty, StringComparison.Ordinal).ShouldNotContain('\r');
        csv.ShouldEndWith("\r\n");
        string[] lines = csv.Split("\r\n");
        lines[0].ShouldBe("learner,files,unit,unreadable,MCS.1,MCS.2,SCS.1,EL4001,findings");
        lines[1].ShouldBe("\"'=HYPERLINK(\"\"http://x\"\")\",'=evil.md,MCS,0,covered,partial,,1,1");
        lines[2].ShouldBe("\"Smith, Jo\",\"Smith, Jo.md\",MCS,0,missing,covered,,0,0");
        lines[3].ShouldBe("\"line\nbreak\",'-1+1.md,SCS,0,,,partial,0,0");
        lines[4].ShouldBe("'@sum,'@sum.md,MCS,0,covered,covered,,0,0");
    }

    [TestCase("plain", "plain")]
    [TestCase("a,b", "\"a,b\"")]
    [TestCase("say \"hi\"", "\"say \"\"hi\"\"\"")]
    [TestCase("+44 7700", "'+44 7700")]
    [TestCase("-", "'-")]
    [TestCase("\tx", "'\tx")]
    [TestCase("", "")]
    public void Csv_fields(string value, string expected) => CsvReport.Field(value).ShouldBe(expected);

    [Test]
    public void Console_matrix_has_a_symbol_per_cell_and_counts_per_rule()
    {
        var cohort = new Cohort([
            new CohortLearner("ann", [Result("ann.md", "MCS", [CoverageStatus.Covered, CoverageStatus.Partial, CoverageStatus.Missing], Finding(Misconception))]),
            new CohortLearner("ben", [Result("ben.md", "SCS", [CoverageStatus.Covered])]),
        ]);
        var writer = new StringWriter();

        CohortConsoleReport.Write(writer, cohort);

        string[] lines = writer.ToString().ReplaceLineEndings("\n").Split('\n');
        lines[1].Split(' ', StringSplitOptions.RemoveEmptyEntries).ShouldBe(["learner", "unit", "MCS.1", "MCS.2", "MCS.3", "SCS.1", "findings"]);
        lines[2].Split(' ', StringSplitOptions.RemoveEmptyEntries).ShouldBe(["ann", "MCS", "●", "◐", "○", "·", "1"]);
        lines[3].Split(' ', StringSplitOptions.RemoveEmptyEntries).ShouldBe(["ben", "SCS", "·", "·", "·", "●", "0"]);
        writer.ToString().ShouldContain("  ann: EL4001×1");
        writer.ToString().ShouldContain("EL4001 AHT treated as a quality measure: 1 of 2 learners, 1 finding");
    }

    [Test]
    public void Console_never_prints_control_characters_from_names()
    {
        var cohort = new Cohort([new CohortLearner("evil\u001b[31m\nname", [Result("evil.md", "MCS", [CoverageStatus.Covered])])]);
        var writer = new StringWriter();

        CohortConsoleReport.Write(writer, cohort);

        writer.ToString().ShouldNotContain("\u001b");
        writer.ToString().ShouldContain("evil?[31m?name");
    }

    [Test]
    public void Learners_with_no_readable_file_have_no_unit_or_statuses()
    {
        var unreadable = new LintResult
        {
            Path = "x.docx",
            Diagnostics = [Diagnostic.Create(EngineDiagnostics.DocumentUnreadable, EvidenceLocation.ForDocument("x.docx"), "corrupt")],
        };

        var learner = new CohortLearner("x", [unreadable]);

        learner.Unit.ShouldBeNull();
        learner.HasUnreadable.ShouldBeTrue();
        new Cohort([learner]).MostCommon(5).ShouldBeEmpty();
        ImmutableArray<string> criteria = learner.Criteria;
        criteria.ShouldBeEmpty();
    }
}
