using EvidenceLint.Evidence;
using EvidenceLint.Text;

namespace EvidenceLint.Tests.Text;

public class TranscriptTests
{
    private static Speaker[] Speakers(TextModel model) => [.. model.Document.Paragraphs.Select(model.Outline.SpeakerOf)];

    [Test]
    public void Role_labels_mark_interviewer_and_learner_turns_and_an_answer_runs_on_until_the_next_turn()
    {
        var model = TextModelTesting.Markdown("""
            # Professional discussion

            **Assessor:** How did you monitor the team?

            **Learner:** I listened to ten calls a week.

            Then I scored them on the quality form.

            **Assessor:** What did you change?

            **Learner:** Rewrote the closing script.

            ## Assessor's summary

            The learner gave clear answers.
            """);
        Speakers(model).ShouldBe([Speaker.None, Speaker.Interviewer, Speaker.Learner, Speaker.Learner, Speaker.Interviewer, Speaker.Learner, Speaker.None, Speaker.None]);
    }

    [TestCase("*Assessor's note: the learner agreed that this record is accurate.*")]
    [TestCase("Tutor’s comment: we agreed the next steps together.")]
    [TestCase("IQA comments: sampled and agreed.")]
    public void A_note_by_the_interviewer_is_the_interviewers_words(string note)
    {
        var model = TextModelTesting.Markdown($"**Assessor:** What did you do?\n\n**Learner:** I coached her.\n\n{note}\n");
        Speakers(model).ShouldBe([Speaker.Interviewer, Speaker.Learner, Speaker.Interviewer]);
    }

    [TestCase("Q:", "A:")]
    [TestCase("Interviewer:", "Candidate:")]
    [TestCase("Question:", "Answer:")]
    public void Other_role_labels_are_recognised(string interviewer, string learner)
    {
        var model = TextModelTesting.Markdown($"{interviewer} What did you do?\n\n{learner} I coached her.\n\n{interviewer} Why?\n\n{learner} She was struggling.\n");
        Speakers(model).ShouldBe([Speaker.Interviewer, Speaker.Learner, Speaker.Interviewer, Speaker.Learner]);
    }

    [Test]
    public void Named_speakers_take_their_role_from_the_header_or_from_asking_the_questions()
    {
        var introduced = TextModelTesting.Markdown("Assessor: Ruth Mensah\n\nRuth Mensah: Tell me about the team.\n\nSam: We are twelve.\n\nRuth Mensah: Thanks.\n\nSam: I coach them weekly.\n");
        Speakers(introduced).ShouldBe([Speaker.None, Speaker.Interviewer, Speaker.Learner, Speaker.Interviewer, Speaker.Learner]);

        var asked = TextModelTesting.Markdown("Ruth: What did you monitor?\n\nSam: Calls, mostly.\n\nRuth: How often?\n\nSam: Every week.\n");
        Speakers(asked).ShouldBe([Speaker.Interviewer, Speaker.Learner, Speaker.Interviewer, Speaker.Learner]);
    }

    [Test]
    public void Labels_in_an_ordinary_account_are_not_a_transcript()
    {
        var model = TextModelTesting.Markdown("Situation: the queue was long.\n\nAction: I moved two advisers.\n\nResult: calls were answered.\n\nDate: 3 May.\n");
        Speakers(model).ShouldAllBe(s => s == Speaker.None);
    }

    [Test]
    public void Interviewer_turns_are_never_evidence_and_the_learners_answers_are()
    {
        var model = TextModelTesting.Markdown("""
            **Assessor:** The marking point asks about coaching. Did you coach anyone?

            **Learner:** Jess was new. Sat next to her for an hour and showed her the shortcuts.

            The next week she was quicker.
            """);
        var standings = EvidenceSentences.Create(model);
        string[] texts = model.SentenceTexts();
        EvidenceStanding Of(string start) => standings[model.Sentences[Array.FindIndex(texts, t => t.StartsWith(start, StringComparison.Ordinal))]];
        Of("Assessor: The marking point").ShouldBe(EvidenceStanding.None);
        Of("Did you coach").ShouldBe(EvidenceStanding.None);
        Of("Sat next to her").ShouldBe(EvidenceStanding.OwnAction);
        Of("The next week").ShouldBe(EvidenceStanding.OwnAction);
    }

    [Test]
    public void A_question_is_neither_evidence_nor_a_mention()
    {
        var model = TextModelTesting.Markdown("I listened to calls every week. Did I check it worked?\n");
        var standings = EvidenceSentences.Create(model);
        standings[model.Sentences[1]].ShouldBe(EvidenceStanding.None);
    }
}
