using System.Collections.Immutable;
using EvidenceLint.Analysis;

namespace EvidenceLint.Privacy;

/// <summary>
/// EL5001. Learners paste call notes, e-mails and transcripts into their accounts; a real customer's details sent to
/// a training provider are a data-protection breach in themselves. The rule reports each e-mail address, UK phone
/// number, full postcode, National Insurance number, date of birth and titled name ("Mrs Patel") it finds, in quoted
/// and negated text too: the data is the problem, whatever the sentence around it says. Excerpts are masked so the
/// report does not repeat the breach.
/// </summary>
public sealed class PersonalDataInEvidenceAnalyzer : EvidenceAnalyzer
{
    private static readonly DiagnosticDescriptor Rule = new(
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

    /// <inheritdoc />
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => [Rule];

    /// <inheritdoc />
    public override void Initialize(AnalysisContext context) => context.RegisterParagraphAction(Analyze);

    private static void Analyze(ParagraphAnalysisContext context)
    {
        var paragraph = context.Paragraph;
        foreach (var item in PersonalDataScanner.Find(context.Document.GetText(paragraph)))
        {
            if (!item.IsPaymentData)
            {
                var (what, placeholder) = Describe(item.Kind);
                context.ReportDiagnostic(Diagnostic.Create(Rule, context.CreateLocation(paragraph.Start + item.Start, item.Length), what, placeholder));
            }
        }
    }

    private static (string What, string Placeholder) Describe(PersonalDataKind kind) => kind switch
    {
        PersonalDataKind.EmailAddress => ("a customer's e-mail address", "[email]"),
        PersonalDataKind.PhoneNumber => ("a customer's phone number", "[phone]"),
        PersonalDataKind.Postcode => ("a customer's postcode", "[postcode]"),
        PersonalDataKind.NationalInsuranceNumber => ("a customer's National Insurance number", "[NI number]"),
        PersonalDataKind.DateOfBirth => ("a customer's date of birth", "[date of birth]"),

        // A title and surname is how customers appear in call notes, but it may be a colleague's; either way it names someone.
        PersonalDataKind.TitledName => ("someone's name (a title and surname)", "\"Customer A\" or an initial (\"Mrs K\")"),
        _ => ("personal data", "[redacted]"),
    };
}
