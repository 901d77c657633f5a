using EvidenceLint.Privacy;
using EvidenceLint.Rules.Privacy;
using EvidenceLint.Tests.Testing;

namespace EvidenceLint.Tests.Rules;

/// <summary>
/// EL5001 on the many ways UK phone numbers and postcodes are written in call notes, and on the look-alikes that are
/// not personal data: service numbers, partial or redacted values, reference numbers, times and money.
/// </summary>
public class PhoneAndPostcodeFormsTests
{
    private static readonly CustomerDataInEvidenceAnalyzer Analyzer = new();

    [TestCase("07700 900123")]
    [TestCase("07700900123")]
    [TestCase("07700 900 123")]
    [TestCase("07700-900-123")]
    [TestCase("+44 7700 900123")]
    [TestCase("+447700900123")]
    [TestCase("+44 (0)7700 900123")]
    [TestCase("(020) 7946 0018")]
    [TestCase("020 7946 0018")]
    [TestCase("020-7946-0018")]
    [TestCase("0161-496-0000")]
    [TestCase("0161 496 0000")]
    [TestCase("(0161) 496 0000")]
    [TestCase("0113 496 0000")]
    [TestCase("01632 960123")]
    [TestCase("+44 20 7946 0018")]
    [TestCase("+44 161 496 0000")]
    [TestCase("02079460018")]
    [TestCase("01619460000")]
    [TestCase("07911 123456")]
    public void Phone_numbers_in_their_common_written_forms_are_flagged(string number) =>
        RuleTest.Verify($"The customer asked me to ring her back on {{|EL5001:{number}|}} after five.", Analyzer);

    [TestCase("0800 123 4567")]
    [TestCase("0808 157 0192")]
    [TestCase("0300 123 4567")]
    [TestCase("0345 600 0000")]
    [TestCase("0370 010 0222")]
    [TestCase("07*** ***123")]
    [TestCase("07XXX XXX123")]
    [TestCase("[phone]")]
    [TestCase("ext. 4471")]
    [TestCase("the last three digits, 123")]
    [TestCase("0770")]
    [TestCase("12:30")]
    [TestCase("£1,200.50")]
    [TestCase("order 123456789")]
    [TestCase("reference 4471 2290")]
    [TestCase("2024-03-12")]
    [TestCase("85% of 2,400 calls")]
    [TestCase("queue 3 of 7")]
    [TestCase("90 seconds")]
    [TestCase("Q2 2024")]
    public void Service_numbers_redacted_forms_and_other_figures_pass(string text) =>
        RuleTest.Verify($"The customer asked about {text} when I rang her back.", Analyzer);

    [TestCase("SW1A 1AA")]
    [TestCase("SW1A1AA")]
    [TestCase("M1 1AE")]
    [TestCase("M11AE")]
    [TestCase("B33 8TH")]
    [TestCase("CR2 6XH")]
    [TestCase("DN55 1PT")]
    [TestCase("LS1 4AP")]
    [TestCase("EH1 2NG")]
    [TestCase("CF10 1EP")]
    [TestCase("BT1 5GS")]
    [TestCase("W1A 0AX")]
    [TestCase("EC1A 1BB")]
    [TestCase("G2 1DU")]
    [TestCase("NE1 4ST")]
    [TestCase("L1 8JQ")]
    [TestCase("BS1 4DJ")]
    [TestCase("OX1 2JD")]
    [TestCase("PL4 8AA")]
    [TestCase("YO1 7HH")]
    public void Full_postcodes_are_flagged(string postcode) =>
        RuleTest.Verify($"The engineer needed the postcode {{|EL5001:{postcode}|}} to find the flat.", Analyzer);

    [TestCase("the LS1 area")]
    [TestCase("the M1 motorway")]
    [TestCase("SW1A")]
    [TestCase("[postcode]")]
    [TestCase("LS1 ***")]
    [TestCase("the A1 road")]
    [TestCase("CF10")]
    [TestCase("form B33")]
    [TestCase("ISO 10002")]
    [TestCase("PCI DSS")]
    [TestCase("GDPR")]
    [TestCase("MCS.3")]
    [TestCase("AC 1.2")]
    [TestCase("Q1 2024")]
    [TestCase("a 1-2-1")]
    [TestCase("version 1.1")]
    [TestCase("step 4")]
    [TestCase("room G12")]
    [TestCase("flight BA1 234")]
    [TestCase("the 4G network")]
    public void Partial_redacted_and_look_alike_codes_pass(string text) =>
        RuleTest.Verify($"The engineer needed {text} to find the flat.", Analyzer);
}
