using AttributionKit.Tests.TestSupport;
using static AttributionKit.Tests.TestSupport.PlainTextAttributions;

namespace AttributionKit.Tests.Extraction.Attribution;

/// <summary>Forms of say and tell that the speaker rules do not place still attribute what they report.</summary>
public class UnplacedSayTests
{
    [Fact]
    public void A_subject_with_its_asides_is_the_source()
    {
        var attribution = WithCue("Cory Lane, 22, of Flint, Mich., said he had not given up hope for the pier.", "said");

        // The stop of the state's abbreviation stays with it (SourceSpanNormalizer.WithAbbreviationStop).
        attribution.Source!.Mention.Text.Should().Be("Cory Lane, 22, of Flint, Mich.");
        attribution.Content.Text.Should().Be("he had not given up hope for the pier");
    }

    [Fact]
    public void A_group_with_a_relative_clause_and_asides_is_the_source()
    {
        var attribution = WithCue("Some pilots who have worked at the port for years, in good times and bad, said the pier was never safer.", "said");

        attribution.Source!.Mention.Text.Should().StartWith("Some pilots who have worked at the port");
        attribution.Content.Text.Should().Be("the pier was never safer");
    }

    [Fact]
    public void A_conjunction_opening_the_sentence_stands_before_the_group_with_its_asides()
    {
        var attribution = WithCue("Headline\n\nYet some pilots who have worked at the port for years, in good times and bad, said the pier was never safer.", "said");

        attribution.Source!.Mention.Text.Should().Be("some pilots who have worked at the port for years, in good times and bad");
        attribution.Content.Text.Should().Be("the pier was never safer");
    }

    [Fact]
    public void A_lower_case_group_right_before_the_cue_is_the_source()
    {
        var attribution = WithCue("Until the storm, most of them said they had loved working at the pier.", "said");

        attribution.Source!.Mention.Text.Should().Be("most of them");
        attribution.Content.Text.Should().Be("they had loved working at the pier");
    }

    [Fact]
    public void A_cue_closing_the_passage_credits_what_stands_before_it()
    {
        var attribution = WithCue("Nora Vale, a pilot from Roanoke, was also headed to the pier, her friend said.", "said");

        attribution.Source!.Mention.Text.Should().Be("her friend");
        attribution.Content.Text.Should().Be("Nora Vale, a pilot from Roanoke, was also headed to the pier");
    }

    [Fact]
    public void An_inverted_cue_credits_the_long_phrase_after_it()
    {
        var attribution = WithCue("Many factors decide the cost of a pier, said Mark Lane, an engineer who has written several books on the topic.", "said");

        attribution.Source!.Mention.Text.Should().Be("Mark Lane, an engineer who has written several books on the topic");
        attribution.Content.Text.Should().Be("Many factors decide the cost of a pier");
    }

    [Fact]
    public void Say_after_to_reports_words_without_a_named_speaker()
    {
        var attribution = WithCue("Recently, Tom Lane of Laconia stood up at a port meeting to say he was leaning toward the plan.", "say");

        attribution.Content.Text.Should().Be("he was leaning toward the plan");
    }

    [Theory]
    [InlineData("Fixing a pier is a lot harder than, say, fixing a boat.")]
    [InlineData("The port will not yet say whether it can meet the deadline.")]
    public void Say_as_an_aside_or_after_an_adverb_credits_nothing(string text)
    {
        var result = ArticleAnalyzer.Analyze(text, ArticleFormat.Text, Samples.Options);

        result.Attributions.Should().NotContain(a => a.Cue != null && a.Cue.Text.EndsWith("say", StringComparison.Ordinal));
    }
    [Fact]
    public void A_subject_before_a_dash_aside_with_a_clause_is_the_source()
    {
        var attribution = WithCue("The harbour master -- who has been feuding with the council over the past few weeks -- said she regretted her remarks.", "said");

        attribution.Source!.Mention.Text.Should().Be("The harbour master");
        attribution.Content.Text.Should().Be("she regretted her remarks");
    }

    [Fact]
    public void A_subject_restricted_by_phrases_keeps_a_describing_dash_aside()
    {
        var attribution = WithCue("Even if the pier reopens in May, pilots in the next two ports — Dover and Calais — said it is important that the ferry runs.", "said");

        attribution.Source!.Mention.Text.Should().Be("pilots in the next two ports — Dover and Calais —");
        attribution.Content.Text.Should().Be("it is important that the ferry runs");
    }

    [Fact]
    public void An_adverb_between_subject_and_cue_is_left_out_of_the_source()
    {
        var attribution = WithCue("Indeed, supporters of more money for the harbour here say there is a direct link to the storms.", "say");

        attribution.Source!.Mention.Text.Should().Be("supporters of more money for the harbour");
        attribution.Content.Text.Should().Be("there is a direct link to the storms");
    }

    [Theory]
    [InlineData("Part of the problem with the pier, say engineers like Mark Lane, is the ground itself.")]
    [InlineData("Pilots at the port — tired after the storm — say on the radio.")]
    public void An_inverted_say_or_one_under_a_modal_takes_no_fallback(string text)
    {
        var result = ArticleAnalyzer.Analyze(text, ArticleFormat.Text, Samples.Options);

        result.Attributions.Should().NotContain(a => a.Cue != null && a.Cue.Text.EndsWith("say", StringComparison.Ordinal)
            && (a.Content.Text.StartsWith("engineers", StringComparison.Ordinal) || a.Content.Text.StartsWith("whether", StringComparison.Ordinal)
                || a.Content.Text.StartsWith("on the radio", StringComparison.Ordinal)));
    }
}
