namespace EvidenceLint.Reading;

/// <summary>Why a document could not be turned into evidence; each maps to one EL0xxx diagnostic.</summary>
public enum ReadFailure
{
    /// <summary>EL0001: corrupt, truncated, mislabelled or unsupported.</summary>
    Unreadable,

    /// <summary>EL0002: password-protected.</summary>
    Encrypted,

    /// <summary>EL0003: no extractable text (for example a scanned PDF).</summary>
    NoText,

    /// <summary>EL0004: a safety limit was reached.</summary>
    LimitExceeded,
}

/// <summary>
/// Thrown by readers to say, in words a learner understands, why a document could not be read.
/// The loader turns it into the matching EL0xxx diagnostic; it never escapes the public API.
/// </summary>
public sealed class DocumentReadException : Exception
{
    /// <summary>Creates the exception.</summary>
    public DocumentReadException(ReadFailure failure, string message, Exception? inner = null)
        : base(message, inner)
    {
        Failure = failure;
    }

    /// <summary>Which kind of failure this is.</summary>
    public ReadFailure Failure { get; }
}
