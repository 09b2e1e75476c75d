using AttributionKit.Model;
using AttributionKit.Tests.TestSupport;

namespace AttributionKit.Tests.Extraction.Attribution;

/// <summary>
/// A participle cue after the object of a verb ("ran a story detailing …") is the words of that verb's own subject,
/// which may stand in a clause after the sentence's first subject.
/// </summary>
public class GoverningVerbSubjectTests
{
    private static AnalysisResult Analyze(string text) => ArticleAnalyzer.Analyze(text, ArticleFormat.Text, Samples.Options);

    [Theory]
    // Rule: in a clause after "after", the subject of the verb whose object the participle follows.
    [InlineData("The ferry stopped running on Tuesday after the Gazette published a story detailing the losses.", "the Gazette", "detailing", "the losses")]
    // Rule: after an opening time phrase, the subject is the clause's, not the phrase's first word.
    [InlineData("Just three years ago, the harbour board published a report detailing its errors.", "the harbour board", "detailing", "its errors")]
    // Rule: inside a relative clause, the relative pronoun.
    [InlineData("The coalition, which released a statement Tuesday questioning the vote, met again.", "which", "questioning", "the vote")]
    // Rule: a hyphenated past form before an article is a verb with its object ("co-authored a paper").
    [InlineData("Nora Vale, who recently co-authored a paper outlining the plan, left the board.", "who", "outlining", "the plan")]
    // Rule: a particle between the verb and its object ("sent out").
    [InlineData("Nora Vale rode the ferry as her campaign sent out pitches highlighting the vote.", "her campaign", "highlighting", "the vote")]
    public void The_subject_of_the_verb_governing_the_object_speaks(string text, string source, string cue, string content)
    {
        var attributions = Analyze(text).Attributions;

        attributions.Should().Contain(a => a.Source!.Mention.Text == source && a.Cue!.Text == cue && a.Content.Text == content);
    }

    [Fact]
    public void The_sentence_subject_keeps_its_appositive()
    {
        var attributions = Analyze("Nora Vale, the harbour master who has led the port for years, has drawn huge crowds describing a harbour in decline.").Attributions;

        attributions.Should().Contain(a => a.Source!.Mention.Text == "Nora Vale" && a.Cue!.Text == "describing" && a.Content.Text == "a harbour in decline");
    }

    [Fact]
    public void The_object_of_a_small_clause_verb_is_no_object_of_a_speaker()
    {
        var attributions = Analyze("While Dana Holt had a wide array of skippers writing songs about her, the pier stayed shut.").Attributions;

        attributions.Should().NotContain(a => a.Source != null && a.Source.Mention.Text == "Dana Holt" && a.Cue != null && a.Cue.Text == "writing");
    }

    [Theory]
    // Rule: after a verb that takes an object and a participle telling what the object does, the object speaks.
    [InlineData("The morning shows even featured all-male panels discussing the new pier.", "all-male panels", "discussing", "the new pier")]
    [InlineData("The letters included aides suggesting the mayor should resign.", "aides", "suggesting", "the mayor should resign")]
    public void The_object_of_a_small_clause_verb_speaks(string text, string source, string cue, string content)
    {
        var attributions = Analyze(text).Attributions;

        attributions.Should().Contain(a => a.Source!.Mention.Text == source && a.Cue!.Text == cue && a.Content.Text == content);
    }
}
