using System.Collections.Frozen;

namespace EvidenceLint.Text;

/// <summary>
/// The calendar and number vocabulary every part of the engine reads the same way: months, quarters, weekdays,
/// number words and periods, and what makes a token a date, a figure or a timeframe. Rules query it through
/// <see cref="TextModel"/> (<see cref="TextModel.IsMonthAt"/>, <see cref="TextModel.IsFigureAt"/>,
/// <see cref="TextModel.IsTimeframeAt"/>) so that "May", "Mar" or "Q3" mean one thing in the placeholders of a pack,
/// in the SMART check and in the claim check.
/// </summary>
internal static class Lexicon
{
    private static readonly FrozenSet<string> MonthNames = new[]
    {
        "january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december",
    }.ToFrozenSet(StringComparer.Ordinal);

    private static readonly FrozenSet<string> MonthAbbreviations = new[]
    {
        "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
    }.ToFrozenSet(StringComparer.Ordinal);

    private static readonly FrozenSet<string> Quarters = new[] { "q1", "q2", "q3", "q4" }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>Weekdays, and the holidays learners date things by ("before Christmas").</summary>
    private static readonly FrozenSet<string> Days = new[]
    {
        "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "christmas", "easter",
    }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>
    /// Cardinal numbers written as words. "One" is left out: it is far more often a pronoun or "on one call" than a
    /// count, and the figure checks would read every "one of the calls" as a measure.
    /// </summary>
    private static readonly FrozenSet<string> NumberWords = new[]
    {
        "zero", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve", "thirteen",
        "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen", "twenty", "thirty", "forty", "fifty",
        "sixty", "seventy", "eighty", "ninety", "hundred", "thousand",
    }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>Lemmas of the spans of time a target is counted over ("each week", "this quarter").</summary>
    private static readonly FrozenSet<string> Periods = new[]
    {
        "day", "week", "fortnight", "month", "quarter", "year", "shift", "term", "half",
    }.ToFrozenSet(StringComparer.Ordinal);

    private static readonly FrozenSet<string> PeriodAdverbs = new[]
    {
        "daily", "weekly", "fortnightly", "monthly", "quarterly", "annually", "yearly",
    }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>What may stand before a period to make it a definite one: "each week", "the first month".</summary>
    private static readonly FrozenSet<string> PeriodDeterminers = new[]
    {
        "each", "every", "per", "this", "the", "a", "next", "that", "same", "first", "second", "third", "fourth",
    }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>Periods long enough that "within six weeks" is a deadline rather than a service level ("within 20 seconds").</summary>
    private static readonly FrozenSet<string> DeadlinePeriods = new[]
    {
        "week", "month", "year", "quarter", "fortnight",
    }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>Words after which a capitalised "May" at the start of a sentence is the modal: "May I take your name?".</summary>
    private static readonly FrozenSet<string> ModalSubjects = new[]
    {
        "i", "we", "you", "he", "she", "they",
    }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>A month name or abbreviation that could be a month before context is weighed; cheap, for pre-filtering.</summary>
    public static bool CouldBeMonth(in Token token) =>
        token.Kind == TokenKind.Word && (MonthNames.Contains(token.Lower) || MonthAbbreviations.Contains(token.Lower));

    /// <summary>
    /// True when <c>sentence[k]</c> names a month. "May" is the month only capitalised, and not when it opens a sentence
    /// before a subject ("May I…"); "Mar" only capitalised ("mar" is the verb). Other names and abbreviations count in
    /// any case, since learners write "in march" and "by jan".
    /// </summary>
    public static bool IsMonth(ReadOnlySpan<Token> sentence, int k)
    {
        var token = sentence[k];
        if (!CouldBeMonth(token))
        {
            return false;
        }

        return token.Lower switch
        {
            "may" => token.Text == "May" && !(k == 0 && k + 1 < sentence.Length && ModalSubjects.Contains(sentence[k + 1].Lower)),
            "mar" => token.Text == "Mar",
            _ => true,
        };
    }

