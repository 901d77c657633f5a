namespace EvidenceLint.Analysis;

/// <summary>One finding: which rule, where, how severe and what to do about it.</summary>
public sealed record Diagnostic
{
    private Diagnostic(DiagnosticDescriptor descriptor, EvidenceLocation location, DiagnosticSeverity severity, string message, string? detail)
    {
        Descriptor = descriptor;
        Location = location;
        Severity = severity;
        Message = message;
        Detail = detail;
    }

    /// <summary>The rule that reported this finding.</summary>
    public DiagnosticDescriptor Descriptor { get; }

    /// <summary>The rule id.</summary>
    public string Id => Descriptor.Id;

    /// <summary>Where the finding is.</summary>
    public EvidenceLocation Location { get; init; }

    /// <summary>The effective severity, after configuration.</summary>
    public DiagnosticSeverity Severity { get; init; }

    /// <summary>The message for the learner.</summary>
    public string Message { get; }

    /// <summary>
    /// A short machine-readable detail such as the criterion (<c>MCS.3</c>) or learning outcome (<c>LO1/establish,communicate</c>)
    /// the finding is about; null when the rule has none.
    /// </summary>
    public string? Detail { get; }

    /// <summary>Creates a finding with the descriptor's default severity.</summary>
    public static Diagnostic Create(DiagnosticDescriptor descriptor, EvidenceLocation location, params object?[] messageArgs) =>
        new(descriptor, location, descriptor.DefaultSeverity, descriptor.FormatMessage(messageArgs), null);

    /// <summary>Creates a finding that carries a detail (criterion or learning-outcome id).</summary>
    public static Diagnostic CreateWithDetail(DiagnosticDescriptor descriptor, EvidenceLocation location, string? detail, params object?[] messageArgs) =>
        new(descriptor, location, descriptor.DefaultSeverity, descriptor.FormatMessage(messageArgs), detail);

    /// <summary>The same finding with its text replaced: how the engine masks customer data in every finding.</summary>
    internal Diagnostic WithText(string message, EvidenceLocation location) => new(Descriptor, location, Severity, message, Detail);

    /// <inheritdoc />
    public override string ToString() => $"{Id} {Severity}: {Message}";
}
