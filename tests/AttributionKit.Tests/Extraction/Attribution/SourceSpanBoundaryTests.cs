using AttributionKit.Model;
using static AttributionKit.Tests.TestSupport.PlainTextAttributions;

namespace AttributionKit.Tests.Extraction.Attribution;

/// <summary>
/// Where the source read back from a cue begins and ends: a relative clause after the name ends at the main clause's
/// predicate, a head after a preposition belongs to the phrase opening the clause, and a degree word before a share
/// opens the source.
/// </summary>
public class SourceSpanBoundaryTests
{
    [Fact]
    public void A_relative_clause_after_the_name_ends_before_the_main_predicate()
    {
        var saying = WithCue("Dana Holt, who runs the ferry, rescinded his support for the plan, saying it was unsafe.", "saying");

        saying.Kind.Should().Be(AttributionKind.Indirect);
        saying.Source!.Mention.Text.Should().Be("Dana Holt, who runs the ferry,");
        saying.Content.Text.Should().Be("it was unsafe");
    }

    [Fact]
    public void A_whose_clause_still_short_of_its_verb_runs_over_its_own_appositive()
    {
        // Counter-example: "is moored" is the verb of the whose-clause, not the main predicate.
        var argues = WithCue("Dana Holt, whose boat, the Gull, is moored in Leeds, argues that the pier is unsafe.", "argues");

        argues.Kind.Should().Be(AttributionKind.Indirect);
        argues.Source!.Mention.Text.Should().Be("Dana Holt, whose boat, the Gull, is moored in Leeds,");
        argues.Content.Text.Should().Be("that the pier is unsafe");
    }

    [Theory]
    [InlineData("Another delegate on the harbour board, Jim Vale, said the pier is unsafe.", "Another delegate on the harbour board, Jim Vale,")]
    [InlineData("Officials in Kent, for example, said the pier is unsafe.", "Officials in Kent")]
    public void A_head_after_a_preposition_belongs_to_the_phrase_opening_the_clause(string text, string source)
    {
        var said = WithCue(text, "said");

        said.Kind.Should().Be(AttributionKind.Indirect);
        said.Source!.Mention.Text.Should().Be(source);
        said.Content.Text.Should().Be("the pier is unsafe");
    }

    [Fact]
    public void A_participle_clause_after_a_whole_clause_keeps_the_clause_out()
    {
        // Counter-example: "in federal court on Friday" closes a clause with its own verb, not a subject's phrase.
        var claiming = WithCue("His campaign sued the port in federal court on Friday, seeking an injunction, claiming the pier was unsafe.", "claiming");

        claiming.Kind.Should().Be(AttributionKind.Indirect);
        claiming.Source!.Mention.Text.Should().Be("His campaign");
        claiming.Content.Text.Should().Be("the pier was unsafe");
    }

    [Theory]
    [InlineData("At least half of sailors in each harbour say the pier is unsafe.", "say", "At least half of sailors in each harbour")]
    [InlineData("Only about 4 in 10 sailors in each harbour want the pier closed.", "want", "Only about 4 in 10 sailors in each harbour")]
    public void A_degree_word_opening_the_sentence_opens_a_share_with_a_place_phrase(string text, string cue, string source)
    {
        var attribution = WithCue(text, cue);

        attribution.Source!.Mention.Text.Should().Be(source);
    }

    [Fact]
    public void A_degree_word_after_a_comma_opens_no_subject()
    {
        // Counter-example: "about 10,000 more than most harbour officials" restates a figure; it does not say anything.
        var analysis = ArticleAnalyzer.Analyze("The pier drew 80,000 visitors on Saturday, about 10,000 more than most harbour officials expected.", ArticleFormat.Text, TestSupport.Samples.Options);

        analysis.Attributions.Should().NotContain(a => a.Source != null && a.Source.Mention.Text.StartsWith("about", StringComparison.Ordinal));
    }

    [Fact]
    public void A_conjunction_opening_the_sentence_stands_before_a_description_and_its_name()
    {
        var said = WithCue("But his wife, Jane, said the pier would close.", "said");

        said.Kind.Should().Be(AttributionKind.Indirect);
        said.Source!.Mention.Text.Should().Be("his wife, Jane,");
        said.Content.Text.Should().Be("the pier would close");
    }

    [Fact]
    public void An_adverb_opening_the_sentence_leaves_a_plain_subject_alone()
    {
        // Counter-example: no name after the description, so there is nothing to join.
        var said = WithCue("Sadly, the harbour chairman said the pier would close.", "said");

        said.Source!.Mention.Text.Should().Be("the harbour chairman");
        said.Content.Text.Should().Be("the pier would close");
    }
}
