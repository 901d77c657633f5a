using System.CommandLine;
using System.Diagnostics;
using System.Reflection;
using EvidenceLint.Cli.Commands;
using EvidenceLint.Configuration;

namespace EvidenceLint.Cli;

/// <summary>The <c>evidencelint</c> command line, callable in-process so tests see exactly what users see.</summary>
internal static class Cli
{
    /// <summary>The version printed by --version and written in JSON reports (without the source revision).</summary>
    public static string Version { get; } = ReadVersion();

    /// <summary>Parses and runs one command line; returns the exit code (see <see cref="ExitCodes"/>).</summary>
    public static async Task<int> RunAsync(string[] args, TextWriter stdout, TextWriter stderr, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(args);
        long started = Stopwatch.GetTimestamp();
        var environment = CliEnvironment.For(stdout, stderr);
        var root = CreateRootCommand(environment);
        var parsed = root.Parse(args);
        environment.CommandLine = (started, Stopwatch.GetTimestamp());
        if (parsed.Errors.Count > 0)
        {
            foreach (var error in parsed.Errors)
            {
                await stderr.WriteLineAsync($"error: {error.Message}").ConfigureAwait(false);
            }

            await stderr.WriteLineAsync().ConfigureAwait(false);
            ShowHelp(root, parsed, stderr);
            return ExitCodes.Unusable;
        }

        try
        {
            return await parsed.InvokeAsync(new InvocationConfiguration { Output = stdout, Error = stderr, EnableDefaultExceptionHandler = false }, cancellationToken)
                .ConfigureAwait(false);
        }
        catch (ConfigurationException ex)
        {
            await stderr.WriteLineAsync(ex.Message).ConfigureAwait(false);
            return ExitCodes.Unusable;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            // Reading accounts never throws (failures are EL0001–EL0004); this is the report or a config file.
            await stderr.WriteLineAsync($"error: {ex.Message}").ConfigureAwait(false);
            return ExitCodes.Unusable;
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            await stderr.WriteLineAsync("Cancelled.").ConfigureAwait(false);
            return ExitCodes.Unusable;
        }
    }

    internal static Command CreateRootCommand(CliEnvironment environment)
    {
        // A plain command named as users type it: RootCommand would name the program after the assembly in --help.
        var root = new Command("evidencelint", "Checks NVQ contact-centre reflective accounts (Word, PDF, text, Markdown) and reports findings like a compiler.")
        {
            new System.CommandLine.Help.HelpOption(),
            new VersionOption(),
            CheckCommand.Create(environment),
            ExtractCommand.Create(environment),
            RulesCommand.Create(environment),
            ExplainCommand.Create(environment),
            EvalCommand.Create(environment),
            FixCommand.Create(environment),
            UnitsCommand.Create(environment),
            CohortCommand.Create(environment),
            Service.ServeCommand.Create(environment),
        };

        // The built-in --version prints the source revision too (0.1.0+abc123…); users and bug reports want 0.1.0.
        foreach (var version in root.Options.OfType<VersionOption>())
        {
            version.Action = new PrintVersionAction(environment);
        }

        return root;
    }

    private sealed class PrintVersionAction(CliEnvironment environment) : System.CommandLine.Invocation.SynchronousCommandLineAction
    {
        public override int Invoke(ParseResult parseResult)
        {
            environment.Out.WriteLine(Version);
            return ExitCodes.Clean;
        }
    }

    // Help for the command the user was typing, written to standard error so a usage error never pollutes a report.
    private static void ShowHelp(Command root, ParseResult parsed, TextWriter stderr)
    {
        var names = new List<string>();
        for (var result = parsed.CommandResult; result.Command != root; result = (System.CommandLine.Parsing.CommandResult)result.Parent!)
        {
            names.Insert(0, result.Command.Name);
        }

        names.Add("--help");
        root.Parse(names).Invoke(new InvocationConfiguration { Output = stderr, Error = stderr });
    }

    private static string ReadVersion()
    {
        string version = typeof(Cli).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion ?? "0.0.0";
        int plus = version.IndexOf('+', StringComparison.Ordinal);
        return plus >= 0 ? version[..plus] : version;
    }
}
