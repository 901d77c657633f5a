using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Wordprocessing;
using EvidenceLint.Reading;
using EvidenceLint.Tests.Testing;
using WordText = DocumentFormat.OpenXml.Wordprocessing.Text;

namespace EvidenceLint.Tests.Reading;

public class DocxReaderTests
{
    private static EvidenceDocument Read(byte[] docx) =>
        new DocxReader().Read(docx, "account.docx", ReadingLimits.Default, CancellationToken.None);

    private static Run TextRun(string text) => new(new WordText(text) { Space = SpaceProcessingModeValues.Preserve });

    private static Run FieldCharacter(FieldCharValues type) => new(new FieldChar { FieldCharType = type });

    [Test]
    [NonParallelizable]
    public void Reading_a_document_writes_nothing_to_disk_even_one_with_a_malformed_link()
    {
        // The SDK would copy a document opened from a read-only stream to a temporary file; a learner's account must
        // never reach the disk, and the service reads every upload this way.
        byte[] docx = DocxBuilder.FromMarkdown("# Monitoring\n\nI listened to ten calls with my team leader and agreed two standards.");
        byte[] malformed = WithRelationships(docx, """<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId99" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/hyperlink" Target="mailto:jo bloggs@@example..com&lt;&gt;:::" TargetMode="External"/></Relationships>""");
        string temp = Directory.CreateTempSubdirectory("evidencelint-docx-").FullName;
        string? previous = Environment.GetEnvironmentVariable(OperatingSystem.IsWindows() ? "TMP" : "TMPDIR");
        var created = new System.Collections.Concurrent.ConcurrentQueue<string>();
        try
        {
            Environment.SetEnvironmentVariable(OperatingSystem.IsWindows() ? "TMP" : "TMPDIR", temp);
            using var watcher = new FileSystemWatcher(temp) { IncludeSubdirectories = true, EnableRaisingEvents = true };
            watcher.Created += (_, e) => created.Enqueue(e.Name ?? "?");
            Path.GetTempPath().TrimEnd(Path.DirectorySeparatorChar).ShouldBe(temp.TrimEnd(Path.DirectorySeparatorChar));

            Read(docx).Text.ShouldContain("ten calls");
            Read(malformed).Text.ShouldContain("ten calls", Case.Sensitive, "a malformed link address does not make the account unreadable");

            Thread.Sleep(200); // let the watcher report
            created.ShouldBeEmpty();
            Directory.EnumerateFileSystemEntries(temp).ShouldBeEmpty();
        }
        finally
        {
            Environment.SetEnvironmentVariable(OperatingSystem.IsWindows() ? "TMP" : "TMPDIR", previous);
            Directory.Delete(temp, recursive: true);
        }
    }

    private static byte[] WithRelationships(byte[] docx, string relationships)
    {
        using var buffer = new MemoryStream();
        buffer.Write(docx);
        using (var zip = new System.IO.Compression.ZipArchive(buffer, System.IO.Compression.ZipArchiveMode.Update, leaveOpen: true))
        {
            zip.GetEntry("word/_rels/document.xml.rels")?.Delete();
            using var writer = new StreamWriter(zip.CreateEntry("word/_rels/document.xml.rels").Open());
            writer.Write("<?xml version=\"1.0\" encoding=\"UTF-8\"?>" + relationships);
        }

        return buffer.ToArray();
    }

    [Test]
    public void Reads_the_text_a_reader_of_the_document_sees_with_structure_and_notes()
    {
        var builder = new DocxBuilder();
        var footnote = builder.Footnote("Source: CRM report.");
        var comment = builder.Comment("Assessor A", "Good evidence of monitoring.", TextRun("I checked calls weekly."));
        byte[] docx = builder
            .Heading(1, "Managing my team")
            .Paragraph(TextRun("I lead a team of nine advisers."), footnote)
            .Heading(2, "Standards")
            .Bullet("First contact resolution")
            .Bullet("Customer satisfaction")
            .Table(["Measure", "Target"], ["FCR", "78%"])
            .Paragraph(
                TextRun("I "),
                new InsertedRun(TextRun("coached")) { Id = "1", Author = "Learner", Date = new DateTime(2024, 3, 1) },
                new DeletedRun(new Run(new DeletedText("told off") { Space = SpaceProcessingModeValues.Preserve })) { Id = "2", Author = "Learner" },
                TextRun(" the team."))
            .Paragraph(comment)
            .Paragraph(
                TextRun("See the "),
                FieldCharacter(FieldCharValues.Begin),
                new Run(new FieldCode(" HYPERLINK \"https://intranet.example/complaints\" ") { Space = SpaceProcessingModeValues.Preserve }),
                FieldCharacter(FieldCharValues.Separate),
                TextRun("complaints procedure"),
                FieldCharacter(FieldCharValues.End),
                TextRun(" on page "),
                FieldCharacter(FieldCharValues.Begin),
                new Run(new FieldCode(" PAGE ")),
                FieldCharacter(FieldCharValues.Separate),
                TextRun("3"),
                FieldCharacter(FieldCharValues.End),
                TextRun(" of "),
                new SimpleField(TextRun("4")) { Instruction = " NUMPAGES " },
                TextRun("."))
            .Paragraph(new Run(new WordText("Monday"), new Break(), new WordText("Tuesday"), new TabChar(), new WordText("Wednesday"), new CarriageReturn(), new WordText("Thursday")))
            .ToBytes();

        var document = Read(docx);

        document.Paragraphs.Select(document.GetText).ShouldBe([
            "Managing my team",
            "I lead a team of nine advisers.",
            "Standards",
            "First contact resolution",
            "Customer satisfaction",
            "Measure", "Target", "FCR", "78%",
            "I coached the team.",
            "I checked calls weekly.",
            "See the complaints procedure on page 3 of 4.",
            "Monday Tuesday Wednesday Thursday",
        ]);
        document.Paragraphs.Select(p => p.Kind).ShouldBe([
            ParagraphKind.Heading, ParagraphKind.Body, ParagraphKind.Heading, ParagraphKind.ListItem, ParagraphKind.ListItem,
            ParagraphKind.TableCell, ParagraphKind.TableCell, ParagraphKind.TableCell, ParagraphKind.TableCell,
            ParagraphKind.Body, ParagraphKind.Body, ParagraphKind.Body, ParagraphKind.Body,
        ]);
        document.Paragraphs[0].HeadingLevel.ShouldBe(1);
        document.Paragraphs[2].HeadingLevel.ShouldBe(2);
        document.Paragraphs[0].HeadingPath.ShouldBeEmpty();
        document.Paragraphs[1].HeadingPath.ShouldBe(["Managing my team"]);
        document.Paragraphs[3].HeadingPath.ShouldBe(["Managing my team", "Standards"]);
        document.Paragraphs[^1].HeadingPath.ShouldBe(["Managing my team", "Standards"]);
        document.Text.ShouldNotContain("told off");
        document.Text.ShouldNotContain("HYPERLINK");
        document.Text.ShouldNotContain("Source");
        document.Notes.ShouldBe([
            new DocumentNote(DocumentNoteKind.Footnote, "Source: CRM report."),
            new DocumentNote(DocumentNoteKind.Comment, "Good evidence of monitoring.", "Assessor A"),
        ]);
        document.Format.ShouldBe(InputFormat.Docx);
    }

