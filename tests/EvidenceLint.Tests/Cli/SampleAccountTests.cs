using EvidenceLint.Reading;
using EvidenceLint.Tests.Testing;

namespace EvidenceLint.Tests.Cli;

/// <summary>
/// The README's quick start lints <c>samples/sample-account.docx</c>; it is the Word rendering of
/// <c>samples/sample-account.md</c> made by the tests' own builder, and must say the same words.
/// </summary>
public class SampleAccountTests
{
    private static string Markdown => Path.Combine(AccountFolder.SamplesFolder, "sample-account.md");

    private static string Docx => Path.Combine(AccountFolder.SamplesFolder, "sample-account.docx");

    [Test]
    public async Task Word_sample_says_what_the_Markdown_sample_says()
    {
        var linter = EvidenceLinter.CreateDefault();
        var fromMarkdown = await linter.ReadAsync(Markdown);
        var fromWord = await linter.ReadAsync(Docx);

        fromWord.Document.ShouldNotBeNull().Text.ShouldBe(
            fromMarkdown.Document.ShouldNotBeNull().Text,
            "samples/sample-account.docx is out of date: run dotnet test --filter FullyQualifiedName~Regenerate_the_Word_sample");
    }

    [Test]
    public async Task Word_sample_is_reported_as_the_Markdown_sample_is()
    {
        var linter = EvidenceLinter.CreateDefault();
        var fromMarkdown = await linter.LintAsync(Markdown);
        var fromWord = await linter.LintAsync(Docx);

        fromWord.Unit.ShouldBe(fromMarkdown.Unit);
        fromWord.Diagnostics.Select(d => (d.Id, d.Location.Start, d.Location.Length)).ShouldBe(fromMarkdown.Diagnostics.Select(d => (d.Id, d.Location.Start, d.Location.Length)));
        fromWord.Coverage!.Criteria.Select(c => c.Status).ShouldBe(fromMarkdown.Coverage!.Criteria.Select(c => c.Status));
    }

    [Test]
    [Explicit("Rewrites samples/sample-account.docx from the Markdown; run it after editing the sample.")]
    public async Task Regenerate_the_Word_sample() =>
        await File.WriteAllBytesAsync(Docx, DocxBuilder.FromMarkdown(await File.ReadAllTextAsync(Markdown)));
}
