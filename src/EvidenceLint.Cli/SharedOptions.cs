using System.CommandLine;

namespace EvidenceLint.Cli;

/// <summary>
/// The options several commands take, each worded once so that <c>--unit</c>, <c>--config</c>, <c>--fail-on</c>,
/// <c>--jobs</c>, <c>--rules</c> and <c>--lenient-packs</c> mean the same wherever they appear. A command whose option
/// means something of its own there (cohort's required unit, fix's output) passes its own description.
/// </summary>
internal static class SharedOptions
{
    public const string UnitDescription = "The unit the accounts are for: MCS, SCS, PCS, DCP (or a unit from --rules) or auto. Overrides evidencelint.json.";

    /// <summary><c>--unit</c>: MCS, SCS, PCS, DCP, a unit from <c>--rules</c>, or auto.</summary>
    public static Option<string?> Unit(string description = UnitDescription, bool required = false) =>
        new("--unit") { Description = description, Required = required };

    /// <summary><c>--config FILE</c>: one configuration for every account instead of the nearest evidencelint.json.</summary>
    public static Option<string?> Config() =>
        new("--config") { Description = "Use this configuration file instead of the evidencelint.json nearest each account." };

    /// <summary><c>--fail-on</c>: the lowest severity that makes the exit code 1.</summary>
    public static Option<string> FailOn()
    {
        var failOn = new Option<string>("--fail-on") { Description = "The lowest severity that makes the exit code 1: error, warning, info or never.", DefaultValueFactory = _ => "error" };
        failOn.AcceptOnlyFromAmong("error", "warning", "info", "never");
        return failOn;
    }

    /// <summary><c>--output FILE</c>/<c>-o FILE</c>, written atomically; what it names depends on the command.</summary>
    public static Option<string?> Output(string description) => new("--output", "-o") { Description = description };

    /// <summary><c>--format NAME</c>, one of <paramref name="names"/>.</summary>
    public static Option<string> Format(string description, string defaultName, params string[] names)
    {
        var format = new Option<string>("--format") { Description = description, DefaultValueFactory = _ => defaultName };
        format.AcceptOnlyFromAmong(names);
        return format;
    }

    /// <summary>The <c>--rules DIR</c> option, worded the same for every command.</summary>
    public static Option<string?> Rules() =>
        new("--rules") { Description = "Also load the unit packs and rule packs (YAML) in this folder and its subfolders; a pack there adds a unit or rule, or replaces the built-in one with the same id." };

    /// <summary><c>--timings</c>: after the report, where the run's time went, phase by phase, on standard error.</summary>
    public static Option<bool> Timings() =>
        new("--timings") { Description = "After the report, print to standard error how long each phase of the run took (host start, command line, pack load, configuration, reader, text model, evidence, rules, report)." };

    /// <summary>The <c>--lenient-packs</c> option: skip a malformed pack with a warning instead of stopping.</summary>
    public static Option<bool> LenientPacks() =>
        new("--lenient-packs") { Description = "With --rules: skip a malformed pack (with a warning naming its file, line and column) and load the others, instead of stopping." };

    /// <summary>
    /// <c>--jobs N</c>/<c>-j N</c>: how many files to check at once. Reports are the same whatever N is: results are
    /// collected by position and reported in path order.
    /// </summary>
    public static Option<int> Jobs()
    {
        var jobs = new Option<int>("--jobs", "-j") { Description = "How many files to check at once (default: the number of processor cores).", DefaultValueFactory = _ => Environment.ProcessorCount };
        jobs.Validators.Add(result =>
        {
            if (result.GetValueOrDefault<int>() < 1)
            {
                result.AddError("--jobs must be at least 1.");
            }
        });
        return jobs;
    }
}

/// <summary>
/// The options of the one run path (<see cref="LintRun"/>), created together so that a batch command reads them into
/// <see cref="RunSettings"/> in one place.
/// </summary>
/// <param name="unit">The command's <c>--unit</c> (see <see cref="SharedOptions.Unit"/>).</param>
internal sealed class RunOptions(Option<string?> unit)
{
    public Option<string?> Unit { get; } = unit;

    public Option<string?> Rules { get; } = SharedOptions.Rules();

    public Option<bool> LenientPacks { get; } = SharedOptions.LenientPacks();

    public Option<string?> Config { get; } = SharedOptions.Config();

    public Option<string> FailOn { get; } = SharedOptions.FailOn();

    public Option<int> Jobs { get; } = SharedOptions.Jobs();

    /// <summary>What the user asked for on this command line.</summary>
    public RunSettings Read(ParseResult parseResult) => new(
        parseResult.GetValue(Unit),
        parseResult.GetValue(Config),
        parseResult.GetValue(Rules),
        parseResult.GetValue(LenientPacks),
        parseResult.GetValue(Jobs))
    {
        FailOn = parseResult.GetRequiredValue(FailOn),
    };
}
