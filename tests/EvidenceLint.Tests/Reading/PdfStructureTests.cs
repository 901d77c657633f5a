using EvidenceLint.Reading;

namespace EvidenceLint.Tests.Reading;

/// <summary>The structure a PDF flattens away, recovered from type size, weight, bullets and page breaks.</summary>
public class PdfStructureTests
{
    [TestCase("practices during customer interactions", 1)]
    [TestCase("Practices during customer interactions", 2)]
    public void A_paragraph_cut_by_a_page_break_continues_on_the_next_page(string next, int paragraphs)
    {
        PdfLayout.JoinAcrossPages([[new PdfParagraph("evidence of compliant data handling", 1, 11)], [new PdfParagraph(next, 2, 11)]])
            .Count().ShouldBe(paragraphs);
        PdfLayout.JoinAcrossPages([[new PdfParagraph("This section is my evidence.", 1, 11)], [new PdfParagraph(next, 2, 11)]])
            .Count().ShouldBe(2);
    }

    [Test]
    public void Short_lines_set_larger_or_bold_are_headings_and_bullets_are_list_items()
    {
        PdfParagraph[] paragraphs =
        [
            new("Reflective account", 1, 18, Bold: true),
            new("I monitored the team's calls every week and gave each adviser feedback in their 1-2-1.", 1, 11, Lines: 2),
            new("Monitoring", 1, 14, Bold: true),
            new("\u2022 four recorded calls per adviser", 1, 11),
            new("Findings", 1, 11, Bold: true),
            new("This one ends with a full stop.", 1, 11, Bold: true),
        ];
        var structure = PdfStructure.Infer(paragraphs);

        paragraphs.Select(structure.Classify).Select(c => (c.Kind, c.Level)).ShouldBe(
        [
            (ParagraphKind.Heading, 1),
            (ParagraphKind.Body, 0),
            (ParagraphKind.Heading, 2),
            (ParagraphKind.ListItem, 0),
            (ParagraphKind.Heading, 3),
            (ParagraphKind.Body, 0),
        ]);
        structure.Classify(paragraphs[3]).Text.ShouldBe("four recorded calls per adviser");
    }

    [Test]
    public void A_heading_that_wrapped_onto_two_lines_is_one_heading()
    {
        PdfParagraph[] paragraphs =
        [
            new("Reflective account: Supervise customer service delivery in a", 1, 18, Bold: true),
            new("contact centre", 1, 18, Bold: true),
            new("I am a team leader in a motor insurance contact centre, with ten advisers.", 1, 11, Lines: 2),
        ];
        var structure = PdfStructure.Infer(paragraphs);

        var joined = structure.JoinWrappedHeadings([.. paragraphs]);

        joined.Select(p => p.Text).ShouldBe(["Reflective account: Supervise customer service delivery in a contact centre", paragraphs[2].Text]);
    }
}
