using System.Diagnostics;
using System.Text;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using EvidenceLint.Analysis;
using EvidenceLint.Reading;
using EvidenceLint.Reporting;
using EvidenceLint.Rules.Fixes;
using EvidenceLint.Tests.Testing;
using UglyToad.PdfPig.Tokens;
using static EvidenceLint.Tests.Fixes.RedactionFixProviderTests;

using WordText = DocumentFormat.OpenXml.Wordprocessing.Text;

namespace EvidenceLint.Tests.Fixes;

public class WordCommentAnnotatorTests
{
    private static readonly string[] CorpusAccounts = ["07-scs-weak.md", "11-pcs-weak.md", "16-dcp-tricky.md"];

    [TestCaseSource(nameof(CorpusAccounts))]
    public async Task Each_finding_is_a_comment_on_exactly_its_text_and_the_copy_is_valid(string name)
    {
        byte[] docx = DocxBuilder.FromMarkdown(await File.ReadAllTextAsync(Path.Combine(SharedData.Require("corpus/dev"), name)));
        string before = Hash(docx);
        var result = await LintAsync(docx, name);

        var (copy, count) = await AnnotateAsync(docx, result);

        Hash(docx).ShouldBe(before);
        ValidationErrors(copy).ShouldBeEmpty(name);
        var shown = result.Diagnostics.Where(d => d.Severity != DiagnosticSeverity.Hidden).ToList();
        count.ShouldBe(shown.Count + 1);
        var comments = ReadComments(copy);
        comments.Count.ShouldBe(count);
        comments.ShouldAllBe(c => c.Author == WordCommentAnnotator.Author && c.Initials == WordCommentAnnotator.Initials);

        var spanned = shown.Where(d => !d.Location.IsDocumentLevel).ToList();
        spanned.ShouldNotBeEmpty();
        var unmatched = comments.ToList();
        foreach (var diagnostic in spanned)
        {
            // The same finding may recur (a name in two paragraphs): each takes its own comment.
            string expected = result.Document!.GetText(diagnostic.Location.Start, diagnostic.Location.Length);
            var comment = unmatched.First(c => c.Text.StartsWith(diagnostic.Id + " ", StringComparison.Ordinal) && c.Text.Contains(diagnostic.Message, StringComparison.Ordinal) && c.Anchor == expected);
            unmatched.Remove(comment);
            comment.Text.ShouldContain(diagnostic.Descriptor.Title);
            comment.Text.ShouldContain("How to fix: ");
            if (diagnostic.Descriptor.MaskExcerpt)
            {
                comment.Text.ShouldNotContain(expected);
            }
        }

        // The copy reads back as the same account.
        (await LintAsync(copy, name)).Document!.Text.ShouldBe(result.Document!.Text);
    }

    [Test]
    public async Task Every_corpus_account_annotates_validly_with_exact_anchors()
    {
        foreach (string path in Directory.EnumerateFiles(SharedData.Require("corpus/dev"), "*.md").Where(p => !p.EndsWith("README.md", StringComparison.Ordinal)).Order(StringComparer.Ordinal))
        {
            string name = Path.GetFileName(path);
            byte[] docx = DocxBuilder.FromMarkdown(await File.ReadAllTextAsync(path));
            var result = await LintAsync(docx, name);

            var (copy, _) = await AnnotateAsync(docx, result);

            ValidationErrors(copy).ShouldBeEmpty(name);
            var anchors = ReadComments(copy).Select(c => c.Anchor).ToList();
            var shown = result.Diagnostics.Where(d => d.Severity != DiagnosticSeverity.Hidden).ToList();
            foreach (var diagnostic in shown.Where(d => !d.Location.IsDocumentLevel))
            {
                anchors.Remove(result.Document!.GetText(diagnostic.Location.Start, diagnostic.Location.Length)).ShouldBeTrue($"{name}: {diagnostic}");
            }

            // What is left is the summary and the document-level findings, all on the first paragraph.
            string firstParagraph = result.Document!.GetText(result.Document.Paragraphs[0]);
            anchors.ShouldBe(Enumerable.Repeat(firstParagraph, shown.Count(d => d.Location.IsDocumentLevel) + 1), name);
        }
    }

