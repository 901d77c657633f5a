using EvidenceLint.Configuration;
using EvidenceLint.Reading;
using Microsoft.Extensions.Configuration;

namespace EvidenceLint.Cli.Service;

/// <summary>What the <c>serve</c> command line says; everything else comes from ASP.NET Core configuration.</summary>
internal sealed record ServeSettings
{
    public string? Urls { get; init; }

    public string? ConfigPath { get; init; }

    public string? RulesDirectory { get; init; }

    public bool LenientPacks { get; init; }

    public string? ApiKeyFile { get; init; }

    /// <summary>Arguments for ASP.NET Core's command-line configuration (<c>--Serve:QueueLimit=8</c>).</summary>
    public string[] HostArguments { get; init; } = [];
}

/// <summary>
/// The <c>Serve</c> section of the service's configuration (appsettings.json, <c>Serve__…</c> environment variables,
/// <c>--Serve:…</c> arguments). Input limits are not here: they are evidencelint.json's <c>limits</c>, the one place
/// the command line reads them too.
/// </summary>
internal sealed record ServiceOptions
{
    public const string Section = "Serve";

    /// <summary>Extra bytes a multipart request may carry around its <c>file</c> part (boundaries, part headers, small fields).</summary>
    public const long MultipartAllowance = 64 * 1024;

    /// <summary>Checks run at once. Checking is CPU-bound, so more than the cores only adds latency.</summary>
    public int MaxConcurrentRequests { get; init; } = Environment.ProcessorCount;

    /// <summary>Checks waiting for a free slot; beyond them a request is refused with 503 and Retry-After.</summary>
    public int QueueLimit { get; init; } = 8 * Environment.ProcessorCount;

    /// <summary>
    /// The longest a request may take to upload its document, and separately the longest reading and analysing it may
    /// take (evidencelint.json's <c>limits.timeoutSeconds</c> is used if shorter).
    /// </summary>
    public TimeSpan RequestTimeout { get; init; } = TimeSpan.FromSeconds(30);

    /// <summary>The seconds a refused client is told to wait before retrying.</summary>
    public int RetryAfterSeconds { get; init; } = 1;

    /// <summary>The evidencelint.json limits, with the analysis time capped by <see cref="RequestTimeout"/>.</summary>
    public ReadingLimits Limits { get; init; } = ReadingLimits.Default;

    /// <summary>The largest body Kestrel accepts: the document limit plus the multipart allowance.</summary>
    public long MaxRequestBodyBytes => Limits.MaxInputBytes + MultipartAllowance;

    /// <summary>These options with evidencelint.json's limits, the analysis time capped by <see cref="RequestTimeout"/>.</summary>
    public ServiceOptions WithLimits(ReadingLimits limits) =>
        this with { Limits = limits with { Timeout = limits.Timeout < RequestTimeout ? limits.Timeout : RequestTimeout } };

    /// <summary>Reads the section; a value that is not a positive whole number is a configuration error naming its key.</summary>
    public static ServiceOptions Read(IConfiguration configuration)
    {
        var section = configuration.GetSection(Section);
        var defaults = new ServiceOptions();
        var timeout = TimeSpan.FromSeconds(Positive(section, nameof(RequestTimeout) + "Seconds", (int)defaults.RequestTimeout.TotalSeconds));
        return new ServiceOptions
        {
            MaxConcurrentRequests = Positive(section, nameof(MaxConcurrentRequests), defaults.MaxConcurrentRequests),
            QueueLimit = Positive(section, nameof(QueueLimit), defaults.QueueLimit, allowZero: true),
            RequestTimeout = timeout,
            RetryAfterSeconds = Positive(section, nameof(RetryAfterSeconds), defaults.RetryAfterSeconds),
        }.WithLimits(ReadingLimits.Default);
    }

    private static int Positive(IConfigurationSection section, string key, int fallback, bool allowZero = false)
    {
        string? text = section[key];
        if (text is null)
        {
            return fallback;
        }

        if (!int.TryParse(text, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out int value) || (value == 0 && !allowZero))
        {
            throw new ConfigurationException("the service configuration", $"{Section}:{key}", null, null, $"must be a whole number {(allowZero ? "of 0 or more" : "of 1 or more")}, not '{text}'");
        }

        return value;
    }
}
