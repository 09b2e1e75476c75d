using AttributionKit.Model;
using AttributionKit.Tests.TestSupport;
using static AttributionKit.Tests.TestSupport.PlainTextAttributions;

namespace AttributionKit.Tests.Extraction.Attribution;

/// <summary>
/// A participle right after the subject's head noun ("wardens supporting the levy") modifies the subject when the
/// subject's own reporting verb follows in the same clause: that verb is the cue and the participle phrase belongs to the
/// source.
/// </summary>
public class ReducedRelativeInSubjectTests
{
    [Theory]
    // Rule: ReducedRelativeInSubject — the finite verb after the participle phrase is the cue.
    [InlineData("Harbour wardens supporting the levy have said they think the pier will hold.", "have said", "Harbour wardens supporting the levy", "they think the pier will hold")]
    [InlineData("Several councillors backing Nora Vale declined to comment.", "declined", "Several councillors backing Nora Vale", "to comment")]
    public void The_participle_phrase_belongs_to_the_source(string text, string cue, string source, string content)
    {
        var attribution = WithCue(text, cue);

        attribution.Kind.Should().Be(AttributionKind.Indirect);
        attribution.Source!.Mention.Text.Should().Be(source);
        attribution.Content.Text.Should().Be(content);
        ArticleAnalyzer.Analyze(text, ArticleFormat.Text, Samples.Options).Attributions
            .Should().NotContain(a => a.Cue != null && (a.Cue.Text == "supporting" || a.Cue.Text == "backing"));
    }

    [Fact]
    public void A_participle_after_a_comma_keeps_its_own_reading()
    {
        // Counter-example: set off by a comma, "backing" is a clause of the sentence's subject and reports on its own.
        WithCue("Dana Holt spoke at the pier, backing the levy.", "backing").Source!.Mention.Text.Should().Be("Dana Holt");
    }

    [Fact]
    public void A_participle_of_a_clause_taking_verb_keeps_its_clause()
    {
        // Counter-example: "saying" takes a clause, so the verb after it belongs to what was said.
        var attribution = WithCue("Dana Holt sent pilots a note saying the mayor had resigned.", "saying");

        attribution.Source!.Mention.Text.Should().Be("a note");
        attribution.Content.Text.Should().Be("the mayor had resigned");
    }
}
