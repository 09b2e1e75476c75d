using AttributionKit.Model;
using AttributionKit.Tests.TestSupport;
using FluentAssertions;
using Xunit;

namespace AttributionKit.Tests.Extraction.Attribution;

/// <summary>
/// A cue form that is also a noun ("calls", "plans") after a longer noun phrase opening the sentence with a determiner
/// or a possessive: with an object pronoun, an article or "to" after it, it is the verb of that subject.
/// </summary>
public sealed class HomographAfterOpeningSubjectTests
{
    private static Model.Attribution[] Attributions(string text) =>
        ArticleAnalyzer.Analyze(text, ArticleFormat.Text, Samples.Options).Attributions.ToArray();

    [Theory]
    [InlineData("Holt's office calls the whole thing nothing short of an attack.", "calls", "Holt's office", "the whole thing nothing short of an attack")]
    [InlineData("The Republican harbour candidate plans to be back in Troy later Saturday.", "plans", "The Republican harbour candidate", "to be back in Troy later Saturday")]
    [InlineData("The former harbour chief calls it her duty to the town.", "calls", "The former harbour chief", "it her duty to the town")]
    public void The_homograph_is_the_verb_of_the_opening_subject(string text, string cue, string source, string content)
    {
        var attribution = Attributions(text).Should().ContainSingle(a => a.Cue!.Text == cue).Which;

        attribution.Source!.Mention.Text.Should().Be(source);
        attribution.Content.Text.Should().Be(content);
        attribution.Kind.Should().Be(AttributionKind.Indirect);
    }

    [Fact]
    public void A_homograph_after_a_phrase_that_opens_no_sentence_stays_a_noun()
    {
        // Counter-example: "the mayor's calls" follows a verb; the phrase is an object, not a subject.
        Attributions("Vale ignored the mayor's calls for a new pier.")
            .Should().NotContain(a => a.Cue != null && a.Cue.Text == "calls");
    }
}
