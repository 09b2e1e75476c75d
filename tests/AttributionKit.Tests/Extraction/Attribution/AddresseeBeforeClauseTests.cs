using AttributionKit.Model;
using AttributionKit.Tests.TestSupport;

namespace AttributionKit.Tests.Extraction.Attribution;

/// <summary>
/// CueObject.AddresseeBeforeClause: after a verb of telling, a determiner and a few lower-case words name who was told,
/// and the reported clause without "that" starts at the subject pronoun or noun phrase with an auxiliary after them.
/// </summary>
public class AddresseeBeforeClauseTests
{
    private static System.Collections.Immutable.ImmutableArray<AttributionKit.Model.Attribution> AttributionsIn(string text) =>
        ArticleAnalyzer.Analyze(text, ArticleFormat.Text, Samples.Options).Attributions;

    [Theory]
    [InlineData("The mayor told the crowd he would resign.", "told", "he would resign")]
    [InlineData("Dana Holt told her aides it was over.", "told", "it was over")]
    [InlineData("Nora Vale warned the harbour board it was too late.", "warned", "it was too late")]
    [InlineData("The mayor told the crowd the pier would close.", "told", "the pier would close")]
    public void The_clause_after_the_addressee_is_the_content(string text, string cue, string content)
    {
        var attribution = AttributionsIn(text).Should().ContainSingle().Subject;

        attribution.Cue!.Text.Should().Be(cue);
        attribution.Content.Text.Should().Be(content);
    }

    [Theory]
    [InlineData("Dana Holt asked the pilot who he thought would win the race.", "asked", "the pilot who he thought would win the race")]
    [InlineData("The mayor told the crowd that he would resign.", "told", "that he would resign")]
    public void A_question_word_or_that_keeps_its_reading(string text, string cue, string content)
    {
        var attribution = AttributionsIn(text).Should().ContainSingle().Subject;

        attribution.Cue!.Text.Should().Be(cue);
        attribution.Content.Text.Should().Be(content);
    }
}
