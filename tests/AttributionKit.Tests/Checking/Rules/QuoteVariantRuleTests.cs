using AttributionKit.Tests.TestSupport;

namespace AttributionKit.Tests.Checking.Rules;

public class QuoteVariantRuleTests
{
    private static List<string> Fired(string text) =>
        [.. ArticleAnalyzer.Analyze(text, ArticleFormat.Text, Samples.Options).Findings
            .Where(f => f.Rule.Name == "quote-variant").Select(f => f.Message)];

    [Fact]
    public void Pull_quote_with_different_wording_fires()
    {
        Fired("“We will give the maximum information possible after the call,” Dmitry Peskov told TASS.\n\n“We will give as much information as possible after the call.”\n— Dmitry Peskov (TASS)")
            .Should().ContainSingle().Which.Should().Contain("different words");
    }

    [Theory]
    [InlineData("“This has nothing to do with the harbour,” Anna Berg said.\n\n“This has everything to do with the harbour,” Tom Baker replied.")]
    [InlineData("“The council will keep the pier open all year,” Anna Berg said.\n\n“The council won't keep the pier open all year,” Tom Baker replied.")]
    public void A_quote_answered_by_its_denial_does_not_fire(string text) =>
        Fired(text).Should().BeEmpty();

    [Fact]
    public void A_changed_word_that_denies_nothing_still_fires()
    {
        Fired("“The council will keep the pier open all year,” Anna Berg said.\n\n“The council will keep the pier open every year,” Anna Berg said later.")
            .Should().ContainSingle().Which.Should().Contain("different words");
    }

    [Fact]
    public void Identical_pull_quote_does_not_fire()
    {
        Fired("“We will give the maximum information possible after the call,” Dmitry Peskov told TASS.\n\n“We will give the maximum information possible after the call.”\n— Dmitry Peskov (TASS)")
            .Should().BeEmpty();
    }

    [Fact]
    public void Pull_quote_of_a_quote_interrupted_by_its_attribution_does_not_fire()
    {
        Fired("“We have,” said Tom Okafor, general secretary of the union, “no intention of backing down on safety.”\n\n“We have no intention of backing down on safety.”\n— Tom Okafor")
            .Should().BeEmpty();
    }

    [Fact]
    public void Same_words_given_to_two_speakers_fires()
    {
        Fired("“The ceasefire must hold for everyone,” said Anna Berg.\n\n“The ceasefire must hold for everyone,” said Tom Baker.")
            .Should().ContainSingle().Which.Should().Contain("Tom Baker").And.Contain("Anna Berg");
    }

    [Theory]
    [InlineData("Anna Berg called the files “top secret” on Monday.\n\nTom Baker said they were not “top secret” at all.")]
    [InlineData("“The ceasefire must hold for everyone,” she said.\n\n“The ceasefire must hold for everyone,” said Anna Berg.")]
    public void A_short_term_or_a_pronoun_speaker_is_no_sentence_given_to_two_people(string text) =>
        Fired(text).Should().BeEmpty();

    [Fact]
    public void A_pronoun_with_nobody_before_it_stays_the_speaker_that_the_rule_passes_over()
    {
        var quotes = ArticleAnalyzer.Analyze("“The ceasefire must hold for everyone,” she said.\n\n“The ceasefire must hold for everyone,” said Anna Berg.", ArticleFormat.Text, Samples.Options).Quotes;

        quotes.Select(q => q.Speaker).Should().Equal("she", "Anna Berg");
    }

    [Fact]
    public void Different_quotes_do_not_fire()
    {
        Fired("“The ceasefire must hold for everyone,” said Anna Berg.\n\n“Our farmers need the export corridor reopened,” said Tom Baker.")
            .Should().BeEmpty();
    }

    [Fact]
    public void Seed_text_does_not_fire()
    {
        ArticleAnalyzer.Analyze(Samples.SeedText, Samples.Options).Findings.Should().NotContain(f => f.Rule.Name == "quote-variant");
    }

    [Fact]
    public void Many_identical_repeats_fire_once_for_the_first_other_speaker()
    {
        var repeats = string.Concat(Enumerable.Repeat("“The ceasefire must hold for everyone,” said Anna Berg.\n\n", 30));
        var fired = Fired(repeats + "“The ceasefire must hold for everyone,” said Tom Baker.\n\n“The ceasefire must hold for everybody,” said Anna Berg.");

        fired.Should().HaveCount(2);
        fired[0].Should().Contain("Tom Baker").And.Contain("Anna Berg");
        fired[1].Should().Contain("different words");
    }
}
