using AttributionKit.Tests.TestSupport;
using static AttributionKit.Tests.TestSupport.PlainTextAttributions;

namespace AttributionKit.Tests.Extraction.Attribution;

/// <summary>A subject restricted by a relative clause that reports a whole clause ("Those who said the pier was their top
/// issue supported Holt"): the reported clause ends before the main clause's cue, whose source is the whole phrase.</summary>
public class ReportedClauseSubjectTests
{
    [Fact]
    public void The_main_clause_cue_after_a_reported_clause_takes_the_whole_phrase_for_source()
    {
        const string sentence = "Those who said the pier was their top issue supported Holt.";
        var main = WithCue(sentence, "supported");

        main.Source!.Mention.Text.Should().Be("Those who said the pier was their top issue");
        main.Content.Text.Should().Be("Holt");
        WithCue(sentence, "said").Content.Text.Should().Be("the pier was their top issue");
    }

    [Fact]
    public void A_name_in_the_reported_clause_does_not_cut_the_subject()
    {
        // "Holt" and the clause's own verb "has" stand between the head and "stressed".
        const string sentence = "Insiders who think Holt has a chance to win stressed the late nature of the race.";
        var main = WithCue(sentence, "stressed");

        main.Source!.Mention.Text.Should().Be("Insiders who think Holt has a chance to win");
        main.Content.Text.Should().Be("the late nature of the race");
        WithCue(sentence, "think").Content.Text.Should().Be("Holt has a chance to win");
    }

    [Fact]
    public void A_quantity_before_those_opens_the_subject()
    {
        // "like them" is a preposition with its object, not a clause of its own.
        const string sentence = "A majority of those who said their top quality in a mayor was caring about people like them supported Vale in Dover.";
        var main = WithCue(sentence, "supported");

        main.Source!.Mention.Text.Should().Be("A majority of those who said their top quality in a mayor was caring about people like them");
        main.Content.Text.Should().Be("Vale in Dover");
    }

    [Fact]
    public void A_plural_head_keeps_a_clause_reporting_the_view_that_picks_out_its_members()
    {
        // No comma before "who": the clause tells which voters, not that the voters spoke.
        var main = WithCue("Voters who said Holt was right argued that he would win.", "argued");

        main.Source!.Mention.Text.Should().Be("Voters who said Holt was right");
        main.Content.Text.Should().Be("that he would win");
    }

    [Fact]
    public void Those_keeps_its_relative_clause_of_speaking()
    {
        // "Those" alone names no one; the clause is what picks the speakers out.
        var attribution = WithCue("Those who spoke on condition of anonymity said the pier was unsafe.", "said");

        attribution.Source!.Mention.Text.Should().Be("Those who spoke on condition of anonymity");
        attribution.Content.Text.Should().Be("the pier was unsafe");
    }
}
