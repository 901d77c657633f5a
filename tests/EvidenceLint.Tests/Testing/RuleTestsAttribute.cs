namespace EvidenceLint.Tests.Testing;

/// <summary>
/// Marks the test class of a rule: the class that shows, in markup, when the rule fires and when it must not. Every
/// built-in rule written in C# needs exactly one (see <c>RuleInventoryTests</c>).
/// </summary>
/// <param name="ruleId">The id of the rule the class tests.</param>
[AttributeUsage(AttributeTargets.Class, AllowMultiple = true, Inherited = false)]
public sealed class RuleTestsAttribute(string ruleId) : Attribute
{
    /// <summary>The id of the rule the class tests.</summary>
    public string RuleId { get; } = ruleId;
}
