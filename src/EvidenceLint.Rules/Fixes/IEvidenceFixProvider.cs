using System.Collections.Immutable;

namespace EvidenceLint.Rules.Fixes;

/// <summary>
/// Fixes the findings of some rules by writing a corrected copy of an account, in the way a Roslyn code fix provider
/// fixes diagnostics. A fix never modifies its input: it reads one stream and writes another, and the caller decides
/// where the copy goes.
/// </summary>
public interface IEvidenceFixProvider
{
    /// <summary>The ids of the rules whose findings the copy no longer contains.</summary>
    ImmutableArray<string> FixableDiagnosticIds { get; }

    /// <summary>Reads an account from <paramref name="input"/> and writes the fixed copy to <paramref name="output"/>.</summary>
    /// <param name="input">The account's bytes; read to the end, never written, seeked or closed.</param>
    /// <param name="fileName">The account's name; its extension tells Markdown from plain text (the format itself is read from the content).</param>
    /// <param name="output">Where the copy is written, in the input's format; not closed.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>
    /// How many items the copy changes: one per finding in the evidence text, plus any the file held where the rules do
    /// not look (for a redaction: headers, notes, tracked deletions, a text box's second copy).
    /// </returns>
    /// <exception cref="Reading.DocumentReadException">The input could not be read.</exception>
    /// <exception cref="NotSupportedException">The provider cannot fix this format safely (the message says what to do instead).</exception>
    Task<int> WriteFixedCopyAsync(Stream input, string fileName, Stream output, CancellationToken cancellationToken = default);
}
