using AttributionKit.Extraction.Attribution;

namespace AttributionKit.Tests.Extraction.Attribution;

public class WordTokenizerTests
{
    private static List<string> Words(string text) => WordTokenizer.Tokenize(text, 0, text.Length).Select(w => w.Text).ToList();

    [Theory]
    [InlineData("He flew to the U.S. on Monday.", "U.S.")]
    [InlineData("She called the F.B.I. in May.", "F.B.I.")]
    [InlineData("Sen. Lee spoke.", "Sen.")]
    public void Initialisms_and_abbreviations_keep_their_full_stop(string text, string word)
    {
        Words(text).Should().Contain(word);
    }

    [Fact]
    public void A_web_address_leaves_the_sentences_full_stop()
    {
        Words("The story ran on HarbourNews.com. It was read widely.").Should().Contain("HarbourNews.com");
    }

    [Fact]
    public void A_weekday_abbreviation_ending_its_paragraph_leaves_the_full_stop()
    {
        Words("The race is tied, according to the Coast Sun.\n\nThe polls close at eight.").Should().Contain("Sun").And.NotContain("Sun.");
    }

    [Fact]
    public void A_weekday_abbreviation_inside_a_paragraph_keeps_its_full_stop()
    {
        Words("The fair opens Sun. Nov. 6 at the pier.").Should().Contain("Sun.");
    }
}
