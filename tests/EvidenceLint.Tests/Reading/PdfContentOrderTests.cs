using EvidenceLint.Reading;
using EvidenceLint.Tests.Testing;
using UglyToad.PdfPig;
using UglyToad.PdfPig.Core;
using UglyToad.PdfPig.Fonts.Standard14Fonts;
using UglyToad.PdfPig.Writer;

namespace EvidenceLint.Tests.Reading;

public sealed class PdfContentOrderTests
{
    [Test]
    public void One_column_written_top_to_bottom_is_read_in_stored_order()
    {
        byte[] pdf = Page(
            (56, 740, "I listened to the customer and agreed"),
            (56, 726, "a callback time with her."),
            (56, 698, "I checked the outcome the next day."));

        Lines(pdf).ShouldBe(["I listened to the customer and agreed", "a callback time with her.", "I checked the outcome the next day."]);
        Paragraphs(pdf).ShouldBe(["I listened to the customer and agreed a callback time with her.", "I checked the outcome the next day."]);
    }

    [Test]
    public void Lines_stored_bottom_up_are_left_to_layout_analysis()
    {
        byte[] pdf = Page(
            (56, 698, "I checked the outcome the next day."),
            (56, 726, "a callback time with her."),
            (56, 740, "I listened to the customer and agreed"));

        // Layout analysis still mends the lines into paragraphs; which block it puts first is its own reading order.
        Lines(pdf).ShouldBeNull();
        Paragraphs(pdf).ShouldBe(["I listened to the customer and agreed a callback time with her.", "I checked the outcome the next day."], ignoreOrder: true);
    }

    [Test]
    public void Two_columns_stored_one_after_the_other_are_left_to_layout_analysis()
    {
        byte[] pdf = Page(
            (56, 740, "The left column starts here"),
            (56, 726, "and ends on this line."),
            (320, 740, "The right column starts here"),
            (320, 726, "and ends on this line too."));

        Lines(pdf).ShouldBeNull();
        string.Join(" ", Paragraphs(pdf)).ShouldBe("The left column starts here and ends on this line. The right column starts here and ends on this line too.");
    }

    [Test]
    public void A_table_row_is_left_to_layout_analysis()
    {
        byte[] pdf = Page(
            (56, 740, "Average handling time"),
            (320, 740, "240 seconds"),
            (56, 726, "First contact resolution"),
            (320, 726, "78 per cent"));

        Lines(pdf).ShouldBeNull();
    }

    [Test]
    public void A_bullet_and_the_text_after_its_hanging_indent_are_one_line()
    {
        byte[] pdf = Page(
            (56, 740, "\u2022"),
            (74, 740, "I agreed a wrap-up standard with the team."),
            (56, 726, "\u2022"),
            (74, 726, "I monitored it for a month."));

        Lines(pdf).ShouldBe(["\u2022 I agreed a wrap-up standard with the team.", "\u2022 I monitored it for a month."]);
    }

    [Test]
    public void Lines_far_apart_are_separate_paragraphs_even_with_no_other_lines_to_measure_against()
    {
        // With only one gap on the page there is no usual line pitch to compare it with; distance alone parts them.
        byte[] pdf = Page(
            (56, 800, "Unit 3 reflective account"),
            (56, 40, "Written for the assessor"));

        Paragraphs(pdf).ShouldBe(["Unit 3 reflective account", "Written for the assessor"]);
    }

    [Test]
    public void Words_are_split_where_the_stored_text_has_no_space_characters()
    {
        using var builder = new PdfDocumentBuilder();
        var font = builder.AddStandard14Font(Standard14Font.Helvetica);
        var page = builder.AddPage(595, 842);
        double x = 56;
        foreach (string word in new[] { "I", "set", "a", "standard." })
        {
            var letters = page.AddText(word, 11, new PdfPoint(x, 740), font);
            x = letters[^1].EndBaseLine.X + 3;
        }

        Lines(builder.Build()).ShouldBe(["I set a standard."]);
    }

    [Test]
    public void Word_processor_pdfs_read_the_same_in_stored_order_as_by_layout_analysis()
    {
        string? corpus = SharedData.Find("corpus/dev2");
        if (corpus is null)
        {
            Assert.Ignore("shared/corpus/dev2 was not found above the test directory.");
        }

        int inOrder = 0;
        foreach (string file in Directory.GetFiles(corpus!, "*.pdf").Order(StringComparer.Ordinal))
        {
            using var document = PdfDocument.Open(file);
            foreach (var page in document.GetPages())
            {
                var stored = PdfLayout.ReadPage(page).Lines.Select(l => l.Text).ToList();
                var analysed = PdfLayout.ReadPage(page, trustStoredOrder: false).Lines.Select(l => l.Text).ToList();
                stored.ShouldBe(analysed, $"{Path.GetFileName(file)} page {page.Number}");
                inOrder += PdfContentOrder.Lines(page.Letters) is null ? 0 : 1;
            }
        }

        // The shortcut must actually be taken on word-processor output, or this test compares layout analysis with itself.
        inOrder.ShouldBeGreaterThan(0);
    }

    private static byte[] Page(params (double X, double Y, string Text)[] texts)
    {
        using var builder = new PdfDocumentBuilder();
        var font = builder.AddStandard14Font(Standard14Font.Helvetica);
        var page = builder.AddPage(595, 842);
        foreach (var (x, y, text) in texts)
        {
            page.AddText(text, 11, new PdfPoint(x, y), font);
        }

        return builder.Build();
    }

    private static List<string>? Lines(byte[] pdf)
    {
        using var document = PdfDocument.Open(pdf);
        return PdfContentOrder.Lines(document.GetPage(1).Letters)?.Select(l => l.Text).ToList();
    }

    private static List<string> Paragraphs(byte[] pdf)
    {
        var document = new PdfReader().Read(pdf, "account.pdf", ReadingLimits.Default, CancellationToken.None);
        return document.Paragraphs.Select(p => document.GetText(p)).ToList();
    }
}
