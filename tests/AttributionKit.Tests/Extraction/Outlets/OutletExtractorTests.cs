using AttributionKit.Model;
using AttributionKit.Tests.TestSupport;

namespace AttributionKit.Tests.Extraction.Outlets;

public class OutletExtractorTests
{
    private static string[] Outlets(string text, ArticleFormat format = ArticleFormat.Text) =>
        [.. ArticleAnalyzer.Analyze(text, format, Samples.Options).Outlets.Select(o => o.Name)];

    [Theory]
    [InlineData("The talks resumed, according to ABC News and Al Jazeera.", new[] { "ABC News", "Al Jazeera" })]
    [InlineData("But as reported by TASS, Moscow claims Kyiv never responded.", new[] { "TASS" })]
    [InlineData("“We will give the maximum information,” Peskov told TASS.", new[] { "TASS" })]
    [InlineData("Ukraine faces an untenable position, he wrote (The Guardian).", new[] { "The Guardian" })]
    [InlineData("President Zelenskyy wrote about the attack on X.", new[] { "X" })]
    [InlineData("The president posted the message on Truth Social.", new[] { "Truth Social" })]
    [InlineData("According to his X post, Russia launched 200 drones in one night.", new[] { "X" })]
    [InlineData("As noted by Al Jazeera, analysts warn that gains could tilt talks.", new[] { "Al Jazeera" })]
    [InlineData("The White House said the leaders discussed ceasefire frameworks.", new[] { "White House" })]
    [InlineData("Ukrinform reported that Ukraine intercepted most of the drones.", new[] { "Ukrinform" })]
    [InlineData("According to NATO, the alliance reaffirmed its support.", new[] { "NATO" })]
    [InlineData("Reuters and AP reported the strike on Monday.", new[] { "Reuters", "Associated Press" })]
    [InlineData("The report cited figures, per DW, from the ministry.", new[] { "Deutsche Welle" })]
    [InlineData("A Reuters report said the plan would cost more.", new[] { "Reuters" })]
    [InlineData("The Guardian’s reporting showed that the deal collapsed.", new[] { "The Guardian" })]
    [InlineData("“The talks have failed,” said the White House on Monday.", new[] { "White House" })]
    [InlineData("The memo was reviewed by Reuters before it was published.", new[] { "Reuters" })]
    [InlineData("A reporter for Agence France-Presse called it absolute chaos.", new[] { "Agence France-Presse" })]
    public void Recognises_each_citation_pattern(string text, string[] expected) =>
        Outlets(text).Should().Equal(expected);

    [Theory]
    [InlineData("NATO is not directly involved in the ceasefire talks.")]
    [InlineData("Trump also plans calls with Zelenskyy and NATO leaders after the call.")]
    [InlineData("Any presence should not involve NATO troops, he said.")]
    [InlineData("A non-NATO framework is the safest path forward.")]
    [InlineData("She told the FBI that she had not sent classified emails.")]
    [InlineData("He spoke at length on foreign policy and trade.")]
    [InlineData("An Independent candidate won the seat in the Times Square district.")]
    [InlineData("According to Peskov, the call would be informed by the talks.")]
    public void Mentions_that_cite_nothing_are_not_outlets(string text) =>
        Outlets(text).Should().BeEmpty();

    [Fact]
    public void A_mention_and_a_citation_of_one_outlet_report_the_citation_only()
    {
        const string text = "NATO is not directly involved in the talks. According to NATO, the alliance reaffirmed its support.";
        var result = ArticleAnalyzer.Analyze(text, ArticleFormat.Text, Samples.Options);

        var nato = result.Outlets.Should().ContainSingle().Subject;
        nato.Name.Should().Be("NATO");
        nato.Kind.Should().Be(OutletKind.Organization);
        nato.Mentions.Should().ContainSingle().Which.Range.Start.Should().Be(text.LastIndexOf("NATO", StringComparison.Ordinal));
    }

    [Fact]
    public void Each_outlet_is_reported_once_with_all_its_mentions_in_order_of_first_citation()
    {
        const string text = "As reported by TASS, talks continue. According to Ukrinform, drones came overnight. Peskov told TASS later.";
        var result = ArticleAnalyzer.Analyze(text, ArticleFormat.Text, Samples.Options);

        result.Outlets.Select(o => o.Name).Should().Equal("TASS", "Ukrinform");
        result.Outlets[0].Mentions.Select(m => m.Text).Should().Equal("TASS", "TASS");
        result.Outlets[0].Mentions[1].Span.Column.Should().Be(text.LastIndexOf("TASS", StringComparison.Ordinal) + 1);
    }

