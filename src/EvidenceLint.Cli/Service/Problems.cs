using Microsoft.AspNetCore.Http;

namespace EvidenceLint.Cli.Service;

/// <summary>
/// Refusals as RFC 7807 problem details (<c>application/problem+json</c>): a status, a short title a developer can
/// search for, and a detail saying what to change. Nothing from the document is ever put in one, except the
/// EL0001–EL0004 message the command line would print.
/// </summary>
internal static class Problems
{
    public static Task WriteAsync(HttpContext context, int status, string title, string detail, IDictionary<string, object?>? extensions = null)
    {
        if (context.Response.HasStarted)
        {
            return Task.CompletedTask;
        }

        return TypedResults.Problem(detail: detail, statusCode: status, title: title, extensions: extensions).ExecuteAsync(context);
    }

    public static Task BadRequestAsync(HttpContext context, string detail) =>
        WriteAsync(context, StatusCodes.Status400BadRequest, "Bad request", detail);

    public static Task TooLargeAsync(HttpContext context, long limit) =>
        WriteAsync(context, StatusCodes.Status413PayloadTooLarge, "Document too large",
            $"The document is larger than the {limit:N0}-byte limit (limits.maxInputBytes in evidencelint.json). Save it without embedded videos or large images.");

    /// <summary>503 with Retry-After: the service is at its concurrency limit, or shutting down.</summary>
    public static Task BusyAsync(HttpContext context, int retryAfterSeconds)
    {
        context.Response.Headers.RetryAfter = retryAfterSeconds.ToString(System.Globalization.CultureInfo.InvariantCulture);
        return WriteAsync(context, StatusCodes.Status503ServiceUnavailable, "Busy",
            $"Every check slot and queue place is taken. Retry after {retryAfterSeconds} second{(retryAfterSeconds == 1 ? string.Empty : "s")}.");
    }
}
