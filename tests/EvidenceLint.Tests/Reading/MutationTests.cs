using System.IO.Compression;
using System.Text;
using W = DocumentFormat.OpenXml.Wordprocessing;
using EvidenceLint.Reading;
using EvidenceLint.Tests.Testing;

namespace EvidenceLint.Tests.Reading;

/// <summary>
/// A seeded, bounded stand-in for the fuzzer (scripts/fuzz.sh) that runs with every build: a few thousand byte
/// mutations of a Word document and a PDF, and mutations of the entries inside the Word package (their XML, their
/// names, their presence), each of which must be read or refused with EL0001–EL0004: never an exception, never a hang.
/// The same seed gives the same inputs, so a failure names the iteration that reproduces it.
/// </summary>
public sealed class MutationTests
{
    private const int Seed = 20_251_204;
    private const string MainPart = "word/document.xml";

    private static readonly DocumentLoader Loader = new(EvidenceLinter.DefaultReaders());

    /// <summary>Fragments that mean something to the DOCX reader, spliced into the XML of a part.</summary>
    private static readonly string[] XmlFragments =
    [
        "<w:p>", "</w:p>", "<w:r>", "</w:r>", "<w:t>", "</w:t>", "<w:tbl><w:tr><w:tc>", "</w:tc></w:tr></w:tbl>",
        "<w:p><w:r><w:t>inserted words</w:t></w:r></w:p>", "<w:fldChar w:fldCharType=\"begin\"/>", "<w:fldChar w:fldCharType=\"end\"/>",
        "<w:instrText>HYPERLINK \"x\"</w:instrText>", "<w:ins w:id=\"9\" w:author=\"a\">", "</w:ins>", "<w:del w:id=\"8\" w:author=\"a\">",
        "<w:delText>gone</w:delText>", "<w:footnoteReference w:id=\"1\"/>", "<w:footnoteReference w:id=\"999\"/>", "<w:commentReference w:id=\"0\"/>",
        "<w:pStyle w:val=\"Heading1\"/>", "<w:pStyle w:val=\"\"/>", "<w:numPr><w:ilvl w:val=\"99\"/><w:numId w:val=\"-1\"/></w:numPr>",
        "<w:sdt><w:sdtContent>", "</w:sdtContent></w:sdt>", "<w:tab/>", "<w:br/>", "<w:vMerge w:val=\"restart\"/>", "<w:gridSpan w:val=\"0\"/>",
        "<![CDATA[x]]>", "&amp;", "&#0;", "&#xD800;", "&unknown;", "<!DOCTYPE w [<!ENTITY e \"x\">]>", "<?pi x?>", "<!-- c -->",
        "\uFFFF", "\u0000", "\u202E", "xmlns:w=\"urn:other\"", " w:val=\"", "\"", "<", ">", "/>",
    ];

    private static byte[] SeedDocx()
    {
        var builder = new DocxBuilder();
        var commented = builder.Comment("Assessor", "Say how you knew.", new W.Run(new W.Text("I checked the notes")));
        return builder
            .Title("Reflective account")
            .Heading(1, "Handling a complaint")
            .Paragraph("I am a team leader in a contact centre. I listen to five calls a week for each adviser (1.1).")
            .Paragraph(new W.Run(new W.Text("The customer was upset ")), builder.Footnote("Call of 3 March."), new W.Run(new W.Text(" so I apologised.")))
            .Paragraph(commented)
            .Bullet("I explained the complaints procedure.")
            .Numbered("Next time I will check the CRM history first.")
            .Quote("\"Thank you for listening,\" the customer said.")
            .Table(["Criterion", "Evidence"], ["2.3", "I followed the data protection policy before sharing any details."])
            .ToBytes();
    }

    private static byte[] SeedPdf() => PdfBuilder.FromMarkdown("""
        # Reflective account

        I am a team leader in a contact centre. I listen to five calls a week for each adviser (1.1).

        - I explained the complaints procedure.
        - Next time I will check the CRM history first.

        I reflected on what went well and what I would change, because the monitoring showed it mattered.
        """);

    [Test]
    [CancelAfter(120_000)]
    public async Task Byte_mutations_of_a_word_document_are_read_or_refused(CancellationToken cancellationToken) =>
        await Check(SeedDocx(), "account.docx", 700, MutateBytes, cancellationToken);

    [Test]
    [CancelAfter(120_000)]
    public async Task Mutations_of_the_entries_of_a_word_package_are_read_or_refused(CancellationToken cancellationToken) =>
        await Check(SeedDocx(), "account.docx", 1300, MutateEntries, cancellationToken);

    [Test]
    [CancelAfter(120_000)]
    public async Task Byte_mutations_of_a_pdf_are_read_or_refused(CancellationToken cancellationToken) =>
        await Check(SeedPdf(), "account.pdf", 1000, MutateBytes, cancellationToken);

