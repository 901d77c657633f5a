using System.Collections.Frozen;
using System.Text.RegularExpressions;

namespace EvidenceLint.Privacy;

/// <summary>The kinds of customer data <see cref="PersonalDataScanner"/> recognises.</summary>
internal enum PersonalDataKind
{
    EmailAddress,
    PhoneNumber,
    Postcode,
    NationalInsuranceNumber,
    DateOfBirth,
    TitledName,
    CardNumber,
    SecurityCode,
    SortCode,
    AccountNumber,
}

/// <summary>One item of customer data: what it is and where it is in the scanned text.</summary>
internal readonly record struct PersonalDataMatch(PersonalDataKind Kind, int Start, int Length)
{
    public int End => Start + Length;

    /// <summary>True for card and bank data (EL5002); false for other personal data (EL5001).</summary>
    public bool IsPaymentData => Kind is PersonalDataKind.CardNumber or PersonalDataKind.SecurityCode
        or PersonalDataKind.SortCode or PersonalDataKind.AccountNumber;
}

/// <summary>
/// Finds customers' personal, card and bank data in a passage of text. Both privacy rules share it, and it is kept
/// free of the analysis context so a redacting command can use the same spans to produce an anonymised copy.
/// </summary>
/// <remarks>
/// Patterns are deliberately narrow: what they report is an error, so each one needs a shape that real data has and
/// prose does not (a Luhn-valid card number, a postcode's inward code, a cue such as "date of birth" before a date).
/// Redacted forms ("Mrs K", "[name]", "07*** ***123", "card ending 1234") never have that shape. Text is untrusted, so
/// every pattern has a match timeout.
/// </remarks>
internal static partial class PersonalDataScanner
{
    private const int TimeoutMilliseconds = 1000;

