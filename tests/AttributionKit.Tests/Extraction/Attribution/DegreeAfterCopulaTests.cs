using AttributionKit.Tests.TestSupport;
using static AttributionKit.Tests.TestSupport.PlainTextAttributions;

namespace AttributionKit.Tests.Extraction.Attribution;

/// <summary>A word of degree between a form of "be" and an adjective cue ("is most proud of") belongs to the cue; the
/// source is the subject before "be", never the degree word.</summary>
public class DegreeAfterCopulaTests
{
    [Fact]
    public void Most_after_is_belongs_to_the_cue()
    {
        var attribution = WithCue("Holt is most proud of the pier she built.", "is most proud of");

        attribution.Source!.Mention.Text.Should().Be("Holt");
        attribution.Content.Text.Should().Be("the pier she built");
    }

    [Fact]
    public void A_degree_word_after_an_adverb_and_be_belongs_to_the_cue()
    {
        var attribution = WithCue("Some of the same pilots are now less confident in Nora Vale.", "are now less confident in");

        attribution.Source!.Mention.Text.Should().Be("Some of the same pilots");
        attribution.Content.Text.Should().Be("Nora Vale");
    }

    [Fact]
    public void Very_after_was_belongs_to_the_cue()
    {
        var attribution = WithCue("Vale was very proud of the harbour crew.", "was very proud of");

        attribution.Source!.Mention.Text.Should().Be("Vale");
        attribution.Content.Text.Should().Be("the harbour crew");
    }

    [Fact]
    public void Most_without_be_before_it_still_names_the_source()
    {
        var attribution = WithCue("Most say the pier is unsafe.", "say");

        attribution.Source!.Mention.Text.Should().Be("Most");
        attribution.Content.Text.Should().Be("the pier is unsafe");
    }
}
