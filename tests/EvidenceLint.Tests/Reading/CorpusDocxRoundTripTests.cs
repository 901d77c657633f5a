using EvidenceLint.Reading;
using EvidenceLint.Tests.Testing;

namespace EvidenceLint.Tests.Reading;

/// <summary>
/// Each labelled account in the corpus, typed into Word (one paragraph per Markdown block, headings and lists in
/// Word's styles), must read back as exactly the words, in order, that the Markdown reader sees.
/// </summary>
public class CorpusDocxRoundTripTests
{
    [Test]
    public void Corpus_accounts_saved_as_docx_read_back_word_for_word()
    {
        string folder = SharedData.Require("corpus/dev");
        var markdownReader = new PlainTextReader(InputFormat.Markdown);
        var docxReader = new DocxReader();
        var files = Directory.EnumerateFiles(folder, "*.md").Order(StringComparer.Ordinal).ToList();
        files.ShouldNotBeEmpty();

        foreach (string path in files)
        {
            string markdown = File.ReadAllText(path);
            var expected = markdownReader.ReadString(markdown, path);
            var actual = docxReader.Read(DocxBuilder.FromMarkdown(markdown), path, ReadingLimits.Default, CancellationToken.None);

            string name = Path.GetFileName(path);
            Words(actual.Text).ShouldBe(Words(expected.Text), $"{name}: words differ");
            actual.Paragraphs.Where(p => p.IsHeading).Select(p => (actual.GetText(p), p.HeadingLevel))
                .ShouldBe(expected.Paragraphs.Where(p => p.IsHeading).Select(p => (expected.GetText(p), p.HeadingLevel)), $"{name}: headings differ");
            actual.Paragraphs.Count(p => p.Kind == ParagraphKind.ListItem)
                .ShouldBe(expected.Paragraphs.Count(p => p.Kind == ParagraphKind.ListItem), $"{name}: list items differ");
            actual.WordCount.ShouldBe(expected.WordCount, name);
        }

        TestContext.Out.WriteLine($"{files.Count} corpus accounts round-tripped through DOCX.");
    }

    private static string[] Words(string text) => text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
}
