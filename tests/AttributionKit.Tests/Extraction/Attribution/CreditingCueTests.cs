using static AttributionKit.Tests.TestSupport.PlainTextAttributions;

namespace AttributionKit.Tests.Extraction.Attribution;

/// <summary>
/// 'credited' and 'crediting' (reporting-verbs.txt) judge a person by a deed: the subject is the source, the person and
/// the deed the content; after a comma the participle is the same subject's second report and ends the first content.
/// </summary>
public class CreditingCueTests
{
    [Theory]
    [InlineData("Nora Vale credited the pilots with saving the pier.", "Nora Vale", "credited", "the pilots with saving the pier")]
    [InlineData("Dana Holt praised the harbour crews, crediting them with the quick repair.", "Dana Holt", "crediting", "them with the quick repair")]
    [InlineData("Dana Holt praised the harbour crews, crediting them with the quick repair.", "Dana Holt", "praised", "the harbour crews")]
    public void The_subject_credits_the_person_with_the_deed(string text, string source, string cue, string content)
    {
        var attribution = WithCue(text, cue);

        attribution.Source!.Mention.Text.Should().Be(source);
        attribution.Content.Text.Should().Be(content);
    }
}
