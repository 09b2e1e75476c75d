using AttributionKit.Model;
using static AttributionKit.Tests.TestSupport.PlainTextAttributions;

namespace AttributionKit.Tests.Extraction.Attribution;

/// <summary>
/// A phrase opening the sentence with a preposition or subordinating conjunction ("In a changing harbour,", "Behind the
/// scenes,", "Although …,") tells when or where the subject acted; when the cue after that subject goes on with a
/// preposition ("believe in", "talked with", "disagree on"), what follows the cue is the content, not the opening phrase.
/// </summary>
public class OpeningPhraseBeforePrepositionalObjectTests
{
    [Theory]
    // Rule: VerbalCue.IsOpeningPhrase — the opening phrase before the subject's comma is no reported clause.
    [InlineData("In a changing harbour, pilots still believe in the old pier.", "still believe", "pilots", "in the old pier")]
    [InlineData("Behind the scenes, aides have talked with the mayor about the best steps.", "have talked", "aides", "with the mayor about the best steps")]
    [InlineData("Although there is broad agreement on the pier, officials disagree on how it should be rebuilt.", "disagree", "officials", "on how it should be rebuilt")]
    [InlineData("In a statement released Thursday, Nora Vale reacted to the news.", "reacted", "Nora Vale", "to the news")]
    [InlineData("Pointing to the report's broad findings, harbour officials concurred with the wardens.", "concurred", "harbour officials", "with the wardens")]
    [InlineData("But Thursday night at the harbour festival, Dana Holt spoke out in favor of the levy.", "spoke out", "Dana Holt", "in favor of the levy")]
    public void What_follows_the_cue_is_the_content(string text, string cue, string source, string content)
    {
        var attribution = WithCue(text, cue);

        attribution.Kind.Should().Be(AttributionKind.Indirect);
        attribution.Source!.Mention.Text.Should().Be(source);
        attribution.Content.Text.Should().Be(content);
    }

    [Fact]
    public void A_report_with_its_own_subject_before_the_credit_stays_the_content()
    {
        // Counter-example: "the pier will reopen" has a subject and verb of its own; the credit after it reports it.
        var attribution = WithCue("Despite the storm, the pier will reopen, Dana Holt said in a statement.", "said");

        attribution.Source!.Mention.Text.Should().Be("Dana Holt");
        attribution.Content.Text.Should().Be("Despite the storm, the pier will reopen");
    }

    [Fact]
    public void A_cue_inside_a_dash_aside_after_the_subject_gets_no_content_after_it()
    {
        // Counter-example: "whispering" stands in an aside set off by dashes, a clause of its own; what follows it is no
        // report of the subject's.
        const string text = "As the judge read his decision, Dana Holt - often smiling and whispering in her lawyer's ear - held her head in her hands.";

        ArticleAnalyzer.Analyze(text, ArticleFormat.Text, TestSupport.Samples.Options).Attributions
            .Should().NotContain(a => a.Cue != null && a.Cue.Text == "whispering");
    }

    [Fact]
    public void A_clause_opening_with_a_gerund_subject_before_the_credit_stays_the_content()
    {
        var attribution = WithCue("Shifting tides could flood the old pier, Dana Holt said in an interview.", "said");

        attribution.Source!.Mention.Text.Should().Be("Dana Holt");
        attribution.Content.Text.Should().Be("Shifting tides could flood the old pier");
    }
}
