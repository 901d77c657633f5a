using System.Collections.Immutable;
using System.Text.Json;
using EvidenceLint.Analysis;
using EvidenceLint.Evidence;
using EvidenceLint.Rules.Cycle;
using EvidenceLint.Reporting;
using EvidenceLint.Tests.Testing;

namespace EvidenceLint.Tests.Rules;

/// <summary>Accounts and a unit-aware lint shared by the tests of the evaluative-cycle rules (EL3001–EL3004).</summary>
internal static class CycleAccounts
{
    public const string FullCycle = """
        ## Monitoring

        Each week I listened to four recorded calls per adviser and read the survey comments. When I analysed the
        repeat contacts I found that 41% were about the excess. I changed the closing script so that advisers explain
        the excess. By the end of March repeat calls had fallen from 26 to 7 a week.
        """;

    /// <summary>The MCS unit's own wording for monitoring and improving, pasted back as a learner might.</summary>
    public const string PastedCriteria = """
        Systematic use of quality monitoring tools (call recording, screen capture, customer feedback surveys) to assess adherence to standards.

        Monitoring data analysed and used to make evidence-based improvements to processes or service delivery.
        """;

    public static LintResult LintForUnit(string markup, string unit, params EvidenceAnalyzer[] analyzers)
    {
        var (document, _) = RuleTest.Parse(markup);
        var linter = new EvidenceLinter(analyzers, units: BuiltInUnits.Catalog);
        return linter.Lint(document, new LintRequest { Unit = unit });
    }
}
