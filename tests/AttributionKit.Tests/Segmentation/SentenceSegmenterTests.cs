using AttributionKit.Segmentation;
using AttributionKit.Tests.TestSupport;

namespace AttributionKit.Tests.Segmentation;

public class SentenceSegmenterTests
{
    private static string[] Sentences(string text)
    {
        var article = ArticleAnalyzer.Analyze(text, ArticleFormat.Text, Samples.Options).Article;
        var segmented = SentenceSegmenter.Segment(article);
        return [.. segmented.Sentences.Select(segmented.GetText)];
    }

    [Fact]
    public void Splits_at_sentence_ends_followed_by_a_capital() =>
        Sentences("The talks began. They ended late! Did they agree? Nobody knows.")
            .Should().Equal("The talks began.", "They ended late!", "Did they agree?", "Nobody knows.");

    [Fact]
    public void A_wire_dateline_is_a_sentence_of_its_own_so_it_joins_no_claim_or_content() =>
        Sentences("Markets slide again on Monday\n\nLONDON, May 19 (Reuters) - Shares fell, traders said. Bonds rose.")
            .Should().Equal("Markets slide again on Monday", "LONDON, May 19 (Reuters) -", "Shares fell, traders said.", "Bonds rose.");

    [Fact]
    public void A_dash_opening_an_aside_after_capitals_stays_inside_the_sentence() =>
        Sentences("Markets slide again on Monday\n\nNATO — the alliance of 32 countries — said it would act.")
            .Should().Equal("Markets slide again on Monday", "NATO — the alliance of 32 countries — said it would act.");

    [Fact]
    public void Keeps_abbreviations_initials_and_numbers_inside_the_sentence() =>
        Sentences("Mr. Smith met Gen. J. R. Allen in the U.S. on Oct. 3 at 10.30 a.m. with 3.5 million people. Then he left.")
            .Should().Equal("Mr. Smith met Gen. J. R. Allen in the U.S. on Oct. 3 at 10.30 a.m. with 3.5 million people.", "Then he left.");

    [Fact]
    public void A_dotted_abbreviation_or_company_suffix_ends_the_sentence_before_a_word_that_only_opens_one() =>
        Sentences("He fights terror in the U.S. He says more. Shares of Acme Inc. The board met at 9 a.m. But it ended.")
            .Should().Equal("He fights terror in the U.S.", "He says more.", "Shares of Acme Inc.", "The board met at 9 a.m.", "But it ended.");

    [Fact]
    public void A_web_address_ends_the_sentence_but_an_initialism_does_not() =>
        Sentences("The pier reopened, according to Harbournews.com. “We are glad,” Holt said. Vale met Holt at 9 a.m. Tuesday.")
            .Should().Equal("The pier reopened, according to Harbournews.com.", "“We are glad,” Holt said.", "Vale met Holt at 9 a.m. Tuesday.");

    [Fact]
    public void A_lone_no_ends_the_sentence_before_a_word_that_only_opens_one() =>
        Sentences("Asked if he was bullied, he said no. But he said it happens. It ranked No. 1 in May.")
            .Should().Equal("Asked if he was bullied, he said no.", "But he said it happens.", "It ranked No. 1 in May.");

    [Fact]
    public void An_abbreviation_before_a_name_or_after_a_title_keeps_the_sentence_going() =>
        Sentences("The U.S. Senate voted. Gov. He Jiankui spoke, and J. The Third and Acme Inc. Board agreed.")
            .Should().Equal("The U.S. Senate voted.", "Gov. He Jiankui spoke, and J. The Third and Acme Inc. Board agreed.");

    [Fact]
    public void Closing_quotes_stay_with_their_sentence() =>
        Sentences("“We are on track.” Trump wrote it. He said: “Peace is near.” Then nothing.")
            .Should().Equal("“We are on track.”", "Trump wrote it.", "He said: “Peace is near.”", "Then nothing.");

    [Fact]
    public void Sentences_never_cross_blocks()
    {
        var sentences = Sentences("A heading without a stop\n\nA paragraph follows. It has two");

        sentences.Should().Equal("A heading without a stop", "A paragraph follows.", "It has two");
    }
}
