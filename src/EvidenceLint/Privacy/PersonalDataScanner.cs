using System.Collections.Frozen;
using System.Text;
using System.Text.RegularExpressions;

namespace EvidenceLint.Privacy;

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
public static partial class PersonalDataScanner
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

    /// <summary>
    /// Brands that read as a title and surname. They name a company's product, not a person, and come up in retail and
    /// food-service contact centres.
    /// </summary>
    private static readonly FrozenSet<string> Brands = new[]
    {
        "Dr Martens", "Dr Pepper", "Dr Oetker", "Mr Kipling", "Mr Muscle", "Mr Sheen", "Miss Selfridge", "Mr Men",
    }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>Digits as they are said on a call and typed into notes: "oh seven seven double oh nine…".</summary>
    private static readonly FrozenDictionary<string, char> DigitWords = new Dictionary<string, char>(StringComparer.OrdinalIgnoreCase)
    {
        ["zero"] = '0', ["oh"] = '0', ["o"] = '0', ["nought"] = '0', ["nil"] = '0',
        ["one"] = '1', ["two"] = '2', ["three"] = '3', ["four"] = '4', ["five"] = '5',
        ["six"] = '6', ["seven"] = '7', ["eight"] = '8', ["nine"] = '9',
    }.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);

    /// <summary>Every item of customer data in <paramref name="text"/>, in order, none overlapping.</summary>
    public static IReadOnlyList<PersonalDataSpan> Find(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var found = new List<PersonalDataSpan>();

        // Payment data first: a card number is also a long digit run that other patterns must not claim.
        AddCardNumbers(text, found);
        AddMatches(text, found, SecurityCode(), PersonalDataKind.SecurityCode, IsSecurityCode);
        AddSpokenNumbers(text, found);
        if (CardCue().IsMatch(text))
        {
            AddMatches(text, found, CardExpiry(), PersonalDataKind.CardExpiry, static _ => true);
        }

        AddBankDetails(text, found);
        AddMatches(text, found, Email(), PersonalDataKind.EmailAddress, IsPersonalEmail);
        AddMatches(text, found, Phone(), PersonalDataKind.PhoneNumber, IsPersonalPhone);
        AddMatches(text, found, Postcode(), PersonalDataKind.Postcode, static _ => true);
        AddMatches(text, found, NationalInsurance(), PersonalDataKind.NationalInsuranceNumber, IsNationalInsuranceNumber);
        AddMatches(text, found, DateOfBirth(), PersonalDataKind.DateOfBirth, static _ => true);
        AddMatches(text, found, TitledName(), PersonalDataKind.TitledName, static m => !PlaceholderSurnames.Contains(m.Groups["surname"].Value) && !Brands.Contains(m.Groups["value"].Value));

        found.Sort(static (a, b) => a.Start.CompareTo(b.Start));
        return found;
    }

    /// <summary>The Luhn (mod 10) check every payment card number passes.</summary>
    internal static bool PassesLuhn(ReadOnlySpan<char> digits)
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

    private static void AddMatches(string text, List<PersonalDataSpan> found, Regex regex, PersonalDataKind kind, Func<Match, bool> accept)
    {
        foreach (Match match in regex.Matches(text))
        {
            var value = match.Groups["value"];
            var item = new PersonalDataSpan(kind, value.Index, value.Length);
            if (accept(match) && !Overlaps(found, item))
            {
                found.Add(item);
            }
        }
    }

    private static void AddCardNumbers(string text, List<PersonalDataSpan> found)
    {
        foreach (Match match in CardCandidate().Matches(text))
        {
            string digits = DigitsOf(match.Value);

            // Cards are written in groups of three or more ("4111 1111 1111 1111", "3782 822463 10005"); pairs such
            // as "12-34-56 12345678" are a sort code and account number, which AddBankDetails handles.
            // A number read out digit by digit ("4 1 1 1 …") is a card too.
            var groups = match.Value.Split(' ', '-', '–');
            if (groups.Any(static g => g.Length < 3) && !groups.All(static g => g.Length == 1))
            {
                continue;
            }

            // An all-zero run passes Luhn trivially and is only ever a placeholder; a handset's IMEI is 15 Luhn-valid
            // digits that mobile-network advisers quote, and it identifies a phone, not a payment card.
            if (digits.Length is >= 13 and <= 19 && PassesLuhn(digits) && digits.AsSpan().ContainsAnyExcept('0')
                && !ImeiCue().IsMatch(text.AsSpan(Math.Max(0, match.Index - 30), Math.Min(30, match.Index))))
            {
                found.Add(new PersonalDataSpan(PersonalDataKind.CardNumber, match.Index, match.Length));
            }
        }
    }

    /// <summary>
    /// A sort code alone identifies a bank branch, not a person, and an eight-digit number alone is as often an order
    /// or utility reference; a sort code with an eight-digit number beside it is a customer's bank account.
    /// </summary>
    private static void AddBankDetails(string text, List<PersonalDataSpan> found)
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

            var item = new PersonalDataSpan(PersonalDataKind.SortCode, sortCode.Start, sortCode.Length);
            if (!Overlaps(found, item))
            {
                found.Add(item);
            }

            foreach (var account in partner)
            {
                var accountItem = new PersonalDataSpan(PersonalDataKind.AccountNumber, account.Start, account.Length);
                if (!Overlaps(found, accountItem))
                {
                    found.Add(accountItem);
                }
            }
        }
    }

    /// <summary>
    /// Numbers written as they are spoken ("oh seven seven double oh, nine hundred…" is not attempted; digit by digit is):
    /// a run of digit words, "double"/"triple" and digit groups, read as one number and judged like a written one.
    /// At least two spelled words are needed, or eight digits typed one by one ("0 7 7 0 0 …"), so an ordinary written
    /// number is left to the patterns above.
    /// </summary>
    private static void AddSpokenNumbers(string text, List<PersonalDataSpan> found)
    {
        var digits = new StringBuilder();
        int runStart = -1, runEnd = -1, spelled = 0, tokens = 0, singles = 0, repeat = 1, previousEnd = -1;

        void Flush()
        {
            if (runStart >= 0 && runEnd > runStart && (spelled >= 2 || (tokens >= 8 && singles == tokens)))
            {
                Classify(text, found, digits.ToString(), runStart, runEnd - runStart);
            }

            digits.Clear();
            runStart = runEnd = -1;
            spelled = tokens = singles = 0;
            repeat = 1;
        }

        foreach (var word in WordOrNumber().EnumerateMatches(text))
        {
            var value = text.AsSpan(word.Index, word.Length);
            bool joined = previousEnd >= 0 && IsNumberGap(text.AsSpan(previousEnd, word.Index - previousEnd));
            if (runStart >= 0 && !joined)
            {
                Flush();
            }

            previousEnd = word.Index + word.Length;
            if (value.Equals("double", StringComparison.OrdinalIgnoreCase) || value.Equals("triple", StringComparison.OrdinalIgnoreCase)
                || value.Equals("treble", StringComparison.OrdinalIgnoreCase))
            {
                repeat = char.ToLowerInvariant(value[0]) == 'd' ? 2 : 3;
                runStart = runStart < 0 ? word.Index : runStart;
                spelled++;
                continue;
            }

            char digit = '\0';
            bool isDigitWord = DigitWords.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(value, out digit);
            if (!isDigitWord && !(value.Length <= 5 && !value.ContainsAnyExceptInRange('0', '9')))
            {
                Flush();
                continue;
            }

            runStart = runStart < 0 ? word.Index : runStart;
            runEnd = word.Index + word.Length;
            tokens++;
            singles += value.Length == 1 && char.IsAsciiDigit(value[0]) ? 1 : 0;
            if (isDigitWord)
            {
                spelled++;
                digits.Append(digit, repeat);
            }
            else
            {
                for (int r = 0; r < repeat; r++)
                {
                    digits.Append(value);
                }
            }

            repeat = 1;
        }

        Flush();
    }

    private static bool IsNumberGap(ReadOnlySpan<char> gap) =>
        gap.Length is > 0 and <= 3 && !gap.ContainsAnyExcept(" ,-–\u00A0");

    private static void Classify(string text, List<PersonalDataSpan> found, string digits, int start, int length)
    {
        var before = text.AsSpan(Math.Max(0, start - 60), Math.Min(60, start));
        PersonalDataKind? kind = digits.Length switch
        {
            3 or 4 when SecurityCue().IsMatch(before) => PersonalDataKind.SecurityCode,
            >= 13 and <= 19 when PassesLuhn(digits) && digits.AsSpan().ContainsAnyExcept('0') => PersonalDataKind.CardNumber,
            10 or 11 or 12 when IsPersonalPhoneNumber(digits) => PersonalDataKind.PhoneNumber,
            _ => null,
        };
        var item = new PersonalDataSpan(kind.GetValueOrDefault(), start, length);
        if (kind is not null && !Overlaps(found, item))
        {
            found.Add(item);
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
    private static bool IsPersonalPhone(Match match) => IsPersonalPhoneNumber(DigitsOf(match.Groups["value"].Value));

    private static bool IsPersonalPhoneNumber(string digits)
    {
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

    private static bool Overlaps(List<PersonalDataSpan> found, PersonalDataSpan item) =>
        found.Any(f => f.Start < item.End && item.Start < f.End);

    private static string DigitsOf(string value) => string.Concat(value.Where(char.IsAsciiDigit));

    // A run of 13-19 digits, optionally grouped by single spaces or hyphens; masked digits ("XXXX 1234",
    // "**** 1234") on either side mean it has been redacted.
    [GeneratedRegex(@"(?<![\d*•#][ –-]?)(?<!\b[Xx]{2,}[ –-]?)(?<![\w*•#])\d(?:[ –-]?\d){12,18}(?![ –-]?(?:[\d*•#]|[Xx]{2,}\b))", RegexOptions.CultureInvariant, TimeoutMilliseconds)]
    private static partial Regex CardCandidate();

    [GeneratedRegex(@"\bIMEI\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, TimeoutMilliseconds)]
    private static partial Regex ImeiCue();

    // What a card security code is called, in the scheme's words and the learner's: "CVV", "security code", "the three
    // digits on the back (of her card)".
    private const string SecurityCueText = @"\b(?:CVV2?|CVC2?|CV2|CSC|CID|(?:card\s+)?security\s+(?:code|number|digits)|card\s+verification\s+(?:value|code|number)|(?:three|3|four|4)[- ]digit\s+(?:security\s+)?(?:code|number)|(?:(?:last|final)\s+)?(?:three|3|four|4)\s+(?:digits|numbers)\s+(?:on|from|at)\s+the\s+back|(?:digits|numbers|code)\s+on\s+the\s+back)(?:\s+of\s+(?:the|her|his|their|my|your|a)\s+card)?";

    [GeneratedRegex(SecurityCueText, RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, TimeoutMilliseconds)]
    private static partial Regex SecurityCue();

    // The cue, then up to six words in the same sentence ("were", "she read out", "as"), then three or four digits (or
    // the same spaced out) that are not a count of something ("300 calls") or part of a longer figure.
    [GeneratedRegex(SecurityCueText + @"(?:[\s:=(#,""“”‘’'-]+(?!\d)[\p{L}’']+){0,6}?[\s:=(#,""“”‘’'-]+(?<value>\d{3,4}(?!\d)|\d(?: \d){2,3}(?! ?\d))(?!%|[.,]\d|[ ]?-?\d)(?!\s*(?:calls?|customers?|times?|seconds?|secs?|minutes?|mins?|hours?|days?|weeks?|months?|years?|people|agents|advisers|advisors|colleagues|staff|pounds|percent|per\s*cent)\b)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, TimeoutMilliseconds)]
    private static partial Regex SecurityCode();

    // A passage about a payment card, where a month/year date is the card's expiry.
    [GeneratedRegex(@"\b(?:card|debit|credit|visa|mastercard|amex|american\s+express|maestro)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, TimeoutMilliseconds)]
    private static partial Regex CardCue();

    [GeneratedRegex(@"\b(?:expiry|expiration|expires?|exp\.?|valid\s+(?:thru|through|until|to)|end\s+date)(?:[\s:=(,-]|\b(?:date|is|was|of|on|as)\b)*?(?<value>(?<![\d/])(?:0?[1-9]|1[0-2]) ?[/.-] ?(?:20)?\d{2}(?![\d/.-]*\d))", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, TimeoutMilliseconds)]
    private static partial Regex CardExpiry();

    [GeneratedRegex(@"[\p{L}]+|\d+", RegexOptions.CultureInvariant, TimeoutMilliseconds)]
    private static partial Regex WordOrNumber();

    [GeneratedRegex(@"(?:(?<cue>\bsort[\s-]?code\b)(?:[\s:=(#,-]|\b(?:is|was|as|of)\b)*?(?<value>(?<!\d)\d{2}[- ]?\d{2}[- ]?\d{2}(?![\d-]))|(?<value>(?<![\d–-])\d{2}[–-]\d{2}[–-]\d{2}(?![\d–-])))", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, TimeoutMilliseconds)]
    private static partial Regex SortCode();

    [GeneratedRegex(@"\b(?:bank|banking|a/c|sort\s*code|account\s+(?:number|no\b))", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, TimeoutMilliseconds)]
    private static partial Regex BankCue();

    [GeneratedRegex(@"(?<![\d*Xx-])(?<value>\d{8})(?![\d*-])", RegexOptions.CultureInvariant, TimeoutMilliseconds)]
    private static partial Regex AccountNumber();

    [GeneratedRegex(@"(?<![\w.%+*-])(?<value>(?<local>[A-Za-z0-9](?:[A-Za-z0-9._%+-]{0,62}[A-Za-z0-9])?)@[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?)*\.[A-Za-z]{2,24})\b", RegexOptions.CultureInvariant, TimeoutMilliseconds)]
    private static partial Regex Email();

    // +44 7700 900123, +44 (0)7700 900123, 07700 900123, (0113) 496 0000, 020-7946-0000: digits in groups of any
    // size; the digit count and prefix are checked afterwards.
    [GeneratedRegex(@"(?<![\w*+•#])(?<value>(?:\+44[ ]?(?:\(0\)[ ]?)?|\(0(?=\d{2,4}\))|0)\d(?:[ –-]?\)?[ –-]?\d){8,10})(?![ –-]?[\d*•#]|\w)", RegexOptions.CultureInvariant, TimeoutMilliseconds)]
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

    // A title and a capitalised surname of two letters or more: "Mrs Khan", "Mr O'Brien", "Ms D’Souza" (Word turns '
    // into ’ as you type), "Dr McDonald-Smith".
    // An initial ("Mrs K", "Mr X.") or a bracketed placeholder ("Mrs [redacted]") is already anonymised.
    [GeneratedRegex(@"\b(?<value>(?:Mr|Mrs|Ms|Miss|Mx|Dr)\.?\s+(?<surname>(?:[A-Z][a-z]?['’])?(?:Mc|Mac)?[A-Z][a-z]+(?:-(?:[A-Z][a-z]?['’])?(?:Mc|Mac)?[A-Z][a-z]+)?)(?: (?:[A-Z][a-z]?['’])?(?:Mc|Mac)?[A-Z][a-z]+(?:-(?:[A-Z][a-z]?['’])?(?:Mc|Mac)?[A-Z][a-z]+)?)?)\b", RegexOptions.CultureInvariant, TimeoutMilliseconds)]
    private static partial Regex TitledName();
}
