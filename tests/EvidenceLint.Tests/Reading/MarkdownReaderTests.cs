using EvidenceLint.Reading;

namespace EvidenceLint.Tests.Reading;

public class MarkdownReaderTests
{
    private static EvidenceDocument Read(string markdown) => new PlainTextReader(InputFormat.Markdown).ReadString(markdown, "account.md");

    private static string[] Texts(EvidenceDocument document) => [.. document.Paragraphs.Select(document.GetText)];

    [Test]
    public void Headings_give_each_paragraph_its_heading_path()
    {
        var document = Read("""
            # Unit MCS

            ## Setting standards

            I set standards.

            ### Agreeing them

            We agreed them at a huddle.

            ## Monitoring

            I listened to calls.
            """);

        Texts(document).ShouldBe(["Unit MCS", "Setting standards", "I set standards.", "Agreeing them", "We agreed them at a huddle.", "Monitoring", "I listened to calls."]);
        var p = document.Paragraphs;
        (p[0].Kind, p[0].HeadingLevel).ShouldBe((ParagraphKind.Heading, 1));
        (p[5].Kind, p[5].HeadingLevel).ShouldBe((ParagraphKind.Heading, 2));
        p[0].HeadingPath.ShouldBeEmpty();
        p[2].HeadingPath.ShouldBe(["Unit MCS", "Setting standards"]);
        p[4].HeadingPath.ShouldBe(["Unit MCS", "Setting standards", "Agreeing them"]);
        p[5].HeadingPath.ShouldBe(["Unit MCS"], "a heading's own path excludes itself and closes its siblings");
        p[6].HeadingPath.ShouldBe(["Unit MCS", "Monitoring"]);
        p[6].Kind.ShouldBe(ParagraphKind.Body);
    }

    [Test]
    public void List_items_are_paragraphs_without_their_markers()
    {
        var document = Read("""
            Steps I wrote:
            - Listen to the customer
            * Log the complaint
              on the CRM
            1. Send the letter
            2) Review after a week
            """);

        Texts(document).ShouldBe(["Steps I wrote:", "Listen to the customer", "Log the complaint on the CRM", "Send the letter", "Review after a week"]);
        document.Paragraphs.Skip(1).ShouldAllBe(p => p.Kind == ParagraphKind.ListItem);
        document.Paragraphs[0].Kind.ShouldBe(ParagraphKind.Body);
    }

    [Test]
    public void Block_quotes_are_joined_into_one_quote_paragraph()
    {
        var document = Read("""
            The script says:

            > Thank you for calling.
            > Can I take your
            > account number?

            I changed it.
            """);

        Texts(document).ShouldBe(["The script says:", "Thank you for calling. Can I take your account number?", "I changed it."]);
        document.Paragraphs.Select(p => p.Kind).ShouldBe([ParagraphKind.Body, ParagraphKind.Quote, ParagraphKind.Body]);
    }

    [Test]
    public void Table_rows_become_cells_and_the_rule_line_is_dropped()
    {
        var document = Read("""
            | Criterion | Evidence |
            |-----------|:--------:|
            | MCS.1 | I set **three** targets |
            """);

        Texts(document).ShouldBe(["Criterion", "Evidence", "MCS.1", "I set three targets"]);
        document.Paragraphs.ShouldAllBe(p => p.Kind == ParagraphKind.TableCell);
    }

    [TestCase("|---|---|")]
    [TestCase("| --- | :---: |   ")]
    [TestCase("  ---|---")]
    public void Rule_lines_in_their_usual_forms_are_dropped(string rule)
    {
        var document = Read($"| Criterion | Evidence |\n{rule}\n| MCS.1 | I set targets |\n");

        Texts(document).ShouldBe(["Criterion", "Evidence", "MCS.1", "I set targets"]);
    }

    [Test]
    public void Every_level_of_a_deeply_indented_list_is_an_item()
    {
        // Each line is indented two spaces deeper than the one before, up to 3,000 spaces: the indent alone must not
        // make a line expensive to classify.
        string markdown = string.Join('\n', Enumerable.Range(0, 1500).Select(i => new string(' ', 2 * i) + "- item " + i));

        var document = Read(markdown);

        document.Paragraphs.Length.ShouldBe(1500);
        document.GetText(document.Paragraphs[^1]).ShouldBe("item 1499");
    }

    [TestCase("## Standards ##", "Standards")]
    [TestCase("# Learning the CRM   #  ", "Learning the CRM")]
    [TestCase("### Why I chose C++", "Why I chose C++")]
    public void A_headings_closing_hashes_are_dropped(string line, string title) =>
        Texts(Read(line)).ShouldBe([title]);

    [Test]
    public void Unclosed_emphasis_markers_on_a_long_line_are_kept_as_text()
    {
        string line = string.Concat(Enumerable.Repeat("*a ", 20_000)).TrimEnd();

        var document = Read(line);

        document.Paragraphs.ShouldHaveSingleItem();
        document.GetText(document.Paragraphs[0]).ShouldBe(line);
    }

    [Test]
    public void Emphasis_and_code_markers_are_stripped_but_words_are_kept()
    {
        var document = Read("I **really** *did* __listen__ to `calls` and _agreed_ targets in file_name_v2 with 2 * 3 = 6 agents.");

        Texts(document).ShouldBe(["I really did listen to calls and agreed targets in file_name_v2 with 2 * 3 = 6 agents."]);
    }

    [Test]
    public void Soft_wrapped_lines_are_joined_and_blank_lines_split_paragraphs()
    {
        var document = Read("I listened to\nfive calls\r\na week.\n\n\n\nThen I   scored\tthem.");

        Texts(document).ShouldBe(["I listened to five calls a week.", "Then I scored them."]);
        document.Text.ShouldBe("I listened to five calls a week.\n\nThen I scored them.");
        document.Paragraphs[1].Start.ShouldBe(document.Text.IndexOf("Then", StringComparison.Ordinal));
    }

    [Test]
    public void Plain_text_keeps_markdown_characters()
    {
        var document = new PlainTextReader(InputFormat.Text).ReadString("# Not a heading\nstill **text**\n\n- not a list", "account.txt");

        Texts(document).ShouldBe(["# Not a heading still **text**", "- not a list"]);
        document.Paragraphs.ShouldAllBe(p => p.Kind == ParagraphKind.Body);
    }
}
