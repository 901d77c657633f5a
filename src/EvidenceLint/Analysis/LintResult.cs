using System.Collections.Immutable;
using EvidenceLint.Reading;

namespace EvidenceLint.Analysis;

/// <summary>The outcome of linting one document.</summary>
public sealed record LintResult
{
    /// <summary>The path or file name the caller gave.</summary>
    public required string Path { get; init; }

    /// <summary>The detected format; null when the input could not even be identified.</summary>
    public InputFormat? Format { get; init; }

    /// <summary>The unit the account was checked against, when known.</summary>
    public string? Unit { get; init; }

    /// <summary>Where the unit came from: <c>option</c>, <c>config</c> or <c>auto</c>; null when there is none.</summary>
    public string? UnitSource { get; init; }

    /// <summary>How sure the automatic unit detection was, from 0 to 1; null unless <see cref="UnitSource"/> is <c>auto</c>.</summary>
    public double? UnitConfidence { get; init; }

    /// <summary>The coverage of the unit's criteria; null when no unit was known.</summary>
    public Evidence.UnitCoverage? Coverage { get; init; }

    /// <summary>The evaluative cycle the account shows; null when the document could not be analysed.</summary>
    public Evidence.EvaluativeCycle? Cycle { get; init; }

    /// <summary>Words in the evidence text.</summary>
    public int WordCount { get; init; }

    /// <summary>The findings, sorted by position then id; deterministic for the same input and options.</summary>
    public ImmutableArray<Diagnostic> Diagnostics { get; init; } = [];

    /// <summary>Findings the configuration suppressed, kept so reports can say how many.</summary>
    public int SuppressedCount { get; init; }

    /// <summary>The document that was analysed; null when it could not be read (see the EL0xxx diagnostic).</summary>
    public EvidenceDocument? Document { get; init; }

    /// <summary>
    /// The customer data found in the document (everything EL5001 and EL5002 detect, and any span a rule flagged as
    /// sensitive). Every excerpt, message and evidence passage of this result is already masked with it.
    /// </summary>
    public Privacy.PersonalDataMask PersonalData { get; init; } = Privacy.PersonalDataMask.None;

    /// <summary>
    /// The document's text from <paramref name="start"/> for <paramref name="length"/> characters, with customer data
    /// replaced by placeholders (<c>[PHONE]</c>, <c>[CARD]</c>…). Show this, never <see cref="EvidenceDocument.Text"/>
    /// or <see cref="EvidenceDocument.GetText(EvidenceParagraph)"/>, to anyone but the account's author.
    /// </summary>
    public string GetMaskedText(int start, int length) => PersonalData.GetText(start, length);

    /// <summary>The text of one paragraph, masked as <see cref="GetMaskedText(int, int)"/> says.</summary>
    public string GetMaskedText(EvidenceParagraph paragraph) => PersonalData.GetText(paragraph);

    /// <summary>True when the document was read and analysed.</summary>
    public bool IsReadable => Document is not null;
}
