using System.CommandLine;
using EvidenceLint.Cli.Evaluation;

namespace EvidenceLint.Cli.Commands;

/// <summary>
/// <c>eval DIR</c>: precision and recall of every rule against a labelled corpus (accounts beside
/// <c>.labels.yaml</c> files), so rule quality is measured rather than asserted.
/// </summary>
internal static class EvalCommand
{
    public static Command Create(CliEnvironment environment)
    {
        var directory = new Argument<string>("directory") { Description = "A folder of accounts, each with a NAME.labels.yaml beside it." };
        var format = SharedOptions.Format("How to report: text or json.", "text", "text", "json");
        var verbose = new Option<bool>("--verbose", "-v") { Description = "List every missed finding and false alarm, account by account." };
        var from = new Option<string?>("--from") { Description = "Which account format to score when a corpus holds several: md, docx, pdf or txt (default: the first of these found)." };
        from.AcceptOnlyFromAmong([.. CorpusEvaluator.Formats]);
        var rules = SharedOptions.Rules();
        var command = new Command("eval", "Measure rule accuracy and criterion-coverage agreement on a labelled corpus.") { directory, format, verbose, from, rules };
        command.SetAction((parseResult, cancellationToken) => RunAsync(
            environment,
            parseResult.GetRequiredValue(directory),
            parseResult.GetValue(format) ?? "text",
            parseResult.GetValue(verbose),
            parseResult.GetValue(from),
            parseResult.GetValue(rules),
            cancellationToken));
        return command;
    }

    private static async Task<int> RunAsync(CliEnvironment environment, string directory, string format, bool verbose, string? from, string? rulesDirectory, CancellationToken cancellationToken)
    {
        if (!Directory.Exists(directory))
        {
            await environment.Error.WriteLineAsync($"error: the folder '{directory}' does not exist.").ConfigureAwait(false);
            return ExitCodes.Unusable;
        }

        if (await LinterFactory.CreateAsync(environment, rulesDirectory).ConfigureAwait(false) is not { } linter)
        {
            return ExitCodes.Unusable;
        }

        var evaluation = await CorpusEvaluator.EvaluateAsync(linter, directory, null, cancellationToken, from).ConfigureAwait(false);
        if (evaluation.Accounts == 0)
        {
            string beside = from is null ? "NAME.md/.docx/.pdf/.txt" : "NAME." + from;
            await environment.Error.WriteLineAsync($"error: no labelled accounts (NAME.labels.yaml beside {beside}) in '{directory}'.").ConfigureAwait(false);
            return ExitCodes.Unusable;
        }

        if (format == "json")
        {
            using var buffer = new MemoryStream();
            EvaluationReport.WriteJson(evaluation, buffer);
            await environment.Out.WriteLineAsync(System.Text.Encoding.UTF8.GetString(buffer.ToArray())).ConfigureAwait(false);
        }
        else
        {
            EvaluationReport.WriteText(evaluation, environment.Out, verbose);
        }

        return ExitCodes.Clean;
    }
}
