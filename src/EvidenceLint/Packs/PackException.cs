namespace EvidenceLint.Packs;

/// <summary>A pack that cannot be loaded; the message names the file, line and column.</summary>
public abstract class PackException : Exception
{
    /// <summary>Creates the exception for a problem at a place in a pack.</summary>
    /// <param name="path">The pack file.</param>
    /// <param name="line">One-based line.</param>
    /// <param name="column">One-based column.</param>
    /// <param name="problem">What is wrong.</param>
    protected PackException(string path, int line, int column, string problem)
        : base($"{path}:{line}:{column}: error: {problem}")
    {
        Path = path;
        Line = line;
        Column = column;
        Problem = problem;
    }

    /// <summary>The pack file.</summary>
    public string Path { get; }

    /// <summary>One-based line of the problem.</summary>
    public int Line { get; }

    /// <summary>One-based column of the problem.</summary>
    public int Column { get; }

    /// <summary>What is wrong, without the location.</summary>
    public string Problem { get; }
}
