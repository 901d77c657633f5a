using System.Collections.Immutable;
using EvidenceLint.Analysis;

namespace EvidenceLint.Privacy;

/// <summary>
/// EL5002. A card number, security code or bank account in evidence breaches PCI DSS as well as UK GDPR, and a
/// training provider's systems are not built to hold it. The rule reports each card number (13–19 digits passing the
/// Luhn check), card security code given with its digits, and sort code beside an account number, including test
/// card numbers: a reader cannot tell a test number from a real one. Excerpts are masked.
/// </summary>
public sealed class PaymentDataInEvidenceAnalyzer : EvidenceAnalyzer
{
    private static readonly DiagnosticDescriptor Rule = new(
        RuleIds.PaymentDataInEvidence,
        "payment-data",
        "Payment card or bank data in evidence",
        "This paragraph seems to contain a {0}. Remove it before you submit — card and bank details must never appear in evidence (PCI DSS, UK GDPR); if you must refer to a card, say \"card ending\" and the last four digits at most",
        RuleCategories.Privacy,
        DiagnosticSeverity.Error,
        "Card and bank details must never leave the organisation's secure payment process, least of all in a learner's evidence.")
    {
        MaskExcerpt = true,
    };

    /// <inheritdoc />
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => [Rule];

    /// <inheritdoc />
    public override void Initialize(AnalysisContext context) => context.RegisterParagraphAction(Analyze);

    private static void Analyze(ParagraphAnalysisContext context)
    {
        var paragraph = context.Paragraph;
        foreach (var item in PersonalDataScanner.Find(context.Document.GetText(paragraph)))
        {
            if (item.IsPaymentData)
            {
                context.ReportDiagnostic(Diagnostic.Create(Rule, context.CreateLocation(paragraph.Start + item.Start, item.Length), Describe(item.Kind)));
            }
        }
    }

    private static string Describe(PersonalDataKind kind) => kind switch
    {
        PersonalDataKind.CardNumber => "payment card number",
        PersonalDataKind.SecurityCode => "card security code",
        PersonalDataKind.SortCode => "bank sort code",
        PersonalDataKind.AccountNumber => "bank account number",
        _ => "payment detail",
    };
}