    [Test]
    public async Task Documents_saved_by_word_and_other_editors_gain_no_validation_errors()
    {
        int annotated = 0;
        foreach (string path in Directory.EnumerateFiles(SharedData.Require("external/docx"), "*.docx").Order(StringComparer.Ordinal))
        {
            string name = Path.GetFileName(path);
            byte[] docx = await File.ReadAllBytesAsync(path);
            var result = await LintAsync(docx, name);
            if (!result.IsReadable)
            {
                continue;
            }

            var (copy, _) = await AnnotateAsync(docx, result);
            var (redacted, _) = await RedactAsync(docx, name);

            var existing = ValidationErrors(docx);
            ValidationErrors(copy).Except(existing).ShouldBeEmpty(name);
            ValidationErrors(redacted).Except(existing).ShouldBeEmpty(name);
            (await LintAsync(copy, name)).Document!.Text.ShouldBe(result.Document!.Text, name);
            PrivacyFindings(await LintAsync(redacted, name)).ShouldBeEmpty(name);
            annotated++;
        }

        annotated.ShouldBeGreaterThan(0);
    }

    [Test]
    public async Task Summary_comment_on_the_first_paragraph_holds_the_coverage_table()
    {
        byte[] docx = DocxBuilder.FromMarkdown(await File.ReadAllTextAsync(Path.Combine(SharedData.Require("corpus/dev"), "07-scs-weak.md")));
        var result = await LintAsync(docx, "07-scs-weak.docx");
        result.Coverage.ShouldNotBeNull();

        var (copy, _) = await AnnotateAsync(docx, result);

        using var document = WordprocessingDocument.Open(new MemoryStream(copy), false);
        var summary = document.MainDocumentPart!.WordprocessingCommentsPart!.Comments!.Elements<Comment>().Last();
        summary.InnerText.ShouldContain("EvidenceLint summary");
        var rows = summary.Descendants<TableRow>().Select(r => r.Elements<TableCell>().Select(c => c.InnerText).ToArray()).ToList();
        rows[0].ShouldBe(["Criterion", "Status", "Score"]);
        rows.Skip(1).Select(r => r[0]).ShouldBe(result.Coverage!.Criteria.Select(c => c.CriterionId));
        var first = document.MainDocumentPart.Document!.Body!.Elements<Paragraph>().First();
        first.Elements<CommentRangeStart>().Select(s => s.Id!.Value).ShouldContain(summary.Id!.Value);
        first.Elements<CommentRangeEnd>().Select(s => s.Id!.Value).ShouldContain(summary.Id!.Value);
    }

    [Test]
    public async Task Runs_split_at_the_span_keep_their_formatting_and_existing_comments_are_kept()
    {
        var builder = new DocxBuilder();
        builder.Paragraph("I called the customer back.");
        builder.Paragraph(builder.Comment("Assessor", "Good detail here.", new Run(new WordText("I checked the account first."))));
        builder.Paragraph(
            new Run(new RunProperties(new Bold()), new WordText("She asked me to call Mrs Kh") { Space = SpaceProcessingModeValues.Preserve }),
            new Run(new RunProperties(new Italic()), new WordText("an back later.") { Space = SpaceProcessingModeValues.Preserve }));
        byte[] docx = builder.ToBytes();
        var result = await LintAsync(docx, "account.docx");
        result.Diagnostics.Count(d => d.Id == RuleIds.PersonalDataInEvidence).ShouldBe(1);

        var (copy, _) = await AnnotateAsync(docx, result);

        ValidationErrors(copy).ShouldBeEmpty();
        var comments = ReadComments(copy);
        comments.ShouldContain(c => c.Author == "Assessor" && c.Anchor == "I checked the account first.");
        comments.Select(c => c.Id).ShouldBeUnique();
        var comment = comments.Single(c => c.Text.StartsWith(RuleIds.PersonalDataInEvidence, StringComparison.Ordinal));
        comment.Anchor.ShouldBe("Mrs Khan");
        comment.Text.ShouldNotContain("Khan");

        using var document = WordprocessingDocument.Open(new MemoryStream(copy), false);
        var paragraph = document.MainDocumentPart!.Document!.Body!.Elements<Paragraph>().Last();
        var runs = paragraph.Elements<Run>().Where(r => r.InnerText.Length > 0).ToList();
        runs.Select(r => (r.InnerText, Bold: r.RunProperties?.Bold is not null, Italic: r.RunProperties?.Italic is not null)).ShouldBe(
        [
            ("She asked me to call ", true, false),
            ("Mrs Kh", true, false),
            ("an", false, true),
            (" back later.", false, true),
        ]);
        paragraph.InnerText.ShouldBe("She asked me to call Mrs Khan back later.");
    }

