using System.Collections.Immutable;
using EvidenceLint.Analysis;
using EvidenceLint.Packs;
using EvidenceLint.Tests.Cli;
using EvidenceLint.Tests.Testing;
using EvidenceLint.Rules.Writing;

namespace EvidenceLint.Tests.Rules;

[RuleTests(RuleIds.AcronymNotExpanded)]
public class AcronymNotExpandedTests
{
    private static readonly AcronymNotExpandedAnalyzer Analyzer = new();

    [Test]
    public void Only_the_first_use_of_an_unexpanded_acronym_is_flagged() =>
        RuleTest.Verify("""
            I check {|EL6003:AHT|} every morning. AHT went down in March, and so did {|EL6003:FCR|}.

            FCR matters more than AHT.
            """, Analyzer);

    [Test]
    public void A_later_expansion_does_not_excuse_an_earlier_use() =>
        RuleTest.Verify("""
            Team {|EL6003:FCR|} rose in April. First contact resolution (FCR) is the share of contacts resolved on the first contact.
            """, Analyzer);

    [Test]
    public void Expansions_next_to_the_acronym_in_either_order_pass() =>
        RuleTest.Verify("""
            Our first contact resolution (FCR) rate rose, and so did the number of calls scored on the QA (quality assurance) form. Customers who said they were satisfied (our customer satisfaction, or CSAT, measure) rose too.

            I monitored our key performance indicators (KPIs) and completed identification and verification (ID&V) on every call, as the Payment Card Industry Data Security Standard (PCI DSS) requires. Later the FCR, QA, CSAT, KPIs, ID&V and PCI DSS figures were all reviewed.
            """, Analyzer);

    [Test]
    public void An_expansion_in_a_heading_or_a_glossary_passes() =>
        RuleTest.Verify("""
            ## Average handling time

            I reviewed AHT every week and discussed QA results at the huddle.

            ## Glossary

            - QA: quality assurance
            """, Analyzer);

    [Test]
    public void An_expansion_in_the_same_sentence_passes() =>
        RuleTest.Verify("""
            I reviewed AHT, our average handling time, with each adviser.
            """, Analyzer);

    [Test]
    public void Well_known_acronyms_need_no_expansion() =>
        RuleTest.Verify("""
            We follow the council's data protection policy and UK GDPR.
            """, Analyzer);

    [Test]
    public void Negated_and_hypothetical_uses_still_need_the_expansion() =>
        RuleTest.Verify("""
            I did not look at {|EL6003:AHT|} at all.

            {|EL6003:QA|} will check a sample of complaints each month.
            """, Analyzer);

    [Test]
    public void Quoted_uses_and_criterion_wording_are_not_the_first_use() =>
        RuleTest.Verify("""
            The criterion asks for "monitoring of KPIs and AHT". I monitored {|EL6003:AHT|} weekly.

            > Use SLA and WFM data to plan staffing.
            """, Analyzer);

    [Test]
    public void Words_that_only_look_like_acronyms_pass() =>
        RuleTest.Verify("""
            I asked whether the qa team had a sla for callbacks, and used the GROW model with Adviser R in MCS.
            """, Analyzer);

    [Test]
    public void A_centres_own_list_adds_acronyms_and_can_make_well_known_ones_need_expanding()
    {
        using var folder = new AccountFolder();
        string file = folder.Write("centre-acronyms.yaml", """
            acronyms:
              - acronym: NCD
                expansion: no-claims discount
              - acronym: GDPR
                expansion: General Data Protection Regulation
              - acronym: ABC
                expansion: automated billing console
            """);
        var options = LintOptions.Default with
        {
            RuleOptions = LintOptions.Default.RuleOptions.Add("EL6003", ImmutableDictionary<string, string>.Empty.Add("acronymsFile", file)),
        };

        RuleTest.Verify("""
            His {|EL6003:NCD|} was wrong, so I checked {|EL6003:GDPR|} guidance. The account billing centre (ABC) log showed why.
            """, options, Analyzer);
    }

    [Test]
    public void A_malformed_list_names_the_file_line_and_column()
    {
        var ex = Should.Throw<AcronymListException>(() => AcronymList.Load("""
            acronyms:
              - acronym: NCD
                expansoin: no-claims discount
            """, "centre.yaml"));
        ex.Message.ShouldStartWith("centre.yaml:3:5: error: unknown key 'expansoin'");
    }

    [Test]
    public void A_broken_centre_list_fails_this_rule_alone_and_says_where()
    {
        using var folder = new AccountFolder();
        string file = folder.Write("centre-acronyms.yaml", "acronyms:\n  - acronym: NCD\n    expansoin: no-claims discount\n");
        var options = LintOptions.Default with
        {
            RuleOptions = LintOptions.Default.RuleOptions.Add("EL6003", ImmutableDictionary<string, string>.Empty.Add("acronymsFile", file)),
        };

        var (document, _) = RuleTest.Parse("I check AHT every morning.");
        var result = new EvidenceLinter([Analyzer], options).Lint(document);
        result.Diagnostics.ShouldNotContain(d => d.Id == "EL6003");
        result.Diagnostics.ShouldContain(d => d.Message.Contains("centre-acronyms.yaml:3:5", StringComparison.Ordinal));
    }

    [Test]
    public void The_built_in_list_holds_the_contact_centre_acronyms()
    {
        AcronymList.BuiltIn.Select(e => e.Acronym).ShouldContain("ID&V");
        AcronymList.BuiltIn.Single(e => e.Acronym == "GDPR").WellKnown.ShouldBeTrue();
        AcronymList.BuiltIn.Single(e => e.Acronym == "AHT").Expansions.ShouldContain("average handling time");
    }
}
