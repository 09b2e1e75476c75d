using AttributionKit.Model;
using AttributionKit.Tests.TestSupport;

namespace AttributionKit.Tests.Extraction.Attribution;

public class QuoteClassifierTests
{
    private static Quote[] Quotes(string text) => [.. ArticleAnalyzer.Analyze(text, ArticleFormat.Text, Samples.Options).Quotes];

    [Theory]
    [InlineData("The mayor posted a photo with the words “We Are Taking The Fight To The State Capitol.”")]
    [InlineData("Her campaign shared a banner reading “Why Millbrook Is Ready for a Change in the Council Race.”")]
    [InlineData("Lena Ortiz tweeted, “THIS IS THE END OF THE ROAD.”")]
    public void A_quote_in_headline_case_is_not_speech(string sentence) =>
        Quotes(sentence).Should().BeEmpty();

    [Theory]
    [InlineData("Lena Ortiz said, “We are taking the fight to the state capitol.”", "We are taking the fight to the state capitol.")]
    [InlineData("Lena Ortiz said, “Tell Dana Fisk And Rosa Calder to call me.”", "Tell Dana Fisk And Rosa Calder to call me.")]
    public void A_quote_in_sentence_case_stays_speech(string sentence, string quoted)
    {
        var quote = Quotes(sentence).Should().ContainSingle().Subject;

        quote.Text.Should().Be(quoted);
        quote.Kind.Should().Be(QuoteKind.Direct);
        quote.Speaker.Should().Be("Lena Ortiz");
    }

    [Fact]
    public void A_title_that_opens_the_sentence_and_runs_into_it_is_not_speech() =>
        Quotes("“The Harbor Nights” star Rosa Calder visited the county fair on Friday.").Should().BeEmpty();

    [Fact]
    public void A_quote_that_opens_the_sentence_with_its_own_comma_is_speech()
    {
        var quote = Quotes("“The Harbor Nights,” Rosa Calder said, “were the best years of my life.”").Should().NotBeEmpty().And.Subject.First();

        quote.Text.Should().Be("The Harbor Nights were the best years of my life.", "the comma only the interruption put there goes");
        quote.Kind.Should().Be(QuoteKind.Direct);
        quote.Speaker.Should().Be("Rosa Calder");
    }

    [Theory]
    [InlineData("The strikes of the 1980s, which Helen Marsh called “a different world,” are long gone.", "Helen Marsh")]
    [InlineData("Helen Marsh opposed the plan, which she called “a disaster for the town.”", "Helen Marsh")]
    public void Called_after_its_subject_gives_someones_words(string text, string speaker)
    {
        var quote = Quotes(text).Should().ContainSingle().Subject;

        quote.Speaker.Should().Be(speaker);
        quote.Cue!.Text.Should().Be("called");
    }

    [Theory]
    [InlineData("Ann Lee runs a group called “Harbour Watch” from the quay.")]
    [InlineData("The ship, called “Sea Star,” sank in 1911.")]
    [InlineData("Called “the quiet harbour,” the town grew.")]
    public void Called_after_a_noun_or_a_comma_names_a_thing(string text)
    {
        Quotes(text).Should().BeEmpty();
    }
}
