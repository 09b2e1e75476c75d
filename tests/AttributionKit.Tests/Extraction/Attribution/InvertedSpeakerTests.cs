using AttributionKit.Tests.TestSupport;
using static AttributionKit.Tests.TestSupport.PlainTextAttributions;

namespace AttributionKit.Tests.Extraction.Attribution;

/// <summary>A cue after a comma or a closing quote names its speaker after it, unless the words there are a clause.</summary>
public class InvertedSpeakerTests
{
    [Fact]
    public void A_clause_with_a_verb_of_its_own_after_the_cue_is_no_speaker()
    {
        var result = ArticleAnalyzer.Analyze(
            "Headline\n\nDana Holt, host of the Courier’s “Morning Tide,” suggested the board’s refusal to repair the pier could cost it the vote.",
            ArticleFormat.Text, Samples.Options);

        result.Attributions.Should().NotContain(a => a.Source != null && a.Source.Mention.Text.Contains("could", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("Headline\n\nThe pier is unsafe, said Ann Lee, who is the harbour master.", "The pier is unsafe")]
    [InlineData("Headline\n\n“We will go,” said Ann Lee, who is the harbour master.", "“We will go,”")]
    public void A_speaker_described_by_a_relative_clause_is_still_the_speaker(string text, string content)
    {
        var attribution = WithCue(text, "said");

        attribution.Source!.Mention.Text.Should().Be("Ann Lee, who is the harbour master");
        attribution.Content.Text.Should().Be(content);
    }

    [Fact]
    public void A_comma_closing_an_aside_on_the_subject_leaves_the_cue_in_its_order()
    {
        var attribution = WithCue("Headline\n\nYet harbour pilots, like their union leaders, say dredging the channel costs too much.", "say");

        attribution.Source!.Mention.Text.Should().Be("harbour pilots, like their union leaders,");
        attribution.Content.Text.Should().Be("dredging the channel costs too much");
    }

    [Fact]
    public void After_a_clause_the_speaker_still_follows_the_comma()
    {
        var attribution = WithCue("Headline\n\nThe pier will reopen in spring, said Ann Lee.", "said");

        attribution.Source!.Mention.Text.Should().Be("Ann Lee");
        attribution.Content.Text.Should().Be("The pier will reopen in spring");
    }

    [Theory]
    // SourcePhrase.WithPrepositionalPhrase: a place closing the sentence after a name belongs to the speaker.
    [InlineData("Headline\n\nThe pier is older than the town, says harbour historian Dana Holt in Bath.", "says", "harbour historian Dana Holt in Bath")]
    // SourceAfterCue.ListClosingRelativeClause: a list in the description's relative clause runs to the sentence's end.
    [InlineData("Headline\n\nThe pier needs repairs, said Ann Lee, an engineer who has written reports, papers and essays on the harbour.", "said", "Ann Lee, an engineer who has written reports, papers and essays on the harbour")]
    // SourceAfterCue.CoordinatedPhraseEnd: after "said" and a comma, roles joined by "and" and the appositive closing the sentence.
    [InlineData("Headline\n\nThe firm lobbied for the pier, said lobbyist and GOP strategist Ann Lee, the firm's former partner.", "said", "lobbyist and GOP strategist Ann Lee, the firm's former partner")]
    public void The_speaker_after_the_cue_runs_to_the_sentences_end(string text, string cue, string source)
    {
        WithCue(text, cue).Source!.Mention.Text.Should().Be(source);
    }

    [Fact]
    public void A_publication_after_the_name_is_no_place_of_the_speaker()
    {
        ArticleAnalyzer.Analyze("Headline\n\nThe pier is older than the town, wrote Dana Holt in The Courier.", ArticleFormat.Text, Samples.Options)
            .Attributions.Should().NotContain(a => a.Source != null && a.Source.Mention.Text.Contains("The Courier", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("Headline\n\nThe pier, said Ann Lee, will reopen in May.", "said", "Ann Lee", "The pier, said Ann Lee, will reopen in May")]
    [InlineData("Headline\n\nPart of the problem, say experts like Tom Lane, a harbour engineer, is the silt itself.", "say", "experts like Tom Lane, a harbour engineer,", "Part of the problem, say experts like Tom Lane, a harbour engineer, is the silt itself")]
    [InlineData("Headline\n\nThe contrast with the mayor, said Lee and others, would be clear.", "said", "Lee and others", "The contrast with the mayor, said Lee and others, would be clear")]
    public void A_speaker_set_off_by_commas_inside_the_clause_reports_the_whole_clause(string text, string cue, string source, string content)
    {
        var attribution = WithCue(text, cue);

        attribution.Source!.Mention.Text.Should().Be(source);
        attribution.Content.Text.Should().Be(content);
    }

    [Theory]
    [InlineData("Headline\n\nThe harbour deal, announced Friday, would last four years.")]
    [InlineData("Headline\n\nTom Lane, recently named the board's chair, is out to prove the pier can pay.")]
    public void A_participle_set_off_by_commas_names_no_speaker_inside_the_clause(string text)
    {
        ArticleAnalyzer.Analyze(text, ArticleFormat.Text, Samples.Options).Attributions
            .Should().NotContain(a => a.Source != null && (a.Source.Mention.Text == "Friday" || a.Source.Mention.Text.StartsWith("the board", StringComparison.Ordinal)));
    }
}
