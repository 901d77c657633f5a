using System.Collections.Immutable;
using EvidenceLint.Analysis;
using EvidenceLint.Tests.Testing;
using EvidenceLint.Units;
using EvidenceLint.Rules.Writing;

namespace EvidenceLint.Tests.Rules;

[RuleTests(RuleIds.AccountLengthOutsideGuidance)]
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

    private const string FifteenWords = "I set the standards with my team in March and briefed them at the huddle.";

    /// <summary>MCS with its word range replaced, so the unit pack's range is the one in force.</summary>
    private static EvidenceLinter WithUnitRange(int minimum, int maximum, LintOptions? options = null)
    {
        var pack = BuiltInUnits.Catalog.Get("MCS") with { WordRange = new WordRange(minimum, maximum) };
        return new EvidenceLinter([Analyzer], (options ?? LintOptions.Default) with { Unit = "MCS" }, units: UnitCatalog.Create([pack]));
    }

    [Test]
    public void The_unit_packs_range_applies_when_the_unit_is_known()
    {
        var (document, _) = RuleTest.Parse(FifteenWords);
        WithUnitRange(10, 20).Lint(document).Diagnostics.ShouldNotContain(d => d.Id == "EL6001");

        var tooShort = WithUnitRange(20, 30).Lint(document).Diagnostics.Single(d => d.Id == "EL6001");
        tooShort.Message.ShouldContain("the guidance is 20–30");
    }

    [Test]
    public void Configured_options_override_the_unit_packs_range()
    {
        var (document, _) = RuleTest.Parse(FifteenWords);
        var options = LintOptions.Default with
        {
            RuleOptions = LintOptions.Default.RuleOptions.Add("EL6001", ImmutableDictionary<string, string>.Empty.Add("maximumWords", "12")),
        };

        var finding = WithUnitRange(10, 20, options).Lint(document).Diagnostics.Single(d => d.Id == "EL6001");
        finding.Message.ShouldContain("the guidance is 10–12");
    }

    [Test]
    public void Without_a_unit_the_default_range_applies() =>
        RuleTest.Verify("{|EL6001:|}" + FifteenWords, Analyzer).Diagnostics.Single().Message.ShouldContain("400–2,000");
}
