using EvidenceLint.Cli.Evaluation;
using EvidenceLint.Tests.Testing;

namespace EvidenceLint.Tests.Cli;

/// <summary>
/// The second development corpus holds each account as Markdown and as the Word document it was written in, with a
/// PDF made from that document by LibreOffice (tables, headers and footers, assessor comments, tracked changes, list
/// bullets in a column of their own). What the linter says must not depend on which of them a learner hands in.
/// </summary>
public class FormatAgreementTests
{
    // Word must read exactly as the text. A PDF has lost its table structure (cells come out column by column), so
    // it may differ by a finding or a criterion; the tolerance is that, not a margin for new reader faults.
    private const double PdfTolerance = 0.03;

    private static async Task<CorpusEvaluation> Evaluate(string from) =>
        await CorpusEvaluator.EvaluateAsync(EvidenceLinter.CreateDefault(), SharedData.Require("corpus/dev2"), null, CancellationToken.None, from);

    private static (double Precision, double Recall) Micro(CorpusEvaluation evaluation)
    {
        var all = new RuleScore("all", evaluation.Rules.Sum(r => r.TruePositives), evaluation.Rules.Sum(r => r.FalsePositives), evaluation.Rules.Sum(r => r.FalseNegatives));
        return (all.Precision, all.Recall);
    }

    [Test]
    public async Task Word_accounts_score_exactly_as_their_text()
    {
        var text = await Evaluate("md");
        var word = await Evaluate("docx");

        word.Accounts.ShouldBe(text.Accounts);
        word.Rules.ShouldBe(text.Rules);
        word.Coverage.Confusion.ShouldBe(text.Coverage.Confusion);
        word.Cycle.Stages.ShouldBe(text.Cycle.Stages);
    }

    [Test]
    public async Task PDF_accounts_score_within_a_small_tolerance_of_their_text()
    {
        var text = await Evaluate("md");
        var pdf = await Evaluate("pdf");

        pdf.Accounts.ShouldBe(text.Accounts);
        var (textPrecision, textRecall) = Micro(text);
        var (pdfPrecision, pdfRecall) = Micro(pdf);
        pdfPrecision.ShouldBe(textPrecision, PdfTolerance, "micro precision");
        pdfRecall.ShouldBe(textRecall, PdfTolerance, "micro recall");
        pdf.Coverage.Accuracy.ShouldBe(text.Coverage.Accuracy, PdfTolerance, "criterion coverage agreement");
        pdf.Coverage.MissingReportedCovered.ShouldBe(0);
        pdf.Cycle.Accuracy.ShouldBe(text.Cycle.Accuracy, PdfTolerance, "cycle agreement");
    }
}
