namespace EvidenceLint.Tests.Text;

public class ClauseScopeTests
{
    [TestCase("I did not monitor calls, but I listened to recordings.", "monitor", true)]
    [TestCase("I did not monitor calls, but I listened to recordings.", "calls", true)]
    [TestCase("I did not monitor calls, but I listened to recordings.", "listened", false)]
    [TestCase("I did not monitor calls; I listened to recordings instead.", "listened", false)]
    [TestCase("I listened to recordings but did not score them.", "listened", false)]
    [TestCase("I listened to recordings but did not score them.", "score", true)]
    [TestCase("I set the standards without consulting the team.", "set", false)]
    [TestCase("I set the standards without consulting the team.", "consulting", true)]
    [TestCase("I listened without interrupting, apologised and rebooked the delivery.", "listened", false)]
    [TestCase("I listened without interrupting, apologised and rebooked the delivery.", "interrupting", true)]
    [TestCase("I listened without interrupting, apologised and rebooked the delivery.", "apologised", false)]
    [TestCase("I listened without interrupting, apologised and rebooked the delivery.", "rebooked", false)]
    [TestCase("Calls were never monitored that month.", "Calls", true)]
    [TestCase("Monitoring was not done that month, so I listened to recordings.", "Monitoring", true)]
    [TestCase("Monitoring was not done that month, so I listened to recordings.", "listened", false)]
    [TestCase("I listened to calls that weren't recorded.", "listened", false)]
    [TestCase("I read transcripts instead of listening to calls.", "listening", true)]
    [TestCase("I read transcripts instead of listening to calls.", "read", false)]
    [TestCase("I deliberately did not use average handling time (AHT) as a quality target.", "AHT", true)]
    [TestCase("I deliberately did not use average handling time (AHT) as a quality target.", "quality", true)]
    [TestCase("I did not use AHT (see the table below), but I listened to calls.", "listened", false)]
    [TestCase("I did not use AHT (which the planners own and which I never see), and I coached her.", "coached", false)]
    [TestCase("When advisers do not meet the standards I give them a verbal warning.", "meet", true)]
    [TestCase("When advisers do not meet the standards I give them a verbal warning.", "warning", false)]
    [TestCase("Did I not coach her on the script?", "coach", true)]
    public void Negation_scope(string text, string word, bool negated)
    {
        var model = TextModelTesting.Paragraph(text);
        model.IsNegatedAt(model.IndexOf(word)).ShouldBe(negated);
    }

    [TestCase("I briefed the team, and next week I will review the results.", "briefed", false)]
    [TestCase("I briefed the team and I will review the results.", "briefed", false)]
    [TestCase("I briefed the team and I will review the results.", "review", true)]
    [TestCase("I set up a huddle, which would cover the figures.", "cover", true)]
    [TestCase("I set up a huddle, which would cover the figures.", "set", false)]
    [TestCase("I planned to review the figures, so I booked a meeting.", "review", true)]
    [TestCase("I planned to review the figures, so I booked a meeting.", "booked", false)]
    [TestCase("Next time, I listened first.", "listened", true)]
    public void Hypothetical_scope(string text, string word, bool hypothetical)
    {
        var model = TextModelTesting.Paragraph(text);
        model.IsHypotheticalAt(model.IndexOf(word)).ShouldBe(hypothetical);
    }

    [TestCase("I did not monitor calls, but I listened to recordings.", "listened", true)]
    [TestCase("I did not monitor calls, but I listened to recordings.", "monitor", false)]
    [TestCase("Given more time, I would coach him.", "coach", false)]
    [TestCase("I told her \"we monitored it\" and logged the call.", "monitored", false)]
    [TestCase("I told her \"we monitored it\" and logged the call.", "logged", true)]
    [TestCase("My manager monitored calls.", "monitored", false)]
    public void Own_action_at(string text, string word, bool own)
    {
        var model = TextModelTesting.Paragraph(text);
        model.IsOwnActionAt(model.IndexOf(word)).ShouldBe(own);
    }

    [TestCase("Gave him a written warning.", "warning", true)]
    [TestCase("So told them at the briefing, and then it was up to them.", "briefing", true)]
    [TestCase("Never gave him a warning.", "warning", false)]
    [TestCase("Would give him a warning next time.", "warning", false)]
    [TestCase("The team gave him a card.", "card", false)]
    public void Elided_answer_at_is_a_learner_turn_that_leaves_out_the_I(string answer, string word, bool own)
    {
        var model = TextModelTesting.Markdown($"**Assessor:** What did you do about it?\n\n**Learner:** {answer}");
        model.IsElidedAnswerAt(model.IndexOf(word)).ShouldBe(own);
    }

    [Test]
    public void Elided_answer_at_is_false_outside_a_transcript()
    {
        var model = TextModelTesting.Paragraph("Gave him a written warning.");
        model.IsElidedAnswerAt(model.IndexOf("warning")).ShouldBeFalse();
    }

    [Test]
    public void Quoted_at_marks_only_the_quotation()
    {
        var model = TextModelTesting.Paragraph("I told her \"we will call back\" and logged it.");
        model.IsQuotedAt(model.IndexOf("call")).ShouldBeTrue();
        model.IsQuotedAt(model.IndexOf("logged")).ShouldBeFalse();
        model.IsHypotheticalAt(model.IndexOf("logged")).ShouldBeFalse();
    }
}

public class ReportedClauseTests
{
    [TestCase("The calls I listened to also showed that three advisers were not explaining the cooling-off period.", false, false)]
    [TestCase("I explained what would happen next and rang her back on the Monday.", false, false)]
    [TestCase("It did not improve, so I told him that if it is not under target he will be put on a plan.", false, false)]
    [TestCase("I also added her to the register so she will not be disconnected.", false, false)]
    [TestCase("She had not asked to complain, but because she was unhappy I also logged the contact as a complaint.", false, false)]
    [TestCase("In February she said I was not summarising, so I now end every call with a summary.", false, false)]
    [TestCase("I don't really monitor my performance, that is my team leader's job.", true, false)]
    [TestCase("My manager and I plan to go through the figures in June.", false, true)]
    [TestCase("I need to give feedback sooner.", false, true)]
    [TestCase("I needed to give feedback sooner, so I moved the one-to-ones to Monday.", false, false)]
    [TestCase("Our charter promises members and their families that we will deal with them kindly.", false, false)]
    [TestCase("I told the new starters on Monday that we will review their calls weekly.", false, false)]
    public void Claim_is_the_learners_own_clause(string text, bool negated, bool hypothetical)
    {
        var sentence = TextModelTesting.Paragraph(text).Single();
        sentence.IsNegated.ShouldBe(negated);
        sentence.IsHypothetical.ShouldBe(hypothetical);
    }

    [Test]
    public void A_clause_of_many_cues_is_scoped_from_its_first_cue()
    {
        // One clause, thousands of cues: each cue's scope runs to the clause's end, so the union starts at the first.
        var model = TextModelTesting.Paragraph("I listened to calls and " + string.Concat(Enumerable.Repeat("she would not ", 5_000)) + "score them.");

        model.IsNegatedAt(model.IndexOf("listened")).ShouldBeFalse();
        model.IsHypotheticalAt(model.IndexOf("listened")).ShouldBeFalse();
        model.IsNegatedAt(model.IndexOf("score")).ShouldBeTrue();
        model.IsHypotheticalAt(model.IndexOf("score")).ShouldBeTrue();
    }
}
