using AttributionKit.Tests.TestSupport;
using static AttributionKit.Tests.TestSupport.PlainTextAttributions;

namespace AttributionKit.Tests.Extraction.Attribution;

/// <summary>A verb of feeling with the one who feels it as object: the object is the source, the subject the content.</summary>
public class ExperiencerObjectTests
{
    [Theory]
    [InlineData("The remark worried some skippers, who said it was unfair.", "worried", "some skippers", "The remark")]
    [InlineData("That rattled Dana Holt, but it did not help Nora Vale.", "rattled", "Dana Holt", "That")]
    [InlineData("Vale's position has angered some pilots on the left, like Dana Holt.", "has angered", "some pilots on the left", "Vale's position")]
    [InlineData("What worries the skippers is that the pier may close.", "worries", "the skippers", "What")]
    public void The_object_feels_what_the_subject_caused(string text, string cue, string source, string content)
    {
        var attribution = WithCue(text, cue);

        attribution.Source!.Mention.Text.Should().Be(source);
        attribution.Content.Text.Should().Be(content);
    }

    [Theory]
    [InlineData("Dana Holt worried that the pier would close.", "worried", "that the pier would close")]
    [InlineData("Dana Holt worries the pier will close.", "worries", "the pier will close")]
    [InlineData("She worries he’s “too soft” to run the harbour.", "worries", "he’s “too soft” to run the harbour")]
    [InlineData("He also angered the harbour pilots with his remarks on fees.", "also angered", "the harbour pilots with his remarks on fees")]
    public void A_clause_or_a_with_phrase_after_the_verb_leaves_the_subject_as_source(string text, string cue, string content)
    {
        // Counter-examples: the subject feels it (a clause follows), or acted to cause it ("with his remarks").
        var attribution = WithCue(text, cue);

        attribution.Source!.Mention.Text.Should().NotBe(content);
        attribution.Content.Text.Should().Be(content);
    }
}
