using static AttributionKit.Tests.TestSupport.PlainTextAttributions;

namespace AttributionKit.Tests.Extraction.Attribution;

/// <summary>
/// Set phrases of stance read whole from reporting-verbs.txt: leaving a thing out ("made no mention of") and backing
/// someone ("threw her support behind"), with the phrase's subject as the source and its object as the content.
/// </summary>
public class StancePhraseCueTests
{
    [Theory]
    [InlineData("In a break with past meetings, Dana Holt made no mention of the pier, the boats or the harbour.", "Dana Holt", "made no mention of", "the pier, the boats or the harbour")]
    [InlineData("The letter makes no mention of the harbour master who resigned.", "The letter", "makes no mention of", "the harbour master who resigned")]
    [InlineData("Nora Vale threw her support behind Dana Holt.", "Nora Vale", "threw her support behind", "Dana Holt")]
    [InlineData("Three harbour pilots have thrown their support behind the mayor.", "Three harbour pilots", "have thrown their support behind", "the mayor")]
    [InlineData("The union is throwing its support behind the new harbour master.", "The union", "is throwing its support behind", "the new harbour master")]
    public void The_subject_of_the_phrase_is_the_source_and_its_object_the_content(string text, string source, string cue, string content)
    {
        var attribution = WithCue(text, cue);

        attribution.Source!.Mention.Text.Should().Be(source);
        attribution.Content.Text.Should().Be(content);
    }
}
