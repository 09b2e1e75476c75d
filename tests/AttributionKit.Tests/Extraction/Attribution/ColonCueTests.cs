using AttributionKit.Model;
using AttributionKit.Tests.TestSupport;
using static AttributionKit.Tests.TestSupport.PlainTextAttributions;

namespace AttributionKit.Tests.Extraction.Attribution;

/// <summary>A colon after a passage's subject, or a headline's name, credits what follows it to them; not a tally, an explanation or a quote with its own cue.</summary>
public class ColonCueTests
{
    [Theory]
    [InlineData("The harbour reopened on Monday.\n\nContributing: Iris Ouyang, Thomas Vogel and Raquel Zaldivar")]
    [InlineData("The harbour reopened on Monday.\n\nContributing: Nicholas Zazulia, Medill News Service")]
    public void A_list_of_names_after_a_label_is_no_speech(string text)
    {
        ArticleAnalyzer.Analyze(text, ArticleFormat.Text, Samples.Options).Attributions.Should().BeEmpty();
    }

    [Fact]
    public void A_headline_after_a_name_is_still_its_words()
    {
        var attribution = ArticleAnalyzer.Analyze("Graham: Vale’s Harbour Plan Is Hateful, Divisive\n\nThe senator spoke on Monday.", ArticleFormat.Text, Samples.Options)
            .Attributions.Should().ContainSingle(a => a.Cue != null && a.Cue.Text == ":").Which;

        attribution.Source!.Mention.Text.Should().Be("Graham");
        attribution.Content.Text.Should().StartWith("Vale’s Harbour Plan");
    }

    [Fact]
    public void A_colon_before_a_bare_figure_is_no_cue()
    {
        ArticleAnalyzer.Analyze("Delegates so far. Vale: 1,204", ArticleFormat.Text, Samples.Options).Attributions.Should().BeEmpty();
    }

    [Fact]
    public void A_colon_before_a_quote_with_its_own_cue_leaves_it_to_that_cue()
    {
        var result = ArticleAnalyzer.Analyze("Vale had a message for the crowd: “The harbour will reopen in spring,” she said.", ArticleFormat.Text, Samples.Options);

        result.Attributions.Should().ContainSingle().Which.Cue!.Text.Should().Be("said");
    }

    [Fact]
    public void A_colon_after_a_clause_of_its_own_explains_rather_than_quotes()
    {
        ArticleAnalyzer.Analyze("Nora Vale comes with the right record: she ran the harbour for a decade.", ArticleFormat.Text, Samples.Options)
            .Attributions.Should().BeEmpty();
    }

    [Fact]
    public void A_colon_after_a_clause_before_a_quote_still_credits_the_subject()
    {
        ArticleAnalyzer.Analyze("Nora Vale had a message for the council: “The harbour will reopen in spring.”", ArticleFormat.Text, Samples.Options)
            .Quotes.Should().ContainSingle().Which.Speaker.Should().Be("Nora Vale");
    }

    [Theory]
    [InlineData("In the hours after the storm hit Bath, Me., a familiar voice mocked the council online: “The harbour will never reopen.”", "a familiar voice")]
    [InlineData("At a dinner that month in Aspen, Colo., the veteran harbour master ended her speech by quoting Twain: “The harbour will never reopen.”", "the veteran harbour master")]
    public void A_state_abbreviation_closing_the_opening_phrase_is_not_the_lead_ins_subject(string text, string speaker)
    {
        var quote = ArticleAnalyzer.Analyze(text, ArticleFormat.Text, Samples.Options).Quotes.Should().ContainSingle().Subject;

        quote.Kind.Should().Be(QuoteKind.Direct);
        quote.SpeakerMention!.Text.Should().Be(speaker);
    }

    [Fact]
    public void A_subject_right_after_an_opening_phrase_without_a_state_stays_the_lead_ins_subject()
    {
        var quote = ArticleAnalyzer.Analyze("At a dinner in Aspen, Vale ended her speech by quoting Twain: “The harbour will never reopen.”", ArticleFormat.Text, Samples.Options)
            .Quotes.Should().ContainSingle().Subject;

        quote.SpeakerMention!.Text.Should().Be("Vale");
    }

    [Fact]
    public void A_name_before_the_colon_of_a_headline_is_its_speaker()
    {
        var attribution = WithCue("Vale: The harbour will reopen in the spring", ":");

        attribution.Source!.Mention.Text.Should().Be("Vale");
        attribution.Content.Text.Should().Be("The harbour will reopen in the spring");
    }

    [Fact]
    public void A_label_before_a_colon_is_no_speaker()
    {
        All("Update: The harbour will reopen in the spring").Should().BeEmpty();
    }

    [Theory]
    [InlineData("The Latest: Harbour board delays the vote on the pier")]
    [InlineData("Editor’s Note: The following is part 2 of a series on the harbour and its pier.")]
    public void A_phrase_ending_in_a_label_before_a_colon_is_no_speaker(string text)
    {
        All(text).Should().NotContain(a => a.Cue != null && a.Cue.Text == ":");
    }

    [Fact]
    public void A_name_ending_in_a_label_word_of_the_first_kind_still_speaks()
    {
        All("Harbour Watch: The board hid the pier report for years").Should().Contain(a => a.Source!.Mention.Text == "Harbour Watch" && a.Cue!.Text == ":");
    }

    private static System.Collections.Immutable.ImmutableArray<Model.Attribution> All(string text) =>
        ArticleAnalyzer.Analyze(text, ArticleFormat.Text, Samples.Options).Attributions;

    [Theory]
    [InlineData("The harbour master said flatly: “I don’t think it matters.”", "said", "“I don’t think it matters.”")]
    [InlineData("Dana Holt explained it this way: “The pier is older than the town.”", "explained", "“The pier is older than the town.”")]
    public void A_colon_closing_a_cues_phrase_before_a_quote_is_no_second_relation(string text, string cue, string content)
    {
        var attribution = ArticleAnalyzer.Analyze("Headline\n\n" + text, ArticleFormat.Text, Samples.Options).Attributions.Should().ContainSingle().Subject;

        attribution.Cue!.Text.Should().Be(cue);
        attribution.Content.Text.Should().Be(content);
        attribution.Kind.Should().Be(AttributionKind.Direct);
    }

    [Fact]
    public void A_colon_before_words_that_are_not_quoted_stays_in_the_cues_content()
    {
        var attribution = ArticleAnalyzer.Analyze("Headline\n\nDana Holt said the reasons were simple: money and time.", ArticleFormat.Text, Samples.Options).Attributions.Should().ContainSingle().Subject;

        attribution.Content.Text.Should().Be("the reasons were simple: money and time");
    }
}
