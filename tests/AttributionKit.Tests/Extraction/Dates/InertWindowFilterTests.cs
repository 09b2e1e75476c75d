using AttributionKit.Extraction.Dates;
using Microsoft.Recognizers.Text;

namespace AttributionKit.Tests.Extraction.Dates;

public class InertWindowFilterTests
{
    private static readonly DateTime Reference = new(2024, 5, 17);

    [Theory]
    [InlineData("For months, Republicans led by Donald")]
    [InlineData("But weeks of uncertainty could follow")]
    [InlineData("Trump later defended his comments as")]
    [InlineData("Jr., knew Muhammad Ali for decades.")]
    [InlineData("changed their staffing or hours.")]
    [InlineData("invitation, and just hours before his meeting with")]
    public void Skips_texts_whose_only_triggers_are_unquantified_units(string text)
    {
        IsInert(text, Culture.English).Should().BeTrue();

        // The recognizer agrees: it finds nothing there.
        DateRecognizerModels.Get(Culture.English).Parse(text, Reference).Select(r => r.Text).Should().BeEmpty();
    }

    [Theory]
    [InlineData("the talks lasted three years", "three years")]
    [InlineData("over the past few years the port", "past few years")]
    [InlineData("It will take a few weeks to", "a few weeks")]
    [InlineData("in the coming months the council", "coming months")]
    [InlineData("Clinton's speeches over the decades, on", "the decades")]
    [InlineData("two days later the mayor", "two days later")]
    [InlineData("a few seconds later the", "a few seconds later")]
    [InlineData("elections every four years", "every four years")]
    [InlineData("plans for 10 years now", "10 years")]
    [InlineData("She called it a night hours before", "a night")]
    [InlineData("the party on New Years", "new years")]
    [InlineData("talks that went on for several months", "several months")]
    [InlineData("It took a couple of days", "a couple of days")]
    [InlineData("there were zero days left", "zero days")]
    public void Lets_through_units_with_a_number_quantifier_or_relative_word(string text, string found)
    {
        IsInert(text, Culture.English).Should().BeFalse();

        // Each of these is a date, time, duration or frequency to the recognizer: skipping it would lose one.
        DateRecognizerModels.Get(Culture.English).Parse(text, Reference).Select(r => r.Text).Should().Contain(found);
    }

    [Theory]
    [InlineData("negotiations that took years ago")]
    [InlineData("For years, and on Monday")]
    [InlineData("for weeks this summer")]
    [InlineData("for years until 1999")]
    public void Lets_through_texts_with_any_other_trigger(string text) =>
        IsInert(text, Culture.English).Should().BeFalse();

    [Theory]
    [InlineData("Seit Jahren streiten sie.")]
    [InlineData("im Sommer auf ausreichende Wasserzufuhr")]
    [InlineData("Nach wenigen Minuten erhältst du")]
    [InlineData("Worten und Taten im Laufe der Jahre")]
    public void Skips_German_texts_whose_only_triggers_are_unquantified_units(string text)
    {
        IsInert(text, Culture.German).Should().BeTrue();
        DateRecognizerModels.Get(Culture.German).Parse(text, Reference).Select(r => r.Text).Should().BeEmpty();
    }

    [Theory]
    [InlineData("seit drei Jahren", "seit drei jahren")]
    [InlineData("vor Jahren", "vor jahren")]
    [InlineData("in den letzten Jahren", "letzten jahren")]
    [InlineData("in den kommenden Monaten", "kommenden monaten")]
    [InlineData("seit ein paar Wochen", "seit ein paar wochen")]
    [InlineData("dreiundzwanzig Jahre lang", "dreiundzwanzig jahre")]
    [InlineData("nach ¼ Stunden genau", "nach ¼ stunden")]
    [InlineData("seit Jahren so.", "so.")]
    [InlineData("seit Jahren nachmittags", "nachmittags")]
    [InlineData("seit Jahren zu Pfingsten", "pfingsten")]
    public void Lets_through_German_units_with_a_number_quantifier_relative_word_or_date_of_their_own(string text, string found)
    {
        IsInert(text, Culture.German).Should().BeFalse();
        DateRecognizerModels.Get(Culture.German).Parse(text, Reference).Select(r => r.Text).Should().Contain(found);
    }

    [Theory]
    [InlineData("tras años de pandemia, que ha")]
    [InlineData("los meses de aislamiento social como")]
    [InlineData("detenidos a lo largo de estos días.")]
    [InlineData("Desde hace años, ellos discuten.")]
    public void Skips_Spanish_texts_whose_only_triggers_are_unquantified_units(string text)
    {
        IsInert(text, Culture.Spanish).Should().BeTrue();
        DateRecognizerModels.Get(Culture.Spanish).Parse(text, Reference).Select(r => r.Text).Should().BeEmpty();
    }

    [Theory]
    [InlineData("hace dos años", "hace dos años")]
    [InlineData("los últimos meses", "últimos meses")]
    [InlineData("durante varios días", "varios días")]
    [InlineData("veintitrés años después", "veintitrés años después")]
    [InlineData("doscientos años", "doscientos años")]
    [InlineData("tras años en el mar", "mar")]
    [InlineData("años en la madrugada", "madrugada")]
    public void Lets_through_Spanish_units_with_a_number_quantifier_relative_word_or_date_of_their_own(string text, string found)
    {
        IsInert(text, Culture.Spanish).Should().BeFalse();
        DateRecognizerModels.Get(Culture.Spanish).Parse(text, Reference).Select(r => r.Text).Should().Contain(found);
    }

    [Theory]
    [InlineData("im Sommer 2020", "de-de")]
    [InlineData("Sommer zweitausendzwanzig", "de-de")]
    [InlineData("seit Jahren, Ende des Monats", "de-de")]
    [InlineData("años y 2021", "es-es")]
    public void Lets_through_German_and_Spanish_texts_with_a_digit_number_word_or_unit_that_is_no_trigger(string text, string culture) =>
        IsInert(text, culture).Should().BeFalse();

    [Fact]
    public void Filters_only_languages_with_both_lists()
    {
        IsInert("Depuis des années, ils discutent.", Culture.French).Should().BeFalse();
        IsInert("pendant des semaines", Culture.French).Should().BeFalse();
    }

    [Fact]
    public void A_text_with_no_trigger_is_not_judged()
    {
        InertWindowFilter.IsInert("Nothing here", [], "en").Should().BeFalse();
    }

    private static bool IsInert(string text, string culture)
    {
        var words = DateTriggerWords.For(culture);
        return InertWindowFilter.IsInert(text, DateSentenceFilter.FindTriggers(text, words), words.Language);
    }
}
