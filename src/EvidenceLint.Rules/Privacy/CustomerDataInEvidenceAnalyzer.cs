using System.Collections.Immutable;
using EvidenceLint.Analysis;
using EvidenceLint.Privacy;

namespace EvidenceLint.Rules.Privacy;

/// <summary>
/// EL5001 and EL5002: a customer's details in evidence. Learners paste call notes, e-mails and transcripts into their
/// accounts; a real customer's details sent to a training provider are a data-protection breach in themselves, and card
/// or bank details breach PCI DSS as well. Both rules report what the engine's one scan of the document found
/// (<see cref="Text.TextModel.PersonalData"/>), in quoted and negated text too: the data is the problem, whatever the
/// sentence around it says. Every report shows the data as its placeholder, whichever rule quotes the passage.
/// </summary>
internal sealed class CustomerDataInEvidenceAnalyzer : EvidenceAnalyzer
{
    /// <summary>EL5001: e-mail address, UK phone number, full postcode, NI number, date of birth, titled name.</summary>
    internal static readonly DiagnosticDescriptor PersonalData = new(
        RuleIds.PersonalDataInEvidence,
        "personal-data",
        "Personal data in evidence",
        "This paragraph seems to contain {0}. Remove it or replace it with {1} before you submit — evidence must be anonymised (UK GDPR)",
        RuleCategories.Privacy,
        DiagnosticSeverity.Error,
        "A customer's personal data must not leave the organisation in a learner's evidence: the training provider has no lawful basis to receive it.")
    {
        MaskExcerpt = true,
    };

    /// <summary>
    /// EL5002: a card number (13–19 Luhn-valid digits, test numbers included: a reader cannot tell them from real
    /// ones), a security code or expiry given beside a card, a sort code beside an account number.
    /// </summary>
    internal static readonly DiagnosticDescriptor PaymentData = new(
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
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => [PersonalData, PaymentData];

    /// <inheritdoc />
    public override void Initialize(AnalysisContext context) => context.RegisterDocumentAction(Analyze);

    private static void Analyze(DocumentAnalysisContext context)
    {
        foreach (var item in context.Text.PersonalData.Spans)
        {
            var location = context.CreateLocation(item.Start, item.Length);
            if (item.IsPaymentData)
            {
                context.ReportDiagnostic(Diagnostic.Create(PaymentData, location, DescribePayment(item.Kind)));
            }
            else if (DescribePersonal(item.Kind) is { } what)
            {
                // A name is better replaced by a stand-in a reader can follow than by a placeholder.
                string instead = item.Kind == PersonalDataKind.TitledName ? "\"Customer A\" or an initial (\"Mrs K\")" : item.Placeholder;
                context.ReportDiagnostic(Diagnostic.Create(PersonalData, location, what, instead));
            }
        }
    }

    private static string DescribePayment(PersonalDataKind kind) => kind switch
    {
        PersonalDataKind.CardNumber => "payment card number",
        PersonalDataKind.SecurityCode => "card security code",
        PersonalDataKind.CardExpiry => "card expiry date",
        PersonalDataKind.SortCode => "bank sort code",
        PersonalDataKind.AccountNumber => "bank account number",
        _ => "payment detail",
    };

    /// <summary>What the learner is told they included; null for what is not data (an unchecked passage is EL0007's).</summary>
    private static string? DescribePersonal(PersonalDataKind kind) => kind switch
    {
        PersonalDataKind.EmailAddress => "a customer's e-mail address",
        PersonalDataKind.PhoneNumber => "a customer's phone number",
        PersonalDataKind.Postcode => "a customer's postcode",
        PersonalDataKind.NationalInsuranceNumber => "a customer's National Insurance number",
        PersonalDataKind.DateOfBirth => "a customer's date of birth",

        // A title and surname is how customers appear in call notes, but it may be a colleague's; either way it names someone.
        PersonalDataKind.TitledName => "someone's name (a title and surname)",
        _ => null,
    };
}
