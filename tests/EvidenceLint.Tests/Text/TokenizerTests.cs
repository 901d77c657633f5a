using EvidenceLint.Text;

namespace EvidenceLint.Tests.Text;

public class TokenizerTests
{
    [TestCase("I don't know", "I|don't|know")]
    [TestCase("I’ve called Mr O’Neill", "I’ve|called|Mr|O’Neill")]
    [TestCase("We sat side-by-side in 1-2-1s.", "We|sat|side-by-side|in|1-2-1s|.")]
    [TestCase("FCR rose to 4.5% (from 3.9%).", "FCR|rose|to|4.5%|(|from|3.9%|)|.")]
    [TestCase("It cost £1,200 at 07:30 on 27/02/2024.", "It|cost|£1,200|at|07:30|on|27/02/2024|.")]
    [TestCase("This covers MCS.3 and AC 1.2.", "This|covers|MCS.3|and|AC|1.2|.")]
    [TestCase("Email j.smith@example.co.uk, or see www.example.com/help.", "Email|j.smith@example.co.uk|,|or|see|www.example.com/help|.")]
    [TestCase("Go to https://example.com/a?b=1).", "Go|to|https://example.com/a?b=1|)|.")]
    [TestCase("We did ID&V and Q&A.", "We|did|ID&V|and|Q&A|.")]
    [TestCase("Tools, e.g. the CRM, i.e. Salesforce", "Tools|,|e.g.|the|CRM|,|i.e.|Salesforce")]
    [TestCase("Wait... then “stop”!", "Wait|...|then|“|stop|”|!")]
    [TestCase("the learners' notes", "the|learners|'|notes")]
    [TestCase("In 2023.Then", "In|2023|.|Then")]
    public void Splits_into_tokens(string text, string expected)
    {
        var tokens = Tokenizer.Tokenize(text);
        string.Join("|", tokens.Select(t => t.Text)).ShouldBe(expected);
        foreach (var t in tokens)
        {
            text.Substring(t.Start, t.Length).ShouldBe(t.Text);
        }
    }

    [TestCase("4.5%", TokenKind.Number)]
    [TestCase("£1,200", TokenKind.Number)]
    [TestCase("07:30", TokenKind.Number)]
    [TestCase("1-2-1", TokenKind.Word)]
    [TestCase("MCS.3", TokenKind.Word)]
    [TestCase("ID&V", TokenKind.Word)]
    [TestCase("jo@example.com", TokenKind.Address)]
    [TestCase("https://example.com", TokenKind.Address)]
    [TestCase("—", TokenKind.Punctuation)]
    [TestCase("£", TokenKind.Symbol)]
    public void Classifies_tokens(string text, TokenKind kind)
    {
        var tokens = Tokenizer.Tokenize(text);
        tokens.Count.ShouldBe(1);
        tokens[0].Kind.ShouldBe(kind);
    }

    [TestCase("GDPR", "gdpr")]
    [TestCase("KPIs", "kpi")]
    [TestCase("AHT", "aht")]
    [TestCase("US", "us")]
    [TestCase("CALLS", "call")]
    [TestCase("Monitored", "monitor")]
    [TestCase("don’t", "don't")]
    [TestCase("O’Neill’s", "o'neill")]
    public void Lemmas_respect_acronyms_and_apostrophes(string text, string lemma) => Tokenizer.Tokenize(text)[0].Lemma.ShouldBe(lemma);

    [Test]
    public void Offsets_are_relative_to_the_document()
    {
        var model = TextModelTesting.Markdown("# Role\n\nI listened to calls.");
        var token = model.Tokens[model.IndexOf("listened")];
        model.Document.Text.Substring(token.Start, token.Length).ShouldBe("listened");
    }

    [Test]
    public void A_long_run_without_spaces_is_tokenized_word_by_word()
    {
        // "ab.ab.ab…" and "a@a@a@…": every word of the run asks whether an address starts there.
        var dotted = Tokenizer.Tokenize(string.Concat(Enumerable.Repeat("ab.", 20_000)));
        dotted.Count(t => t.Text == "ab").ShouldBe(20_000);

        var ats = Tokenizer.Tokenize(string.Concat(Enumerable.Repeat("a@", 20_000)));
        ats.ShouldNotContain(t => t.Kind == TokenKind.Address);
        ats.Count(t => t.Text == "a").ShouldBe(20_000);
    }

    [TestCase("Write to jo.bloggs@example.co.uk today.", "jo.bloggs@example.co.uk")]
    [TestCase("See www.example.org/a-long/path?x=1.", "www.example.org/a-long/path?x=1")]
    public void Addresses_in_a_sentence_are_one_token(string text, string address) =>
        Tokenizer.Tokenize(text).ShouldContain(t => t.Kind == TokenKind.Address && t.Text == address);
}
