namespace EvidenceLint.Configuration;

/// <summary>
/// An <c>evidencelint.json</c> that cannot be used. The message names the file, the key (for example
/// <c>rules.EL9999</c>) and, where known, the line and column, so a centre can fix it without guessing.
/// </summary>
public sealed class ConfigurationException : Exception
{
    /// <summary>Creates the exception for a problem at a key of a configuration file.</summary>
    /// <param name="filePath">The configuration file.</param>
    /// <param name="keyPath">The key path, such as <c>rules.EL9999</c> or <c>suppressions[0].justification</c>; null for the whole file.</param>
    /// <param name="line">The one-based line, when known.</param>
    /// <param name="column">The one-based column, when known.</param>
    /// <param name="problem">What is wrong and how to fix it.</param>
    /// <param name="innerException">The underlying parser error, if any.</param>
    public ConfigurationException(string filePath, string? keyPath, int? line, int? column, string problem, Exception? innerException = null)
        : base(Describe(filePath, keyPath, line, column, problem), innerException)
    {
        FilePath = filePath;
        KeyPath = keyPath;
        Line = line;
        Column = column;
        Problem = problem;
    }

    /// <summary>The configuration file.</summary>
    public string FilePath { get; }

    /// <summary>The key path the problem is at; null when it concerns the whole file.</summary>
    public string? KeyPath { get; }

    /// <summary>The one-based line, when known.</summary>
    public int? Line { get; }

    /// <summary>The one-based column, when known.</summary>
    public int? Column { get; }

    /// <summary>What is wrong, without the file and position.</summary>
    public string Problem { get; }

    // Compiler-style so editors and CI logs can link straight to the line: file(line,col): error: key: problem.
    private static string Describe(string filePath, string? keyPath, int? line, int? column, string problem)
    {
        string position = line is int l ? column is int c ? $"({l},{c})" : $"({l})" : string.Empty;
        string key = keyPath is { Length: > 0 } ? $"{keyPath}: " : string.Empty;
        return $"{filePath}{position}: error: {key}{problem}";
    }
}
