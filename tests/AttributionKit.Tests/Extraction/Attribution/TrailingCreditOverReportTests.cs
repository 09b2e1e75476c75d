using AttributionKit.Model;
using AttributionKit.Tests.TestSupport;
using static AttributionKit.Tests.TestSupport.PlainTextAttributions;

namespace AttributionKit.Tests.Extraction.Attribution;

/// <summary>A credit closing the sentence ("…, the Gazette reported") holds the report before it, which is no relation of its own.</summary>
public class TrailingCreditOverReportTests
{
    [Theory]
    [InlineData("Headline\n\nNora Vale pledged to “rebuild the harbour wall by May,” the Gazette reported.", "reported", "the Gazette", "Nora Vale pledged to “rebuild the harbour wall by May,”", "pledged")]
    [InlineData("Headline\n\nThe mayor said that he was ''very happy with the pier,'' the Courier reported.", "reported", "the Courier", "The mayor said that he was ''very happy with the pier,''", "said")]
    [InlineData("Headline\n\nDana Holt said the plan was to “save the old pier,” according to the report.", "according to", "the report", "Dana Holt said the plan was to “save the old pier,”", "said")]
    public void The_credit_keeps_the_whole_sentence_and_the_inner_report_goes(string text, string cue, string source, string content, string innerCue)
    {
        var attribution = WithCue(text, cue);

        attribution.Source!.Mention.Text.Should().Be(source);
        attribution.Cue!.Text.Should().Be(cue);
        attribution.Content.Text.Should().Be(content);
        ArticleAnalyzer.Analyze(text, ArticleFormat.Text, Samples.Options).Attributions
            .Should().NotContain(a => a.Cue != null && a.Cue.Text == innerCue);
    }

    [Fact]
    public void A_credit_followed_by_a_clause_of_its_own_leaves_the_inner_report()
    {
        var attribution = WithCue("Headline\n\nHe said that the pier was ''safe for now,'' the Courier reported, adding that the board would meet soon.", "said");

        attribution.Source!.Mention.Text.Should().Be("He");
        attribution.Content.Text.Should().StartWith("that the pier was");
    }

    [Fact]
    public void The_participle_after_the_credit_reports_on_its_own()
    {
        const string text = "Headline\n\nHe said that the pier was ''safe for now,'' the Courier reported, adding that the board would meet soon.";
        var adding = WithCue(text, "adding");

        adding.Source!.Mention.Text.Should().Be("the Courier");
        adding.Content.Text.Should().Be("that the board would meet soon");
        ArticleAnalyzer.Analyze(text, ArticleFormat.Text, Samples.Options).Attributions
            .Should().NotContain(a => a.Cue != null && a.Cue.Text == "reported" && a.Content.Text.Contains("adding", StringComparison.Ordinal));
    }

    [Fact]
    public void The_participle_after_a_quote_credit_reports_on_its_own()
    {
        const string text = "Headline\n\n“The pier is safe,” Lewandowski added, saying the board agreed.";

        WithCue(text, "added").Content.Text.Should().Be("“The pier is safe,”");
        var saying = WithCue(text, "saying");
        saying.Source!.Mention.Text.Should().Be("Lewandowski");
        saying.Content.Text.Should().Be("the board agreed");
    }

    [Fact]
    public void A_relative_clause_closing_the_sentence_is_no_credit_over_it()
    {
        var attribution = WithCue("Headline\n\nBut while the skippers are backing the delay, sources close to the talks say it is the harbour board, responding to pressure from the unions, who have insisted on a vote now.", "responding");

        attribution.Source!.Mention.Text.Should().Be("sources close to the talks");
        attribution.Content.Text.Should().Be("to pressure from the unions, who have insisted on a vote now");
    }
}
