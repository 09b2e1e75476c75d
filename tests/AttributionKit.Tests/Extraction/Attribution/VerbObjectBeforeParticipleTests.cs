using AttributionKit.Model;
using AttributionKit.Tests.TestSupport;

namespace AttributionKit.Tests.Extraction.Attribution;

public class VerbObjectBeforeParticipleTests
{
    private static AnalysisResult Analyze(string text) => ArticleAnalyzer.Analyze(text, ArticleFormat.Text, Samples.Options);

    [Theory]
    // Rule: after a modal or a form of "have" the words before the participle are a verb and its object; the subject speaks.
    [InlineData("They will hold banners proclaiming that the pier is theirs.", "proclaiming", "They", "that the pier is theirs")]
    [InlineData("Nora Vale has drawn huge crowds describing a harbour in decline.", "describing", "Nora Vale", "a harbour in decline")]
    [InlineData("Skippers can reasonably campaign saying that they saved the pier.", "saying", "Skippers", "that they saved the pier")]
    [InlineData("Dana Holt has a long record of blaming others for the pier.", "blaming", "Dana Holt", "others for the pier")]
    // Rule: in a relative clause the relative pronoun is the subject of the verb that holds the object.
    [InlineData("The mayor met Sam Reed, who had given speeches criticizing the harbour board.", "criticizing", "who", "the harbour board")]
    public void The_subject_of_the_verb_before_the_object_speaks(string text, string cue, string source, string content)
    {
        var attributions = Analyze(text).Attributions;

        attributions.Should().Contain(a => a.Cue!.Text == cue && a.Source!.Mention.Text == source && a.Content.Text == content);
    }

    [Fact]
    public void A_plain_verb_after_to_holds_the_object_before_the_participle()
    {
        var attributions = Analyze("Dana Holt was quick to issue a memo instructing the crews to stay home.").Attributions;

        attributions.Should().Contain(a => a.Cue!.Text == "instructing" && a.Source!.Mention.Text == "Dana Holt" && a.Content.Text == "the crews to stay home");
    }

    [Fact]
    public void A_participle_after_to_leaves_the_object_the_speaker()
    {
        var attributions = Analyze("The pilots are used to seeing the harbour sign warning of storms ahead.").Attributions;

        attributions.Should().Contain(a => a.Cue!.Text == "warning" && a.Source!.Mention.Text == "the harbour sign" && a.Content.Text == "of storms ahead");
    }
}
