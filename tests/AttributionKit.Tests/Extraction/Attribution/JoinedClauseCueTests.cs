using AttributionKit.Model;
using AttributionKit.Tests.TestSupport;

namespace AttributionKit.Tests.Extraction.Attribution;

public class JoinedClauseCueTests
{
    private static AnalysisResult Analyze(string text) => ArticleAnalyzer.Analyze(text, ArticleFormat.Text, Samples.Options);

    [Theory]
    // Rule: a cue joined by "and" goes on with the subject of the last clause opened by ", and", not the sentence's first.
    [InlineData("A group of fishermen called for a boycott, and the harbour board denounced the plan and said it would sue the city.", "said", "the harbour board", "it would sue the city")]
    // Rule: a semicolon opens a clause of its own whose subject the joined cue goes on with.
    [InlineData("Fishermen called for a boycott; the harbour board denounced the plan and said it would sue the city.", "said", "the harbour board", "it would sue the city")]
    [InlineData("The mayor proposes closing the pier; Nora Vale backs new rules but embraces the harbour plan.", "embraces", "Nora Vale", "the harbour plan")]
    // Rule: a pronoun after a subordinating word before ", and" is no subject the cue goes on with.
    [InlineData("Dana Holt was calm when she visited the pier this week, and even admitted the repairs were late.", "even admitted", "Dana Holt", "the repairs were late")]
    public void A_cue_after_and_takes_the_subject_of_the_clause_it_joins(string text, string cue, string source, string content)
    {
        var attributions = Analyze(text).Attributions;

        attributions.Should().Contain(a => a.Cue!.Text == cue && a.Source!.Mention.Text == source && a.Content.Text == content);
    }

    [Fact]
    public void A_cue_after_and_in_a_single_clause_keeps_the_sentence_subject()
    {
        var attributions = Analyze("Nora Vale showed the council a map of the pier and said the deck was rotten.").Attributions;

        attributions.Should().Contain(a => a.Cue!.Text == "said" && a.Source!.Mention.Text == "Nora Vale" && a.Content.Text == "the deck was rotten");
    }
}
