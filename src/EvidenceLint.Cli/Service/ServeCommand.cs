using System.CommandLine;

namespace EvidenceLint.Cli.Service;

/// <summary>
/// <c>serve</c>: the checker as an HTTP service, so an LMS or e-portfolio written in any language can check an account
/// without shelling out to the command line for every file.
/// </summary>
internal static class ServeCommand
{
    public static Command Create(CliEnvironment environment)
    {
        var urls = new Option<string?>("--urls") { Description = $"Where to listen, separated by ';' (default {EvidenceService.DefaultUrl}: this machine only; put a reverse proxy with TLS in front to serve others)." };
        var config = new Option<string?>("--config") { Description = "The evidencelint.json every request is checked with (default: evidencelint.json in the current folder or the nearest parent, if any)." };
        var rules = SharedOptions.Rules();
        var lenient = SharedOptions.LenientPacks();
        var keyFile = new Option<string?>("--api-key-file") { Description = "A file of API keys, one per line ('#' starts a comment); requests must then send 'Authorization: Bearer KEY'. Keys may also be given in EVIDENCELINT_API_KEYS (comma-separated)." };
        var command = new Command("serve", "Serve the checker over HTTP: POST /v1/check, GET /v1/rules, /v1/units, /healthz, /metrics and /openapi/v1.json. Other ASP.NET Core settings may follow as --Key=Value (e.g. --Serve:MaxConcurrentRequests=4).")
        {
            urls, config, rules, lenient, keyFile,
        };

        // ASP.NET Core's own settings (--Serve:…, --Logging:…, --Kestrel:…) pass through to its configuration.
        command.TreatUnmatchedTokensAsErrors = false;
        command.SetAction((parseResult, cancellationToken) => EvidenceService.RunAsync(
            environment,
            new ServeSettings
            {
                Urls = parseResult.GetValue(urls),
                ConfigPath = parseResult.GetValue(config),
                RulesDirectory = parseResult.GetValue(rules),
                LenientPacks = parseResult.GetValue(lenient),
                ApiKeyFile = parseResult.GetValue(keyFile),
                HostArguments = [.. parseResult.UnmatchedTokens],
            },
            cancellationToken));
        return command;
    }
}