    /// <summary>"Q1"–"Q4".</summary>
    public static bool IsQuarter(in Token token) => Quarters.Contains(token.Lower);

    /// <summary>A weekday or a dating holiday.</summary>
    public static bool IsDay(in Token token) => token.Kind == TokenKind.Word && Days.Contains(token.Lower);

    /// <summary>A cardinal number written as a word ("six", "twenty"); never "one".</summary>
    public static bool IsNumberWord(in Token token) => token.Kind == TokenKind.Word && NumberWords.Contains(token.Lower);

    /// <summary>"half", "quarter": parts that can be a measure ("half of the calls") or a period ("this quarter").</summary>
    public static bool IsFraction(in Token token) => token.Lower is "half" or "quarter";

    /// <summary>A span of time a target is counted over, by lemma.</summary>
    public static bool IsPeriod(in Token token) => Periods.Contains(token.Lemma);

    /// <summary>A four-digit year from 1900 to 2099.</summary>
    public static bool IsYear(in Token token) =>
        token.Kind == TokenKind.Number && token.Text.Length == 4 && (token.Text.StartsWith("19", StringComparison.Ordinal) || token.Text.StartsWith("20", StringComparison.Ordinal));

    /// <summary>A number followed by a period long enough to be a deadline: "within six weeks", "in 3 months".</summary>
    public static bool IsDeadline(ReadOnlySpan<Token> sentence, int k) =>
        (sentence[k].Kind == TokenKind.Number || IsNumberWord(sentence[k])) && k + 1 < sentence.Length && DeadlinePeriods.Contains(sentence[k + 1].Lemma);

    /// <summary>A number that is a date or a time rather than a measure: a year, "27/02", "07:30", the 31 of "31 March".</summary>
    public static bool IsDateNumber(ReadOnlySpan<Token> sentence, int k)
    {
        var token = sentence[k];
        return token.Kind == TokenKind.Number
            && (IsYear(token)
                || token.Text.Contains('/', StringComparison.Ordinal)
                || token.Text.Contains(':', StringComparison.Ordinal)
                || (k + 1 < sentence.Length && IsMonth(sentence, k + 1))
                || (k > 0 && IsMonth(sentence, k - 1)));
    }

    /// <summary>
    /// A measure: a number that is not a date, a time or a deadline's count, or a number word that is not a
    /// deadline's count. "80% of calls" and "six complaints" are figures; "by 31 March" and "within six weeks" are not.
    /// </summary>
    public static bool IsFigure(ReadOnlySpan<Token> sentence, int k) =>
        (sentence[k].Kind == TokenKind.Number ? !IsDateNumber(sentence, k) : IsNumberWord(sentence[k])) && !IsDeadline(sentence, k);

    /// <summary>
    /// True when <c>sentence[k]</c> marks when something is to happen or is counted over: a month, quarter, year, weekday,
    /// a date, "weekly", a deadline ("within six weeks", "before go-live"), a definite period ("each week", "this quarter") or "by the
    /// end of…", "until the review".
    /// </summary>
    public static bool IsTimeframe(ReadOnlySpan<Token> sentence, int k)
    {
        var token = sentence[k];
        if (IsMonth(sentence, k) || IsQuarter(token) || IsYear(token) || IsDay(token) || PeriodAdverbs.Contains(token.Lower) || IsDeadline(sentence, k)
            || token.Lower is "deadline" or "go-live" or "launch")
        {
            return true;
        }

        if (token.Kind == TokenKind.Number && token.Text.Contains('/', StringComparison.Ordinal))
        {
            return true;
        }

        if (IsPeriod(token) && k > 0 && PeriodDeterminers.Contains(sentence[k - 1].Lower))
        {
            return true;
        }

        if (token.Lower is "by" or "until" or "till")
        {
            // "by the end of…", "by the same date", "by then", "until the review".
            for (int j = k + 1; j < sentence.Length && j <= k + 3; j++)
            {
                if (sentence[j].Lower is "end" or "date" or "then" or "deadline" or "review" or "go-live" or "launch")
                {
                    return true;
                }
            }
        }

        return false;
    }
}
