using AttributionKit.Tests.TestSupport;
using static AttributionKit.Tests.TestSupport.PlainTextAttributions;

namespace AttributionKit.Tests.Extraction.Attribution;

/// <summary>A relative clause on a thing put out by a publishing verb ("released a video that says …"): whoever put it
/// out is the source, not the relative pronoun (VerbalCue.PublisherOfRelativeClause, publishing-verbs.txt).</summary>
public class PublisherOfRelativeClauseTests
{
    [Theory]
    [InlineData("Nora Vale has released a web video that accuses Dana Holt of being soft on smugglers.", "accuses", "Nora Vale", "of being soft on smugglers")]
    [InlineData("The Gazette recently ran a piece that noted the ferry plan would cost the harbour dearly.", "noted", "The Gazette", "the ferry plan would cost the harbour dearly")]
    public void The_subject_of_the_publishing_verb_is_the_source(string text, string cue, string source, string content)
    {
        var attribution = WithCue(text, cue);

        attribution.Source!.Mention.Text.Should().Be(source);
        attribution.Content.Text.Should().Be(content);
    }

    [Fact]
    public void A_thing_not_put_out_keeps_its_relative_pronoun() =>
        // "passed out" hands a thing over; the bottles' printed words are theirs.
        WithCue("The pilots passed out water bottles that said, “The harbour welcomes you.”", "said").Source!.Mention.Text.Should().Be("that");
}
