using EvidenceLint.Analysis;
using EvidenceLint.Privacy;
using EvidenceLint.Rules.Privacy;
using EvidenceLint.Reporting;
using EvidenceLint.Tests.Testing;

namespace EvidenceLint.Tests.Rules;

[RuleTests(RuleIds.PaymentDataInEvidence)]
public class PaymentDataInEvidenceTests
{
    private static readonly CustomerDataInEvidenceAnalyzer Analyzer = new();

    // One analyzer reports EL5001 and EL5002; these tests are about EL5002 alone.
    private static readonly LintOptions PaymentOnly = LintOptions.Default with { Severities = LintOptions.Default.Severities.SetItem("EL5001", null) };

    [TestCase("They practised with the test card number {|EL5002:4111 1111 1111 1111|}, which the trainer wrote up.")]
    [TestCase("The customer read out {|EL5002:4111111111111111|} before the adviser could stop her.")]
    [TestCase("The customer read out {|EL5002:4111-1111-1111-1111|} before the adviser could stop her.")]
    [TestCase("The Amex number {|EL5002:3782 822463 10005|} was in the call notes.")]
    [TestCase("The notes said CVV {|EL5002:123|} next to the expiry date.")]
    [TestCase("She gave the security code, {|EL5002:372|}, before I could stop her.")]
    [TestCase("The card security code was {|EL5002:4821|} according to the notes.")]
    [TestCase("He read out the three-digit code {|EL5002:123|} on the call.")]
    [TestCase("Refund to sort code {|EL5002:12-34-56|}, account number {|EL5002:12345678|}.")]
    [TestCase("The bank details were {|EL5002:20-00-00|} {|EL5002:55779911|}.")]
    [TestCase("She gave her sort code as {|EL5002:123456|} and her account as {|EL5002:87654321|}.")]
    public void Payment_data_is_flagged(string markup) => RuleTest.Verify(markup, PaymentOnly, Analyzer);

    [Test]
    public void Quoted_and_negated_payment_data_is_flagged() => RuleTest.Verify("""
        The adviser did not stop him in time.

        > "It's {|EL5002:4111 1111 1111 1111|}, and the CVV is {|EL5002:737|}."

        I did not write the card number {|EL5002:4111 1111 1111 1111|} anywhere else.
        """, PaymentOnly, Analyzer);

    [TestCase("She gave her tracking number (3815 4471 9920 6604), was told to wait another day.")]
    [TestCase("We refunded £20 as a goodwill gesture to her card ending 4471.")]
    [TestCase("The statement showed XXXX XXXX XXXX 1234 as the card used.")]
    [TestCase("The statement showed **** **** **** 1234 as the card used.")]
    [TestCase("The adviser never asks the customer to read out the card number or the three-digit security code.")]
    [TestCase("PCI DSS says card security codes are never stored.")]
    [TestCase("We never ask for a sort code or account number on the phone.")]
    [TestCase("The branch sort code 12-34-56 is printed on every paying-in slip.")]
    [TestCase("Order 12345678 was dispatched on 12-03-24.")]
    [TestCase("I checked her account: order 12345678 was dispatched on 12-03-24.")]
    [TestCase("Card number 0000 0000 0000 0000 is the placeholder in the script.")]
    [TestCase("The security code for 300 calls a day was changed in 2023.")]
    [TestCase("In 2024 we took 2,400 calls a week and 96% of 1,850 payments went through the keypad.")]
    [TestCase("I called her back on 07700 900123.")]
    [TestCase("I blocked the handset with IMEI 490154203237518 the same day.")]
    public void Non_payment_and_redacted_numbers_pass(string text) => RuleTest.Verify(text, PaymentOnly, Analyzer);

    [Test]
    public void Reports_never_show_the_card_number()
    {
        var result = RuleTest.Verify("The customer read out {|EL5002:4111 1111 1111 1111|} on the call.", PaymentOnly, Analyzer);
        var console = new StringWriter();

        ConsoleReport.Write(console, [result], useColor: false);
        string json = JsonReport.ToJson([result], "1.0.0");
        Schemas.ShouldMatchJsonContract(json);

        foreach (string output in new[] { console.ToString(), json })
        {
            output.ShouldNotContain("4111");
            output.ShouldContain("[CARD]");
            output.ShouldContain("payment card number");
        }
    }

    [TestCase("4111111111111111", true)]
    [TestCase("378282246310005", true)]
    [TestCase("3815447199206604", false)]
    [TestCase("4111111111111112", false)]
    [TestCase("41111111111111a1", false)]
    public void Luhn_check(string digits, bool valid) => PersonalDataScanner.PassesLuhn(digits).ShouldBe(valid);
}
