using EvidenceLint.Analysis;
using EvidenceLint.Tests.Analysis;

namespace EvidenceLint.Tests.Testing;

/// <summary>The rule-test helper is what every rule's tests trust, so it must fail loudly and helpfully.</summary>
public class RuleTestTests
{
    private static readonly WordAnalyzer Calls = new(TestRules.WordFound, "call");

    [Test]
    public void Matching_markup_passes()
    {
        var result = RuleTest.Verify("I took a {|EL9001:call|}.\n\nThen another {|EL9001:Call|}.", Calls);

        result.Diagnostics.Length.ShouldBe(2);
    }

    [Test]
    public void Unmarked_finding_fails_with_ready_to_paste_markup()
    {
        var failure = Assert.Throws<AssertionException>(() => RuleTest.Verify("# Calls\n\nI took a call.", Calls)).ShouldNotBeNull();

        failure.Message.ShouldContain("Unexpected: EL9001 at ¶1 \"call\"");
        failure.Message.ShouldContain("# Calls\n\nI took a {|EL9001:call|}.");
    }

    [Test]
    public void Marked_finding_that_is_not_produced_fails()
    {
        var failure = Assert.Throws<AssertionException>(() => RuleTest.Verify("{|EL9001:I|} took a {|EL9001:call|}.", Calls)).ShouldNotBeNull();

        failure.Message.ShouldContain("Missing: EL9001 at ¶0 \"I\"");
        failure.Message.ShouldNotContain("Unexpected");
        failure.Message.ShouldContain("I took a {|EL9001:call|}.");
    }

    [Test]
    public void Span_off_by_one_fails()
    {
        Assert.Throws<AssertionException>(() => RuleTest.Verify("I took a {|EL9001:call.|}", Calls));
    }

    [Test]
    public void Document_level_markup_round_trips()
    {
        var failure = Assert.Throws<AssertionException>(() => RuleTest.Verify("I took a call.", new CentreAnalyzer())).ShouldNotBeNull();

        failure.Message.ShouldContain("{|EL9100:|}I took a call.");
        RuleTest.Verify("{|EL9100:|}I took a call.", new CentreAnalyzer());
    }
}
