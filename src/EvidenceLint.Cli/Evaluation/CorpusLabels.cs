using System.Globalization;
using YamlDotNet.RepresentationModel;

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

    /// <summary>
    /// Reads a labels file through YAML's node model rather than a reflection-based deserializer, so the tool needs no
    /// run-time code generation (and can be compiled ahead of time). Keys it does not know are ignored.
    /// </summary>
    public static CorpusLabels Parse(string yaml)
    {
        var stream = new YamlStream();
        stream.Load(new StringReader(yaml));
        var labels = new CorpusLabels();
        if (stream.Documents.Count == 0 || stream.Documents[0].RootNode is not YamlMappingNode root)
        {
            return labels;
        }

        foreach (var (key, value) in root.Children)
        {
            switch (Scalar(key))
            {
                case "unit":
                    labels.Unit = Scalar(value);
                    break;
                case "words":
                    labels.Words = int.Parse(Scalar(value) ?? "0", NumberStyles.Integer, CultureInfo.InvariantCulture);
                    break;
                case "coverage":
                    foreach (var (criterion, status) in Mapping(value))
                    {
                        labels.Coverage[Scalar(criterion) ?? string.Empty] = Scalar(status) ?? string.Empty;
                    }

                    break;
                case "cycle":
                    foreach (var (stage, shown) in Mapping(value))
                    {
                        labels.Cycle[Scalar(stage) ?? string.Empty] = bool.Parse(Scalar(shown) ?? "false");
                    }

                    break;
                case "expect":
                    foreach (var item in Sequence(value))
                    {
                        var finding = new ExpectedFinding();
                        foreach (var (field, text) in Mapping(item))
                        {
                            switch (Scalar(field))
                            {
                                case "id": finding.Id = Scalar(text) ?? string.Empty; break;
                                case "quote": finding.Quote = Scalar(text); break;
                                case "detail": finding.Detail = Scalar(text); break;
                            }
                        }

                        labels.Expect.Add(finding);
                    }

                    break;
                case "must_not":
                    labels.MustNot.AddRange(Sequence(value).Select(Scalar).OfType<string>());
                    break;
                case "notes":
                    labels.Notes = Scalar(value);
                    break;
            }
        }

        return labels;
    }

    private static string? Scalar(YamlNode node) => node is YamlScalarNode { Value: { } value } && value != "~" ? value : null;

    private static IEnumerable<KeyValuePair<YamlNode, YamlNode>> Mapping(YamlNode node) =>
        node is YamlMappingNode map ? map.Children : [];

    private static IEnumerable<YamlNode> Sequence(YamlNode node) => node is YamlSequenceNode sequence ? sequence.Children : [];
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
