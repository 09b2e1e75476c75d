using AttributionKit.Extraction.Dates;
using Microsoft.Recognizers.Text;

namespace AttributionKit.Tests.Extraction.Dates;

public class ExplicitDateReaderTests
{
    // The reader is given the triggers the extractor found in the text, as in DateExtractor.
    private static bool TryRead(string text, int offset, string culture, List<RecognizedDate> results)
    {
        var words = DateTriggerWords.For(culture);
        return ExplicitDateReader.TryRead(text, offset, words, DateSentenceFilter.FindTriggers(text, words).Select(t => t.Start), results);
    }

    [Theory]
    [InlineData(Culture.English, "It happened on May 19, 2025 in Kyiv.", "May 19, 2025", "2025-05-19")]
    [InlineData(Culture.English, "It happened on 19 May 2025 in Kyiv.", "19 May 2025", "2025-05-19")]
    [InlineData(Culture.English, "The filing dated 2025-05-19 was signed.", "2025-05-19", "2025-05-19")]
    [InlineData(Culture.English, "Prices rose in May 2019 again.", "May 2019", "2019-05")]
    [InlineData(Culture.English, "The 2019 season was short.", "2019", "2019")]
    [InlineData(Culture.German, "Es geschah am 19. Mai 2025 in Kiew.", "19. Mai 2025", "2025-05-19")]
    [InlineData(Culture.German, "Der Rat tagte am 19.05.2025 in Berlin.", "19.05.2025", "2025-05-19")]
    [InlineData(Culture.German, "Die Firma entstand 2012 in Wien.", "2012", "2012")]
    [InlineData(Culture.French, "Le 19 mai 2025, le conseil a voté.", "19 mai 2025", "2025-05-19")]
    [InlineData(Culture.French, "Le conseil a voté le 19/05/2025.", "19/05/2025", "2025-05-19")]
    [InlineData(Culture.Spanish, "El 19 de mayo de 2025 votó el consejo.", "19 de mayo de 2025", "2025-05-19")]
    public void Reads_plain_explicit_dates_as_the_recognizer_does(string culture, string text, string expectedText, string expectedTimex)
    {
        var results = new List<RecognizedDate>();

        TryRead(text, 0, culture, results).Should().BeTrue();

        results.Should().ContainSingle();
        text[results[0].Range.Start..results[0].Range.End].Should().Be(expectedText);
        results[0].Timex.Should().Be(expectedTimex);

        // The recognizer, given the same text, finds the same date in the same words.
        var recognized = DateRecognizerModels.Get(culture).Parse(text, new DateTime(2026, 1, 1)).Should().ContainSingle().Subject;
        recognized.Text.Should().BeEquivalentTo(expectedText);
        recognized.TypeName.Should().Be(results[0].TypeName);
    }

    [Theory]
    [InlineData(Culture.English, "The plant will be built by 2030, officials say.", "by 2030")]
    [InlineData(Culture.English, "It was quiet before 2019 in the town.", "before 2019")]
    [InlineData(Culture.English, "The deal runs until 2030 at least.", "until 2030")]
    [InlineData(Culture.English, "The deal runs till 2030 at least.", "till 2030")]
    [InlineData(Culture.English, "Prices have risen since 2019.", "since 2019")]
    [InlineData(Culture.English, "Things changed after 2019 for good.", "after 2019")]
    [InlineData(Culture.German, "Die Anlage soll bis 2030 fertig sein.", "bis 2030")]
    [InlineData(Culture.German, "Vor 2019 war es anders.", "Vor 2019")]
    [InlineData(Culture.German, "Die Firma besteht seit 1989.", "seit 1989")]
    [InlineData(Culture.German, "Die Flächen gehen ab 2030 ans Netz.", "ab 2030")]
    [InlineData(Culture.German, "Nach 2019 kam die Wende.", "Nach 2019")]
    [InlineData(Culture.French, "Le projet était prêt avant 2019 déjà.", "avant 2019")]
    [InlineData(Culture.French, "La caisse existe depuis 2016, dit-il.", "depuis 2016")]
    [InlineData(Culture.Spanish, "El plan sigue hasta 2030 en la ciudad.", "hasta 2030")]
    [InlineData(Culture.Spanish, "Era distinto antes 2019 en el puerto.", "antes 2019")]
    [InlineData(Culture.Spanish, "La prueba se realiza desde 2000 en el país.", "desde 2000")]
    public void Reads_a_year_bounded_by_the_word_before_it_as_the_recognizer_does(string culture, string text, string expectedText)
    {
        var results = new List<RecognizedDate>();

        TryRead(text, 0, culture, results).Should().BeTrue();

        var read = results.Should().ContainSingle().Subject;
        text[read.Range.Start..read.Range.End].Should().Be(expectedText);
        var recognized = DateRecognizerModels.Get(culture).Parse(text, new DateTime(2026, 1, 1)).Should().ContainSingle().Subject;
        recognized.Text.Should().BeEquivalentTo(expectedText);
        recognized.TypeName.Should().Be(read.TypeName);
        var values = ((System.Collections.IEnumerable)recognized.Resolution["values"]).Cast<IDictionary<string, string>>().Should().ContainSingle().Subject;
        read.Values.Should().ContainSingle().Which.Should().BeEquivalentTo(values);
        read.Timex.Should().Be(values["timex"]);
    }

    [Theory]
    [InlineData(Culture.English, "Crime fell in the first half of 2020.")]
    [InlineData(Culture.English, "The plan runs from 2019 to 2020.")]
    [InlineData(Culture.English, "It happened on Friday, May 19, 2025.")]
    [InlineData(Culture.English, "It happened on May 19, 2025 at 10:00.")]
    [InlineData(Culture.English, "Sales peaked in august 2007.")]
    [InlineData(Culture.English, "Sales peaked in Sept. 2019.")]
    [InlineData(Culture.English, "It happened on June 31, 2019.")]
    [InlineData(Culture.English, "The 2019-20 season was short.")]
    [InlineData(Culture.English, "It happened on May 19.")]
    [InlineData(Culture.German, "Es geschah bis zum Jahr 2023.")]
    [InlineData(Culture.English, "Prices have risen ever since before 2019.")]
    [InlineData(Culture.English, "Prices have risen since 2019 to 2020.")]
    [InlineData(Culture.German, "Es geschah bis Ende 2023.")]
    [InlineData(Culture.German, "Es geschah den 19. Mai 2025.")]
    [InlineData(Culture.Spanish, "Ocurrió a finales de 2019.")]
    [InlineData(Culture.English, "The year ٢٠٢٠ began.")]
    public void Leaves_anything_that_could_change_a_date_to_the_recognizer(string culture, string text)
    {
        var results = new List<RecognizedDate>();

        TryRead(text, 0, culture, results).Should().BeFalse();

        results.Should().BeEmpty();
    }

    [Fact]
    public void Locates_dates_in_the_main_text_by_the_offset_of_the_text_read()
    {
        var results = new List<RecognizedDate>();

        TryRead("in 2019 and in 2020 again", 100, Culture.English, results).Should().BeFalse();
        TryRead("in 2019, in 2020 again", 100, Culture.English, results).Should().BeTrue();

        results.Select(r => (r.Range.Start, r.Range.End, r.Timex)).Should().Equal((103, 107, "2019"), (112, 116, "2020"));
    }
}