    private static async Task Check(byte[] seed, string name, int iterations, Func<byte[], Random, byte[]> mutate, CancellationToken cancellationToken)
    {
        var random = new Random(Seed);
        int read = 0;
        for (int i = 0; i < iterations; i++)
        {
            byte[] input = mutate(seed, random);
            LoadResult result;
            using (var stream = new MemoryStream(input, writable: false))
            {
                result = await Loader.LoadAsync(stream, name, ReadingLimits.Default, cancellationToken);
            }

            if (result.Document is not null)
            {
                read++;
                continue;
            }

            result.Failure.ShouldNotBeNull($"iteration {i}: neither a document nor a diagnostic");
            result.Failure.Id.ShouldBeOneOf(["EL0001", "EL0002", "EL0003", "EL0004"], $"iteration {i}: {result.Failure.Message}");
        }

        // Mutations that keep the document readable exercise the reader beyond its first checks; some must.
        read.ShouldBeGreaterThan(0);
    }

    /// <summary>One to eight AFL-style edits of the raw bytes: bit flips, interesting values, block deletes, duplicates, truncation.</summary>
    private static byte[] MutateBytes(byte[] seed, Random random)
    {
        var bytes = new List<byte>(seed);
        int edits = random.Next(1, 9);
        for (int e = 0; e < edits && bytes.Count > 0; e++)
        {
            int at = random.Next(bytes.Count);
            switch (random.Next(6))
            {
                case 0:
                    bytes[at] ^= (byte)(1 << random.Next(8));
                    break;
                case 1:
                    bytes[at] = (byte)(new[] { 0x00, 0x01, 0x7F, 0x80, 0xFF, '(', ')', '<', '>', '/', '0', '9' }[random.Next(12)]);
                    break;
                case 2:
                    bytes.RemoveRange(at, Math.Min(random.Next(1, 64), bytes.Count - at));
                    break;
                case 3:
                    int length = Math.Min(random.Next(1, 64), bytes.Count - at);
                    bytes.InsertRange(random.Next(bytes.Count), bytes.GetRange(at, length));
                    break;
                case 4:
                    // Little-endian sizes and offsets: the ZIP directory and PDF cross-reference numbers live in these.
                    uint value = new[] { 0u, 1u, 0x7FFFFFFFu, 0x80000000u, 0xFFFFFFFFu, (uint)random.Next() }[random.Next(6)];
                    for (int b = 0; b < 4 && at + b < bytes.Count; b++)
                    {
                        bytes[at + b] = (byte)(value >> (8 * b));
                    }

                    break;
                default:
                    bytes.RemoveRange(at, bytes.Count - at);
                    break;
            }
        }

        return [.. bytes];
    }

    /// <summary>Rewrites the package as a valid ZIP with one entry changed: its XML mutated, or it renamed, removed, duplicated or swapped.</summary>
    private static byte[] MutateEntries(byte[] seed, Random random)
    {
        var entries = ReadEntries(seed);
        int target = random.Next(3) == 0 ? random.Next(entries.Count) : entries.FindIndex(e => e.Name == MainPart);
        var (name, content) = entries[target];
        switch (random.Next(10))
        {
            case 0:
                entries.RemoveAt(target);
                break;
            case 1:
                entries[target] = (random.Next(2) == 0 ? name + "x" : name.ToUpperInvariant(), content);
                break;
            case 2:
                entries.Insert(random.Next(entries.Count + 1), (name, MutateXml(content, random)));
                break;
            case 3:
                var other = entries[random.Next(entries.Count)];
                entries[target] = (name, other.Content);
                break;
            case 4:
                entries[target] = (name, MutateBytes(content, random));
                break;
            default:
                entries[target] = (name, MutateXml(content, random));
                break;
        }

        return WriteEntries(entries, random.Next(4) == 0 ? CompressionLevel.NoCompression : CompressionLevel.Fastest);
    }

    /// <summary>One to four edits of a part's text: a fragment spliced in, a span deleted or repeated.</summary>
    private static byte[] MutateXml(byte[] content, Random random)
    {
        var text = new StringBuilder(Encoding.UTF8.GetString(content));
        int edits = random.Next(1, 5);
        for (int e = 0; e < edits; e++)
        {
            int at = random.Next(text.Length + 1);
            switch (random.Next(4))
            {
                case 0:
                case 1:
                    text.Insert(at, XmlFragments[random.Next(XmlFragments.Length)]);
                    break;
                case 2:
                    text.Remove(at, Math.Min(random.Next(1, 40), text.Length - at));
                    break;
                default:
                    int length = Math.Min(random.Next(1, 200), text.Length - at);
                    string span = text.ToString(at, length);
                    text.Insert(at, string.Concat(Enumerable.Repeat(span, random.Next(2, 20))));
                    break;
            }
        }

        return Encoding.UTF8.GetBytes(text.ToString());
    }

    private static List<(string Name, byte[] Content)> ReadEntries(byte[] zip)
    {
        using var archive = new ZipArchive(new MemoryStream(zip, writable: false), ZipArchiveMode.Read);
        var entries = new List<(string, byte[])>();
        foreach (var entry in archive.Entries)
        {
            using var stream = entry.Open();
            using var buffer = new MemoryStream();
            stream.CopyTo(buffer);
            entries.Add((entry.FullName, buffer.ToArray()));
        }

        return entries;
    }

    private static byte[] WriteEntries(List<(string Name, byte[] Content)> entries, CompressionLevel level)
    {
        using var buffer = new MemoryStream();
        using (var archive = new ZipArchive(buffer, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var (name, content) in entries)
            {
                using var stream = archive.CreateEntry(name, level).Open();
                stream.Write(content);
            }
        }

        return buffer.ToArray();
    }
}