    [Test]
    public async Task Only_a_word_document_can_be_annotated()
    {
        byte[] markdown = Encoding.UTF8.GetBytes("I called the customer back and logged the call.");
        var result = await LintAsync(markdown, "account.md");

        var error = await Should.ThrowAsync<NotSupportedException>(() => AnnotateAsync(markdown, result));

        error.Message.ShouldContain("Word document");
    }

    [Test]
    public async Task A_different_document_is_refused()
    {
        byte[] first = DocxBuilder.FromMarkdown("I called the customer back and logged the call.");
        byte[] second = DocxBuilder.FromMarkdown("I set three standards with my team in March.");
        var result = await LintAsync(first, "account.docx");

        await Should.ThrowAsync<InvalidOperationException>(() => AnnotateAsync(second, result));
    }

    [Test]
    [LibreOffice]
    [CancelAfter(300_000)]
    public async Task Annotated_copy_opens_in_libreoffice_converts_to_pdf_and_shows_the_comments()
    {
        string office = Renderers.LibreOffice;
        string pdfToText = Renderers.PdfToText;
        byte[] docx = DocxBuilder.FromMarkdown(await File.ReadAllTextAsync(Path.Combine(SharedData.Require("corpus/dev"), "11-pcs-weak.md")));
        var result = await LintAsync(docx, "11-pcs-weak.docx");
        var (copy, count) = await AnnotateAsync(docx, result);
        var comments = CommentParagraphs(copy);
        var folder = Directory.CreateTempSubdirectory("evidencelint-lo-");
        try
        {
            string input = Path.Combine(folder.FullName, "annotated.docx");
            await File.WriteAllBytesAsync(input, copy);

            // A profile of its own, so a LibreOffice the developer has open (or another run) is neither used nor disturbed;
            // comments are exported as PDF notes, the way a reader's PDF viewer shows them.
            var (exit, output) = await RunAsync(office, folder.FullName,
                $"-env:UserInstallation={new Uri(Path.Combine(folder.FullName, "profile")).AbsoluteUri}",
                "--headless", "--norestore", "--convert-to", """pdf:writer_pdf_Export:{"ExportNotes":{"type":"boolean","value":"true"}}""",
                "--outdir", folder.FullName, input);
            exit.ShouldBe(0, output);
            string pdf = Path.Combine(folder.FullName, "annotated.pdf");
            File.Exists(pdf).ShouldBeTrue(output);

            // The account's text is all there, as LibreOffice laid it out.
            var (textExit, text) = await RunAsync(pdfToText, folder.FullName, "-enc", "UTF-8", pdf, "-");
            textExit.ShouldBe(0, text);
            string laidOut = Squeeze(text);
            foreach (var paragraph in result.Document!.Paragraphs)
            {
                laidOut.ShouldContain(Squeeze(result.Document.GetText(paragraph)), customMessage: "a paragraph of the account is missing from the PDF");
            }

            // Every comment, the summary and its coverage table included, is a note on a page, with its author and its
            // whole text: each of its paragraphs (and table cells), in order.
            using var document = UglyToad.PdfPig.PdfDocument.Open(pdf);
            var notes = TextNotes(document);
            notes.Count.ShouldBe(count);
            notes.ShouldAllBe(n => n.Author.StartsWith(WordCommentAnnotator.Author, StringComparison.Ordinal));
            var unmatched = notes.Select(n => n.Text).ToList();
            foreach (var parts in comments)
            {
                string? note = unmatched.FirstOrDefault(n => ContainsInOrder(n, parts));
                note.ShouldNotBeNull($"no note in the PDF shows the comment \"{string.Join(" | ", parts)}\"; the notes are:\n{string.Join("\n", unmatched)}");
                unmatched.Remove(note);
            }

            notes.ShouldContain(n => n.Text.StartsWith("EvidenceLint summary", StringComparison.Ordinal));
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    /// <summary>The text of each comment's paragraphs, table cells' included, in document order, whitespace squeezed.</summary>
    private static List<List<string>> CommentParagraphs(byte[] docx)
    {
        using var document = WordprocessingDocument.Open(new MemoryStream(docx), false);
        return [.. document.MainDocumentPart!.WordprocessingCommentsPart!.Comments!.Elements<Comment>()
            .Select(c => c.Descendants<Paragraph>().Select(p => Squeeze(p.InnerText)).Where(t => t.Length > 0).ToList())];
    }

    private static bool ContainsInOrder(string text, List<string> parts)
    {
        int at = 0;
        foreach (string part in parts)
        {
            int found = text.IndexOf(part, at, StringComparison.Ordinal);
            if (found < 0)
            {
                return false;
            }

            at = found + part.Length;
        }

        return true;
    }

    /// <summary>
    /// The text notes (PDF annotations of subtype Text) on every page, with their contents and author, read from the
    /// page dictionaries (LibreOffice's popups carry no rectangle, which PdfPig's annotation reader requires).
    /// </summary>
    private static List<(string Text, string Author)> TextNotes(UglyToad.PdfPig.PdfDocument document)
    {
        IToken Resolve(IToken token) => token is IndirectReferenceToken reference ? document.Structure.GetObject(reference.Data).Data : token;
        string Text(DictionaryToken note, string key) =>
            note.Data.TryGetValue(key, out var value) && Resolve(value) is IDataToken<string> text ? text.Data : string.Empty;

        var notes = new List<(string Text, string Author)>();
        foreach (var page in document.GetPages())
        {
            if (!page.Dictionary.Data.TryGetValue("Annots", out var annots) || Resolve(annots) is not ArrayToken array)
            {
                continue;
            }

            foreach (var note in array.Data.Select(Resolve).OfType<DictionaryToken>())
            {
                if (note.Data.TryGetValue("Subtype", out var subtype) && Resolve(subtype) is NameToken { Data: "Text" })
                {
                    notes.Add((Squeeze(Text(note, "Contents")), Text(note, "T")));
                }
            }
        }

        return notes;
    }

    /// <summary>Whitespace (line breaks, table cells) collapsed to single spaces, for comparing text across renderers.</summary>
    private static string Squeeze(string text) => string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));