    /// <summary>
    /// Role mailboxes name a function of an organisation, not a living person, so they are not personal data under
    /// UK GDPR and learners may legitimately quote them ("I forwarded it to complaints@…").
    /// </summary>
    private static readonly FrozenSet<string> RoleMailboxes = new[]
    {
        "accounts", "admin", "billing", "bookings", "careers", "complaints", "contact", "customercare", "customerservice",
        "customerservices", "customer.services", "customer.service", "customer-services", "dataprotection", "data.protection",
        "dpo", "enquiries", "feedback", "hello", "help", "helpdesk", "hr", "info", "mail", "marketing", "newsletter",
        "noreply", "no-reply", "do-not-reply", "donotreply", "office", "orders", "payments", "press", "privacy", "reception",
        "recruitment", "repairs", "returns", "sales", "service", "support", "team", "webmaster",

        // Placeholders, not addresses anyone holds.
        "name", "yourname", "firstname", "firstname.lastname", "first.last", "someone", "user", "username", "customer", "example",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>Stand-ins learners use for a name they have anonymised: "Mr Bloggs", "Mrs Customer", "Ms Surname".</summary>
    private static readonly FrozenSet<string> PlaceholderSurnames = new[]
    {
        "Anonymous", "Anon", "Blank", "Bloggs", "Caller", "Client", "Customer", "Doe", "Name", "Redacted", "Surname",
        "Tenant", "Unknown", "Withheld",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>Every item of customer data in <paramref name="text"/>, in order, none overlapping.</summary>
    public static IReadOnlyList<PersonalDataMatch> Find(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var found = new List<PersonalDataMatch>();

        // Payment data first: a card number is also a long digit run that other patterns must not claim.
        AddCardNumbers(text, found);
        AddMatches(text, found, SecurityCode(), PersonalDataKind.SecurityCode, IsSecurityCode);
        AddBankDetails(text, found);
        AddMatches(text, found, Email(), PersonalDataKind.EmailAddress, IsPersonalEmail);
        AddMatches(text, found, Phone(), PersonalDataKind.PhoneNumber, IsPersonalPhone);
        AddMatches(text, found, Postcode(), PersonalDataKind.Postcode, static _ => true);
        AddMatches(text, found, NationalInsurance(), PersonalDataKind.NationalInsuranceNumber, IsNationalInsuranceNumber);
        AddMatches(text, found, DateOfBirth(), PersonalDataKind.DateOfBirth, static _ => true);
        AddMatches(text, found, TitledName(), PersonalDataKind.TitledName, static m => !PlaceholderSurnames.Contains(m.Groups["surname"].Value));

        found.Sort(static (a, b) => a.Start.CompareTo(b.Start));
        return found;
    }

    /// <summary>The Luhn (mod 10) check every payment card number passes.</summary>
    public static bool PassesLuhn(ReadOnlySpan<char> digits)
    {
        int sum = 0;
        bool doubleIt = false;
        for (int i = digits.Length - 1; i >= 0; i--)
        {
            int d = digits[i] - '0';
            if (d is < 0 or > 9)
            {
                return false;
            }

            if (doubleIt)
            {
                d *= 2;
                if (d > 9)
                {
                    d -= 9;
                }
            }

            sum += d;
            doubleIt = !doubleIt;
        }

        return sum % 10 == 0;
    }

    private static void AddMatches(string text, List<PersonalDataMatch> found, Regex regex, PersonalDataKind kind, Func<Match, bool> accept)
    {
        foreach (Match match in regex.Matches(text))
        {
            var value = match.Groups["value"];
            var item = new PersonalDataMatch(kind, value.Index, value.Length);
            if (accept(match) && !Overlaps(found, item))
            {
                found.Add(item);
            }
        }
    }

    private static void AddCardNumbers(string text, List<PersonalDataMatch> found)
    {
        foreach (Match match in CardCandidate().Matches(text))
        {
            string digits = DigitsOf(match.Value);

            // Cards are written in groups of three or more ("4111 1111 1111 1111", "3782 822463 10005"); pairs such
            // as "12-34-56 12345678" are a sort code and account number, which AddBankDetails handles.
            if (match.Value.Split(' ', '-').Any(static g => g.Length < 3))
            {
                continue;
            }

            // An all-zero run passes Luhn trivially and is only ever a placeholder; a handset's IMEI is 15 Luhn-valid
            // digits that mobile-network advisers quote, and it identifies a phone, not a payment card.
            if (digits.Length is >= 13 and <= 19 && PassesLuhn(digits) && digits.AsSpan().ContainsAnyExcept('0')
                && !ImeiCue().IsMatch(text.AsSpan(Math.Max(0, match.Index - 30), Math.Min(30, match.Index))))
            {
                found.Add(new PersonalDataMatch(PersonalDataKind.CardNumber, match.Index, match.Length));
            }
        }
    }

    /// <summary>
    /// A sort code alone identifies a bank branch, not a person, and an eight-digit number alone is as often an order
    /// or utility reference; a sort code with an eight-digit number beside it is a customer's bank account.
    /// </summary>
    private static void AddBankDetails(string text, List<PersonalDataMatch> found)
    {
        // "12-03-24" is as often a date as a sort code; without "sort code" before it, the passage must be about a bank.
        bool aboutBanking = BankCue().IsMatch(text);
        var sortCodes = new List<(int Start, int Length)>();
        foreach (Match match in SortCode().Matches(text))
        {
            var value = match.Groups["value"];
            if (match.Groups["cue"].Success || aboutBanking)
            {
                sortCodes.Add((value.Index, value.Length));
            }
        }

        var accounts = new List<(int Start, int Length)>();
        foreach (Match match in AccountNumber().Matches(text))
        {
            var value = match.Groups["value"];
            accounts.Add((value.Index, value.Length));
        }

        const int Nearby = 80;
        foreach (var sortCode in sortCodes)
        {
            var partner = accounts.Where(a => Math.Abs(a.Start - sortCode.Start) <= Nearby).ToList();
            if (partner.Count == 0)
            {
                continue;
            }

            var item = new PersonalDataMatch(PersonalDataKind.SortCode, sortCode.Start, sortCode.Length);
            if (!Overlaps(found, item))
            {
                found.Add(item);
            }

            foreach (var account in partner)
            {
                var accountItem = new PersonalDataMatch(PersonalDataKind.AccountNumber, account.Start, account.Length);
                if (!Overlaps(found, accountItem))
                {
                    found.Add(accountItem);
                }
            }
        }
    }

    private static bool IsSecurityCode(Match match)
    {
        // A four-digit "code" that reads as a recent year ("security code in 2023") is a date, not a CID.
        string value = match.Groups["value"].Value;
        return value.Length == 3 || !(value.StartsWith("19", StringComparison.Ordinal) || value.StartsWith("20", StringComparison.Ordinal));
    }

    private static bool IsPersonalEmail(Match match)
    {
        string local = match.Groups["local"].Value;
        return !RoleMailboxes.Contains(local);
    }

    /// <summary>
    /// Mobile (07) and geographic (01, 02) numbers belong to people and households. Freephone (080), non-geographic
    /// (03, 084, 087) and premium (09) numbers are organisations' published lines, which learners quote legitimately.
    /// </summary>
    private static bool IsPersonalPhone(Match match)
    {
        string digits = DigitsOf(match.Groups["value"].Value);
        if (digits.StartsWith("44", StringComparison.Ordinal))
        {
            digits = digits[2..];
            if (digits.StartsWith('0'))
            {
                digits = digits[1..]; // +44 (0)7700…
            }

            digits = "0" + digits;
        }

        return digits.Length switch
        {
            11 => digits[1] is '1' or '2' or '7',
            10 => digits[1] == '1', // a few small-town 01 numbers have ten digits
            _ => false,
        };
    }

    private static bool IsNationalInsuranceNumber(Match match)
    {
        // HMRC never issues these prefixes, so they are examples or another kind of reference.
        string prefix = match.Groups["prefix"].Value;
        return prefix is not ("BG" or "GB" or "NK" or "KN" or "TN" or "NT" or "ZZ");
    }

    private static bool Overlaps(List<PersonalDataMatch> found, PersonalDataMatch item) =>
        found.Any(f => f.Start < item.End && item.Start < f.End);

    private static string DigitsOf(string value) => string.Concat(value.Where(char.IsAsciiDigit));

    // A run of 13-19 digits, optionally grouped by single spaces or hyphens; masked digits ("XXXX 1234",
    // "**** 1234") on either side mean it has been redacted.
    [GeneratedRegex(@"(?<![\d*•#][ -]?)(?<!\b[Xx]{2,}[ -]?)(?<![\w*•#])\d(?:[ -]?\d){12,18}(?![ -]?(?:[\d*•#]|[Xx]{2,}\b))", RegexOptions.CultureInvariant, TimeoutMilliseconds)]
    private static partial Regex CardCandidate();

    [GeneratedRegex(@"\bIMEI\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, TimeoutMilliseconds)]
    private static partial Regex ImeiCue();

    [GeneratedRegex(@"\b(?:CVV2?|CVC2?|CV2|CSC|(?:card\s+)?security\s+code|security\s+number|card\s+verification\s+(?:value|code|number)|(?:three|3|four|4)[- ]digit\s+(?:security\s+)?code)(?:[\s:=(#,-]|\b(?:number|no\.?|is|was|as|of|code|digits)\b)*?(?<value>\d{3,4})(?!\d|%|[.,]\d)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, TimeoutMilliseconds)]
    private static partial Regex SecurityCode();

    [GeneratedRegex(@"(?:(?<cue>\bsort[\s-]?code\b)(?:[\s:=(#,-]|\b(?:is|was|as|of)\b)*?(?<value>(?<!\d)\d{2}[- ]?\d{2}[- ]?\d{2}(?![\d-]))|(?<value>(?<![\d-])\d{2}-\d{2}-\d{2}(?![\d-])))", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, TimeoutMilliseconds)]
    private static partial Regex SortCode();

    [GeneratedRegex(@"\b(?:bank|banking|a/c|sort\s*code|account\s+(?:number|no\b))", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, TimeoutMilliseconds)]
    private static partial Regex BankCue();

    [GeneratedRegex(@"(?<![\d*Xx-])(?<value>\d{8})(?![\d*-])", RegexOptions.CultureInvariant, TimeoutMilliseconds)]
    private static partial Regex AccountNumber();

    [GeneratedRegex(@"(?<![\w.%+*-])(?<value>(?<local>[A-Za-z0-9](?:[A-Za-z0-9._%+-]{0,62}[A-Za-z0-9])?)@[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?)*\.[A-Za-z]{2,24})\b", RegexOptions.CultureInvariant, TimeoutMilliseconds)]
    private static partial Regex Email();

    // +44 7700 900123, +44 (0)7700 900123, 07700 900123, (0113) 496 0000, 020-7946-0000: digits in groups of any
    // size; the digit count and prefix are checked afterwards.
    [GeneratedRegex(@"(?<![\w*+•#])(?<value>(?:\+44[ ]?(?:\(0\)[ ]?)?|\(0(?=\d{2,4}\))|0)\d(?:[ -]?\)?[ -]?\d){8,10})(?![ -]?[\d*•#]|\w)", RegexOptions.CultureInvariant, TimeoutMilliseconds)]
    private static partial Regex Phone();

    // Royal Mail's shapes: an outward code (area letters, district digit, optional letter or digit) and an inward
    // code (a digit and two letters, never C, I, K, M, O or V). An outward code alone ("LS1") is too coarse to
    // identify anyone.
    [GeneratedRegex(@"\b(?<value>[A-PR-UWYZ][A-HK-Y]?\d[A-Z\d]? ?\d[ABD-HJLNP-UW-Z]{2})\b", RegexOptions.CultureInvariant, TimeoutMilliseconds)]
    private static partial Regex Postcode();

    [GeneratedRegex(@"\b(?<value>(?<prefix>[A-CEGHJ-PR-TW-Z][A-CEGHJ-NPR-TW-Z]) ?\d{2} ?\d{2} ?\d{2} ?[A-D])\b", RegexOptions.CultureInvariant, TimeoutMilliseconds)]
    private static partial Regex NationalInsurance();

    // A date is only a date of birth with a cue before it; "14/03/2024" on its own is when something happened.
    [GeneratedRegex(@"\b(?:date\s+of\s+birth|birth\s*date|d\.?o\.?b\b\.?|born(?:\s+on)?|birthday)(?:[\s:=(,-]|\b(?:is|was|of|on|the|given|as)\b)*?(?<value>\d{1,2}[/.-]\d{1,2}[/.-](?:\d{4}|\d{2})(?!\d)|\d{1,2}(?:st|nd|rd|th)?\s+(?:of\s+)?(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?,?\s+\d{4}\b|(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?\s+\d{1,2}(?:st|nd|rd|th)?,?\s+\d{4}\b)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, TimeoutMilliseconds)]
    private static partial Regex DateOfBirth();

    // A title and a capitalised surname of two letters or more: "Mrs Khan", "Mr O'Brien", "Dr McDonald-Smith".
    // An initial ("Mrs K", "Mr X.") or a bracketed placeholder ("Mrs [redacted]") is already anonymised.
    [GeneratedRegex(@"\b(?<value>(?:Mr|Mrs|Ms|Miss|Mx|Dr)\.?\s+(?<surname>(?:Mc|Mac|O')?[A-Z][a-z]+(?:-[A-Z][a-z]+)?)(?: (?:Mc|Mac|O')?[A-Z][a-z]+(?:-[A-Z][a-z]+)?)?)\b", RegexOptions.CultureInvariant, TimeoutMilliseconds)]
    private static partial Regex TitledName();
}
