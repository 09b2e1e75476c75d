using AttributionKit.Model;
using AttributionKit.Tests.TestSupport;
using static AttributionKit.Tests.TestSupport.PlainTextAttributions;

namespace AttributionKit.Tests.Extraction.Attribution;

/// <summary>A relative clause without commas that ends on an object pronoun right before the cue ("The skippers who met
/// her say", "local groups that have endorsed him say"): "her" is the clause's object, not a possessive before a noun
/// "say", and the head before the clause, not the pronoun, must name the speaker; the source is the whole subject.</summary>
public class RelativeClauseObjectPronounTests
{
    [Theory]
    [InlineData("The skippers who met her say the pier is safe.", "say", "The skippers who met her", "the pier is safe")]
    [InlineData("The mayor who hired her says the budget is tight.", "says", "The mayor who hired her", "the budget is tight")]
    [InlineData("But local groups that have endorsed him say the harbour plan is wrong.", "say", "local groups that have endorsed him", "the harbour plan is wrong")]
    public void The_head_with_its_relative_clause_is_the_source(string text, string cue, string source, string content)
    {
        var attribution = WithCue(text, cue);

        attribution.Source!.Mention.Text.Should().Be(source);
        attribution.Kind.Should().Be(AttributionKind.Indirect);
        attribution.Content.Text.Should().Be(content);
    }

    [Fact]
    public void A_possessive_her_before_a_noun_say_is_no_cue()
    {
        // Counter-example: "her say in the matter" is a noun phrase; only "officials said" reports.
        var attribution = WithCue("Nora Vale wants her say in the matter, officials said.", "said");

        attribution.Source!.Mention.Text.Should().Be("officials");
        attribution.Content.Text.Should().Be("Nora Vale wants her say in the matter");
    }

    [Fact]
    public void A_possessive_her_after_the_cue_opens_the_content()
    {
        // Counter-example: "her view" after "said" is the content's subject.
        var attribution = WithCue("Holt said her view was that the pier is safe.", "said");

        attribution.Source!.Mention.Text.Should().Be("Holt");
        attribution.Content.Text.Should().Be("her view was that the pier is safe");
    }
}
