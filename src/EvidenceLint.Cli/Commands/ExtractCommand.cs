using System.CommandLine;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using EvidenceLint.Reading;
using EvidenceLint.Reporting;

namespace EvidenceLint.Cli.Commands;

/// <summary>
/// <c>extract FILE</c>: the normalised text, paragraph spans and set-aside notes exactly as the rules see them, so a
/// tutor can see why a finding points where it does and a tool can map <c>start</c>/<c>length</c> back to the text.
/// </summary>
internal static class ExtractCommand
{
    public static Command Create(CliEnvironment environment)
    {
        var file = new Argument<string>("file") { Description = "The account to read." };
        var format = new Option<string>("--format") { Description = "text or json.", DefaultValueFactory = _ => "text" };
        format.AcceptOnlyFromAmong("text", "json");
        var command = new Command("extract", "Show the text and paragraphs the rules see in an account.") { file, format };
        command.SetAction((parseResult, cancellationToken) =>
            RunAsync(environment, parseResult.GetRequiredValue(file), parseResult.GetRequiredValue(format), cancellationToken));
        return command;
    }

    private static async Task<int> RunAsync(CliEnvironment environment, string path, string format, CancellationToken cancellationToken)
    {
        var linter = EvidenceLinter.CreateDefault();
        var loaded = await linter.ReadAsync(path, cancellationToken: cancellationToken).ConfigureAwait(false);
        if (loaded.Document is not { } document)
        {
            var failure = loaded.Failure!;
            await environment.Error.WriteLineAsync($"{path}: error {failure.Id}: {failure.Message}").ConfigureAwait(false);
            return ExitCodes.Unusable;
        }

        await environment.Out.WriteAsync(format == "json" ? ToJson(document) : ToText(document)).ConfigureAwait(false);
        await environment.Out.FlushAsync(cancellationToken).ConfigureAwait(false);
        return ExitCodes.Clean;
    }

    private static string ToText(EvidenceDocument document)
    {
        var text = new StringBuilder();
        text.AppendLine($"{document.Path}: {document.Format.ToShortName()}, {document.WordCount:N0} words, {document.Paragraphs.Length} paragraphs{(document.PageCount is int pages ? $", {pages} pages" : string.Empty)}");
        foreach (var paragraph in document.Paragraphs)
        {
            // ¶ numbers are one-based, as in the console report; [start+length] index the normalised text.
            string kind = paragraph.IsHeading ? $"heading {paragraph.HeadingLevel}" : KindName(paragraph.Kind);
            string page = paragraph.Page is int p ? $" page {p}" : string.Empty;
            text.AppendLine();
            text.AppendLine($"¶{paragraph.Index + 1} {kind}{page} [{paragraph.Start}+{paragraph.Length}]{(paragraph.HeadingPath.IsEmpty ? string.Empty : " under " + string.Join(" > ", paragraph.HeadingPath))}");
            text.AppendLine(document.GetText(paragraph));
        }

        if (!document.Notes.IsEmpty)
        {
            text.AppendLine();
            text.AppendLine("Notes (not part of the evidence):");
            foreach (var note in document.Notes)
            {
                text.AppendLine($"- {note.Kind.ToString().ToLowerInvariant()}{(note.Author is { } author ? $" by {author}" : string.Empty)}: {note.Text}");
            }
        }

        return text.ToString();
    }

    private static string ToJson(EvidenceDocument document)
    {
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer, new JsonWriterOptions { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            writer.WriteStartObject();
            writer.WriteString("path", document.Path);
            writer.WriteString("format", document.Format.ToShortName());
            writer.WriteNumber("wordCount", document.WordCount);
            if (document.PageCount is int pages)
            {
                writer.WriteNumber("pageCount", pages);
            }
            else
            {
                writer.WriteNull("pageCount");
            }

            writer.WriteString("text", document.Text);
            writer.WriteStartArray("paragraphs");
            foreach (var paragraph in document.Paragraphs)
            {
                writer.WriteStartObject();
                writer.WriteNumber("index", paragraph.Index);
                writer.WriteString("kind", KindName(paragraph.Kind));
                writer.WriteNumber("headingLevel", paragraph.HeadingLevel);
                if (paragraph.Page is int page)
                {
                    writer.WriteNumber("page", page);
                }
                else
                {
                    writer.WriteNull("page");
                }

                writer.WriteNumber("start", paragraph.Start);
                writer.WriteNumber("length", paragraph.Length);
                writer.WriteStartArray("headingPath");
                foreach (string heading in paragraph.HeadingPath)
                {
                    writer.WriteStringValue(heading);
                }

                writer.WriteEndArray();
                writer.WriteEndObject();
            }

            writer.WriteEndArray();
            writer.WriteStartArray("notes");
            foreach (var note in document.Notes)
            {
                writer.WriteStartObject();
                writer.WriteString("kind", note.Kind.ToString().ToLowerInvariant());
                writer.WriteString("text", note.Text);
                if (note.Author is { } author)
                {
                    writer.WriteString("author", author);
                }
                else
                {
                    writer.WriteNull("author");
                }

                writer.WriteEndObject();
            }

            writer.WriteEndArray();
            writer.WriteEndObject();
        }

        return Encoding.UTF8.GetString(buffer.ToArray()) + Environment.NewLine;
    }

    private static string KindName(ParagraphKind kind) => kind switch
    {
        ParagraphKind.Heading => "heading",
        ParagraphKind.ListItem => "listItem",
        ParagraphKind.TableCell => "tableCell",
        ParagraphKind.Quote => "quote",
        _ => "body",
    };
}
