using EvidenceLint.Reading;
using EvidenceLint.Tests.Cli;
using EvidenceLint.Tests.Testing;
using EvidenceLint.Text;
using EvidenceLint.Units;

namespace EvidenceLint.Tests.Units;

public class UnitPackTests
{
    // The public contract of UNITS.md: reports, configuration and the labelled corpus use these ids.
    private static readonly Dictionary<string, (int Criteria, int Outcomes)> Contract = new()
    {
        ["DCP"] = (3, 3),
        ["MCS"] = (5, 3),
        ["PCS"] = (5, 4),
        ["SCS"] = (4, 3),
    };

    [Test]
    public void Every_shipped_pack_has_exactly_the_ids_of_the_design()
    {
        BuiltInUnits.Catalog.All.Select(p => p.Id).ShouldBe(Contract.Keys);
        foreach (var pack in BuiltInUnits.Catalog.All)
        {
            var (criteria, outcomes) = Contract[pack.Id];
            pack.Criteria.Select(c => c.Id).ShouldBe(Enumerable.Range(1, criteria).Select(n => $"{pack.Id}.{n}"), pack.Id);
            pack.LearningOutcomes.Select(o => o.Id).ShouldBe(Enumerable.Range(1, outcomes).Select(n => $"LO{n}"), pack.Id);
            pack.WordRange.ShouldBe(new WordRange(400, 2000));
            pack.LearningOutcomes.ShouldAllBe(o => o.Verbs.Length > 0);
        }

        BuiltInUnits.Catalog.Get("MCS").LearningOutcomes[0].Verbs.ShouldBe(["establish", "communicate"]);
        BuiltInUnits.Catalog.Get("MCS").Models.ShouldContain("SMART");
    }

    [TestCase("mcs.yaml")]
    [TestCase("scs.yaml")]
    [TestCase("pcs.yaml")]
    [TestCase("dcp.yaml")]
    public void Every_shipped_pack_validates_against_the_schema(string file)
    {
        var pack = Schemas.FromYaml(File.ReadAllText(Path.Combine(Schemas.RepositoryRoot, "rules", "units", file)));

        Schemas.Validate(Schemas.Pack("unit-pack.schema.json"), pack).ShouldBeEmpty();
    }

    [Test]
    public void The_schema_rejects_what_it_forbids()
    {
        var pack = Schemas.FromYaml("id: mcs\ntitle: T\nextra: 1\ncriteria: []\n");

        var errors = Schemas.Validate(Schemas.Pack("unit-pack.schema.json"), pack);

        errors.ShouldContain(e => e.StartsWith("/extra:", StringComparison.Ordinal));
        errors.ShouldContain(e => e.StartsWith("/id:", StringComparison.Ordinal));
        errors.ShouldContain(e => e.StartsWith("/criteria:", StringComparison.Ordinal));
    }

    [TestCase("MCS.4", "I listened to five recorded calls a week for each advisor.")]
    [TestCase("MCS.4", "I completed a QA form for each call.")]
    [TestCase("MCS.2", "I held a morning huddle and put the targets on the wallboard.")]
    [TestCase("MCS.2", "I went through the new standards in each 1-2-1.")]
    [TestCase("MCS.3", "I sat side-by-side with Jo because her scores were below target.")]
    [TestCase("MCS.1", "I set a target of answering 80% of calls within 20 seconds by the end of the quarter.")]
    [TestCase("MCS.5", "I analysed the repeat calls and found the root cause, so I changed the script.")]
    [TestCase("SCS.3", "I completed ID&V before discussing the account, in line with UK GDPR.")]
    [TestCase("SCS.4", "I moved two agents onto the billing queue during the Monday peak and updated the rota.")]
    [TestCase("PCS.4", "The customer was transferred from the sales team, so I explained in plain English.")]
    [TestCase("DCP.2", "I consulted the team leaders and ran a workshop with agents on the draft.")]
    public void Indicator_terms_match_learner_phrasing(string criterionId, string sentence)
    {
        var criterion = BuiltInUnits.Catalog.All.SelectMany(p => p.Criteria).Single(c => c.Id == criterionId);
        var model = TextModel.Create(new PlainTextReader(InputFormat.Markdown).ReadString(sentence, "t.md"));

        var hits = criterion.Indicators.Where(g => model.FindAll(g.Terms).Any()).Select(g => g.Name).ToList();

        hits.ShouldNotBeEmpty($"{criterionId}: no indicator group matched '{sentence}'");
    }

