namespace EvidenceLint.Privacy;

/// <summary>The kinds of customer data EvidenceLint recognises and masks.</summary>
public enum PersonalDataKind
{
    /// <summary>A person's e-mail address (role mailboxes such as complaints@ are not).</summary>
    EmailAddress,

    /// <summary>A UK mobile or landline number.</summary>
    PhoneNumber,

    /// <summary>A full UK postcode.</summary>
    Postcode,

    /// <summary>A National Insurance number.</summary>
    NationalInsuranceNumber,

    /// <summary>A date given as someone's date of birth.</summary>
    DateOfBirth,

    /// <summary>A title and surname ("Mrs Khan").</summary>
    TitledName,

    /// <summary>A payment card number (Luhn-valid).</summary>
    CardNumber,

    /// <summary>A card security code (CVV, CVC, "the three digits on the back").</summary>
    SecurityCode,

    /// <summary>A card's expiry date given beside a card.</summary>
    CardExpiry,

    /// <summary>A bank sort code beside an account number.</summary>
    SortCode,

    /// <summary>A bank account number beside a sort code.</summary>
    AccountNumber,

    /// <summary>Text a rule declared sensitive (<see cref="Analysis.DiagnosticDescriptor.MaskExcerpt"/>).</summary>
    FlaggedByRule,

    /// <summary>Text that could not be checked in time, so it is withheld whole rather than shown unchecked.</summary>
    Unchecked,
}

/// <summary>One item of customer data: what it is and where it is in the scanned text.</summary>
/// <param name="Kind">What the data is.</param>
/// <param name="Start">Its offset in the scanned text (for a document: the normalised text).</param>
/// <param name="Length">Its length.</param>
public readonly record struct PersonalDataSpan(PersonalDataKind Kind, int Start, int Length)
{
    /// <summary>The offset just past the span.</summary>
    public int End => Start + Length;

    /// <summary>True for card and bank data (EL5002); false for other personal data (EL5001).</summary>
    public bool IsPaymentData => Kind is PersonalDataKind.CardNumber or PersonalDataKind.SecurityCode or PersonalDataKind.CardExpiry
        or PersonalDataKind.SortCode or PersonalDataKind.AccountNumber;

    /// <summary>What is shown in place of the data in every report and in a redacted copy: <c>[PHONE]</c>, <c>[CARD]</c>…</summary>
    public string Placeholder => PlaceholderFor(Kind);

    /// <summary>The placeholder for a kind of data.</summary>
    public static string PlaceholderFor(PersonalDataKind kind) => kind switch
    {
        PersonalDataKind.EmailAddress => "[EMAIL]",
        PersonalDataKind.PhoneNumber => "[PHONE]",
        PersonalDataKind.Postcode => "[POSTCODE]",
        PersonalDataKind.NationalInsuranceNumber => "[NI NUMBER]",
        PersonalDataKind.DateOfBirth => "[DATE OF BIRTH]",
        PersonalDataKind.TitledName => "[NAME]",
        PersonalDataKind.CardNumber => "[CARD]",
        PersonalDataKind.SecurityCode => "[SECURITY CODE]",
        PersonalDataKind.CardExpiry => "[CARD EXPIRY]",
        PersonalDataKind.SortCode or PersonalDataKind.AccountNumber => "[BANK DETAILS]",
        PersonalDataKind.Unchecked => "[TEXT NOT CHECKED FOR PERSONAL DATA]",
        _ => "[MASKED]",
    };
}
