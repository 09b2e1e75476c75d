using AttributionKit.Tests.TestSupport;

namespace AttributionKit.Tests.Checking.Rules;

public class UnattributedQuoteRuleTests
{
    private static List<string> Fired(string text) =>
        [.. ArticleAnalyzer.Analyze(text, ArticleFormat.Text, Samples.Options).Findings
            .Where(f => f.Rule.Name == "unattributed-quote").Select(f => f.Excerpt)];

    [Fact]
    public void Quote_with_no_speaker_anywhere_fires()
    {
        Fired("The talks ended late on Monday.\n\n“Nobody wants another war.”\n\nThe delegations left the next day.")
            .Should().Equal("Nobody wants another war.");
    }

    [Fact]
    public void Quote_with_a_speaker_does_not_fire()
    {
        Fired("“Nobody wants another war,” said Anna Berg.").Should().BeEmpty();
    }

    [Fact]
    public void Scare_quotes_and_titles_do_not_fire()
    {
        Fired("The so-called “peace plan” was shown on “Meet the Press” after the “vibe shift” began.").Should().BeEmpty();
    }

    [Fact]
    public void Seed_text_has_no_unattributed_quote()
    {
        ArticleAnalyzer.Analyze(Samples.SeedText, Samples.Options).Findings
            .Should().NotContain(f => f.Rule.Name == "unattributed-quote");
    }

    [Fact]
    public void Descriptor_is_stable()
    {
        var rule = AttributionKit.Checking.BuiltInRules.Find("AK2001");
        rule!.Name.Should().Be("unattributed-quote");
        rule.DefaultSeverity.Should().Be(AttributionKit.Checking.Severity.Warning);
    }
}
