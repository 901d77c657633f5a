using System.Collections.Immutable;
using EvidenceLint.Analysis;
using EvidenceLint.Tests.Testing;
using EvidenceLint.Writing;

namespace EvidenceLint.Tests.Rules;

public class AccountLengthOutsideGuidanceTests
{
    private static readonly AccountLengthOutsideGuidanceAnalyzer Analyzer = new();

    private static LintOptions Range(int minimum, int maximum) => LintOptions.Default with
    {
        RuleOptions = LintOptions.Default.RuleOptions.Add("EL6001", ImmutableDictionary<string, string>.Empty
            .Add("minimumWords", minimum.ToString(System.Globalization.CultureInfo.InvariantCulture))
            .Add("maximumWords", maximum.ToString(System.Globalization.CultureInfo.InvariantCulture))),
    };

    [Test]
    public void Short_account_is_flagged_with_the_default_range()
    {
        var result = RuleTest.Verify("{|EL6001:|}I set the standards with my team in March and briefed them at the huddle.", Analyzer);
        result.Diagnostics.Single().Message.ShouldContain("15 words");
        result.Diagnostics.Single().Message.ShouldContain("400–2,000");
    }

    [Test]
    public void Account_inside_the_range_passes() =>
        RuleTest.Verify("I set the standards with my team in March and briefed them at the huddle.", Range(10, 20), Analyzer);

    [Test]
    public void Long_account_is_flagged() =>
        RuleTest.Verify("{|EL6001:|}I set the standards with my team in March and briefed them at the huddle.", Range(1, 10), Analyzer);

    [Test]
    public void Headings_and_numbers_count_but_punctuation_alone_does_not() =>
        RuleTest.Verify("""
            # Standards

            I set 3 standards – then reviewed them.
            """, Range(8, 8), Analyzer);
}
