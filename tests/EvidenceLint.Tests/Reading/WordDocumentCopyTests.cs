using System.Reflection;
using System.Runtime.CompilerServices;
using System.Security.Cryptography;
using System.Text;
using System.Xml.Linq;
using DocumentFormat.OpenXml.Packaging;
using EvidenceLint.Analysis;
using EvidenceLint.Reading;
using EvidenceLint.Tests.Testing;

namespace EvidenceLint.Tests.Reading;

/// <summary>
/// The public seam for changing a Word document at a finding, used the way a third-party package would: only public
/// members, a real document built with the Open XML SDK, and the linter's own locations.
/// </summary>
public class WordDocumentCopyTests
{
    private static readonly XNamespace W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";

    [Test]
    public async Task A_finding_can_be_replaced_in_a_copy_keeping_the_run_formatting_and_leaving_the_original_alone()
    {
        byte[] docx = new DocxBuilder()
            .Heading(1, "Managing customer service")
            .Paragraph("I rang the customer back on 07700 900123 and agreed a refund.")
            .ToBytes();
        string before = Convert.ToHexString(SHA256.HashData(docx));
        var result = await EvidenceLinter.CreateDefault().LintAsync(new MemoryStream(docx, writable: false), "account.docx");
        var phone = result.Diagnostics.Single(d => d.Id == "EL5001").Location;

        byte[] changed;
        using (var copy = WordDocumentCopy.Open(docx))
        {
            var xml = copy.Load(copy.Main)!;
            var map = copy.MapText([xml.Root!.Element(W + "body")!], "account.docx");
            map.Document.Text.ShouldBe(result.Document!.Text);
            map.Replace([new TextEdit(phone.Start, phone.Length, "[PHONE]")]);
            WordDocumentCopy.Save(copy.Main, xml);
            changed = copy.ToArray();
        }

        Convert.ToHexString(SHA256.HashData(docx)).ShouldBe(before);
        var reread = await EvidenceLinter.CreateDefault().LintAsync(new MemoryStream(changed), "account.docx");
        reread.Document!.Text.ShouldContain("I rang the customer back on [PHONE] and agreed a refund.");
        reread.Diagnostics.ShouldNotContain(d => d.Id == "EL5001");
    }

    [Test]
    public async Task Markers_wrap_exactly_the_span_of_a_location_splitting_runs_where_needed()
    {
        byte[] docx = new DocxBuilder().Paragraph("I monitored the queue every morning.").ToBytes();
        int start = "I monitored the ".Length, end = start + "queue".Length;

        byte[] changed;
        using (var copy = WordDocumentCopy.Open(docx))
        {
            var xml = copy.Load(copy.Main)!;
            var map = copy.MapText([xml.Root!.Element(W + "body")!], "account.docx");
            map.Insert(
            [
                new WordTextMarker(start, false, [new XElement(W + "bookmarkStart", new XAttribute(W + "id", 7), new XAttribute(W + "name", "queue"))]),
                new WordTextMarker(end, true, [new XElement(W + "bookmarkEnd", new XAttribute(W + "id", 7))]),
            ]);
            WordDocumentCopy.Save(copy.Main, xml);
            changed = copy.ToArray();
        }

        using var document = WordprocessingDocument.Open(new MemoryStream(changed), false);
        var paragraph = XDocument.Load(document.MainDocumentPart!.GetStream()).Descendants(W + "p").Single();
        var inside = paragraph.Elements().SkipWhile(e => e.Name != W + "bookmarkStart").Skip(1).TakeWhile(e => e.Name != W + "bookmarkEnd");
        string.Concat(inside.Descendants(W + "t").Select(t => t.Value)).ShouldBe("queue");
        string.Concat(paragraph.Descendants(W + "t").Select(t => t.Value)).ShouldBe("I monitored the queue every morning.");
    }

    [Test]
    public void The_stored_text_map_sees_the_fallback_copy_of_a_text_box_that_the_reader_skips()
    {
        var body = XElement.Parse($"""
            <w:body xmlns:w="{W.NamespaceName}" xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006">
              <w:p><w:r><mc:AlternateContent><mc:Choice Requires="wps"><w:t>Box text</w:t></mc:Choice>
                <mc:Fallback><w:pict><w:p><w:r><w:t>Call 07700 900123</w:t></w:r></w:p></w:pict></mc:Fallback></mc:AlternateContent></w:r></w:p>
            </w:body>
            """);

        var map = WordDocumentCopy.MapStoredText(body, "account.docx");

        map.Document.Text.ShouldContain("Call 07700 900123");
    }

    [Test]
    public void Content_that_is_not_a_Word_document_is_refused_with_a_reading_error()
    {
        var error = Should.Throw<DocumentReadException>(() => WordDocumentCopy.Open(Encoding.UTF8.GetBytes("%PDF-1.7 not a zip")));
        error.Message.ShouldNotBeNullOrWhiteSpace();
    }

    [Test]
    public void Neither_the_rules_package_nor_the_tool_sees_the_engines_internals()
    {
        // Everything the built-in fixes and comments do, a third-party package can do with the same public seam.
        var friends = typeof(EvidenceLinter).Assembly.GetCustomAttributes<InternalsVisibleToAttribute>().Select(a => a.AssemblyName).ToList();
        friends.ShouldNotContain("EvidenceLint.Rules");
        friends.ShouldNotContain("EvidenceLint.Cli");
        typeof(RuleIds).Assembly.GetCustomAttributes<InternalsVisibleToAttribute>()
            .Select(a => a.AssemblyName).ShouldNotContain("EvidenceLint.Cli");
    }
}
