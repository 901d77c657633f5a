using System.Globalization;

namespace EvidenceLint.Analysis;

/// <summary>
/// Describes one rule: its stable id, a readable alias, the message learners see and the default severity.
/// One static descriptor per rule, as in Roslyn.
/// </summary>
public sealed record DiagnosticDescriptor
{
    /// <summary>The base address of the rule documentation pages.</summary>
    public const string HelpBaseUri = "https://github.com/evidencelint/evidencelint/blob/main/docs/rules/";

    /// <summary>Creates a descriptor.</summary>
    /// <param name="id">The stable rule id, <c>ELnnnn</c>.</param>
    /// <param name="alias">A kebab-case alias usable in configuration, e.g. <c>aht-as-quality-measure</c>.</param>
    /// <param name="title">A short title.</param>
    /// <param name="messageFormat">The message, with <see cref="string.Format(IFormatProvider, string, object[])"/> placeholders.</param>
    /// <param name="category">The category, also usable as a tag in configuration.</param>
    /// <param name="defaultSeverity">The severity when configuration says nothing.</param>
    /// <param name="description">A longer description: why an assessor cares and how to fix it.</param>
    public DiagnosticDescriptor(
        string id,
        string alias,
        string title,
        string messageFormat,
        string category,
        DiagnosticSeverity defaultSeverity,
        string? description = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(id);
        ArgumentException.ThrowIfNullOrWhiteSpace(alias);
        Id = id;
        Alias = alias;
        Title = title;
        MessageFormat = messageFormat;
        Category = category;
        DefaultSeverity = defaultSeverity;
        Description = description ?? string.Empty;
        HelpUri = HelpBaseUri + id + ".md";
    }

    /// <summary>The stable rule id, <c>ELnnnn</c>.</summary>
    public string Id { get; }

    /// <summary>The kebab-case alias usable in configuration instead of the id.</summary>
    public string Alias { get; }

    /// <summary>A short title.</summary>
    public string Title { get; }

    /// <summary>The message format.</summary>
    public string MessageFormat { get; }

    /// <summary>The category (learning-outcomes, coverage, evaluative-cycle, misconception, privacy, writing, input).</summary>
    public string Category { get; }

    /// <summary>The severity when configuration says nothing.</summary>
    public DiagnosticSeverity DefaultSeverity { get; }

    /// <summary>A longer description.</summary>
    public string Description { get; }

    /// <summary>The rule's documentation page.</summary>
    public string HelpUri { get; init; }

    /// <summary>
    /// True when the span this rule flags is sensitive in itself: the engine then withholds it, like the customer data
    /// EL5001 and EL5002 find, from every excerpt, message and passage of the result — this rule's and every other's.
    /// </summary>
    public bool MaskExcerpt { get; init; }

    /// <summary>
    /// The criteria a finding of this rule keeps from being covered: a misconception the examiners name in a criterion's
    /// evidence ("a difficulty handled as a formal complaint" for "resolves a customer complaint…") means an assessor
    /// would not count the criterion as met, however much else the account shows. The engine runs these rules first and
    /// reports such a criterion as partial, so the criterion rules see it that way.
    /// </summary>
    public System.Collections.Immutable.ImmutableArray<string> LimitsCriteria { get; init; } = [];

    /// <summary>Formats the message with the given arguments.</summary>
    public string FormatMessage(params object?[] args) =>
        args.Length == 0 ? MessageFormat : string.Format(CultureInfo.InvariantCulture, MessageFormat, args);
}
