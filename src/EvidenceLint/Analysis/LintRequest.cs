namespace EvidenceLint.Analysis;

/// <summary>What one lint call asks for, on top of the linter's options.</summary>
public sealed record LintRequest
{
    /// <summary>No unit given, linter options unchanged.</summary>
    public static LintRequest Default { get; } = new();

    /// <summary>The unit given by the caller (for example <c>--unit MCS</c>); wins over configuration.</summary>
    public string? Unit { get; init; }

    /// <summary>Options for this call only (for example a centre's evidencelint.json); null uses the linter's.</summary>
    public LintOptions? Options { get; init; }
}