    [Theory]
    [InlineData("According to the Lviv Evening Herald, the strikes hit Odesa.", "Lviv Evening Herald", OutletKind.News)]
    [InlineData("The strikes continued, according to the Center for Eastern Defense Studies.", "Center for Eastern Defense Studies", OutletKind.Organization)]
    [InlineData("The figure was confirmed, according to the Ministry of Defence.", "Ministry of Defence", OutletKind.Government)]
    [InlineData("The Clinton campaign said the report was misleading.", "Clinton campaign", OutletKind.Organization)]
    public void Unknown_names_in_a_clear_citation_pattern_are_reported_with_a_guessed_kind(string text, string name, OutletKind kind)
    {
        var outlet = ArticleAnalyzer.Analyze(text, ArticleFormat.Text, Samples.Options).Outlets.Should().ContainSingle().Subject;

        outlet.Name.Should().Be(name);
        outlet.IsKnown.Should().BeFalse();
        outlet.Kind.Should().Be(kind);
    }

    [Fact]
    public void Names_the_gazetteer_knows_are_reported_as_known_in_any_citation_pattern()
    {
        var outlet = ArticleAnalyzer.Analyze("According to the Kyiv Independent, the strikes hit Odesa.", ArticleFormat.Text, Samples.Options)
            .Outlets.Should().ContainSingle().Subject;

        (outlet.Name, outlet.IsKnown, outlet.Kind).Should().Be(("The Kyiv Independent", true, OutletKind.News));
    }

    [Theory]
    [InlineData("According to Al-Jazeera, the talks stalled.")]
    [InlineData("According to Aljazeera, the talks stalled.")]
    [InlineData("According to Al Jazeerah, the talks stalled.")]
    public void Spelling_variants_in_a_citation_resolve_to_the_canonical_outlet(string text)
    {
        var outlet = ArticleAnalyzer.Analyze(text, ArticleFormat.Text, Samples.Options).Outlets.Should().ContainSingle().Subject;

        outlet.Name.Should().Be("Al Jazeera");
        outlet.IsKnown.Should().BeTrue();
    }

    [Fact]
    public void A_link_to_an_outlets_domain_cites_it()
    {
        const string markdown = "# Talks stall again in the capital\n\nThe talks stalled, [officials confirmed](https://www.reuters.com/world/talks-stall) on Monday.\n";
        Outlets(markdown, ArticleFormat.Markdown).Should().Equal("Reuters");
    }

    [Fact]
    public void The_Post_after_the_Washington_Post_is_the_same_outlet()
    {
        const string text = "According to the Washington Post, the memo was real. The Post reported that it was signed in May.";
        var outlet = ArticleAnalyzer.Analyze(text, ArticleFormat.Text, Samples.Options).Outlets.Should().ContainSingle().Subject;

        outlet.Name.Should().Be("The Washington Post");
        outlet.Mentions.Select(m => m.Text).Should().Equal("the Washington Post", "The Post");
    }

    [Fact]
    public void Said_before_a_name_cites_it_only_after_a_quotation_or_comma() =>
        Outlets("Trump said NATO would have to pay more.").Should().BeEmpty();

    [Fact]
    public void Configured_aliases_name_outlets()
    {
        var options = Samples.Options with { OutletAliases = System.Collections.Immutable.ImmutableDictionary<string, string>.Empty.Add("Kyiv Indy", "Kyiv Independent") };
        var result = ArticleAnalyzer.Analyze("According to Kyiv Indy, the strikes hit Odesa.", ArticleFormat.Text, options);

        result.Outlets.Should().ContainSingle().Which.Name.Should().Be("Kyiv Independent");
    }

    [Fact]
    public void The_seed_article_cites_exactly_its_ten_outlets()
    {
        var result = ArticleAnalyzer.Analyze(Samples.SeedText, Samples.Options);

        result.Outlets.Select(o => o.Name).Should().BeEquivalentTo(
            "ABC News", "Al Jazeera", "White House", "TASS", "Truth Social", "X", "Ukrinform", "NATO", "Deutsche Welle", "The Guardian");
        result.Outlets.Select(o => o.Name).Should().OnlyHaveUniqueItems();
        result.Outlets.Single(o => o.Name == "TASS").Mentions.Should().HaveCount(3);
        result.Outlets.Should().OnlyContain(o => o.IsKnown);
        result.Outlets.Single(o => o.Name == "The Guardian").Mentions.Should().ContainSingle().Which.Text.Should().Be("The Guardian");
        result.Outlets.Single(o => o.Name == "White House").Mentions.Should().ContainSingle().Which.Text.Should().Be("White House");
    }
}