    [Test]
    public void Listening_to_recorded_calls_hits_the_call_listening_group()
    {
        var group = BuiltInUnits.Catalog.Get("mcs").Criteria.Single(c => c.Id == "MCS.4").Indicators.Single(g => g.Name == "call listening");
        var model = TextModel.Create(new PlainTextReader(InputFormat.Markdown).ReadString("I listened to five recorded calls a week.", "t.md"));

        model.FindAll(group.Terms).ShouldNotBeEmpty();
    }

    private const string ValidPack = """
        id: ABC
        title: A test unit
        wordRange: {min: 100, max: 500}
        learningOutcomes:
          - id: LO1
            wording: Do the thing.
            verbs: [do]
        criteria:
          - id: ABC.1
            wording: Does the thing.
            indicators:
              - name: thing
                terms: [the thing, a widget]
            evidence: {covered: 1, partial: 1}
        """;

    [Test]
    public void A_valid_pack_loads()
    {
        var pack = UnitPackLoader.Load(ValidPack, "abc.yaml");

        pack.Id.ShouldBe("ABC");
        pack.WordRange.ShouldBe(new WordRange(100, 500));
        pack.Criteria.Single().Indicators.Single().Terms.Terms.ShouldBe(["the thing", "a widget"]);
        pack.Criteria.Single().Evidence.ShouldBe(new EvidenceThresholds(1, 1));
    }

    [TestCase("title: A test unit", "titel: A test unit", 2, "unknown key 'titel'")]
    [TestCase("id: ABC\n", "", 1, "missing required key 'id'")]
    [TestCase("title: A test unit\n", "", 1, "missing required key 'title'")]
    [TestCase("  - id: ABC.1", "  - id: ABC-1", 9, "criterion id 'ABC-1'")]
    [TestCase("  - id: ABC.1", "  - id: XYZ.1", 9, "criterion id 'XYZ.1'")]
    [TestCase("terms: [the thing, a widget]", "terms: []", 13, "terms is empty")]
    [TestCase("verbs: [do]", "verbs: []", 7, "verbs is empty")]
    [TestCase("{min: 100, max: 500}", "{min: 500, max: 100}", 3, "wordRange")]
    [TestCase("{min: 100, max: 500}", "{min: 100, max: lots}", 3, "whole number")]
    [TestCase("wording: Do the thing.", "wording: Do: the thing.", 6, "malformed YAML")]
    [TestCase("evidence: {covered: 1, partial: 1}", "evidence: {covered: 3, partial: 1}", 14, "evidence")]
    public void A_malformed_pack_names_file_line_and_column(string find, string replace, int line, string problem)
    {
        string yaml = ValidPack.Replace(find, replace, StringComparison.Ordinal);

        var ex = Should.Throw<UnitPackException>(() => UnitPackLoader.Load(yaml, "bad.yaml"));

        ex.Path.ShouldBe("bad.yaml");
        ex.Line.ShouldBe(line, ex.Message);
        ex.Column.ShouldBeGreaterThan(0);
        ex.Message.ShouldStartWith($"bad.yaml:{line}:{ex.Column}: error:");
        ex.Message.ShouldContain(problem);
    }

    [Test]
    public void A_missing_criteria_list_is_an_error()
    {
        var ex = Should.Throw<UnitPackException>(() => UnitPackLoader.Load("id: ABC\ntitle: T\n", "x.yaml"));

        ex.Message.ShouldContain("criteria");
    }

    [Test]
    public void Duplicate_learning_outcome_ids_are_an_error()
    {
        string yaml = ValidPack.Replace("learningOutcomes:\n", "learningOutcomes:\n  - id: LO1\n    wording: Again.\n    verbs: [do]\n", StringComparison.Ordinal);

        var ex = Should.Throw<UnitPackException>(() => UnitPackLoader.Load(yaml, "dup.yaml"));

        ex.Message.ShouldContain("'LO1' is declared twice");
        ex.Line.ShouldBe(8);
    }

