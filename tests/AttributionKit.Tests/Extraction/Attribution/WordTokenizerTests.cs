using AttributionKit.Extraction.Attribution;

namespace AttributionKit.Tests.Extraction.Attribution;

public class WordTokenizerTests
{
    private static List<string> Words(string text) => WordTokenizer.Tokenize(text, 0, text.Length).Select(w => w.Text).ToList();

    [Theory]
    [InlineData("He flew to the U.S. on Monday.", "U.S.")]
    [InlineData("She called the F.B.I. in May.", "F.B.I.")]
    [InlineData("Sen. Lee spoke.", "Sen.")]
    [InlineData("A D.C.-based strategist spoke.", "D.C.-based")]
    [InlineData("The A.F.L.-C.I.O. endorsed her.", "A.F.L.-C.I.O.")]
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

    [Theory]
    // Text decoded twice: "ç" became "Ã§", "ñ" became "Ã±"; combining marks and C1 controls appear as well.
    [InlineData("President Fran\u00c3\u00a7ois Hollande spoke.", "Fran\u00c3\u00a7ois")]
    [InlineData("Enrique Pe\u00c3\u00b1a Nieto spoke.", "Pe\u00c3\u00b1a")]
    [InlineData("Arturo Sarukh\u0041\u0303\u0083\u0041\u0302\u00a1n spoke.", "Sarukh\u0041\u0303\u0083\u0041\u0302\u00a1n")]
    public void A_letter_garbled_by_a_second_decoding_stays_inside_its_word(string text, string word)
    {
        Words(text).Should().Contain(word);
    }

    [Theory]
    [InlineData("The stamp costs 50\u00a2 today.", "50")]
    [InlineData("Rights \u00a9Harbour Press.", "Harbour")]
    public void A_latin1_sign_after_a_plain_letter_or_digit_still_ends_the_word(string text, string word)
    {
        Words(text).Should().Contain(word);
    }

    [Fact]
    public void A_quote_tag_with_a_garbled_name_names_the_whole_speaker()
    {
        var quote = TestSupport.PlainTextQuotes.OnlyQuoteIn("\"Europe must be able to defend itself,\" French President Fran\u00c3\u0083\u00c2\u00a7ois Hollande said Friday.");

        quote.Kind.Should().Be(Model.QuoteKind.Direct);
        quote.SpeakerMention!.Text.Should().Be("French President Fran\u00c3\u0083\u00c2\u00a7ois Hollande");
    }

    // "Â«" is a garbled « (and "Ã«" a garbled ë): the quote scanner reads « as a quote mark, so no word may run over it.
    [Theory]
    [InlineData("Der Hafen sagte Â«Wir bauen aus.Â» am Montag.")]
    [InlineData("Der Hafen sagte\u0301«Wir bauen aus.» am Montag.")]
    public void A_guillemet_never_joins_a_word_even_after_a_garbled_letter(string text)
    {
        Words(text).Should().NotContain(w => w.Contains('«') || w.Contains('»'));
        ArticleAnalyzer.Analyze(text + "\n\n„Wir kommen“, sagte Lee.", ArticleFormat.Text, TestSupport.Samples.Options)
            .Quotes.Should().NotBeEmpty();
    }
}
