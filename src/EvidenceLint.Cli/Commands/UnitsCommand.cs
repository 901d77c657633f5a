using System.CommandLine;
using EvidenceLint.Units;

namespace EvidenceLint.Cli.Commands;

/// <summary><c>units</c>: the unit packs in use, so a centre can check what an override changed.</summary>
internal static class UnitsCommand
{
    public static Command Create(CliEnvironment environment)
    {
        var rules = new Option<string?>("--rules") { Description = "Also load unit packs from this folder; a pack there replaces the built-in pack of the same unit." };
        var command = new Command("units", "List the unit packs: learning outcomes, verbs and criteria.") { rules };
        command.SetAction(parseResult => Run(environment, parseResult.GetValue(rules)));
        return command;
    }

    private static int Run(CliEnvironment environment, string? rulesDirectory)
    {
        UnitCatalog catalog;
        try
        {
            catalog = BuiltInUnits.WithPacksFrom(rulesDirectory);
        }
        catch (UnitPackException ex)
        {
            environment.Error.WriteLine(ex.Message);
            return ExitCodes.Unusable;
        }

        var output = environment.Out;
        foreach (var pack in catalog.All)
        {
            output.WriteLine($"{pack.Id}  {pack.Title}  ({pack.WordRange.Minimum}-{pack.WordRange.Maximum} words)");
            foreach (var outcome in pack.LearningOutcomes)
            {
                output.WriteLine($"  {outcome.Id}  [{string.Join(", ", outcome.Verbs)}]  {outcome.Wording}");
            }

            foreach (var criterion in pack.Criteria)
            {
                output.WriteLine($"  {criterion.Id}  {criterion.Wording}");
            }

            output.WriteLine();
        }

        return ExitCodes.Clean;
    }
}