    [Test]
    public void Heading_level_follows_the_based_on_chain_of_a_custom_style()
    {
        byte[] docx = new DocxBuilder()
            .Heading(1, "Unit 2")
            .Paragraph("Some text.")
            .ToBytes();

        // Re-style the heading with a custom style based on Heading 2, with no outline level of its own.
        docx = DocxPackages.Edit(docx, document =>
        {
            var main = document.MainDocumentPart!;
            main.StyleDefinitionsPart!.Styles!.Append(new Style(new StyleName { Val = "Account section" }, new BasedOn { Val = "Heading2" })
            { Type = StyleValues.Paragraph, StyleId = "AccountSection" });
            main.Document!.Body!.Elements<Paragraph>().First().ParagraphProperties!.ParagraphStyleId!.Val = "AccountSection";
        });

        var heading = Read(docx).Paragraphs[0];

        heading.Kind.ShouldBe(ParagraphKind.Heading);
        heading.HeadingLevel.ShouldBe(2);
    }

    [Test]
    public void Nested_table_and_merged_cells_are_read_once_each_row_by_row()
    {
        var merged = new Table(
            new TableRow(
                new TableCell(new TableCellProperties(new VerticalMerge { Val = MergedCellValues.Restart }), new Paragraph(TextRun("Week 1"))),
                new TableCell(new Paragraph(TextRun("Listened to calls")), new Paragraph(TextRun("and scored them")))),
            new TableRow(
                new TableCell(new TableCellProperties(new VerticalMerge()), new Paragraph()),
                new TableCell(new Table(new TableRow(new TableCell(new Paragraph(TextRun("Nested"))))))));

        var document = Read(new DocxBuilder().Add(merged).ToBytes());

        document.Paragraphs.Select(document.GetText).ShouldBe(["Week 1", "Listened to calls and scored them", "Nested"]);
        document.Paragraphs.ShouldAllBe(p => p.Kind == ParagraphKind.TableCell);
    }

    [Test]
    public void Text_box_with_choice_and_fallback_is_read_once_as_its_own_paragraph()
    {
        var alternate = new OpenXmlUnknownElement("mc", "AlternateContent", "http://schemas.openxmlformats.org/markup-compatibility/2006");
        var choice = new OpenXmlUnknownElement("mc", "Choice", "http://schemas.openxmlformats.org/markup-compatibility/2006");
        choice.Append(new TextBoxContent(new Paragraph(TextRun("Call flow chart"))));
        var fallback = new OpenXmlUnknownElement("mc", "Fallback", "http://schemas.openxmlformats.org/markup-compatibility/2006");
        fallback.Append(new TextBoxContent(new Paragraph(TextRun("Call flow chart"))));
        alternate.Append(choice, fallback);

        var document = Read(new DocxBuilder().Paragraph(TextRun("See the chart."), new Run(alternate)).ToBytes());

        document.Paragraphs.Select(document.GetText).ShouldBe(["See the chart.", "Call flow chart"]);
    }

    [Test]
    public void Cancellation_is_honoured()
    {
        byte[] docx = new DocxBuilder().Paragraph("Text.").ToBytes();
        using var cancelled = new CancellationTokenSource();
        cancelled.Cancel();

        Should.Throw<OperationCanceledException>(() => new DocxReader().Read(docx, "a.docx", ReadingLimits.Default, cancelled.Token));
    }
}
