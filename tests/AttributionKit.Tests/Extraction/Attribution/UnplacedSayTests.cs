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

        attribution.Source!.Mention.Text.Should().Be("Cory Lane, 22, of Flint, Mich");
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
}
