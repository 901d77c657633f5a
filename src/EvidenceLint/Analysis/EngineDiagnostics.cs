namespace EvidenceLint.Analysis;

/// <summary>The EL0xxx diagnostics the engine itself reports about input and about rules that fail.</summary>
public static class EngineDiagnostics
{
    /// <summary>The category of every EL0xxx diagnostic.</summary>
    public const string Category = "input";

    /// <summary>EL0001: the document could not be read.</summary>
    public static DiagnosticDescriptor DocumentUnreadable { get; } = new(
        "EL0001", "document-unreadable", "Document could not be read",
        "{0}", Category, DiagnosticSeverity.Error,
        "The file is corrupt, truncated, in a format EvidenceLint does not read, or its content does not match its name.");

    /// <summary>EL0002: the document is password-protected.</summary>
    public static DiagnosticDescriptor DocumentEncrypted { get; } = new(
        "EL0002", "document-password-protected", "Document is password-protected",
        "{0}", Category, DiagnosticSeverity.Error,
        "EvidenceLint never asks for or guesses passwords. Save an unprotected copy to check it.");

    /// <summary>EL0003: the document has no extractable text.</summary>
    public static DiagnosticDescriptor DocumentHasNoText { get; } = new(
        "EL0003", "document-has-no-text", "Document has no extractable text",
        "{0}", Category, DiagnosticSeverity.Error,
        "A scanned or image-only document has pictures of words, not text. It needs OCR (text recognition) before it can be checked; better, submit the original Word file.");

    /// <summary>EL0004: a safety limit was reached.</summary>
    public static DiagnosticDescriptor LimitExceeded { get; } = new(
        "EL0004", "safety-limit-exceeded", "Document exceeds a safety limit",
        "{0}", Category, DiagnosticSeverity.Error,
        "Limits on size, pages, words, compression and time keep one document from stalling a whole batch. They can be raised in evidencelint.json under \"limits\".");

    /// <summary>EL0005: a rule threw; the others still ran.</summary>
    public static DiagnosticDescriptor RuleFailed { get; } = new(
        "EL0005", "rule-failed", "A rule failed",
        "The rule {0} stopped with an error ({1}); its findings are missing from this report, but every other rule ran", Category, DiagnosticSeverity.Warning,
        "A fault in one rule never stops the others. Please report it with the document if you can share it.");

    /// <summary>EL0006: no unit was given and detection was not confident.</summary>
    public static DiagnosticDescriptor UnitUndetermined { get; } = new(
        "EL0006", "unit-undetermined", "Unit could not be determined",
        "{0}", Category, DiagnosticSeverity.Info,
        "Say which unit the account is for with --unit or \"unit\" in evidencelint.json so unit-specific checks can run.");

    /// <summary>EL0007: a paragraph could not be checked for customer data in time, so reports withhold it.</summary>
    public static DiagnosticDescriptor PrivacyScanIncomplete { get; } = new(
        "EL0007", "privacy-check-incomplete", "Paragraph not checked for personal data",
        "This paragraph is too long to check for customers' personal or card data in the time allowed, so reports show it as a placeholder. Split it into shorter paragraphs and check it yourself for names, numbers and addresses before you submit",
        Category, DiagnosticSeverity.Warning,
        "Reports never show text that has not been checked for customers' data, so a passage the check could not finish is withheld whole.");

    /// <summary>Every engine descriptor.</summary>
    public static IReadOnlyList<DiagnosticDescriptor> All { get; } =
        [DocumentUnreadable, DocumentEncrypted, DocumentHasNoText, LimitExceeded, RuleFailed, UnitUndetermined, PrivacyScanIncomplete];
}
