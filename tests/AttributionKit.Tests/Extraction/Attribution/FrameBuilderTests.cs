using AttributionKit.Model;
using AttributionKit.Tests.TestSupport;

namespace AttributionKit.Tests.Extraction.Attribution;

/// <summary>Which sentence after a closing quote is read with it: only a cue that (nearly) closes its sentence.</summary>
public class FrameBuilderTests
{
    private static AnalysisResult Analyze(string text) => ArticleAnalyzer.Analyze(text, ArticleFormat.Text, Samples.Options);

    [Fact]
    public void A_cue_sentence_after_a_closing_quote_is_its_tag()
    {
        var quote = Analyze("“Who do they think they are?” Nora Vale said of the council.").Quotes.Should().ContainSingle().Subject;

        quote.SpeakerMention!.Text.Should().Be("Nora Vale");
        quote.Kind.Should().Be(QuoteKind.Direct);
    }

    [Theory]
    [InlineData("Nora Vale also said, without giving a reason, that the ferry would stop in May.")]
    public void A_sentence_with_content_of_its_own_after_a_closing_quote_is_not_its_tag(string next)
    {
        var result = Analyze("Harbour news.\n\nThe harbour master retired on Friday. “I loved every tide.” " + next);

        result.Quotes.Should().ContainSingle().Which.SpeakerMention?.Text.Should().NotBe("Nora Vale");
    }
}
