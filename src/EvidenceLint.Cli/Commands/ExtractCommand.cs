using System.CommandLine;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using EvidenceLint.Privacy;
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
        var format = SharedOptions.Format("text or json.", "text", "text", "json");
        var mask = new Option<bool>("--mask")
        {
            Description = "Replace customers' personal, card and bank data with placeholders ([PHONE], [CARD]…), as every report does; start/length still index the unmasked text.",
        };
        var command = new Command("extract", "Show the text and paragraphs the rules see in an account.") { file, format, mask };
        command.SetAction((parseResult, cancellationToken) =>
            RunAsync(environment, parseResult.GetRequiredValue(file), parseResult.GetRequiredValue(format), parseResult.GetValue(mask), cancellationToken));
        return command;
    }

    private static async Task<int> RunAsync(CliEnvironment environment, string path, string format, bool mask, CancellationToken cancellationToken)
    {
        var linter = EvidenceLinter.CreateDefault();
        var loaded = await linter.ReadAsync(path, cancellationToken: cancellationToken).ConfigureAwait(false);
        if (loaded.Document is not { } document)
        {
            var failure = loaded.Failure!;
            await environment.Error.WriteLineAsync($"{path}: error {failure.Id}: {failure.Message}").ConfigureAwait(false);
            return ExitCodes.Unusable;
        }

        // Without --mask the text is shown as it is, for the account's author; with it, through the mask every report uses.
        var view = new View(document, mask ? PersonalDataMask.Scan(document, cancellationToken) : null);
        await environment.Out.WriteAsync(format == "json" ? ToJson(view) : ToText(view)).ConfigureAwait(false);
        await environment.Out.FlushAsync(cancellationToken).ConfigureAwait(false);
        return ExitCodes.Clean;
    }

    private static string ToText(View view)
    {
        var document = view.Document;
        var text = new StringBuilder();
        text.AppendLine($"{document.Path}: {document.Format.ToShortName()}, {document.WordCount:N0} words, {document.Paragraphs.Length} paragraphs{(document.PageCount is int pages ? $", {pages} pages" : string.Empty)}");
        foreach (var paragraph in document.Paragraphs)
        {
            // ¶ numbers are one-based, as in the console report; [start+length] index the normalised text.
            string kind = paragraph.IsHeading ? $"heading {paragraph.HeadingLevel}" : KindName(paragraph.Kind);
            string page = paragraph.Page is int p ? $" page {p}" : string.Empty;
            text.AppendLine();
            text.AppendLine($"¶{paragraph.Index + 1} {kind}{page} [{paragraph.Start}+{paragraph.Length}]{(paragraph.HeadingPath.IsEmpty ? string.Empty : " under " + view.Free(string.Join(" > ", paragraph.HeadingPath)))}");
            text.AppendLine(view.Text(paragraph.Start, paragraph.Length));
        }

        if (!document.Notes.IsEmpty)
        {
            text.AppendLine();
            text.AppendLine("Notes (not part of the evidence):");
            foreach (var note in document.Notes)
            {
                text.AppendLine($"- {note.Kind.ToString().ToLowerInvariant()}{(note.Author is { } author ? $" by {view.Free(author)}" : string.Empty)}: {view.Free(note.Text)}");
            }
        }

        return text.ToString();
    }

    private static string ToJson(View view)
    {
        var document = view.Document;
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

            writer.WriteBoolean("masked", view.Mask is not null);
            writer.WriteString("text", view.Text(0, document.Text.Length));
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
                    writer.WriteStringValue(view.Free(heading));
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
                writer.WriteString("text", view.Free(note.Text));
                if (note.Author is { } author)
                {
                    writer.WriteString("author", view.Free(author));
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

    /// <summary>The document as extract shows it: as it is, or through the mask.</summary>
    private sealed record View(EvidenceDocument Document, PersonalDataMask? Mask)
    {
        public string Text(int start, int length) => Mask?.GetText(start, length) ?? Document.GetText(start, length);

        public string Free(string text) => Mask?.Apply(text) ?? text;
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
