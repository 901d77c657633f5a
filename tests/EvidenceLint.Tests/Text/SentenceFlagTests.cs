using EvidenceLint.Reading;
using EvidenceLint.Text;

namespace EvidenceLint.Tests.Text;

public class SentenceFlagTests
{
    [TestCase("I did not monitor calls during the week of 11 March, because the system was being upgraded.")]
    [TestCase("I never coached him on call control.")]
    [TestCase("I haven't reviewed the standards yet.")]
    [TestCase("I didn't need to think about GDPR.")]
    [TestCase("I didn’t need to think about GDPR.")]
    [TestCase("No one was consulted about the new standards.")]
    [TestCase("Because the system was down, I did not monitor calls.")]
    [TestCase("The system was down, so I did not monitor calls.")]
    [TestCase("I did not monitor calls, but I listened to recordings.")]
    [TestCase("I failed to review the figures.")]
    [TestCase("We cannot share recordings outside the quality system.")]
    [TestCase("Nobody questioned the 48-hour rule.")]
    public void Negated(string text) => TextModelTesting.Paragraph(text).Single().IsNegated.ShouldBeTrue();

    [TestCase("I not only monitored calls but also read the chat transcripts.")]
    [TestCase("I read all the written comments, not just the satisfaction score.")]
    [TestCase("I set the standards without consulting the team.")]
    [TestCase("Although I did not monitor calls that week, I listened to recordings.")]
    [TestCase("I monitored calls whether or not the adviser was on the rota.")]
    [TestCase("I listened to calls no more than twice a week.")]
    [TestCase("I listened to calls and scored them.")]
    [TestCase("Apart from that week, every Thursday I listened to four recorded calls.")]
    [TestCase("I told her \"we can't do that\" and offered a callback.")]
    public void Not_negated(string text) => TextModelTesting.Paragraph(text).Single().IsNegated.ShouldBeFalse();

    [TestCase("Given more time, I would coach him using the GROW model.")]
    [TestCase("I will keep an eye on his handling time.")]
    [TestCase("I’ll review the standards in June.")]
    [TestCase("I plan to introduce a new scorecard.")]
    [TestCase("I intend to share the results at the huddle.")]
    [TestCase("I am going to run a refresher session.")]
    [TestCase("I should have escalated the complaint sooner.")]
    [TestCase("I could have coached him earlier.")]
    [TestCase("I would like to set up peer reviews.")]
    [TestCase("I hope to reduce repeat calls.")]
    [TestCase("If I had more time I'd monitor more calls.")]
    [TestCase("Next time I listen to calls with the adviser.")]
    [TestCase("In future I monitor webchats too.")]
    [TestCase("In the future we need to review the policy.")]
    [TestCase("The next step: I might trial a buddy system.")]
    [TestCase("Going forward, the team reviews CSAT weekly.")]
    public void Hypothetical(string text) => TextModelTesting.Paragraph(text).Single().IsHypothetical.ShouldBeTrue();

    [TestCase("I could see that he was struggling with the claims screen.")]
    [TestCase("From 4 March advisers could raise a trace on the day, and I briefed the team.")]
    [TestCase("I set up a weekly huddle, which would cover the week's figures.")]
    [TestCase("Every Friday I would listen to five calls per adviser.")]
    [TestCase("I planned to review the figures, so I booked a meeting.")]
    [TestCase("I'd already checked the contract with the logistics manager.")]
    [TestCase("The next time she rang, I answered straight away.")]
    [TestCase("I told her \"we will call you back tomorrow\" and logged the call.")]
    [TestCase("I monitored calls in May.")]
    public void Not_hypothetical(string text) => TextModelTesting.Paragraph(text).Single().IsHypothetical.ShouldBeFalse();

    [TestCase("I listened to calls.", true)]
    [TestCase("We agreed the targets together.", true)]
    [TestCase("My team and I agreed the targets.", true)]
    [TestCase("Me and my team agreed the targets.", true)]
    [TestCase("i listened to calls.", true)]
    [TestCase("I’ve listened to calls.", true)]
    [TestCase("My manager asked me to monitor calls.", false)]
    [TestCase("The procedure was developed for the department.", false)]
    [TestCase("She said \"I will call you\" to the customer.", false)]
    [TestCase("The team gave me feedback.", false)]
    public void First_person(string text, bool expected) => TextModelTesting.Paragraph(text).Single().IsFirstPerson.ShouldBe(expected);

    [TestCase("“Can I take your account number?” she asked.", true)]
    [TestCase("\"Good afternoon, my name is Sam and I work in the Priority Services team.\"", true)]
    [TestCase("Our aim is to be \"the easiest retailer in Britain to buy from\".", false)]
    [TestCase("I told her \"we will sort this today\".", false)]
    [TestCase("I listened to calls.", false)]
    public void Quoted(string text, bool expected) => TextModelTesting.Paragraph(text).Single().IsQuoted.ShouldBe(expected);

    [Test]
    public void Quotation_spanning_sentences_marks_each_of_them()
    {
        var model = TextModelTesting.Paragraph("I opened the call: “Good afternoon. My name is Sam. May I ask two security questions?” She agreed.");
        model.Sentences.Select(s => s.IsQuoted).ShouldBe([false, true, true, false]);
        model.Sentences[2].IsQuestion.ShouldBeTrue();
    }

    [Test]
    public void Unclosed_quotation_mark_is_ignored()
    {
        var model = TextModelTesting.Paragraph("I said \"hello. I listened to calls. I scored them.");
        model.Sentences.ShouldAllBe(s => !s.IsQuoted);
    }

    [Test]
    public void Block_quote_is_quoted()
    {
        var model = TextModelTesting.Markdown("> Thank you for calling. I will check that for you.");
        model.Sentences.ShouldAllBe(s => s.IsQuoted && !s.IsOwnAction);
    }

    [TestCase("Did I do enough?", true)]
    [TestCase("“Did I do enough?” she wondered.", false)]
    [TestCase("Why (in hindsight)?", true)]
    [TestCase("I did enough.", false)]
    public void Question(string text, bool expected) => TextModelTesting.Paragraph(text).Single().IsQuestion.ShouldBe(expected);

    [TestCase("I monitored calls every week.", true)]
    [TestCase("I did not monitor calls.", false)]
    [TestCase("I will monitor calls.", false)]
    [TestCase("Calls were monitored.", false)]
    [TestCase("“I monitored calls,” she said.", false)]
    public void Own_action(string text, bool expected) => TextModelTesting.Paragraph(text).Single().IsOwnAction.ShouldBe(expected);

    [Test]
    public void List_item_and_heading_flags_are_computed_too()
    {
        var model = TextModelTesting.Paragraph("I will review the rota", ParagraphKind.ListItem);
        model.Single().IsHypothetical.ShouldBeTrue();
    }
}
