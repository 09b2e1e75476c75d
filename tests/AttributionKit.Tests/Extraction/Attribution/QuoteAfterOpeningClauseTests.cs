using AttributionKit.Tests.TestSupport;
using static AttributionKit.Tests.TestSupport.PlainTextAttributions;

namespace AttributionKit.Tests.Extraction.Attribution;

/// <summary>
/// A cue after an opening clause holding quoted words of its own, and before a quote opening a new sentence, reports
/// that quote only.
/// </summary>
public class QuoteAfterOpeningClauseTests
{
    [Theory]
    [InlineData("Headline\n\nRemarking on the pier's \"quiet charm,\" Holt said, \"Leave the planks alone.\"", "said", "Holt", "\"Leave the planks alone.\"")]
    [InlineData("Headline\n\nHolding signs calling Vale “the harbour's worst,” the skippers chanted “Vale out!”", "chanted", "the skippers", "“Vale out!”")]
    public void The_content_starts_at_the_quote_after_the_cue(string text, string cue, string source, string content)
    {
        var attribution = WithCue(text, cue);

        attribution.Source!.Mention.Text.Should().Be(source);
        attribution.Cue!.Text.Should().Be(cue);
        attribution.Content.Text.Should().Be(content);
    }

    [Fact]
    public void A_quoted_sentence_going_on_after_the_cue_stays_whole()
    {
        var attribution = WithCue("Headline\n\n“The real issue,” Holt added, “is the tide.”", "added");

        attribution.Source!.Mention.Text.Should().Be("Holt");
        attribution.Content.Text.Should().Be("“The real issue,” Holt added, “is the tide.”");
    }
}
