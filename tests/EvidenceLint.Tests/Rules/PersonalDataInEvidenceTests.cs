using System.Text.Json;
using EvidenceLint.Analysis;
using EvidenceLint.Privacy;
using EvidenceLint.Rules.Privacy;
using EvidenceLint.Reporting;
using EvidenceLint.Tests.Testing;

namespace EvidenceLint.Tests.Rules;

[RuleTests(RuleIds.PersonalDataInEvidence)]
public class PersonalDataInEvidenceTests
{
    private static readonly CustomerDataInEvidenceAnalyzer Analyzer = new();

    [TestCase("She asked the engineer to e-mail her at {|EL5001:jade.carter84@example.com|} before he came.")]
    [TestCase("I forwarded it to our complaints manager, {|EL5001:sam.jones@company.co.uk|}.")]
    [TestCase("I agreed to call her back on {|EL5001:07700 900123|} if anything else happened.")]
    [TestCase("I agreed to call her back on {|EL5001:07700900123|} the same day.")]
    [TestCase("He gave his mobile as {|EL5001:+44 7700 900123|} and I updated the CRM.")]
    [TestCase("He gave his number as {|EL5001:+44 (0)7700 900123|} and I updated the CRM.")]
    [TestCase("Her landline, {|EL5001:0113 496 0000|}, was wrong on the account.")]
    [TestCase("Her landline, {|EL5001:(0113) 496 0000|}, was wrong on the account.")]
    [TestCase("Her landline, {|EL5001:020-7946-0000|}, was wrong on the account.")]
    [TestCase("I passed her postcode, {|EL5001:SW1A 1AA|}, to the contractor.")]
    [TestCase("The engineer needed the postcode {|EL5001:LS1 4AP|} to find the flat.")]
    [TestCase("I checked the postcode {|EL5001:M11AE|} against the address file.")]
    [TestCase("He read out his National Insurance number, {|EL5001:AB 12 34 56 C|}, so I stopped him.")]
    [TestCase("His NI number {|EL5001:AB123456C|} was on the form.")]
    [TestCase("I confirmed her date of birth, {|EL5001:12/03/1984|}, before discussing the account.")]
    [TestCase("DOB: {|EL5001:4.7.58|}. Account holder since 2001.")]
    [TestCase("He told me he was born on {|EL5001:3 March 1961|} and had been a customer for years.")]
    [TestCase("Her date of birth was {|EL5001:March 3rd, 1961|} according to the system.")]
    [TestCase("A customer, {|EL5001:Mrs Khan|}, rang in March because her bill was higher than normal.")]
    [TestCase("I rang {|EL5001:Mr O'Brien|} back the next morning.")]
    [TestCase("I rang {|EL5001:Dr Jane McDonald|} back the next morning.")]
    [TestCase("I apologised to {|EL5001:Ms Patel-Shah|} for the delay.")]
    [TestCase("I wrote to {|EL5001:Mr. Evans|} the same day.")]
    public void Personal_data_is_flagged(string markup) => RuleTest.Verify(markup, Analyzer);

    [Test]
    public void Every_item_is_a_finding() => RuleTest.Verify(
        "She asked if the plumber could email her, so I passed her email ({|EL5001:jade.carter84@example.com|}) and her postcode, {|EL5001:SW1A 1AA|}, to the contractor.",
        Analyzer);

    [Test]
    public void Quoted_transcripts_are_flagged() => RuleTest.Verify("""
        I opened the call formally.

        > "Good morning, {|EL5001:Mrs Patel|}. Can I just confirm your postcode is {|EL5001:LS1 4AP|}?"
        """, Analyzer);

    [Test]
    public void Data_in_a_negated_sentence_is_still_data() => RuleTest.Verify(
        "I did not give the contractor her number, {|EL5001:07700 900123|}, because she had not agreed to it.",
        Analyzer);

    [Test]
    public void Headings_and_list_items_are_scanned() => RuleTest.Verify("""
        # Complaint from {|EL5001:Mrs Khan|}

        - Call back on {|EL5001:07700 900123|}
        """, Analyzer);

