using System.CommandLine;

namespace EvidenceLint.Cli.Commands;

/// <summary><c>explain ELnnnn</c>: the rule's page: why an assessor cares, what triggers it and how to fix it.</summary>
internal static class ExplainCommand
{
    public static Command Create(CliEnvironment environment)
    {
        var rule = new Argument<string>("rule") { Description = "A rule id (EL6001) or alias (length-outside-guidance)." };
        var command = new Command("explain", "Explain a rule.") { rule };
        command.SetAction(parseResult => Run(environment, parseResult.GetRequiredValue(rule)));
        return command;
    }

    private static int Run(CliEnvironment environment, string rule)
    {
        var descriptor = EvidenceLinter.CreateDefault().SupportedDiagnostics.FirstOrDefault(d =>
            string.Equals(d.Id, rule, StringComparison.OrdinalIgnoreCase) || string.Equals(d.Alias, rule, StringComparison.OrdinalIgnoreCase));
        if (descriptor is null)
        {
            environment.Error.WriteLine($"error: unknown rule '{rule}'. Run 'evidencelint rules' to list them.");
            return ExitCodes.Unusable;
        }

        string? page = RuleDocumentation.Get(descriptor.Id);
        if (page is not null)
        {
            environment.Out.Write(page.ReplaceLineEndings());
            if (!page.EndsWith('\n'))
            {
                environment.Out.WriteLine();
            }

            return ExitCodes.Clean;
        }

        // No page written yet: the descriptor still says enough to act on.
        environment.Out.WriteLine($"{descriptor.Id} ({descriptor.Alias}): {descriptor.Title}");
        environment.Out.WriteLine($"Category: {descriptor.Category}. Default severity: {descriptor.DefaultSeverity.ToString().ToLowerInvariant()}.");
        if (descriptor.Description.Length > 0)
        {
            environment.Out.WriteLine();
            environment.Out.WriteLine(descriptor.Description);
        }

        environment.Out.WriteLine();
        environment.Out.WriteLine($"More: {descriptor.HelpUri}");
        return ExitCodes.Clean;
    }
}
