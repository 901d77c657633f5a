using System.CommandLine;
using EvidenceLint.Analysis;
using EvidenceLint.Configuration;

namespace EvidenceLint.Cli.Commands;

/// <summary><c>rules</c>: every rule with the severity it will actually have under the given configuration.</summary>
internal static class RulesCommand
{
    public static Command Create(CliEnvironment environment)
    {
        var config = new Option<string?>("--config") { Description = "Show severities as this configuration file sets them." };
        var command = new Command("rules", "List the rules, with severities as configured.") { config };
        command.SetAction(parseResult => Run(environment, parseResult.GetValue(config)));
        return command;
    }

    private static int Run(CliEnvironment environment, string? configPath)
    {
        var linter = EvidenceLinter.CreateDefault();
        var options = configPath is null ? LintOptions.Default : LintConfiguration.Load(configPath, linter.SupportedDiagnostics);
        var rows = linter.SupportedDiagnostics
            .Select(d => new[] { d.Id, d.Alias, SeverityName(options.GetEffectiveSeverity(d)), d.Category, d.Title })
            .ToList();
        string[] header = ["ID", "ALIAS", "SEVERITY", "CATEGORY", "TITLE"];
        int[] widths = [.. Enumerable.Range(0, header.Length).Select(c => rows.Select(r => r[c].Length).Append(header[c].Length).Max())];

        void WriteRow(string[] cells) =>
            environment.Out.WriteLine(string.Join("  ", cells.Select((cell, c) => c == cells.Length - 1 ? cell : cell.PadRight(widths[c]))).TrimEnd());

        WriteRow(header);
        foreach (var row in rows)
        {
            WriteRow(row);
        }

        return ExitCodes.Clean;
    }

    private static string SeverityName(DiagnosticSeverity? severity) => severity switch
    {
        null => "none",
        DiagnosticSeverity.Error => "error",
        DiagnosticSeverity.Warning => "warning",
        DiagnosticSeverity.Info => "info",
        _ => "hidden",
    };
}
