using AttributionKit.Tests.TestSupport;

namespace AttributionKit.Tests.Checking.Rules;

public class UnsourcedQuoteRuleTests
{
    private static List<string> Fired(string text) =>
        [.. ArticleAnalyzer.Analyze(text, ArticleFormat.Text, Samples.Options).Findings
            .Where(f => f.Rule.Name == "unsourced-quote").Select(f => f.Message)];

    [Fact]
    public void Speaker_without_any_venue_fires_once()
    {
        Fired("“The border is safe,” said Defence Secretary Pete Hegseth. “We will keep it so,” Hegseth said later.")
            .Should().ContainSingle().Which.Should().Contain("Pete Hegseth");
    }

    [Fact]
    public void Speaker_with_a_venue_for_another_quote_does_not_fire()
    {
        Fired("Pete Hegseth told Reuters the border was safe. “We will keep it so,” Hegseth said.").Should().BeEmpty();
    }

    [Fact]
    public void Quote_told_to_an_outlet_does_not_fire()
    {
        Fired("“We will give details,” Dmitry Peskov told TASS.").Should().BeEmpty();
    }

    [Fact]
    public void Quote_told_to_an_outlet_the_gazetteer_does_not_know_does_not_fire()
    {
        // "Courier" says what the name is: the outlet stage reads it from "told", and the venue is taken from there.
        Fired("“The boats have waited long enough,” Mairead Flynn told the Western Courier.").Should().BeEmpty();
    }

    [Fact]
    public void Quote_told_to_a_body_that_is_not_an_outlet_fires()
    {
        // A council is an audience, not a place the words were published.
        Fired("“The boats have waited long enough,” Mairead Flynn told the Harbour Council.")
            .Should().ContainSingle().Which.Should().Contain("Mairead Flynn");
    }

    [Theory]
    [InlineData("“We are ready,” Cy Eng said in a written statement on Monday.", "a written statement")]
    [InlineData("“We will build it,” Bob Dyer said at a Tuesday campaign rally in Ohio.", "a Tuesday campaign rally")]
    [InlineData("“Not now,” Di Fox said during the debate.", "the debate")]
    [InlineData("“Vote,” Gus Ives told reporters after the count.", "reporters")]
    [InlineData("“Vote,” Gus Ives told a North Carolina rally on Tuesday.", "a North Carolina rally")]
    [InlineData("“Vote,” Gus Ives told Ohio Republican donors.", "Ohio Republican donors")]
    [InlineData("“We will win this,” Ann Cole tweeted.", "Twitter")]
    public void A_document_or_event_named_by_the_cue_tells_where_the_quote_comes_from(string text, string venue)
    {
        Fired(text).Should().BeEmpty();
        ArticleAnalyzer.Analyze(text, ArticleFormat.Text, Samples.Options).Quotes.Should().ContainSingle().Which.Source.Should().Be(venue);
    }

    [Theory]
    [InlineData("“We will build it,” Bob Dyer said in March.")] // a month
    [InlineData("“We will build it,” Bob Dyer said in Ohio.")] // a place
    [InlineData("“We will build it,” Bob Dyer told the mayor.")] // a person, not an audience
    [InlineData("“We will build it,” Bob Dyer told the mayor, who faces voters in May.")] // an audience after the clause ends
    [InlineData("Bob Dyer said: “There will be a rally in Ohio and a statement on Monday.”")] // inside what was said
    public void A_month_a_place_a_person_or_words_inside_the_quote_are_no_occasion(string text) =>
        Fired(text).Should().ContainSingle();

    [Fact]
    public void Seed_text_fires_for_Hegseth_only()
    {
        ArticleAnalyzer.Analyze(Samples.SeedText, Samples.Options).Findings
            .Where(f => f.Rule.Name == "unsourced-quote")
            .Should().ContainSingle().Which.Excerpt.Should().StartWith("Peacekeeping efforts must avoid");
    }

    [Fact]
    public void Descriptor_is_stable()
    {
        var rule = AttributionKit.Checking.BuiltInRules.Find("AK2002");
        rule!.Name.Should().Be("unsourced-quote");
        rule.DefaultSeverity.Should().Be(AttributionKit.Checking.Severity.Info);
    }
}