    private static async Task<(int ExitCode, string Output)> RunAsync(string program, string workingDirectory, params string[] arguments)
    {
        var start = new ProcessStartInfo(program)
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (string argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        return (process.ExitCode, await stdout + await stderr);
    }

    internal static async Task<(byte[] Copy, int Count)> AnnotateAsync(byte[] input, LintResult result)
    {
        using var source = new MemoryStream(input, writable: false);
        using var output = new MemoryStream();
        int count = await WordCommentAnnotator.WriteAsync(source, result, output);
        return (output.ToArray(), count);
    }

    /// <summary>Each comment with the body text between its range start and end, read in document order.</summary>
    internal static List<(string Id, string Author, string Initials, string Text, string Anchor)> ReadComments(byte[] docx)
    {
        using var document = WordprocessingDocument.Open(new MemoryStream(docx), false);
        var main = document.MainDocumentPart!;
        // One text per paragraph the anchor runs through, joined the way the reader joins paragraphs.
        var anchors = new Dictionary<string, List<StringBuilder>>();
        var open = new HashSet<string>();
        foreach (var element in main.Document!.Body!.Descendants())
        {
            switch (element)
            {
                case Paragraph:
                    foreach (string id in open)
                    {
                        anchors[id].Add(new StringBuilder());
                    }

                    break;
                case CommentRangeStart start:
                    open.Add(start.Id!.Value!);
                    anchors[start.Id.Value!] = [new StringBuilder()];
                    break;
                case CommentRangeEnd end:
                    open.Remove(end.Id!.Value!);
                    break;
                case WordText text:
                    foreach (string id in open)
                    {
                        anchors[id][^1].Append(text.Text);
                    }

                    break;
            }
        }

        string Anchor(string id) => anchors.TryGetValue(id, out var parts)
            ? string.Join(EvidenceDocument.ParagraphSeparator, parts.Select(p => EvidenceDocumentBuilder.Normalise(p.ToString())).Where(p => p.Length > 0))
            : string.Empty;

        return [.. main.WordprocessingCommentsPart!.Comments!.Elements<Comment>().Select(c => (
            c.Id!.Value!,
            c.Author?.Value ?? string.Empty,
            c.Initials?.Value ?? string.Empty,
            string.Join("\n", c.Elements<Paragraph>().Select(p => p.InnerText)),
            Anchor(c.Id.Value!)))];
    }
}
