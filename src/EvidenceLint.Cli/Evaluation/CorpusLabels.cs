using YamlDotNet.Serialization;
using YamlDotNet.Serialization.NamingConventions;

namespace EvidenceLint.Cli.Evaluation;

/// <summary>
/// The labels of one account in a labelled corpus (<c>NN-unit-slug.labels.yaml</c> beside <c>NN-unit-slug.md</c>):
/// what a correct linter must report (<c>expect</c>) and must not (<c>must_not</c>).
/// </summary>
internal sealed class CorpusLabels
{
    public string? Unit { get; set; }

    public int Words { get; set; }

    public Dictionary<string, string> Coverage { get; set; } = [];

    public Dictionary<string, bool> Cycle { get; set; } = [];

    public List<ExpectedFinding> Expect { get; set; } = [];

    public List<string> MustNot { get; set; } = [];

    public string? Notes { get; set; }

    private static readonly IDeserializer Deserializer = new DeserializerBuilder()
        .WithNamingConvention(UnderscoredNamingConvention.Instance)
        .IgnoreUnmatchedProperties()
        .Build();

    public static CorpusLabels Parse(string yaml) => Deserializer.Deserialize<CorpusLabels?>(yaml) ?? new CorpusLabels();
}

/// <summary>One finding a labelled account expects.</summary>
internal sealed class ExpectedFinding
{
    public string Id { get; set; } = string.Empty;

    /// <summary>An exact 4–15-word substring of the account the finding should overlap; null for document-level findings.</summary>
    public string? Quote { get; set; }

    /// <summary>The criterion (<c>MCS.3</c>) or learning outcome (<c>LO1/establish,communicate</c>) the finding is about.</summary>
    public string? Detail { get; set; }
}
