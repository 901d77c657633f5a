namespace EvidenceLint.Tests.Privacy;

/// <summary>
/// Short passages with customers' data marked inline (<c>{|EL5001:…|}</c>, <c>{|EL5002:…|}</c>), and near misses with no
/// marks, written from how call notes and reflective accounts are typed, not from any corpus. Each is checked as .txt
/// and .docx, with straight and with typographic punctuation (Word turns ' into ’ as you type).
/// </summary>
internal static class PrivacyCases
{
    public static readonly string[] Positives =
    [
        // EL5001: e-mail addresses, phones written, spaced, bracketed and spoken.
        "I e-mailed the summary to {|EL5001:priya.sharma@gmail.com|} after the call.",
        "Her e-mail address, {|EL5001:sam_k@outlook.co.uk|}, bounced, so I wrote instead.",
        "She asked me to ring her on {|EL5001:07911 123456|} after six.",
        "The landline on file was {|EL5001:(020) 7946 0018|}, which was out of date.",
        "He gave his number as {|EL5001:+44 7911 123456|} so I updated the record.",
        "Please call {|EL5001:Mr Patel|} back on {|EL5001:0161 496 0321|} before noon.",
        "Her landline is {|EL5001:0113–496–0000|} according to the notes.",
        "She read her mobile out as {|EL5001:oh seven nine one one, one two three four five six|} and I typed it in.",
        "He said his number was {|EL5001:zero seven seven double zero nine zero zero one two three|}.",
        "She spelled out the number {|EL5001:0 7 7 0 0 9 0 0 9 8 7|} slowly for me.",

        // EL5001: postcodes, NI numbers, dates of birth.
        "I confirmed the postcode {|EL5001:B33 8TH|} for the engineer's visit.",
        "The parcel was sent to {|EL5001:EH1 1YZ|} instead of her new address.",
        "He read out his National Insurance number, {|EL5001:JG 10 37 28 B|}, before I could stop him.",
        "I checked her date of birth, {|EL5001:02/11/1979|}, against the account.",
        "DOB {|EL5001:14 August 1990|} was wrong on the system, so I corrected it.",

        // EL5001: titled names, with straight and typographic apostrophes.
        "I spoke to {|EL5001:Mr O'Neill|} about the missed delivery.",
        "{|EL5001:Ms D'Souza|} rang back the next morning to thank me.",
        "I apologised to {|EL5001:Mrs Fitzgerald|} for the wait.",
        "I phoned {|EL5001:Dr Okafor|} at the surgery to confirm the appointment.",
        "{|EL5001:Miss McAllister-Reid|} asked for a call back.",
        "The complaint from {|EL5001:Mr O'Brien|}'s daughter was escalated to me.",
        "I listened to {|EL5001:Mrs Nowak|}'s call again with my team leader.",

        // EL5002: card numbers written, grouped, spaced, dashed and spoken.
        "She read out her card number, {|EL5002:4111 1111 1111 1111|}, before I could stop her.",
        "The note said {|EL5002:5555555555554444|} next to the refund.",
        "He typed {|EL5002:5555–5555–5555–4444|} into the chat window.",
        "The customer gave {|EL5002:4 2 4 2 4 2 4 2 4 2 4 2 4 2 4 2|} digit by digit.",
        "She read out {|EL5002:four one one one, one one one one, one one one one, one one one one|} on the recording.",
        "The Amex number {|EL5002:3782 822463 10005|} was in the complaint letter.",

        // EL5002: security codes and expiry dates, with and without the word CVV.
        "She gave me the CVV {|EL5002:418|} before I could stop her.",
        "She read the three digits on the back, {|EL5002:552|}, straight out.",
        "He gave the security code as {|EL5002:7 3 1|} over the phone.",
        "The CVC was {|EL5002:904|} according to the chat log.",
        "She told me the security code is {|EL5002:seven two nine|} and asked if that was enough.",
        "The card expiry was {|EL5002:09/27|} and the payment still failed.",
        "Her Visa ending 1881 expires {|EL5002:11/26|}, she said.",
        "He gave the expiry date {|EL5002:03/2028|} for his debit card.",
        "She gave me the CVV {|EL5002:221|} and the expiry {|EL5002:08/26|} of her debit card.",

        // EL5002: bank details.
        "She wanted the refund paid to sort code {|EL5002:20-45-77|}, account {|EL5002:41234567|}.",
        "Her bank details were {|EL5002:30–96–26|} and {|EL5002:10293847|} on the form.",

        // Both in one paragraph.
        "{|EL5001:Mrs Khan|} paid with {|EL5002:4012 8888 8888 1881|} and asked for a receipt at {|EL5001:r.khan@yahoo.co.uk|}.",
    ];

    public static readonly string[] NearMisses =
    [
        // Masked and redacted forms.
        "She gave her mobile as 07*** ***123 and I updated the CRM.",
        "Her card ending 4444 was declined twice.",
        "The statement showed XXXX XXXX XXXX 1234 as the card used.",
        "I wrote to Mrs K about the delay.",
        "I called Customer A back within the hour.",
        "I called [name] back on [phone] the same day.",
        "The Ms Bloggs example in training notes stands in for a real customer.",

        // Numbers that are not a card, phone or code.
        "The order reference 4111 1111 1111 1112 was wrong on the invoice.",
        "The IMEI 490154203237518 was blocked the same day.",
        "We answered 85% of calls within 20 seconds in 2024.",
        "Calls rose from 1,200 to 1,450 between March and May.",
        "She rang on 14/03/2024 about her meter.",
        "Ticket 20-45-77 was raised in the wrong queue.",
        "Customers can call 0800 028 3344 free of charge.",
        "Dial one one one for the NHS.",
        "We scored one, two or three on each call.",
        "On day one two new starters joined the team.",
        "It took seven to ten days for the refund to arrive.",
        "Card payments were 62% of 4,100 transactions in Q3.",

        // Cues with no data.
        "The security code is never written down; we take 300 calls a day.",
        "I never ask for the CVV: the payment line takes it.",
        "The three digits on the back are never recorded in our CRM.",
        "I asked for the last four digits of the card, never the full number.",
        "I told her never to read out her sort code on the phone.",
        "I updated the expiry date field after the card was replaced.",
        "The offer expires at the end of the month.",
        "Security checks cover the customer's name, postcode and date of birth.",

        // Names of teams, companies and brands.
        "I transferred her to the Priority Services team.",
        "Our complaints inbox is complaints@homeserve.co.uk.",
        "I worked with O'Brien's team on the rota.",
        "The Dr Martens order had the wrong size.",
        "The Mr Kipling promotion code was wrong on the website.",
        "Team Alpha beat Team Omega on quality scores.",
        "The LS1 and LS2 districts are covered by our depot.",
    ];

    /// <summary>The same text as Word would have it after typing: curly apostrophes and quotation marks.</summary>
    public static string Typographic(string text)
    {
        var chars = text.ToCharArray();
        bool open = true;
        for (int i = 0; i < chars.Length; i++)
        {
            if (chars[i] == '\'')
            {
                chars[i] = '’';
            }
            else if (chars[i] == '"')
            {
                chars[i] = open ? '“' : '”';
                open = !open;
            }
        }

        return new string(chars);
    }
}