    [TestCase("The adviser had already done security with Mrs K before she passed her to me.")]
    [TestCase("The adviser had already done security with Mrs K. before she passed her to me.")]
    [TestCase("Mr X rang back the next day.")]
    [TestCase("\"Good afternoon, Mrs [redacted]. My name is [adviser] and I work in the Priority Services team.\"")]
    [TestCase("Customer A rang on 14/03/2024 about her meter.")]
    [TestCase("I called [name] back on [phone] the same day.")]
    [TestCase("She gave her mobile as 07*** ***123 and I updated the CRM.")]
    [TestCase("I wrote to Mr Bloggs, as we call every customer in training notes.")]
    [TestCase("I gave her the complaints address, complaints@company.co.uk, and our number, 0800 123 4567.")]
    [TestCase("Customers can ring 0300 123 4567 or 0345 600 0000 or e-mail enquiries@council.gov.uk.")]
    [TestCase("The team covers the LS1 and LS2 districts.")]
    [TestCase("The team takes about 300 calls a day and 2,400 a week, 85% within 20 seconds, and we refunded £180 in 2024.")]
    [TestCase("Advisers must confirm the caller's name, address and either the account reference or date of birth.")]
    [TestCase("On 27/02/2024 she rang about a parcel she had ordered on 12/02/2024.")]
    [TestCase("I checked the postcode file against the address checker.")]
    [TestCase("Sam and Priya both listened to the call.")]
    [TestCase("HMRC's example number QQ 12 34 56 C is used in training.")]
    public void Redacted_generic_and_non_personal_text_passes(string text) => RuleTest.Verify(text, Analyzer);

    [Test]
    public void Reports_never_show_the_personal_data()
    {
        var result = RuleTest.Verify("I agreed to call {|EL5001:Mrs Khan|} back on {|EL5001:07700 900123|}.", Analyzer);
        result.Diagnostics.ShouldAllBe(d => d.Descriptor.MaskExcerpt);
        result.Diagnostics.ShouldAllBe(d => !d.Message.Contains("Khan") && !d.Message.Contains("900123"));
        var console = new StringWriter();

        ConsoleReport.Write(console, [result], useColor: false);
        string json = JsonReport.ToJson([result], "1.0.0");
        Schemas.ShouldMatchJsonContract(json);

        foreach (string output in new[] { console.ToString(), json })
        {
            output.ShouldNotContain("Khan");
            output.ShouldNotContain("07700");
            output.ShouldNotContain("900123");
            output.ShouldContain("[NAME]");
        }

        using var parsed = JsonDocument.Parse(json);
        var diagnostics = parsed.RootElement.GetProperty("documents")[0].GetProperty("diagnostics");
        diagnostics.GetArrayLength().ShouldBe(2);
        diagnostics[1].GetProperty("message").GetString()!.ShouldContain("phone number");
        diagnostics[1].GetProperty("category").GetString().ShouldBe(RuleCategories.Privacy);
        diagnostics[1].GetProperty("severity").GetString().ShouldBe("error");
    }

    [Test]
    public void Scanner_reports_kinds_and_spans_for_redaction()
    {
        const string text = "Mrs Khan (07700 900123, LS1 4AP) paid with 4111 1111 1111 1111.";

        var found = PersonalDataScanner.Find(text);

        found.Select(f => (f.Kind, text.Substring(f.Start, f.Length))).ShouldBe(
        [
            (PersonalDataKind.TitledName, "Mrs Khan"),
            (PersonalDataKind.PhoneNumber, "07700 900123"),
            (PersonalDataKind.Postcode, "LS1 4AP"),
            (PersonalDataKind.CardNumber, "4111 1111 1111 1111"),
        ]);
    }

    [Test]
    public void Long_hostile_input_is_scanned_without_failing()
    {
        string text = string.Concat(Enumerable.Repeat("0 1-2 3 Mrs a@b 12-34-56 ", 4000)) + "Mrs Khan";

        PersonalDataScanner.Find(text).ShouldContain(f => f.Kind == PersonalDataKind.TitledName);
    }
}
