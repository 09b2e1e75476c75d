using AttributionKit.Tests.TestSupport;
using static AttributionKit.Tests.TestSupport.PlainTextAttributions;

namespace AttributionKit.Tests.Extraction.Attribution;

/// <summary>A cue in an adverbial clause that opens the sentence is said by the main clause's subject.</summary>
public class AdverbialClauseTests
{
    [Theory]
    [InlineData("After thanking the crowd, Nora Vale said the pier would reopen in May.", "thanking", "Nora Vale")]
    [InlineData("Despite criticising the harbour board, the mayor backed the plan.", "criticising", "the mayor")]
    [InlineData("After thanking the crowd, which chanted her name, Nora Vale said the pier would reopen.", "thanking", "Nora Vale")]
    [InlineData("But while praising the pilots, he said the pier would stay shut.", "praising", "he")]
    public void The_main_clause_subject_is_the_source(string text, string cue, string source)
    {
        var attribution = WithCue(text, cue);

        attribution.Source!.Mention.Text.Should().Be(source);
    }

    [Fact]
    public void The_opener_is_never_the_source_when_no_subject_follows()
    {
        var result = ArticleAnalyzer.Analyze("After thanking the crowd. The pier reopened in May.", ArticleFormat.Text, Samples.Options);

        result.Attributions.Should().NotContain(a => a.Source != null && a.Source.Mention.Text == "After");
    }

    [Fact]
    public void A_subject_before_the_cue_is_kept()
    {
        var attribution = WithCue("In May, Nora Vale said the pier would reopen.", "said");

        attribution.Source!.Mention.Text.Should().Be("Nora Vale");
    }

    [Theory]
    [InlineData("In addition to stating that the pier is safe, Dana Holt vowed to rebuild it.", "stating", "Dana Holt", "that the pier is safe")]
    [InlineData("Instead of calling the ferry late, Nora Vale said the crews were tired.", "calling", "Nora Vale", "the ferry late")]
    [InlineData("Aside from stating that the pier is safe, the mayor offered few ideas.", "stating", "the mayor", "that the pier is safe")]
    public void A_phrase_that_works_as_one_opener_hands_its_cue_the_main_clause_subject(string text, string cue, string source, string content)
    {
        var attribution = WithCue(text, cue);

        attribution.Source!.Mention.Text.Should().Be(source);
        attribution.Content.Text.Should().Be(content);
    }

    [Fact]
    public void An_opener_phrase_is_never_the_source_when_no_subject_follows()
    {
        var result = ArticleAnalyzer.Analyze("In addition to stating that the pier is safe. The ferry ran late.", ArticleFormat.Text, Samples.Options);

        result.Attributions.Should().NotContain(a => a.Source != null && a.Source.Mention.Text.StartsWith("In", StringComparison.Ordinal));
    }
}
