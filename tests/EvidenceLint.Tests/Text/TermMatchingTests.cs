using EvidenceLint.Text;

namespace EvidenceLint.Tests.Text;

public class TermMatchingTests
{
    [TestCase("call recording", "I listened to call recordings every week.", "call recordings")]
    [TestCase("listen to call", "I listened to calls every week.", "listened to calls")]
    [TestCase("monitor", "We were monitoring webchats.", "monitoring")]
    [TestCase("analyse", "I analyzed the survey comments.", "analyzed")]
    [TestCase("organize", "I organised a huddle.", "organised")]
    [TestCase("GDPR", "Recordings are kept under gdpr rules.", "gdpr")]
    [TestCase("MCS.3", "This evidences MCS.3 in full.", "MCS.3")]
    [TestCase("AC 1.2", "See AC 1.2 above.", "AC 1.2")]
    [TestCase("1-2-1", "I gave feedback in 1-2-1s.", "1-2-1s")]
    [TestCase("average handling time", "Our Average Handling Time fell.", "Average Handling Time")]
    [TestCase("first contact resolution", "First “contact” resolution rose.", "First “contact” resolution")]
    [TestCase("data protection policy", "Under the data-protection policy we redact.", "data-protection policy")]
    [TestCase("feed back", "I fed back to him on Monday.", "fed back")]
    [TestCase("ID&V", "I completed ID&V first.", "ID&V")]
    [TestCase("policy", "Both policies changed.", "policies")]
    [TestCase("follow-up call", "I made follow up calls.", "follow up calls")]
    [TestCase("follow up", "I booked a follow-up.", "follow-up")]
    [TestCase("GROW model", "I coached her using the GROW model.", "GROW model")]
    [TestCase("ACT", "I used the ACT model with her.", "ACT")]
    [TestCase("{number} minutes", "Get every call done inside four minutes.", "four minutes")]
    [TestCase("{number} calls a week", "I listen to ten calls a week.", "ten calls a week")]
    [TestCase("{number} calls", "I listened to 12 calls.", "12 calls")]
    public void Matches(string term, string text, string matched)
    {
        var model = TextModelTesting.Paragraph(text);
        var matches = model.Find(TermSet.Create(term), model.Sentences[0]);
        matches.Length.ShouldBe(1);
        model.Document.GetText(matches[0].Start, matches[0].Length).ShouldBe(matched);
        matches[0].Term.ShouldBe(term);
    }

    [TestCase("ACT", "The Consumer Rights Act 2015 applies to refunds.")]
    [TestCase("ACT", "I had to act quickly.")]
    [TestCase("GROW", "I want the team to grow.")]
    [TestCase("NICE", "It was a nice call.")]
    [TestCase("SMART", "She is a smart adviser.")]
    public void An_acronym_that_is_also_a_word_matches_only_in_capitals(string term, string text)
    {
        var model = TextModelTesting.Paragraph(text);
        model.Find(TermSet.Create(term), model.Sentences[0]).ShouldBeEmpty();
    }

    [TestCase("call recording", "I listened to calls, recordings and chats.")]
    [TestCase("call recording", "The recording of calls was paused.")]
    [TestCase("monitor call", "I monitored webchats.")]
    [TestCase("follow-up call", "I rang to follow. Up calls were quiet.")]
    [TestCase("data protection", "Data is safe. Protection matters.")]
    [TestCase("{number} calls", "I took one call, then calls dried up.")]
    [TestCase("{percent}", "Seventy of them passed.")]
    public void Does_not_match(string term, string text)
    {
        var model = TextModelTesting.Paragraph(text);
        model.FindAll(TermSet.Create(term)).ShouldBeEmpty();
    }

    [Test]
    public void Synonyms_in_one_set_and_the_longest_wins()
    {
        var terms = TermSet.Create("quality monitoring", ["listen to call", "listen", "call recording", "score"]);
        var model = TextModelTesting.Paragraph("I listened to calls and scored the call recordings.");
        var matches = model.Find(terms, model.Sentences[0]);
        matches.Select(m => m.Term).ShouldBe(["listen to call", "score", "call recording"]);
        matches.Select(m => m.TokenCount).ShouldBe([3, 1, 2]);
        terms.Name.ShouldBe("quality monitoring");
    }

