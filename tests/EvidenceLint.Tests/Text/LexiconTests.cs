using EvidenceLint.Text;

namespace EvidenceLint.Tests.Text;

public class LexiconTests
{
    private static bool Month(string text, string word)
    {
        var model = TextModelTesting.Paragraph(text);
        return model.IsMonthAt(model.IndexOf(word));
    }

    [TestCase("By the end of May the rate was 80%.", "May")]
    [TestCase("May was our busiest month.", "May")]
    [TestCase("In May I set two targets.", "May")]
    [TestCase("May 2024 figures were higher.", "May")]
    [TestCase("We agreed it in march.", "march")]
    [TestCase("By 31 Mar the queue was shorter.", "Mar")]
    [TestCase("Reviewed in Sept with the team.", "Sept")]
    [TestCase("Due by jan next year.", "jan")]
    public void Reads_a_month(string text, string word) => Month(text, word).ShouldBeTrue();

    [TestCase("I may ask for help.", "may")]
    [TestCase("May I take your name?", "May")]
    [TestCase("May we call you back?", "May")]
    [TestCase("Long holds mar the experience.", "mar")]
    public void Does_not_read_the_verb_as_a_month(string text, string word) => Month(text, word).ShouldBeFalse();

    [TestCase("Q3")]
    [TestCase("q1")]
    public void A_quarter_is_a_timeframe_and_matches_the_month_placeholder(string quarter)
    {
        var model = TextModelTesting.Paragraph($"FCR reached 78% in {quarter}.");
        int at = model.IndexOf(quarter);
        model.IsMonthAt(at).ShouldBeFalse("a quarter is not a month");
        model.IsTimeframeAt(at).ShouldBeTrue();
        model.Find(TermSet.Create("in {month}"), model.Sentences[0]).Length.ShouldBe(1);
    }

    [TestCase("Monday")]
    [TestCase("friday")]
    [TestCase("Christmas")]
    public void Days_are_timeframes(string day)
    {
        var model = TextModelTesting.Paragraph($"Every adviser is checked by {day} at the latest.");
        model.IsDayAt(model.IndexOf(day)).ShouldBeTrue();
        model.IsTimeframeAt(model.IndexOf(day)).ShouldBeTrue();
    }

    [TestCase("six", true)]
    [TestCase("Fifteen", true)]
    [TestCase("seventeen", true)]
    [TestCase("ninety", true)]
    [TestCase("one", false)]
    [TestCase("half", false)]
    public void Number_words(string word, bool isNumber)
    {
        var model = TextModelTesting.Paragraph($"I checked {word} calls.");
        model.IsNumberWordAt(model.IndexOf(word)).ShouldBe(isNumber);
        model.IsFigureAt(model.IndexOf(word)).ShouldBe(isNumber);
    }

    [TestCase("Answer 80% of calls within 20 seconds.", "80%", true)]
    [TestCase("Answer 80% of calls within 20 seconds.", "20", true)]
    [TestCase("Rise to 78% by 31 March.", "31", false)]
    [TestCase("Rise to 78% by March 2025.", "2025", false)]
    [TestCase("Complete it within six weeks.", "six", false)]
    [TestCase("Complete it in 3 months.", "3", false)]
    [TestCase("Start at 07:30 each day.", "07:30", false)]
    public void Figures_are_measures_not_dates_or_deadlines(string text, string word, bool figure)
    {
        var model = TextModelTesting.Paragraph(text);
        model.IsFigureAt(model.IndexOf(word)).ShouldBe(figure);
    }

    [TestCase("Checked each week.", "week")]
    [TestCase("Reported weekly to the manager.", "weekly")]
    [TestCase("Done by the end of the quarter.", "by")]
    [TestCase("Complete it within six weeks.", "six")]
    [TestCase("Agreed on 27/02/2024.", "27/02/2024")]
    public void Timeframes(string text, string word)
    {
        var model = TextModelTesting.Paragraph(text);
        model.IsTimeframeAt(model.IndexOf(word)).ShouldBeTrue();
    }

    [Test]
    public void A_period_without_a_determiner_is_not_a_timeframe()
    {
        var model = TextModelTesting.Paragraph("Weeks went by.");
        model.IsTimeframeAt(model.IndexOf("Weeks")).ShouldBeFalse();
    }
}
