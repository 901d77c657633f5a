using System.Text.Json;
using System.Text.Json.Serialization;
using EvidenceLint.Analysis;
using EvidenceLint.Configuration;

namespace EvidenceLint.Cli.Service;

/// <summary>
/// What the service needs its rules for: the linter, evidencelint.json's options, the check endpoint and the lists
/// <c>/v1/rules</c> and <c>/v1/units</c> answer. Loading the rule and unit packs takes most of a start, so it runs in
/// the background while Kestrel starts: <c>/healthz</c> answers as soon as the service listens, <c>/readyz</c> once
/// this is built, and a check that arrives before then waits for it.
/// </summary>
internal sealed record ServiceCore(EvidenceLinter Linter, LintOptions LintOptions, ServiceOptions Options, CheckEndpoint Check, RuleInfo[] Rules, UnitInfo[] Units)
{
    /// <summary>The core, or null after writing why the packs cannot be used; a bad evidencelint.json throws <see cref="ConfigurationException"/>.</summary>
    public static async Task<ServiceCore?> LoadAsync(CliEnvironment environment, ServeSettings settings, Task<ServiceOptions> serviceOptions, ServiceMetrics metrics)
    {
        if (await LinterFactory.CreateAsync(environment, settings.RulesDirectory, lenient: settings.LenientPacks).ConfigureAwait(false) is not { } linter)
        {
            return null;
        }

        // One evidencelint.json for every request, as if each document were in the folder the service started in.
        string? configPath = settings.ConfigPath ?? LintConfiguration.Find(Path.Combine(Directory.GetCurrentDirectory(), "document"));
        var lintOptions = configPath is null
            ? LintOptions.Default
            : LintConfiguration.Load(configPath, linter.SupportedDiagnostics, linter.Units.All.Select(p => p.Id));
        var options = (await serviceOptions.ConfigureAwait(false)).WithLimits(lintOptions.Limits);
        return new ServiceCore(
            linter,
            lintOptions,
            options,
            new CheckEndpoint(linter, lintOptions, options, metrics),
            RuleInfo.From(linter.SupportedDiagnostics, lintOptions),
            UnitInfo.From(linter.Units));
    }
}

/// <summary>The core being loaded: awaited by the endpoints that need it, polled by <c>/readyz</c>.</summary>
internal sealed class ServiceStartup(Task<ServiceCore?> core)
{
    public Task<ServiceCore?> Core { get; } = core;

    /// <summary>True once the rules are loaded and checks can run.</summary>
    public bool IsReady => Core.IsCompletedSuccessfully && Core.Result is not null;
}

/// <summary>
/// The service's own JSON answers, serialised by source-generated code: no reflection over the types when the first
/// request is answered, which is a measurable part of a start.
/// </summary>
[JsonSourceGenerationOptions(JsonSerializerDefaults.Web)]
[JsonSerializable(typeof(Health))]
[JsonSerializable(typeof(RuleInfo[]))]
[JsonSerializable(typeof(UnitInfo[]))]
internal sealed partial class ServiceJsonContext : JsonSerializerContext;