    [Test]
    public void A_criterion_declared_in_two_files_names_both()
    {
        using var folder = new AccountFolder();
        folder.Write("a.yaml", ValidPack);
        folder.Write("b.yaml", ValidPack);

        var ex = Should.Throw<UnitPackException>(() => UnitPackLoader.LoadDirectory(folder.Root));

        ex.Message.ShouldContain("b.yaml:9:");
        ex.Message.ShouldContain("a.yaml");
        ex.Message.ShouldContain("ABC.1");
    }

    [Test]
    public void A_disk_pack_overrides_the_built_in_one()
    {
        using var folder = new AccountFolder();
        folder.Write("mcs.yaml", ValidPack.Replace("ABC", "MCS", StringComparison.Ordinal));
        folder.Write("abc.yml", ValidPack);

        var catalog = BuiltInUnits.WithPacksFrom(folder.Root);

        catalog.Get("mcs").Title.ShouldBe("A test unit");
        catalog.Get("MCS").Criteria.Select(c => c.Id).ShouldBe(["MCS.1"]);
        catalog.Get("abc").SourcePath.ShouldEndWith("abc.yml");
        catalog.Get("SCS").Criteria.Length.ShouldBe(4);
        catalog.All.Select(p => p.Id).ShouldBe(["ABC", "DCP", "MCS", "PCS", "SCS"]);
    }

    [Test]
    public void An_unknown_unit_id_is_a_clear_error()
    {
        var ex = Should.Throw<KeyNotFoundException>(() => BuiltInUnits.Catalog.Get("XYZ"));

        ex.Message.ShouldBe("Unknown unit 'XYZ'. Known units: DCP, MCS, PCS, SCS.");
        BuiltInUnits.Catalog.TryGet("xyz", out _).ShouldBeFalse();
    }

    [Test]
    public async Task Units_command_lists_the_packs()
    {
        var run = await CliRun.RunAsync("units");

        run.ExitCode.ShouldBe(0, run.ToString());
        run.Out.ShouldContain("MCS  Manage customer service in own area of responsibility  (400-2000 words)");
        run.Out.ShouldContain("  LO1  [establish, communicate]  Be able to establish");
        run.Out.ShouldContain("  MCS.1  Uses SMART objectives when setting customer service standards.");
        run.Out.ShouldContain("  DCP.3  ");
    }

    [Test]
    public async Task Units_command_reports_a_bad_pack_with_its_location_and_exits_2()
    {
        using var folder = new AccountFolder();
        string path = folder.Write("mcs.yaml", "id: MCS\ntitle: T\ncriteria:\n  - id: MCS.1\n    wordng: typo\n");

        var run = await CliRun.RunAsync("units", "--rules", folder.Root);

        run.ExitCode.ShouldBe(2, run.ToString());
        run.Error.ShouldContain($"{path}:5:5: error: unknown key 'wordng'");
    }

    [TestCase("The procedure also meets the FCA's Consumer Duty.", "Partial")]
    [TestCase("The procedure also follows UK GDPR: agents record only what the booking needs.", "Covered")]
    public async Task A_documented_procedure_is_covered_only_when_it_says_how_customers_data_is_protected(string regulation, string expected)
    {
        string account = $"""
            ## Designing it

            I designed the callback procedure in February and set it out step by step in a checklist for the team.

            The procedure covers three situations: a callback accepted, a callback declined and a failed callback, the complaint scenario included. {regulation}

            I published version 2 of the procedure on the intranet on 4 March, with a review date in June, and trained the
            agents on logging each callback in the CRM.
            """;

        var result = await EvidenceLinter.CreateDefault().LintAsync(new MemoryStream(System.Text.Encoding.UTF8.GetBytes(account)), "account.md", new EvidenceLint.Analysis.LintRequest { Unit = "DCP" });

        result.Coverage!.Get("DCP.3").Status.ToString().ShouldBe(expected);
    }
}
