using static AttributionKit.Tests.TestSupport.PlainTextAttributions;

namespace AttributionKit.Tests.Extraction.Attribution;

/// <summary>
/// Set phrases of stance read whole from reporting-verbs.txt and stance-verbs.txt: leaving a thing out ("made no mention
/// of"), backing someone ("threw her support behind"), arguing a position ("made the case"), voting for a thing
/// ("voted in favor of"), answering a charge ("pushed back on"), claiming a deed ("took credit for") and holding back
/// ("stopped short of"), with the phrase's subject as the source and its object as the content.
/// </summary>
public class StancePhraseCueTests
{
    [Theory]
    [InlineData("In a break with past meetings, Dana Holt made no mention of the pier, the boats or the harbour.", "Dana Holt", "made no mention of", "the pier, the boats or the harbour")]
    [InlineData("The letter makes no mention of the harbour master who resigned.", "The letter", "makes no mention of", "the harbour master who resigned")]
    [InlineData("Nora Vale threw her support behind Dana Holt.", "Nora Vale", "threw her support behind", "Dana Holt")]
    [InlineData("Three harbour pilots have thrown their support behind the mayor.", "Three harbour pilots", "have thrown their support behind", "the mayor")]
    [InlineData("The union is throwing its support behind the new harbour master.", "The union", "is throwing its support behind", "the new harbour master")]
    [InlineData("Holt made the case to the pilots that the pier must stay open.", "Holt", "made the case", "that the pier must stay open")]
    [InlineData("The pilots have made the case that the mayor is too close to the ferry company.", "The pilots", "have made the case", "that the mayor is too close to the ferry company")]
    [InlineData("The council voted in favor of the new lease.", "The council", "voted in favor of", "the new lease")]
    [InlineData("Dana Holt has made no secret of her frustration with the ferry fees.", "Dana Holt", "has made no secret of", "her frustration with the ferry fees")]
    [InlineData("A harbour official later walked back the comments.", "A harbour official", "later walked back", "the comments")]
    [InlineData("Holt pushed back on those claims Thursday, saying the lease was legal.", "Holt", "pushed back on", "those claims Thursday")]
    [InlineData("The Vale campaign pushed back against the mayor's attack on her record.", "The Vale campaign", "pushed back against", "the mayor's attack on her record")]
    [InlineData("The harbour board took credit for the new pier.", "The harbour board", "took credit for", "the new pier")]
    [InlineData("The pilots praised Vale for her work but stopped short of calling for Holt to resign.", "The pilots", "stopped short of", "calling for Holt to resign")]
    public void The_subject_of_the_phrase_is_the_source_and_its_object_the_content(string text, string source, string cue, string content)
    {
        var attribution = WithCue(text, cue);

        attribution.Source!.Mention.Text.Should().Be(source);
        attribution.Content.Text.Should().Be(content);
    }
}
