using AttributionKit.Model;
using AttributionKit.Tests.TestSupport;
using static AttributionKit.Tests.TestSupport.PlainTextAttributions;

namespace AttributionKit.Tests.Extraction.Attribution;

/// <summary>Words of time around a source: a clause opener measured by a word before it ("Ever since", "Years after")
/// keeps its clause's own subject, and auxiliaries before a time phrase ("have in the past said") stay with the cue.</summary>
public class SourceBeforeTimePhraseTests
{
    [Theory]
    [InlineData("Ever since Nora Vale announced her candidacy last year, the pilots have backed her.", "announced", "Nora Vale", "her candidacy last year")]
    [InlineData("Lane's close friends and allies have in the past said he was staying quiet.", "said", "Lane's close friends and allies", "he was staying quiet")]
    [InlineData("The pilots have in the past said the fees were too high.", "said", "The pilots", "the fees were too high")]
    public void The_subject_is_the_clause_s_own(string text, string cue, string source, string content)
    {
        var attribution = WithCue(text, cue);

        attribution.Source!.Mention.Text.Should().Be(source);
        attribution.Kind.Should().Be(AttributionKind.Indirect);
        attribution.Content.Text.Should().Be(content);
    }

    [Fact]
    public void Years_after_opens_the_clause_of_its_own_subject()
    {
        var attribution = WithCue("Years after Tom Lane claimed the deck was safe, it collapsed.", "claimed");

        attribution.Source!.Mention.Text.Should().Be("Tom Lane");
        attribution.Kind.Should().Be(AttributionKind.Indirect);
        attribution.Content.Text.Should().StartWith("the deck was safe");
    }

    [Fact]
    public void A_name_before_a_phrase_of_place_is_still_the_subject()
    {
        // Counter-example: "Lane in his first speech said": the name before the preposition is the subject.
        var attribution = WithCue("Lane in his first speech said the pier would reopen.", "said");

        attribution.Source!.Mention.Text.Should().Be("Lane");
        attribution.Content.Text.Should().Be("the pier would reopen");
    }

    [Theory]
    [InlineData("Harbour master Nora Vale (D-Troy) on Saturday criticized the new ferry accord.", "criticized", "Harbour master Nora Vale (D-Troy)", "the new ferry accord")]
    [InlineData("Dana Holt, who chairs the harbour team, on Sunday defended the mayor's decision.", "defended", "Dana Holt, who chairs the harbour team,", "the mayor's decision")]
    public void A_subject_closed_by_a_bracket_or_a_comma_stands_before_the_time_phrase(string text, string cue, string source, string content)
    {
        // Rule: SourceBeforeCue.Find — the bracket or the comma closing the subject's aside comes before "on Saturday".
        var attribution = WithCue(text, cue);

        attribution.Source!.Mention.Text.Should().Be(source);
        attribution.Content.Text.Should().Be(content);
    }
}