    [Test]
    public void Find_in_paragraph_and_document()
    {
        var model = TextModelTesting.Markdown("""
            I monitored calls. I monitored chats.

            We monitored emails.
            """);
        var terms = TermSet.Create("monitor");
        model.Find(terms, model.Document.Paragraphs[0]).Length.ShouldBe(2);
        model.Find(terms, model.Document.Paragraphs[1]).Length.ShouldBe(1);
        model.FindAll(terms).Count().ShouldBe(3);
        model.Contains(terms, model.Sentences[2]).ShouldBeTrue();
        model.Contains(TermSet.Create("coach"), model.Sentences[2]).ShouldBeFalse();
    }

    [Test]
    public void Match_token_indexes_feed_clause_scopes()
    {
        var model = TextModelTesting.Paragraph("I did not monitor calls, but I listened to recordings.");
        var terms = TermSet.Create("monitor", "listen");
        var own = model.FindAll(terms).Where(m => model.IsOwnActionAt(m.FirstToken)).Select(m => m.Term).ToList();
        own.ShouldBe(["listen"]);
    }

    [TestCase("agree ... standard", "After a month of listening to calls with the two new starters I agreed a wrap-up standard with them.", "agreed a wrap-up standard")]
    [TestCase("set ... standard", "I set a clear first-contact resolution standard for the team.", "set a clear first-contact resolution standard")]
    [TestCase("agree ... standard", "I agreed, after a long discussion with the seniors, a standard for wrap time.", "agreed, after a long discussion with the seniors, a standard")]
    [TestCase("agree ... standard", "I agreed that the standard would be 80%.", "agreed that the standard")]
    [TestCase("settle on ... standard", "The team and I settled on a new greeting standard.", "settled on a new greeting standard")]
    [TestCase("roll out ... standard", "The rollout of my new greeting standard went well.", "rollout of my new greeting standard")]
    [TestCase("roll out ... standard", "The roll-out of my new greeting standard went well.", "roll-out of my new greeting standard")]
    [TestCase("agree ... target", "The agreement of the new targets took a week.", "agreement of the new targets")]
    [TestCase("introduce ... script", "The introduction of a shorter script helped.", "introduction of a shorter script")]
    [TestCase("agree … standard", "I agreed two standards.", "agreed two standards")]
    [TestCase("set * standard", "I set two new standards.", "set two new standards")]
    public void The_clause_wildcard_matches_whatever_lies_between_in_one_clause(string term, string text, string matched)
    {
        var model = TextModelTesting.Paragraph(text);
        var matches = model.Find(TermSet.Create(term), model.Sentences[0]);
        matches.Length.ShouldBe(1);
        model.Document.GetText(matches[0].Start, matches[0].Length).ShouldBe(matched);
        matches[0].Term.ShouldBe(term);
    }

    [TestCase("agree ... standard", "I agreed the rota with Sam, and she wrote the standard.")]
    [TestCase("agree ... standard", "I agreed the rota with Sam and she wrote the standard.")]
    [TestCase("agree ... standard", "I agreed the rota, which the standard did not cover.")]
    [TestCase("agree ... standard", "I agreed a meeting that would review the standard.")]
    [TestCase("agree ... standard", "I agreed the rota; the standard came later.")]
    [TestCase("agree ... standard", "I agreed the rota because the standard was late.")]
    [TestCase("agree ... standard", "I agreed the rota. The standard came later.")]
    [TestCase("agree ... standard", "I agreed the rota, and the team wrote a standard.")]
    [TestCase("set * standard", "I set up a meeting with the team about the standard.")]
    [TestCase("agree ... standard", "The standard was agreed.")]
    public void The_clause_wildcard_stops_at_a_new_clause(string term, string text)
    {
        var model = TextModelTesting.Paragraph(text);
        model.FindAll(TermSet.Create(term)).ShouldBeEmpty();
    }

    [Test]
    public void A_wildcard_needs_a_word_before_it_and_after_it()
    {
        Should.Throw<ArgumentException>(() => TermSet.Create("g", ["... standard"]));
        Should.Throw<ArgumentException>(() => TermSet.Create("g", ["agree ..."]));
        Should.Throw<ArgumentException>(() => TermSet.Create("g", ["agree ... * standard"]));
    }

    [Test]
    public void Empty_term_group_is_rejected()
    {
        Should.Throw<ArgumentException>(() => TermSet.Create("empty", ["", "  "]));
        Should.Throw<ArgumentException>(() => TermSet.Create("punctuation", ["..."]));
    }

    [Test]
    public void Create_from_params_is_named_after_the_first_term() => TermSet.Create("coach", "mentor").Name.ShouldBe("coach");
}
