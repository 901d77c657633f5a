using EvidenceLint.Reading;
using EvidenceLint.Text;

namespace EvidenceLint.Tests.Text;

public class DocumentOutlineTests
{
    private static TextModel Build(InputFormat format, params (string Text, ParagraphKind Kind)[] paragraphs)
    {
        var builder = new EvidenceDocumentBuilder(format == InputFormat.Pdf ? "t.pdf" : "t.md", format);
        foreach (var (text, kind) in paragraphs)
        {
            builder.AddParagraph(text, kind, kind == ParagraphKind.Heading ? 2 : 0, format == InputFormat.Pdf ? 1 : null);
        }

        return TextModel.Create(builder.Build());
    }

    [Test]
    public void Headings_open_sections_and_paragraphs_before_the_first_sit_in_none()
    {
        var model = TextModelTesting.Markdown("Intro line about me.\n\n## Monitoring\n\nI listened to ten calls.\n\n## Changes\n\nI rewrote the script.\n");
        var p = model.Document.Paragraphs;
        var outline = model.Outline;
        outline.SectionOf(p[0]).ShouldBe(-1);
        outline.SectionOf(p[1]).ShouldBe(1);
        outline.SectionOf(p[2]).ShouldBe(1);
        outline.SectionOf(p[4]).ShouldBe(3);
        outline.IsHeadingLike(p[1]).ShouldBeTrue();
        outline.IsHeadingLike(p[2]).ShouldBeFalse();
        outline.HeadingPath(p[4]).ShouldBe(["Changes"]);
    }

    [Test]
    public void Short_unpunctuated_lines_in_a_document_without_heading_markup_open_sections()
    {
        var model = Build(
            InputFormat.Pdf,
            ("Monitoring", ParagraphKind.Body),
            ("I listened to ten calls with each adviser every week.", ParagraphKind.Body),
            ("What I learned", ParagraphKind.Body),
            ("The script was too long, so I cut it.", ParagraphKind.Body),
            ("I also spoke to my manager about the results:", ParagraphKind.Body));
        var p = model.Document.Paragraphs;
        var outline = model.Outline;
        outline.IsHeadingLike(p[0]).ShouldBeTrue();
        outline.IsHeadingLike(p[1]).ShouldBeFalse("it closes with a full stop");
        outline.IsHeadingLike(p[2]).ShouldBeTrue();
        outline.IsHeadingLike(p[4]).ShouldBeFalse("a line ending in a colon introduces what follows");
        outline.SectionOf(p[1]).ShouldBe(0);
        outline.SectionOf(p[3]).ShouldBe(2);
        outline.SectionOf(p[4]).ShouldBe(2);
        outline.HeadingPath(p[3]).ShouldBe(["What I learned"]);
        outline.HeadingPath(p[2]).ShouldBeEmpty("a heading-like line's own path excludes itself and its sibling");
    }

    [Test]
    public void A_long_line_without_a_full_stop_is_not_heading_like()
    {
        var model = Build(InputFormat.Pdf, ("I listened to ten calls with each adviser on the team every single week", ParagraphKind.Body));
        model.Outline.IsHeadingLike(model.Document.Paragraphs[0]).ShouldBeFalse();
    }

    [Test]
    public void List_items_and_table_cells_are_led_by_the_paragraph_that_introduces_them()
    {
        var model = Build(
            InputFormat.Markdown,
            ("Standards", ParagraphKind.Heading),
            ("I agreed two targets with the team:", ParagraphKind.Body),
            ("FCR to rise from 71% to 78% by 31 March", ParagraphKind.ListItem),
            ("AHT under 6 minutes by April", ParagraphKind.ListItem),
            ("Adviser", ParagraphKind.TableCell),
            ("I then checked them weekly.", ParagraphKind.Body));
        var p = model.Document.Paragraphs;
        var outline = model.Outline;
        outline.LeadOf(p[0]).ShouldBe(0);
        outline.LeadOf(p[1]).ShouldBe(1);
        outline.LeadOf(p[2]).ShouldBe(1);
        outline.LeadOf(p[3]).ShouldBe(1);
        outline.LeadOf(p[4]).ShouldBe(1);
        outline.LeadOf(p[5]).ShouldBe(5);
        outline.IsListItem(p[2]).ShouldBeTrue();
        outline.IsListItem(p[1]).ShouldBeFalse();
        outline.IsListItem(p[4]).ShouldBeFalse();
        outline.SectionOf(p[3]).ShouldBe(0);
    }

    [Test]
    public void A_list_at_the_start_of_the_document_leads_itself()
    {
        var model = Build(InputFormat.Markdown, ("First item", ParagraphKind.ListItem), ("Second item", ParagraphKind.ListItem));
        model.Outline.LeadOf(model.Document.Paragraphs[1]).ShouldBe(1);
    }
}
