using AttributionKit.Tests.TestSupport;
using static AttributionKit.Tests.TestSupport.PlainTextAttributions;

namespace AttributionKit.Tests.Extraction.Attribution;

/// <summary>A subject, an aside between dashes, then the cue: the subject speaks, not the aside.</summary>
public class DashAsideSubjectTests
{
    [Theory]
    [InlineData("Headline\n\nVale — a pilot of thirty years — told the board that the pier would reopen.", "told", "Vale — a pilot of thirty years —")]
    [InlineData("Headline\n\nHarbour skippers — and, in particular, Captain Dana Holt — insisted that the pier would reopen.", "insisted", "Harbour skippers — and, in particular, Captain Dana Holt —")]
    [InlineData("Headline\n\nNora Vale - a pilot of thirty years - told the board that the pier would reopen.", "told", "Nora Vale - a pilot of thirty years -")]
    [InlineData("Headline\n\nSome skippers - including a few on the board - warn that the pier would reopen.", "warn", "Some skippers - including a few on the board -")]
    public void A_describing_aside_stays_with_the_subject(string text, string cue, string source)
    {
        var attribution = WithCue(text, cue);

        attribution.Source!.Mention.Text.Should().Be(source);
        attribution.Content.Text.Should().Be("that the pier would reopen");
    }

    [Theory]
    [InlineData("Headline\n\nOn Friday, Vale — mentioned by the Courier as the likely chair — told the board that the pier would reopen.", "told", "Vale")]
    [InlineData("Headline\n\nSkippers — buoyed by a rise in catches — have argued that the pier would reopen.", "have argued", "Skippers")]
    public void A_participle_aside_stays_out(string text, string cue, string source)
    {
        var attribution = WithCue(text, cue);

        attribution.Source!.Mention.Text.Should().Be(source);
        attribution.Content.Text.Should().Be("that the pier would reopen");
    }

    [Fact]
    public void A_dash_that_opens_a_clause_of_its_own_is_no_aside()
    {
        var attribution = WithCue("Headline\n\nThe pier closed in May — the board said it was unsafe.", "said");

        attribution.Source!.Mention.Text.Should().Be("the board");
        attribution.Content.Text.Should().Be("it was unsafe");
    }

    [Fact]
    public void A_name_before_a_dash_pair_is_no_dateline()
    {
        var attribution = WithCue("Headline\n\nVale — a pilot of thirty years — spoke on Monday, saying that the pier would reopen.", "saying");

        attribution.Source!.Mention.Text.Should().Be("Vale");
    }

    [Fact]
    public void A_dateline_in_capitals_stays_one_before_a_dash_pair()
    {
        var attribution = WithCue("Headline\n\nROCKLAND — Nora Vale on Monday inspected the deck — something the board had long put off — and said that the pier would reopen.", "said");

        attribution.Source!.Mention.Text.Should().Be("Nora Vale");
    }

    [Fact]
    public void A_dateline_before_one_dash_still_opens_the_sentence()
    {
        var attribution = WithCue("Headline\n\nROCKLAND — Nora Vale spoke on Monday, saying that the pier would reopen.", "saying");

        attribution.Source!.Mention.Text.Should().Be("Nora Vale");
    }
}
