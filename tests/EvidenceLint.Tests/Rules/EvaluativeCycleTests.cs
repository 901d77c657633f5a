using System.Collections.Immutable;
using System.Text.Json;
using EvidenceLint.Analysis;
using EvidenceLint.Evidence;
using EvidenceLint.Rules.Cycle;
using EvidenceLint.Reporting;
using EvidenceLint.Tests.Testing;

namespace EvidenceLint.Tests.Rules;

/// <summary>The evaluative-cycle analysis the engine runs once per document, and how reports show it.</summary>
public class EvaluativeCycleTests
{
    [Test]
    public void Stages_are_found_without_a_unit()
    {
        var result = RuleTest.Verify(CycleAccounts.FullCycle);
        result.Unit.ShouldBeNull();
        result.Cycle!.IsComplete.ShouldBeTrue();
        result.Cycle.Passages.ShouldContain(p => p.Stages.HasFlag(CycleStages.Review));
    }

    [Test]
    public void A_measure_before_any_change_is_not_a_review()
    {
        var result = RuleTest.Verify("In April the team's FCR went from 64% to 58%, so I listened to ten calls.");
        result.Cycle!.Review.ShouldBeFalse();
        result.Cycle.Act.ShouldBeFalse();
    }

    [Test]
    public void A_procedures_rule_that_reviews_will_happen_is_not_a_review()
    {
        var result = RuleTest.Verify("""
            I listened to ten calls and found that four callbacks had been missed, so I rewrote the callback procedure.

            ## The procedure

            1. The adviser will offer a callback slot.
            2. The adviser will book it in the dialler.
            3. A team leader will check whether each callback was made and review the figures every month.
            """);

        result.Cycle!.Review.ShouldBeFalse();
    }

    [Test]
    public void Json_report_writes_the_cycle_stages()
    {
        var result = RuleTest.Verify("I listened to ten recorded calls and found that 3 skipped the second security question.");
        string report = JsonReport.ToJson([result], "1.0.0");
        Schemas.ShouldMatchJsonContract(report);
        using var json = JsonDocument.Parse(report);
        var cycle = json.RootElement.GetProperty("documents")[0].GetProperty("cycle");
        cycle.GetProperty("monitor").GetBoolean().ShouldBeTrue();
        cycle.GetProperty("analyse").GetBoolean().ShouldBeTrue();
        cycle.GetProperty("act").GetBoolean().ShouldBeFalse();
        cycle.GetProperty("review").GetBoolean().ShouldBeFalse();
    }

    [Test]
    public void Console_report_summarises_the_cycle_in_one_line()
    {
        var result = RuleTest.Verify("I listened to ten recorded calls and found that 3 skipped the second security question.");
        var writer = new StringWriter();
        ConsoleReport.Write(writer, [result], useColor: false);
        writer.ToString().ShouldContain("account.md: evaluative cycle: monitor yes -> analyse yes -> act no -> review no (not shown: act, review)");
    }

    [Test]
    public void Cycle_terms_load_errors_name_the_file_line_and_column()
    {
        Should.Throw<InvalidDataException>(() => CycleTerms.Load("monitoring: [monitor]\nmonitorring: [listen]\n", "rules/cycle.yaml"))
            .Message.ShouldStartWith("rules/cycle.yaml:2:1: error: unknown group 'monitorring'");
        Should.Throw<InvalidDataException>(() => CycleTerms.Load("monitoring: [monitor]\n", "rules/cycle.yaml"))
            .Message.ShouldContain("missing group(s)");
        Should.Throw<InvalidDataException>(() => CycleTerms.Load("monitoring: [monitor\n", "rules/cycle.yaml"))
            .Message.ShouldContain("malformed YAML");
    }

    [Test]
    public void Built_in_cycle_terms_load() => CycleTerms.Default.Monitoring.Terms.ShouldContain("monitor");

    // The act stage told without the change verbs --------------------------------------------------------------------

    [TestCase("From then on the team read the payment date back on every call.")]
    [TestCase("We switched to a shorter greeting.")]
    [TestCase("I rewrote the script.")]
    [TestCase("Since then we check the date on every call.")]
    [TestCase("Now we always read the date back.")]
    [TestCase("I changed the closing question.")]
    [TestCase("I replaced the old greeting with a shorter one.")]
    [TestCase("I reworded the arrears letter.")]
    public void A_change_told_in_everyday_words_is_the_act_stage(string change)
    {
        var result = RuleTest.Verify($"I listened to ten calls and found that most skipped the date. {change}");
        result.Cycle!.Act.ShouldBeTrue();
    }

    [TestCase("I supported her with two side-by-side sessions.")]
    public void Coaching_told_as_support_is_the_act_stage(string change)
    {
        var result = RuleTest.Verify($"In January Adviser M's adherence was 78%. {change}");
        result.Cycle!.Act.ShouldBeTrue();
    }

    [TestCase("In February his adherence was 86%.")]
    [TestCase("We answered 82% of calls within 30 seconds in March.")]
    public void A_later_month_with_its_figure_reviews_the_change(string later)
    {
        var result = RuleTest.Verify($"In January Adviser M's adherence was 78%, so I coached him on his breaks. {later}");
        result.Cycle!.Review.ShouldBeTrue();
    }

    [Test]
    public void A_month_and_figure_before_any_change_is_not_a_review()
    {
        var result = RuleTest.Verify("In February his adherence was 86%. In January it had been 78%.");
        result.Cycle!.Review.ShouldBeFalse();
    }

    [Test]
    public void A_level_read_in_words_is_monitoring_data_that_prompts_the_change()
    {
        var result = RuleTest.Verify("She was new, and her calls were running at seven, eight minutes. So I supported her.");
        result.Cycle!.UnpromptedChanges.ShouldBeEmpty();
        result.Cycle.Act.ShouldBeTrue();
    }

    [TestCase("I explained how she could complain if she changed her mind.")]
    [TestCase("The plumber replaced the washer.")]
    [TestCase("I will switch to a shorter greeting next month.")]
    [TestCase("We did not switch to the new script.")]
    [TestCase("If the pilot goes well, we would switch to the new script.")]
    public void Replacing_a_part_plans_and_denials_are_not_the_act_stage(string sentence)
    {
        var result = RuleTest.Verify(sentence);
        result.Cycle!.Act.ShouldBeFalse();
    }
}
