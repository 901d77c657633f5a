using System.CommandLine;
using EvidenceLint.Analysis;
using EvidenceLint.Configuration;
using EvidenceLint.Packs;

namespace EvidenceLint.Cli.Commands;

/// <summary>
/// <c>rules</c>: every rule with the severity it will actually have under the given configuration; <c>rules test
/// PACK.yaml</c>: runs a rule pack's examples.
/// </summary>
internal static class RulesCommand
{
    public static Command Create(CliEnvironment environment)
    {
        var config = new Option<string?>("--config") { Description = "Show severities as this configuration file sets them." };
        var command = new Command("rules", "List the rules, with severities as configured.") { config, CreateTest(environment) };
        command.SetAction(parseResult => Run(environment, parseResult.GetValue(config)));
        return command;
    }

    private static Command CreateTest(CliEnvironment environment)
    {
        var packs = new Argument<string[]>("pack") { Description = "Rule pack files (YAML).", Arity = ArgumentArity.OneOrMore };
        var command = new Command("test", "Run the flag and pass examples of rule packs; exit 1 if any fails, 2 if a pack is malformed.") { packs };
        command.SetAction(parseResult => Test(environment, parseResult.GetRequiredValue(packs)));
        return command;
    }

    private static int Test(CliEnvironment environment, string[] paths)
    {
        var loaded = new List<RulePack>();
        foreach (string path in paths)
        {
            try
            {
                loaded.Add(RulePackLoader.LoadFile(path));
            }
            catch (RulePackException ex)
            {
                environment.Error.WriteLine(ex.Message);
                return ExitCodes.Unusable;
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
                environment.Error.WriteLine($"error: {ex.Message}");
                return ExitCodes.Unusable;
            }
        }

        int run = 0, failed = 0;
        foreach (var pack in loaded)
        {
            foreach (var result in RuleExampleRunner.Run(pack, BuiltInUnits.Catalog))
            {
                run++;
                if (result.Passed)
                {
                    continue;
                }

                failed++;
                var example = result.Example;
                string kind = example.ShouldFlag ? "flag" : "pass";
                environment.Out.WriteLine($"{pack.SourcePath}:{example.Line}: {result.Rule.Id} {kind} example failed: {Quote(example.Text)}");
                if (example.ShouldFlag)
                {
                    environment.Out.WriteLine($"  expected {result.Rule.Id} to fire; it did not.");
                }
                else
                {
                    foreach (var finding in result.Findings)
                    {
                        environment.Out.WriteLine($"  {finding.Id} fired on {Quote(finding.Location.Excerpt)}: {finding.Message}");
                    }
                }
            }
        }

        environment.Out.WriteLine($"{run} example(s) in {loaded.Sum(p => p.Rules.Length)} rule(s): {run - failed} passed, {failed} failed.");
        return failed == 0 ? ExitCodes.Clean : ExitCodes.Findings;
    }

    private static string Quote(string text)
    {
        string flat = string.Join(' ', text.Split((char[])['\n', '\r'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
        return "\"" + (flat.Length <= 160 ? flat : flat[..157] + "…") + "\"";
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
