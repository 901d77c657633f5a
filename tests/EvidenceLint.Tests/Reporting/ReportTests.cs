using System.Text.Json;
using EvidenceLint.Analysis;
using EvidenceLint.Reading;
using EvidenceLint.Reporting;

namespace EvidenceLint.Tests.Reporting;

public class ReportTests
{
    private static readonly DiagnosticDescriptor Misconception = new("EL4001", "aht-as-quality-measure", "AHT treated as a quality measure", "AHT is not a quality measure", "misconception", DiagnosticSeverity.Warning);
    private static readonly DiagnosticDescriptor PersonalData = new("EL5001", "personal-data", "Personal data in evidence", "Personal data: {0}", "privacy", DiagnosticSeverity.Error) { MaskExcerpt = true };
    private static readonly DiagnosticDescriptor Length = new("EL6001", "length-outside-guidance", "Account length outside guidance", "Too short", "writing", DiagnosticSeverity.Info);

    private static LintResult Result(string path, InputFormat format, params Diagnostic[] diagnostics) =>
        new() { Path = path, Format = format, WordCount = 120, Diagnostics = [.. diagnostics] };

    [Test]
    public void Console_lines_are_compiler_style_with_one_based_paragraphs()
    {
        var pdf = Result("account.pdf", InputFormat.Pdf,
            Diagnostic.Create(Misconception, new EvidenceLocation("account.pdf", 2, 13, 500, 20, "I cut AHT to improve quality")));
        var docx = Result("account.docx", InputFormat.Docx,
            Diagnostic.Create(Length, EvidenceLocation.ForDocument("account.docx")),
            Diagnostic.Create(Misconception, new EvidenceLocation("account.docx", null, 0, 0, 5, "short")) with { Severity = DiagnosticSeverity.Hidden });
        var writer = new StringWriter();

        ConsoleReport.Write(writer, [pdf, docx], useColor: false);

        writer.ToString().ReplaceLineEndings("\n").ShouldBe("""
            account.pdf(page 2, ¶14): warning EL4001: AHT is not a quality measure
                I cut AHT to improve quality
            account.docx: info EL6001: Too short
            2 documents: 0 errors, 1 warning, 1 info

            """.ReplaceLineEndings("\n"));
    }

    [Test]
    public void Console_omits_the_page_outside_pdf_and_trims_long_excerpts()
    {
        string excerpt = string.Concat(Enumerable.Repeat("I listened to calls. ", 10));
        var result = Result("a.md", InputFormat.Markdown, Diagnostic.Create(Misconception, new EvidenceLocation("a.md", 1, 4, 0, excerpt.Length, excerpt)));
        var writer = new StringWriter();

        ConsoleReport.Write(writer, [result], useColor: false);

        string[] lines = writer.ToString().ReplaceLineEndings("\n").Split('\n');
        lines[0].ShouldStartWith("a.md(¶5): warning EL4001");
        lines[1].Trim().Length.ShouldBe(ConsoleReport.MaxExcerptLength);
        lines[1].ShouldEndWith("…");
    }

    [Test]
    public void Console_colours_only_when_asked()
    {
        var result = Result("a.md", InputFormat.Markdown, Diagnostic.Create(Length, EvidenceLocation.ForDocument("a.md")));
        var plain = new StringWriter();
        var coloured = new StringWriter();

        ConsoleReport.Write(plain, [result], useColor: false);
        ConsoleReport.Write(coloured, [result], useColor: true);

        plain.ToString().ShouldNotContain("\u001b");
        coloured.ToString().ShouldContain("\u001b[36minfo EL6001\u001b[0m");
    }

    [Test]
    public void Json_is_deterministic_and_writes_detail_only_when_present()
    {
        var location = new EvidenceLocation("a.md", null, 3, 10, 5, "text");
        var result = Result("a.md", InputFormat.Markdown,
            Diagnostic.CreateWithDetail(Misconception, location, "MCS.3"),
            Diagnostic.Create(Misconception, location));

        string first = JsonReport.ToJson([result], "1.2.3");
        JsonReport.ToJson([result], "1.2.3").ShouldBe(first);
        Testing.Schemas.ShouldMatchJsonContract(first);

        using var parsed = JsonDocument.Parse(first);
        var diagnostics = parsed.RootElement.GetProperty("documents")[0].GetProperty("diagnostics");
        diagnostics[0].GetProperty("detail").GetString().ShouldBe("MCS.3");
        diagnostics[1].TryGetProperty("detail", out _).ShouldBeFalse();
        parsed.RootElement.GetProperty("tool").GetProperty("version").GetString().ShouldBe("1.2.3");
        parsed.RootElement.GetProperty("summary").GetProperty("warnings").GetInt32().ShouldBe(2);
    }
}
