using EvidenceLint.Reading;

namespace EvidenceLint.Tests.Text;

public class SentenceSplittingTests
{
    [TestCase("I listened to calls. I scored them.", "I listened to calls.|I scored them.")]
    [TestCase("I used tools, e.g. the CRM. Then I logged it.", "I used tools, e.g. the CRM.|Then I logged it.")]
    [TestCase("I spoke to Mr. Patel and Dr. Jones. They agreed.", "I spoke to Mr. Patel and Dr. Jones.|They agreed.")]
    [TestCase("We checked calls, chats, etc. Then we met.", "We checked calls, chats, etc.|Then we met.")]
    [TestCase("We checked calls, chats etc. and emails.", "We checked calls, chats etc. and emails.")]
    [TestCase("It took approx. 5 minutes. Good.", "It took approx. 5 minutes.|Good.")]
    [TestCase("See no. 4 on the list. Done.", "See no. 4 on the list.|Done.")]
    [TestCase("FCR rose by 4.5% in March. CSAT held.", "FCR rose by 4.5% in March.|CSAT held.")]
    [TestCase("This meets MCS.3 fully. It also meets AC 1.2.", "This meets MCS.3 fully.|It also meets AC 1.2.")]
    [TestCase("She said \"I will call back.\" I logged it.", "She said \"I will call back.\"|I logged it.")]
    [TestCase("I asked (as agreed.) Then I left.", "I asked (as agreed.)|Then I left.")]
    [TestCase("“Can I help?” she asked. I nodded.", "“Can I help?” she asked.|I nodded.")]
    [TestCase("I waited... and then it rang. Next!", "I waited... and then it rang.|Next!")]
    [TestCase("I waited… Nothing happened.", "I waited…|Nothing happened.")]
    [TestCase("Why? Because it mattered!", "Why?|Because it mattered!")]
    [TestCase("I checked. i then logged it.", "I checked.|i then logged it.")]
    [TestCase("I emailed jo@example.com. She replied.", "I emailed jo@example.com.|She replied.")]
    [TestCase("I coached Adviser G. She improved.", "I coached Adviser G.|She improved.")]
    [TestCase("The team met at 9 a.m. every day", "The team met at 9 a.m. every day")]
    public void Splits_sentences(string text, string expected) =>
        string.Join("|", TextModelTesting.Paragraph(text).SentenceTexts()).ShouldBe(expected);

    [Test]
    public void Sentences_never_cross_paragraphs()
    {
        var model = TextModelTesting.Markdown("""
            # Monitoring calls

            I listened to calls every week and

            - scored them on the form
            - gave feedback. Then I reviewed them.
            """);
        model.SentenceTexts().ShouldBe(["Monitoring calls", "I listened to calls every week and", "scored them on the form", "gave feedback.", "Then I reviewed them."]);
        model.Sentences.Select(s => s.Paragraph).ShouldBe([0, 1, 2, 3, 3]);
        model.GetSentences(model.Document.Paragraphs[3]).Length.ShouldBe(2);
    }

    [Test]
    public void Sentences_know_their_tokens()
    {
        var model = TextModelTesting.Paragraph("I listened. We agreed.");
        var second = model.Sentences[1];
        string.Join(" ", model.GetTokens(second).ToArray().Select(t => t.Text)).ShouldBe("We agreed .");
        model.GetSentenceOf(second.FirstToken).ShouldBe(second);
        model.GetTokens(model.Document.Paragraphs[0]).Length.ShouldBe(6);
    }

    [Test]
    public void Empty_document_has_no_sentences()
    {
        var model = TextModelTesting.Markdown("");
        model.Sentences.ShouldBeEmpty();
        model.Tokens.ShouldBeEmpty();
    }

    [Test]
    public void Heading_is_one_sentence() =>
        TextModelTesting.Paragraph("Monitoring and evaluating performance", ParagraphKind.Heading).Single().TokenCount.ShouldBe(4);
}
