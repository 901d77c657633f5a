using EvidenceLint.Analysis;
using EvidenceLint.Configuration;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace EvidenceLint.Cli.Service;

/// <summary>
/// The HTTP service behind <c>evidencelint serve</c>: Kestrel and minimal APIs over one shared, thread-safe linter.
/// Built here and started by the command, or by tests on a free loopback port.
/// </summary>
internal static class EvidenceService
{
    /// <summary>Loopback only by default: a service receiving learners' personal data is exposed on purpose, behind TLS.</summary>
    public const string DefaultUrl = "http://127.0.0.1:5080";

    private const string CheckPolicy = "check";

    public static async Task<int> RunAsync(CliEnvironment environment, ServeSettings settings, CancellationToken cancellationToken)
    {
        var app = await CreateAsync(environment, settings).ConfigureAwait(false);
        if (app is null)
        {
            return ExitCodes.Unusable;
        }

        await using (app.ConfigureAwait(false))
        {
            // Cancellation (Ctrl+C, SIGTERM) stops accepting connections and lets in-flight checks finish, up to the shutdown timeout.
            await app.StartAsync(cancellationToken).ConfigureAwait(false);
            await app.WaitForShutdownAsync(cancellationToken).ConfigureAwait(false);
        }

        return ExitCodes.Clean;
    }

    /// <summary>The configured, not yet started service; null after writing why it cannot run (exit 2).</summary>
    /// <param name="environment">Where configuration errors go.</param>
    /// <param name="settings">The command line's settings.</param>
    /// <param name="configureLogging">Changes to logging after the defaults (tests capture the log here).</param>
    public static async Task<WebApplication?> CreateAsync(CliEnvironment environment, ServeSettings settings, Action<ILoggingBuilder>? configureLogging = null)
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

        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions
        {
            Args = settings.HostArguments,
            ApplicationName = "evidencelint",
            ContentRootPath = Directory.GetCurrentDirectory(),
        });
        var options = ServiceOptions.Read(builder.Configuration, lintOptions.Limits);
        ApiKeys keys;
        try
        {
            keys = ApiKeys.From(builder.Configuration[ApiKeys.EnvironmentVariable], settings.ApiKeyFile ?? builder.Configuration["Serve:ApiKeyFile"]);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            await environment.Error.WriteLineAsync($"error: the API key file could not be read: {ex.Message}").ConfigureAwait(false);
            return null;
        }

        builder.WebHost.UseSetting(WebHostDefaults.ServerUrlsKey, settings.Urls ?? builder.Configuration["urls"] ?? DefaultUrl);
        builder.WebHost.ConfigureKestrel(kestrel =>
        {
            kestrel.AddServerHeader = false;
            kestrel.Limits.MaxRequestBodySize = options.MaxRequestBodyBytes;
        });

        // Long enough for a check that has started to finish before the process exits.
        builder.Services.Configure<HostOptions>(host => host.ShutdownTimeout = options.Limits.Timeout + TimeSpan.FromSeconds(5));

        builder.Logging.ClearProviders();
        builder.Logging.AddSimpleConsole(console =>
        {
            console.SingleLine = true;
            console.UseUtcTimestamp = true;
            console.TimestampFormat = "yyyy-MM-ddTHH:mm:ss.fffZ ";
        });
        builder.Logging.AddFilter("Microsoft.AspNetCore", LogLevel.Warning);
        configureLogging?.Invoke(builder.Logging);

        var metrics = new ServiceMetrics();
        builder.Services.AddSingleton(linter);
        builder.Services.AddSingleton(options);
        builder.Services.AddSingleton(keys);
        builder.Services.AddSingleton(metrics);
        builder.Services.AddSingleton<RequestLog>();
        builder.Services.AddSingleton(new CheckEndpoint(linter, lintOptions, options, metrics));
        builder.Services.AddProblemDetails();
        builder.Services.AddRateLimiter(limiter =>
        {
            // Checking is CPU-bound: a slot per core, a bounded queue, and a quick 503 beyond it rather than a pile-up.
            limiter.AddConcurrencyLimiter(CheckPolicy, concurrency =>
            {
                concurrency.PermitLimit = options.MaxConcurrentRequests;
                concurrency.QueueLimit = options.QueueLimit;
                concurrency.QueueProcessingOrder = System.Threading.RateLimiting.QueueProcessingOrder.OldestFirst;
            });
            limiter.RejectionStatusCode = StatusCodes.Status503ServiceUnavailable;
            limiter.OnRejected = (rejected, _) =>
            {
                rejected.HttpContext.RequestServices.GetRequiredService<ServiceMetrics>().Checked("busy", 0);
                return new ValueTask(Problems.BusyAsync(rejected.HttpContext, options.RetryAfterSeconds));
            };
        });
        builder.Services.AddOpenApi("v1", openApi => openApi.AddDocumentTransformer(new OpenApiContract(linter.Units.All.Select(p => p.Id))));

        var app = builder.Build();
        var requestLog = app.Services.GetRequiredService<RequestLog>();
        app.Use((context, next) => requestLog.InvokeAsync(context, next));
        app.UseExceptionHandler();
        app.UseStatusCodePages();
        app.Use((context, next) => RequireKeyAsync(context, next, keys));
        app.UseRateLimiter();

        var check = app.Services.GetRequiredService<CheckEndpoint>();
        var rules = RuleInfo.From(linter.SupportedDiagnostics, lintOptions);
        var units = UnitInfo.From(linter.Units);
        var v1 = app.MapGroup("/v1");
        v1.MapPost("/check", check.HandleAsync).RequireRateLimiting(CheckPolicy).ExcludeFromDescription();
        v1.MapGet("/rules", () => TypedResults.Ok(rules)).WithSummary("The rules, with severities as the service's evidencelint.json sets them.");
        v1.MapGet("/units", () => TypedResults.Ok(units)).WithSummary("The unit packs: learning outcomes, verbs and criteria.");
        app.MapGet("/healthz", () => TypedResults.Ok(new Health("ok", Cli.Version))).WithSummary("200 once the service is listening with its rules loaded.");
        app.MapGet("/metrics", () => TypedResults.Text(metrics.Render(), "text/plain; version=0.0.4; charset=utf-8")).WithSummary("Request and check counts in the Prometheus text format.");
        app.MapOpenApi("/openapi/{documentName}.json");
        return app;
    }

    /// <summary>With keys configured, <c>/v1/*</c> and <c>/metrics</c> need one; <c>/healthz</c> and the OpenAPI document never do.</summary>
    private static Task RequireKeyAsync(HttpContext context, RequestDelegate next, ApiKeys keys)
    {
        var path = context.Request.Path;
        if (!keys.Required || !(path.StartsWithSegments("/v1", StringComparison.OrdinalIgnoreCase) || path.StartsWithSegments("/metrics", StringComparison.OrdinalIgnoreCase)) ||
            keys.Accepts(context.Request.Headers.Authorization))
        {
            return next(context);
        }

        context.Response.Headers.WWWAuthenticate = "Bearer";
        return Problems.WriteAsync(context, StatusCodes.Status401Unauthorized, "API key required",
            "Send one of the service's API keys as 'Authorization: Bearer KEY'.");
    }
}
