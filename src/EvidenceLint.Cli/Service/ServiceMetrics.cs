using System.Collections.Concurrent;
using System.Globalization;
using System.Text;

namespace EvidenceLint.Cli.Service;

/// <summary>
/// Counts for <c>/metrics</c> in the Prometheus text format: requests by status, their total duration, checks by
/// outcome and requests in flight. Interlocked counters only, so recording costs nothing measurable.
/// </summary>
internal sealed class ServiceMetrics
{
    private readonly ConcurrentDictionary<int, long> _byStatus = new();
    private readonly ConcurrentDictionary<string, long> _checks = new(StringComparer.Ordinal);
    private long _durationTicks;
    private long _inFlight;
    private long _bytesIn;

    public void Started() => Interlocked.Increment(ref _inFlight);

    public void Finished(int status, TimeSpan duration)
    {
        Interlocked.Decrement(ref _inFlight);
        _byStatus.AddOrUpdate(status, 1, (_, n) => n + 1);
        Interlocked.Add(ref _durationTicks, duration.Ticks);
    }

    /// <summary>A check's outcome: the report format it was answered in, or why it was refused.</summary>
    public void Checked(string outcome, long bytes)
    {
        _checks.AddOrUpdate(outcome, 1, (_, n) => n + 1);
        Interlocked.Add(ref _bytesIn, bytes);
    }

    public string Render()
    {
        var text = new StringBuilder();
        var statuses = _byStatus.OrderBy(p => p.Key).ToList();
        text.Append("# HELP evidencelint_requests_total HTTP requests answered, by status.\n# TYPE evidencelint_requests_total counter\n");
        foreach (var (status, count) in statuses)
        {
            text.Append(CultureInfo.InvariantCulture, $"evidencelint_requests_total{{status=\"{status}\"}} {count}\n");
        }

        text.Append("# HELP evidencelint_request_duration_seconds_sum Total time spent answering requests.\n# TYPE evidencelint_request_duration_seconds_sum counter\n");
        text.Append(CultureInfo.InvariantCulture, $"evidencelint_request_duration_seconds_sum {TimeSpan.FromTicks(Interlocked.Read(ref _durationTicks)).TotalSeconds:0.######}\n");
        text.Append("# HELP evidencelint_request_duration_seconds_count Requests timed.\n# TYPE evidencelint_request_duration_seconds_count counter\n");
        text.Append(CultureInfo.InvariantCulture, $"evidencelint_request_duration_seconds_count {statuses.Sum(p => p.Value)}\n");
        text.Append("# HELP evidencelint_checks_total Documents received by /v1/check, by outcome.\n# TYPE evidencelint_checks_total counter\n");
        foreach (var (outcome, count) in _checks.OrderBy(p => p.Key, StringComparer.Ordinal))
        {
            text.Append(CultureInfo.InvariantCulture, $"evidencelint_checks_total{{outcome=\"{outcome}\"}} {count}\n");
        }

        text.Append("# HELP evidencelint_document_bytes_total Bytes of documents received.\n# TYPE evidencelint_document_bytes_total counter\n");
        text.Append(CultureInfo.InvariantCulture, $"evidencelint_document_bytes_total {Interlocked.Read(ref _bytesIn)}\n");
        text.Append("# HELP evidencelint_requests_in_flight Requests being answered now.\n# TYPE evidencelint_requests_in_flight gauge\n");
        text.Append(CultureInfo.InvariantCulture, $"evidencelint_requests_in_flight {Interlocked.Read(ref _inFlight)}\n");
        text.Append("# HELP process_working_set_bytes Memory in use by the service.\n# TYPE process_working_set_bytes gauge\n");
        text.Append(CultureInfo.InvariantCulture, $"process_working_set_bytes {Environment.WorkingSet}\n");
        return text.ToString();
    }
}
