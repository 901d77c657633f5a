using System.Diagnostics;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace EvidenceLint.Cli.Service;

/// <summary>
/// One structured log line per request: method, path, status, duration, bytes in and out, and the unit asked for.
/// Never the document's text, its name or any excerpt: a request log is kept and shipped far more widely than a
/// learner's account should be.
/// </summary>
internal sealed partial class RequestLog(ILogger<RequestLog> logger, ServiceMetrics metrics)
{
    private const string UnitKey = "evidencelint.unit";
    private const string BytesKey = "evidencelint.bytes";

    /// <summary>Records the unit a check asked for (already validated: a unit id, <c>auto</c> or <c>default</c>).</summary>
    public static void SetUnit(HttpContext context, string unit) => context.Items[UnitKey] = unit;

    /// <summary>Records how many document bytes a check read.</summary>
    public static void SetDocumentBytes(HttpContext context, long bytes) => context.Items[BytesKey] = bytes;

    public async Task InvokeAsync(HttpContext context, RequestDelegate next)
    {
        long started = Stopwatch.GetTimestamp();
        metrics.Started();
        int status = StatusCodes.Status500InternalServerError;
        try
        {
            await next(context).ConfigureAwait(false);
            status = context.Response.StatusCode;
        }
        finally
        {
            // 499 (nginx's "client closed request") when the client went away before an answer was sent.
            if (context.RequestAborted.IsCancellationRequested && !context.Response.HasStarted)
            {
                status = 499;
            }

            var duration = Stopwatch.GetElapsedTime(started);
            metrics.Finished(status, duration);
            long? bytesIn = context.Items.TryGetValue(BytesKey, out object? read) ? (long?)read : context.Request.ContentLength;
            string path = context.Request.Path.Value is { Length: > 200 } longPath ? longPath[..200] + "…" : context.Request.Path.Value ?? "/";
            Log(logger, context.Request.Method, path, status, Math.Round(duration.TotalMilliseconds, 1), bytesIn, context.Response.ContentLength, context.Items.TryGetValue(UnitKey, out object? unit) ? (string?)unit : null);
        }
    }

    [LoggerMessage(EventId = 1, EventName = "Request", Level = LogLevel.Information,
        Message = "{Method} {Path} {Status} in {DurationMs} ms, {RequestBytes} bytes in, {ResponseBytes} bytes out, unit {Unit}")]
    private static partial void Log(ILogger logger, string method, string path, int status, double durationMs, long? requestBytes, long? responseBytes, string? unit);
}
