using AttributionKit.Model;
using AttributionKit.Tests.TestSupport;

namespace AttributionKit.Tests.Extraction.Attribution;

/// <summary>
/// "officials in Kent, Dover and Deal said", "members of the council said": a group noun restricted by a phrase after a
/// preposition is the source as a whole, with the list of places or the organisation the preposition takes, wherever the
/// tag stands (after a quote, before a participle, after the cue).
/// </summary>
public class GroupWithPlaceSourceTests
{
    private static AnalysisResult Analyze(string text) => ArticleAnalyzer.Analyze(text, ArticleFormat.Text, Samples.Options);

    [Fact]
    public void A_group_with_a_list_of_places_after_a_quote_is_the_source()
    {
        var attributions = Analyze("“The pier must close,” officials in Kent, Dover and Deal said.").Attributions;

        attributions.Should().Contain(a => a.Source!.Mention.Text == "officials in Kent, Dover and Deal" && a.Cue!.Text == "said" && a.Content.Text == "“The pier must close,”");
    }

    [Fact]
    public void A_group_with_a_list_of_places_after_a_quote_keeps_its_source_before_a_time_phrase()
    {
        var attributions = Analyze("“The ferry will stop,” residents of Kent, Dover and Deal said on Monday.").Attributions;

        attributions.Should().Contain(a => a.Source!.Mention.Text == "residents of Kent, Dover and Deal" && a.Cue!.Text == "said");
    }

    [Fact]
    public void Members_of_a_body_after_a_quote_are_the_source()
    {
        var attributions = Analyze("“The pier must close,” members of the council said.").Attributions;

        attributions.Should().Contain(a => a.Source!.Mention.Text == "members of the council" && a.Cue!.Text == "said" && a.Content.Text == "“The pier must close,”");
    }

    [Fact]
    public void A_group_opening_the_sentence_keeps_its_organisation()
    {
        var attributions = Analyze("Officials of the Harbour Board said on Monday that the pier would close.").Attributions;

        attributions.Should().Contain(a => a.Source!.Mention.Text == "Officials of the Harbour Board" && a.Cue!.Text == "said" && a.Content.Text == "that the pier would close");
    }

    [Theory]
    [InlineData("Residents of Kent said the pier would close.", "Residents of Kent")]
    [InlineData("Leaders in both parties said the pier would close.", "Leaders in both parties")]
    [InlineData("Members of the council said the pier would close.", "Members of the council")]
    public void A_group_with_its_phrase_opening_the_sentence_is_the_source(string text, string source)
    {
        var attributions = Analyze(text).Attributions;

        attributions.Should().Contain(a => a.Source!.Mention.Text == source && a.Cue!.Text == "said" && a.Content.Text == "the pier would close");
    }

    [Fact]
    public void Two_places_after_the_cue_belong_to_the_group()
    {
        var attributions = Analyze("“The pier must close,” said officials in Kent and Dover.").Attributions;

        attributions.Should().Contain(a => a.Source!.Mention.Text == "officials in Kent and Dover" && a.Cue!.Text == "said");
    }

    [Theory]
    [InlineData("The leaders of Kent, Dover and Deal took turns rebutting the plan.", "The leaders of Kent, Dover and Deal")]
    [InlineData("The leaders of the United Kingdom, Kent and Dover took turns rebutting the plan.", "The leaders of the United Kingdom, Kent and Dover")]
    public void A_list_of_places_closes_the_sentence_subject_of_a_participle(string text, string source)
    {
        var attributions = Analyze(text).Attributions;

        attributions.Should().Contain(a => a.Source!.Mention.Text == source && a.Cue!.Text == "rebutting" && a.Content.Text == "the plan");
    }

    [Fact]
    public void A_report_by_a_body_of_several_places_is_the_source()
    {
        var attributions = Analyze("A report by the Harbour Board of Kent, Dover and Deal found that the pier was unsafe.").Attributions;

        attributions.Should().Contain(a => a.Source!.Mention.Text == "A report by the Harbour Board of Kent, Dover and Deal" && a.Cue!.Text == "found");
    }

    [Fact]
    public void A_plural_of_time_before_a_preposition_names_no_source()
    {
        var attributions = Analyze("Within hours of being posted on the board, the notice went unread.").Attributions;

        attributions.Should().NotContain(a => a.Source != null && a.Source.Mention.Text.StartsWith("hours", StringComparison.Ordinal));
    }
}
