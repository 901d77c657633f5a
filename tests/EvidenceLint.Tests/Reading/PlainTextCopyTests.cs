using System.Text;
using EvidenceLint.Reading;

namespace EvidenceLint.Tests.Reading;

public class PlainTextCopyTests
{
    [Test]
    public void A_block_is_seen_as_the_reader_sees_it_and_edits_land_on_the_original_characters()
    {
        string markdown = "# Heading\r\n\r\n> I called **07700\r\n> 900123** back.\r\n\r\nLast line.\r\n";
        var copy = PlainTextCopy.Open(Encoding.UTF8.GetBytes(markdown), markdown: true);

        copy.Blocks.Select(b => b.Text).ShouldBe(["# Heading", "I called 07700 900123 back.", "Last line."]);
        var block = copy.Blocks[1];
        int start = block.Text.IndexOf("07700", StringComparison.Ordinal);
        copy.Replace(block, [new TextEdit(start, "07700 900123".Length, "[PHONE]")]);

        // The value wrapped over two quoted lines and half in bold is replaced as one; the line endings stay.
        Encoding.UTF8.GetString(copy.ToArray()).ShouldBe("# Heading\r\n\r\n> I called **[PHONE]** back.\r\n\r\nLast line.\r\n");
    }

    [Test]
    public void The_copy_keeps_the_encoding_and_byte_order_mark_of_the_input()
    {
        byte[] input = [.. Encoding.Unicode.GetPreamble(), .. Encoding.Unicode.GetBytes("Email me at a.b@example.com today.")];
        var copy = PlainTextCopy.Open(input, markdown: false);
        var block = copy.Blocks.ShouldHaveSingleItem();
        int start = block.Text.IndexOf("a.b@", StringComparison.Ordinal);

        copy.Replace(block, [new TextEdit(start, "a.b@example.com".Length, "[EMAIL]")]);

        byte[] output = copy.ToArray();
        output.AsSpan(0, 2).ToArray().ShouldBe(Encoding.Unicode.GetPreamble());
        Encoding.Unicode.GetString(output.AsSpan(2)).ShouldBe("Email me at [EMAIL] today.");
    }

    [Test]
    public void An_edit_outside_its_block_or_a_block_from_another_copy_is_refused()
    {
        var copy = PlainTextCopy.Open("One block."u8, markdown: false);
        var other = PlainTextCopy.Open("Another."u8, markdown: false);

        Should.Throw<ArgumentException>(() => copy.Replace(copy.Blocks[0], [new TextEdit(5, 50, "x")]));
        Should.Throw<ArgumentException>(() => copy.Replace(other.Blocks[0], [new TextEdit(0, 1, "x")]));
        Encoding.UTF8.GetString(copy.ToArray()).ShouldBe("One block.");
    }
}
