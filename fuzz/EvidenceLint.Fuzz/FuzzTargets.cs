using System.IO.Compression;
using System.Text;
using EvidenceLint.Analysis;
using EvidenceLint.Configuration;
using EvidenceLint.Packs;
using EvidenceLint.Units;

namespace EvidenceLint.Fuzz;

/// <summary>
/// One harness per untrusted input. Each drives the public entry point with the default limits and throws
/// <see cref="FuzzFindingException"/> (which afl-fuzz records as a crash) when the outcome breaks the contract:
/// documents must come back as a result, with EL0001–EL0004 when they cannot be read; packs and configuration may
/// only fail with <see cref="PackException"/> or <see cref="ConfigurationException"/>. Anything else escaping is a
/// finding too.
/// </summary>
internal static class FuzzTargets
{
    private static readonly Lazy<EvidenceLinter> Linter = new(() => EvidenceLinter.CreateDefault());

    /// <summary>A short account the pack and configuration harnesses lint with what they loaded.</summary>
    private const string Account = """
        # Reflective account

        On 3 March I handled a call from a customer whose refund had not arrived. I listened, checked the account and
        explained our complaints procedure (1.1). I followed the data protection policy before sharing any details (2.3).
        Afterwards I reflected on what went well: the customer felt heard. Next time I will check the CRM notes first,
        because I learned that our monitoring shows first-contact resolution matters to customers.
        """;

    public static IReadOnlyList<string> Names { get; } = ["docx", "pdf", "pack", "config"];

    public static bool TryGet(string name, out Action<byte[]> target)
    {
        target = name switch
        {
            "docx" => Docx,
            "pdf" => Pdf,
            "pack" => Pack,
            "config" => Config,
            _ => null!,
        };
        return target is not null;
    }

    /// <summary>
    /// A Word document. Input that is not a ZIP is taken as the main part (word/document.xml) and wrapped in a minimal
    /// package, so mutations reach the XML reader instead of dying on the ZIP checksums.
    /// </summary>
    public static void Docx(byte[] input)
    {
        byte[] package = input.Length >= 2 && input[0] == 'P' && input[1] == 'K' ? input : WrapDocumentXml(input);
        CheckDocument(package, "fuzz.docx");
    }

    public static void Pdf(byte[] input) => CheckDocument(input, "fuzz.pdf");

    /// <summary>A unit pack or a rule pack; whichever loads is then used to lint a short account.</summary>
    public static void Pack(byte[] input)
    {
        string yaml = Encoding.UTF8.GetString(input);
        UnitPack? unit = Expect<PackException, UnitPack>(() => UnitPackLoader.Load(yaml, "fuzz.yaml"));
        if (unit is not null)
        {
            var catalog = Expect<PackException, UnitCatalog>(() => UnitCatalog.Create(BuiltInUnits.Packs, [unit]));
            if (catalog is not null)
            {
                var linter = new EvidenceLinter(BuiltInAnalyzers.Create(), units: catalog);
                CheckLinted(LintAccount(linter, new LintRequest { Unit = unit.Id }));
            }
        }

        RulePack? rules = Expect<PackException, RulePack>(() => RulePackLoader.Load(yaml, "fuzz.yaml"));
        if (rules is not null)
        {
            var analyzers = Expect<PackException, IReadOnlyList<EvidenceAnalyzer>>(() => BuiltInAnalyzers.Create(rules.Rules));
            if (analyzers is not null)
            {
                var linter = new EvidenceLinter(analyzers, units: BuiltInUnits.Catalog);
                CheckLinted(LintAccount(linter, new LintRequest { Unit = "MCS" }));
                CheckLinted(LintAccount(linter, null));
            }
        }
    }

    /// <summary>An evidencelint.json; when it is valid, its options are used to lint a short account.</summary>
    public static void Config(byte[] input)
    {
        var linter = Linter.Value;
        var options = Expect<ConfigurationException, LintOptions>(() => LintConfiguration.Parse(input, "evidencelint.json", linter.SupportedDiagnostics));
        if (options is not null)
        {
            CheckLinted(LintAccount(linter, new LintRequest { Options = options }));
        }
    }

    private static void CheckDocument(byte[] bytes, string fileName)
    {
        using var stream = new MemoryStream(bytes, writable: false);
        var result = Linter.Value.LintAsync(stream, fileName).GetAwaiter().GetResult();
        CheckLinted(result);
    }

    private static LintResult LintAccount(EvidenceLinter linter, LintRequest? request)
    {
        using var stream = new MemoryStream(Encoding.UTF8.GetBytes(Account), writable: false);
        return linter.LintAsync(stream, "account.md", request).GetAwaiter().GetResult();
    }

    /// <summary>A result without a document must carry exactly one EL0001–EL0004 saying why.</summary>
    private static void CheckLinted(LintResult result)
    {
        if (result.Document is not null)
        {
            return;
        }

        if (result.Diagnostics.Length != 1 || result.Diagnostics[0].Id is not ("EL0001" or "EL0002" or "EL0003" or "EL0004"))
        {
            throw new FuzzFindingException($"An unreadable input gave [{string.Join(", ", result.Diagnostics.Select(d => d.Id))}] instead of one EL0001–EL0004.");
        }
    }

    /// <summary>Runs a loader: its documented failure gives null, any other exception escapes as a finding.</summary>
    private static TResult? Expect<TExpected, TResult>(Func<TResult> load)
        where TExpected : Exception
        where TResult : class
    {
        try
        {
            return load();
        }
        catch (TExpected)
        {
            return null;
        }
    }

    private static byte[] WrapDocumentXml(byte[] documentXml)
    {
        using var buffer = new MemoryStream();
        using (var zip = new ZipArchive(buffer, ZipArchiveMode.Create, leaveOpen: true))
        {
            Add(zip, "[Content_Types].xml", """<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>"""u8);
            Add(zip, "_rels/.rels", """<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>"""u8);
            Add(zip, "word/document.xml", documentXml);
        }

        return buffer.ToArray();
    }

    private static void Add(ZipArchive zip, string name, ReadOnlySpan<byte> content)
    {
        using var entry = zip.CreateEntry(name, CompressionLevel.Fastest).Open();
        entry.Write(content);
    }
}

/// <summary>An input broke the contract without an exception of its own.</summary>
internal sealed class FuzzFindingException(string message) : Exception(message);
