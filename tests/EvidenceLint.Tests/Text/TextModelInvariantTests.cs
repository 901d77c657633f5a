using EvidenceLint.Tests.Testing;
using EvidenceLint.Reading;
using EvidenceLint.Text;

namespace EvidenceLint.Tests.Text;

public class TextModelInvariantTests
{
    private const string Account = """
        # Reflective account: Manage customer service in own area of responsibility

        ## My role

        I am team leader for the delivery enquiries team at an online homeware retailer. I have nine advisers handling calls and webchats about late, missing and damaged deliveries (approx. 1,200 contacts a week, i.e. about 4.5% of the centre's volume).

        ## Standards

        Our company's aim is to be "the easiest retailer in Britain to buy from". That is a good slogan, but it is not something an adviser can measure, so I worked with the team to turn it into standards we could track. At our team meeting on 6 February the advisers voted for two measures and we agreed the targets together:

        - first contact resolution (FCR) on delivery contacts to rise from 71% to 78% by 31 March;
        - at least 88% of customers to say they were satisfied (CSAT) in every week of March.

        We also track average handling time (AHT), but I deliberately kept it out of the standards. I did not monitor calls during the week of 11 March, because the call recording system was being upgraded. Apart from that week, every Thursday I listened to four recorded calls per adviser and scored them against our quality scorecard (see MCS.3 and AC 1.2).

        > "Good afternoon, Mrs [redacted]. My name is [adviser]. May I ask you two quick security questions?"

        Adviser F's transcripts showed that he often closed chats before confirming the redelivery date. I fed this back to him in his 1-2-1 on 21 March. Given more time, I would coach him using the GROW model… Next time I will e-mail quality@example.co.uk first, etc.
        """;

    [Test]
    public void Tokens_and_sentences_are_consistent_with_the_document()
    {
        var model = TextModelTesting.Markdown(Account);
        AssertConsistent(model);
    }

    [Test]
    public void Corpus_accounts_are_consistent()
    {
        string corpus = SharedData.Require("corpus/dev");
        foreach (string path in Directory.GetFiles(corpus, "*.md"))
        {
            AssertConsistent(TextModelTesting.Markdown(File.ReadAllText(path)));
        }
    }

    [Test]
    public void Model_is_safe_to_build_and_read_from_several_threads()
    {
        var document = new PlainTextReader(InputFormat.Markdown).ReadString(Account, "t.md");
        var expected = TextModel.Create(document).Sentences.Select(s => s.Flags).ToArray();
        Parallel.For(0, 32, _ => TextModel.Create(document).Sentences.Select(s => s.Flags).ToArray().ShouldBe(expected));
    }

    private static void AssertConsistent(TextModel model)
    {
        var text = model.Document.Text;
        int previousEnd = 0;
        foreach (var token in model.Tokens)
        {
            token.Start.ShouldBeGreaterThanOrEqualTo(previousEnd);
            text.Substring(token.Start, token.Length).ShouldBe(token.Text);
            token.Lemma.ShouldNotBeNullOrEmpty();
            previousEnd = token.End;
        }

        int nextToken = 0;
        foreach (var sentence in model.Sentences)
        {
            sentence.FirstToken.ShouldBe(nextToken);
            sentence.TokenCount.ShouldBeGreaterThan(0);
            nextToken += sentence.TokenCount;
            var paragraph = model.Document.Paragraphs[sentence.Paragraph];
            sentence.Start.ShouldBeGreaterThanOrEqualTo(paragraph.Start);
            sentence.End.ShouldBeLessThanOrEqualTo(paragraph.End);
            model.GetSentenceOf(sentence.FirstToken).ShouldBe(sentence);
        }

        nextToken.ShouldBe(model.Tokens.Length);
    }
}
