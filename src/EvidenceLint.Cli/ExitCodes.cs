namespace EvidenceLint.Cli;

/// <summary>The process exit codes CI scripts rely on.</summary>
internal static class ExitCodes
{
    /// <summary>Nothing at or above the --fail-on severity.</summary>
    public const int Clean = 0;

    /// <summary>At least one finding at or above the --fail-on severity.</summary>
    public const int Findings = 1;

    /// <summary>A usage or configuration error, or an input that could not be read (EL0001–EL0004). Wins over 1.</summary>
    public const int Unusable = 2;
}
