namespace EvidenceLint.Analysis;

/// <summary>How much a finding matters; Roslyn's four levels, in increasing order.</summary>
public enum DiagnosticSeverity
{
    /// <summary>Computed but not shown to the learner (used by tools and reports).</summary>
    Hidden = 0,

    /// <summary>A suggestion worth reading.</summary>
    Info = 1,

    /// <summary>Something an assessor is likely to pick up.</summary>
    Warning = 2,

    /// <summary>Something that stops the account being usable evidence as it stands.</summary>
    Error = 3,
}
