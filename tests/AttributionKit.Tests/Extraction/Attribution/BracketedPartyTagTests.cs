using AttributionKit.Model;
using AttributionKit.Tests.TestSupport;
using static AttributionKit.Tests.TestSupport.PlainTextAttributions;

namespace AttributionKit.Tests.Extraction.Attribution;

/// <summary>
/// A name closed by a bracketed party tag whose abbreviation keeps its full stop ("Rep. Ann Cole (D-Md.),") before an
/// appositive and the reporting verb.
/// </summary>
public class BracketedPartyTagTests
{
    [Fact]
    public void An_appositive_after_a_party_tag_ending_in_an_abbreviation_keeps_the_reporting_verb()
    {
        var analysis = ArticleAnalyzer.Analyze("Rep. Ann Cole (D-Md.), chair of the harbour panel, said that it was “a mistake”.", ArticleFormat.Text, Samples.Options);

        var attribution = analysis.Attributions.Should().ContainSingle().Which;
        attribution.Cue!.Text.Should().Be("said");
        attribution.Kind.Should().Be(AttributionKind.Mixed);
        attribution.Source!.Name.Should().Be("Ann Cole");
        attribution.Source.Mention.Text.Should().Be("Rep. Ann Cole (D-Md.), chair of the harbour panel,");
        attribution.Content.Text.Should().Be("that it was “a mistake”");
        var quote = analysis.Quotes.Should().ContainSingle().Which;
        quote.Text.Should().Be("a mistake");
        quote.Kind.Should().Be(QuoteKind.Partial);
        quote.Speaker.Should().Be("Ann Cole");
    }

    [Theory]
    [InlineData("Rep. Ann Cole (D-Md.), who chairs the harbour panel, told reporters it was “a mistake”.", "told", "Rep. Ann Cole (D-Md.), who chairs the harbour panel,")]
    [InlineData("Rep. Ann Cole (D-Md.), the chair of the harbour panel, said it was “a mistake”.", "said", "Rep. Ann Cole (D-Md.), the chair of the harbour panel,")]
    public void Other_appositives_after_the_bracketed_tag_keep_the_cue_of_a_woven_quote(string text, string cue, string source)
    {
        var analysis = ArticleAnalyzer.Analyze(text, ArticleFormat.Text, Samples.Options);

        var attribution = analysis.Attributions.Should().ContainSingle().Which;
        attribution.Cue!.Text.Should().Be(cue);
        attribution.Kind.Should().Be(AttributionKind.Mixed);
        attribution.Source!.Mention.Text.Should().Be(source);
        analysis.Quotes.Should().ContainSingle().Which.Speaker.Should().Be("Ann Cole");
    }

    [Theory]
    [InlineData("Rep. Ann Cole (D-Md.), chair of the harbour panel, said the plan was a mistake.", "Rep. Ann Cole (D-Md.), chair of the harbour panel,")]
    [InlineData("Rep. Ann Cole (D-Md.), speaking on Monday, said the plan was a mistake.", "Rep. Ann Cole (D-Md.)")]
    [InlineData("Rep. Ann Cole (D-Md.), said the plan was a mistake.", "Rep. Ann Cole (D-Md.)")]
    public void A_bracket_closed_after_the_abbreviations_full_stop_ends_the_name(string text, string source)
    {
        var attribution = WithCue(text, "said");

        attribution.Kind.Should().Be(AttributionKind.Indirect);
        attribution.Source!.Mention.Text.Should().Be(source);
        attribution.Content.Text.Should().Be("the plan was a mistake");
    }

    [Fact]
    public void A_full_stop_that_ends_the_sentence_before_a_bracket_does_not_join_a_name_to_the_next_cue()
    {
        // Counter-example: the bracket closes an aside after a finished sentence, so "Ann Cole" is no appositive's name.
        var analysis = ArticleAnalyzer.Analyze("The vote was held on Monday (in Ann Cole's absence.), and the harbour panel said the plan was a mistake.", ArticleFormat.Text, Samples.Options);

        analysis.Attributions.Should().NotContain(a => a.Source != null && a.Source.Name == "Ann Cole");
    }
}
