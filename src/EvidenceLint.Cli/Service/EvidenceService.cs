using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace EvidenceLint.Cli.Service;

/// <summary>
/// The HTTP service behind <c>evidencelint serve</c>: Kestrel and minimal APIs over one shared, thread-safe linter.
/// Built here and started by the command, or by tests on a free loopback port.
/// </summary>
internal static partial class EvidenceService
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

            // Listening already (/healthz answers); the rules load meanwhile. Packs or an evidencelint.json that cannot
            // be used stop the service with exit 2, as they stop every other command.
            ServiceCore? core;
            try
            {
                core = await app.Services.GetRequiredService<ServiceStartup>().Core.ConfigureAwait(false);
            }
            catch
            {
                await app.StopAsync(CancellationToken.None).ConfigureAwait(false);
                throw;
            }

            if (core is null)
            {
                await app.StopAsync(CancellationToken.None).ConfigureAwait(false);
                return ExitCodes.Unusable;
            }

            await app.WaitForShutdownAsync(cancellationToken).ConfigureAwait(false);
        }

        return ExitCodes.Clean;
    }

    /// <summary>
    /// The configured, not yet started service, with its rules loading in the background (<see cref="ServiceStartup"/>);
    /// null after writing why it cannot run (exit 2).
    /// </summary>
    /// <param name="environment">Where configuration errors go.</param>
    /// <param name="settings">The command line's settings.</param>
    /// <param name="configureLogging">Changes to logging after the defaults (tests capture the log here).</param>
    public static async Task<WebApplication?> CreateAsync(CliEnvironment environment, ServeSettings settings, Action<ILoggingBuilder>? configureLogging = null)
    {
        // The packs load on another core while the host is built and Kestrel binds: together they are most of a start.
        var metrics = new ServiceMetrics();
        var serviceOptions = new TaskCompletionSource<ServiceOptions>(TaskCreationOptions.RunContinuationsAsynchronously);
        var startup = new ServiceStartup(Task.Run(() => ServiceCore.LoadAsync(environment, settings, serviceOptions.Task, metrics)));

        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions
        {
            // appsettings.json is read once: without this the host would watch every folder under the current one
            // for changes (an inotify watch per folder on Linux, slow to set up in a large tree). A later
            // --hostBuilder:reloadConfigOnChange=true still turns it back on.
            Args = ["--hostBuilder:reloadConfigOnChange=false", .. settings.HostArguments],
            ApplicationName = "evidencelint",
            ContentRootPath = Directory.GetCurrentDirectory(),
        });
        ServiceOptions options;
        ApiKeys keys;
        try
        {
            options = ServiceOptions.Read(builder.Configuration);
            keys = ApiKeys.From(builder.Configuration[ApiKeys.EnvironmentVariable], settings.ApiKeyFile ?? builder.Configuration["Serve:ApiKeyFile"]);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            serviceOptions.SetCanceled();
            await environment.Error.WriteLineAsync($"error: the API key file could not be read: {ex.Message}").ConfigureAwait(false);
            return null;
        }
        catch
        {
            serviceOptions.SetCanceled();
            throw;
        }

        serviceOptions.SetResult(options);

        builder.WebHost.UseSetting(WebHostDefaults.ServerUrlsKey, settings.Urls ?? builder.Configuration["urls"] ?? DefaultUrl);
        builder.WebHost.ConfigureKestrel(kestrel => kestrel.AddServerHeader = false);

        // Long enough for a check that has started to finish before the process exits (evidencelint.json's analysis
        // time is at most the request timeout).
        builder.Services.Configure<HostOptions>(host => host.ShutdownTimeout = options.RequestTimeout + TimeSpan.FromSeconds(5));

        builder.Logging.ClearProviders();
        builder.Logging.AddSimpleConsole(console =>
        {
            console.SingleLine = true;
            console.UseUtcTimestamp = true;
            console.TimestampFormat = "yyyy-MM-ddTHH:mm:ss.fffZ ";
        });
        builder.Logging.AddFilter("Microsoft.AspNetCore", LogLevel.Warning);
        configureLogging?.Invoke(builder.Logging);

        builder.Services.AddSingleton(options);
        builder.Services.AddSingleton(keys);
        builder.Services.AddSingleton(metrics);
        builder.Services.AddSingleton(startup);
        builder.Services.AddSingleton<RequestLog>();
        builder.Services.ConfigureHttpJsonOptions(json => json.SerializerOptions.TypeInfoResolverChain.Insert(0, ServiceJsonContext.Default));
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
        builder.Services.AddOpenApi("v1", openApi => openApi.AddDocumentTransformer(new OpenApiContract(startup)));

        var app = builder.Build();
        var requestLog = app.Services.GetRequiredService<RequestLog>();
        app.Use((context, next) => requestLog.InvokeAsync(context, next));
        app.UseExceptionHandler();
        app.UseStatusCodePages();
        app.Use((context, next) => RequireKeyAsync(context, next, keys));
        app.UseRateLimiter();

        var v1 = app.MapGroup("/v1");
        v1.MapPost("/check", async (HttpContext context) =>
        {
            if (await startup.Core.ConfigureAwait(false) is { } core)
            {
                await core.Check.HandleAsync(context).ConfigureAwait(false);
            }
            else
            {
                await Problems.BusyAsync(context, options.RetryAfterSeconds).ConfigureAwait(false);
            }
        }).RequireRateLimiting(CheckPolicy).ExcludeFromDescription();
        v1.MapGet("/rules", async () => TypedResults.Ok((await startup.Core.ConfigureAwait(false))?.Rules ?? []))
            .WithSummary("The rules, with severities as the service's evidencelint.json sets them.");
        v1.MapGet("/units", async () => TypedResults.Ok((await startup.Core.ConfigureAwait(false))?.Units ?? []))
            .WithSummary("The unit packs: learning outcomes, verbs and criteria.");
        app.MapGet("/healthz", () => TypedResults.Ok(new Health("ok", Cli.Version)))
            .WithSummary("200 as soon as the service is listening (liveness); checks that arrive before /readyz is 200 wait for the rules.");
        app.MapGet("/readyz", Results<Ok<Health>, JsonHttpResult<Health>> () => startup.IsReady
                ? TypedResults.Ok(new Health("ready", Cli.Version))
                : TypedResults.Json(new Health("starting", Cli.Version), ServiceJsonContext.Default.Health, statusCode: StatusCodes.Status503ServiceUnavailable))
            .WithSummary("200 once the rules and units are loaded and checks run at once (readiness); 503 while they load.");
        app.MapGet("/metrics", () => TypedResults.Text(metrics.Render(), "text/plain; version=0.0.4; charset=utf-8")).WithSummary("Request and check counts in the Prometheus text format.");
        app.MapOpenApi("/openapi/{documentName}.json");

        // How long a start took, for whoever runs the service: first listening, then ready to check.
        var startLog = app.Services.GetRequiredService<ILoggerFactory>().CreateLogger("EvidenceLint.Startup");
        app.Lifetime.ApplicationStarted.Register(() =>
        {
            LogListening(startLog, string.Join(' ', app.Urls), SinceProcessStart());
            _ = startup.Core.ContinueWith(
                loaded => { if (loaded.IsCompletedSuccessfully && loaded.Result is not null) { LogReady(startLog, SinceProcessStart()); } },
                CancellationToken.None, TaskContinuationOptions.ExecuteSynchronously, TaskScheduler.Default);
        });
        return app;
    }

    private static long SinceProcessStart()
    {
        using var process = System.Diagnostics.Process.GetCurrentProcess();
        return (long)(DateTime.Now - process.StartTime).TotalMilliseconds;
    }

    [LoggerMessage(EventId = 10, Level = LogLevel.Information, Message = "Listening on {Urls}, {Milliseconds} ms after the process started")]
    private static partial void LogListening(ILogger logger, string urls, long milliseconds);

    [LoggerMessage(EventId = 11, Level = LogLevel.Information, Message = "Rules and units loaded: ready to check, {Milliseconds} ms after the process started")]
    private static partial void LogReady(ILogger logger, long milliseconds);

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
