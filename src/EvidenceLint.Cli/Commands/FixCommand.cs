using System.CommandLine;
using EvidenceLint.Rules.Fixes;
using EvidenceLint.Reading;

namespace EvidenceLint.Cli.Commands;

/// <summary>
/// <c>fix --redact FILE [-o OUT]</c>: writes an anonymised copy of an account with every EL5001/EL5002 finding replaced by
/// a typed placeholder, then checks the copy. The account itself is only ever read.
/// </summary>
internal static class FixCommand
{
    public static Command Create(CliEnvironment environment)
    {
        var file = new Argument<string>("file") { Description = "The account to fix: a Word document, text or Markdown file." };
        var redact = new Option<bool>("--redact") { Description = "Replace personal, card and bank data (EL5001, EL5002) with placeholders such as [EMAIL], [PHONE] and [CARD]." };
        var output = SharedOptions.Output("Where to write the fixed copy (default: name.redacted.ext beside the account). Written atomically; never the account itself.");
        var command = new Command("fix", "Write a fixed copy of an account; the original is never changed.") { file, redact, output };
        command.SetAction((parseResult, cancellationToken) => RunAsync(
            environment,
            parseResult.GetRequiredValue(file),
            parseResult.GetValue(redact),
            parseResult.GetValue(output),
            cancellationToken));
        return command;
    }

    private static async Task<int> RunAsync(CliEnvironment environment, string path, bool redact, string? output, CancellationToken cancellationToken)
    {
        if (!redact)
        {
            await environment.Error.WriteLineAsync("error: say which fix to apply: --redact (the only fix so far).").ConfigureAwait(false);
            return ExitCodes.Unusable;
        }

        string source = Path.GetFullPath(path);
        string target = Path.GetFullPath(output ?? RedactedCopyPath(source));
        if (string.Equals(source, target, OperatingSystem.IsWindows() ? StringComparison.OrdinalIgnoreCase : StringComparison.Ordinal))
        {
            await environment.Error.WriteLineAsync($"error: --output '{output}' is the account itself; a fix always writes a new file").ConfigureAwait(false);
            return ExitCodes.Unusable;
        }

        byte[] content;
        try
        {
            var stream = new FileStream(source, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete, 4096, FileOptions.Asynchronous);
            await using (stream.ConfigureAwait(false))
            {
                using var buffer = new MemoryStream();
                await stream.CopyToAsync(buffer, cancellationToken).ConfigureAwait(false);
                content = buffer.ToArray();
            }
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            await environment.Error.WriteLineAsync($"error: could not read '{path}': {ex.Message}").ConfigureAwait(false);
            return ExitCodes.Unusable;
        }

        var provider = new RedactionFixProvider();
        int redacted = 0;
        try
        {
            await OutputFile.WriteAsync(target, async stream =>
            {
                using var input = new MemoryStream(content, writable: false);
                redacted = await provider.WriteFixedCopyAsync(input, source, stream, cancellationToken).ConfigureAwait(false);
            }, cancellationToken).ConfigureAwait(false);
        }
        catch (NotSupportedException ex)
        {
            await environment.Error.WriteLineAsync($"error: {path}: {ex.Message}").ConfigureAwait(false);
            return ExitCodes.Unusable;
        }
        catch (DocumentReadException ex)
        {
            await environment.Error.WriteLineAsync($"error: {path}: {ex.Message}").ConfigureAwait(false);
            return ExitCodes.Unusable;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            await environment.Error.WriteLineAsync($"error: could not write the redacted copy '{target}': {OutputFile.DescribeFailure(ex, target)}. Nothing was written there, and the account was not changed. Choose a folder you can write to with --output.").ConfigureAwait(false);
            return ExitCodes.Unusable;
        }

        string shown = output ?? Path.GetRelativePath(Directory.GetCurrentDirectory(), target);
        await environment.Out.WriteLineAsync(redacted == 0
            ? $"{path}: no personal, card or bank data found; wrote an unchanged copy to {shown}"
            : $"{path}: replaced {redacted} item{(redacted == 1 ? string.Empty : "s")} of personal, card or bank data; wrote {shown}").ConfigureAwait(false);

        // The copy is checked as the assessor's tools would check it, so a value the redaction missed is never assumed gone.
        var check = await EvidenceLinter.CreateDefault().LintAsync(target, cancellationToken: cancellationToken).ConfigureAwait(false);
        var left = check.Diagnostics.Count(d => provider.FixableDiagnosticIds.Contains(d.Id));
        if (left > 0)
        {
            await environment.Error.WriteLineAsync($"warning: {left} item{(left == 1 ? " is" : "s are")} still reported in the copy; run `evidencelint check {shown}` and remove {(left == 1 ? "it" : "them")} by hand before you submit").ConfigureAwait(false);
            return ExitCodes.Findings;
        }

        return ExitCodes.Clean;
    }

    /// <summary><c>name.redacted.ext</c> beside the account.</summary>
    internal static string RedactedCopyPath(string accountPath)
    {
        string full = Path.GetFullPath(accountPath);
        return Path.Combine(Path.GetDirectoryName(full) ?? ".", Path.GetFileNameWithoutExtension(full) + ".redacted" + Path.GetExtension(full));
    }
}
