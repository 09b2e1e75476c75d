using AttributionKit.Extraction.Dates;
using Microsoft.Recognizers.Text;

namespace AttributionKit.Tests.Extraction.Dates;

public class DateRecognizerModelsTests
{
    [Theory]
    [InlineData(null, Culture.English)]
    [InlineData("en-GB", Culture.English)]
    [InlineData("de-AT", Culture.German)]
    [InlineData("fr", Culture.French)]
    [InlineData("es_MX", Culture.Spanish)]
    [InlineData("it", Culture.English)]
    public void Maps_the_document_language_to_a_recognizer_culture(string? language, string culture)
    {
        DateRecognizerModels.CultureFor(language).Should().Be(culture);
    }

    [Fact]
    public void Builds_each_culture_once_and_shares_it_across_threads()
    {
        var models = new object[8];
        Parallel.For(0, models.Length, i => models[i] = DateRecognizerModels.Get(Culture.English));

        models.Should().OnlyContain(m => ReferenceEquals(m, models[0]));
    }

    [Fact]
    public void Analyses_in_parallel_give_the_same_dates_as_one_alone()
    {
        var alone = ArticleAnalyzer.Analyze(TestSupport.Samples.SeedText, TestSupport.Samples.Options).Dates.Select(d => d.ToString()).ToList();
        var parallel = new List<string>[6];

        Parallel.For(0, parallel.Length, i =>
            parallel[i] = ArticleAnalyzer.Analyze(TestSupport.Samples.SeedText, TestSupport.Samples.Options).Dates.Select(d => d.ToString()).ToList());

        parallel.Should().OnlyContain(p => p.SequenceEqual(alone));
    }
}
