using AttributionKit.Model;
using AttributionKit.Tests.TestSupport;
using static AttributionKit.Tests.TestSupport.PlainTextAttributions;

namespace AttributionKit.Tests.Extraction.Attribution;

/// <summary>An infinitive cue of purpose or complement ("took to the radio to say", "does not plan to endorse",
/// "held a briefing to brag") is done by the subject of the clause it stands in, however far that clause's predicate
/// runs before "to".</summary>
public class InfinitiveClauseSubjectTests
{
    [Theory]
    [InlineData("After the vote, Dana Holt took to the radio to say thanks.", "say", "Dana Holt", "thanks")]
    [InlineData("Although Mr. Vale does not plan to endorse Mr. Holt from his pulpit, he will vote for him.", "endorse", "Mr. Vale", "Mr. Holt from his pulpit")]
    [InlineData("Holt on Friday held an impromptu press briefing to brag that the pier has reopened.", "brag", "Holt", "that the pier has reopened")]
    [InlineData("In the harbour office, her advisers are grappling with how to convince voters that the pier is safe.", "convince", "her advisers", "voters that the pier is safe")]
    [InlineData("Even before Nora Vale took the stage Tuesday night to thank her supporters, the crowd cheered.", "thank", "Nora Vale", "her supporters")]
    [InlineData("The weather was so bad that Mr. Holt was prompted to say the pier would close.", "say", "Mr. Holt", "the pier would close")]
    public void The_subject_of_the_clause_holding_the_infinitive_is_the_source(string text, string cue, string source, string content)
    {
        var attribution = WithCue(text, cue);

        attribution.Source!.Mention.Text.Should().Be(source);
        attribution.Kind.Should().Be(AttributionKind.Indirect);
        attribution.Content.Text.Should().Be(content);
    }

    [Theory]
    [InlineData("Holt had few allies on television, although his old friend Nora Vale appeared on the radio to defend him.", "defend", "his old friend Nora Vale", "him")]
    [InlineData("The pier was packed with fishermen, who had come in part to oppose the new fees.", "oppose", "who", "the new fees")]
    [InlineData("Nora Vale was the first pilot in the harbour to endorse Holt for mayor.", "endorse", "Nora Vale", "Holt for mayor")]
    [InlineData("Dana Holt, a longtime harbour pilot, descended the steps at Pier Tower in Roanoke to declare his candidacy.", "declare", "Dana Holt, a longtime harbour pilot,", "his candidacy")]
    public void The_clause_subject_replaces_another_rules_subject(string text, string cue, string source, string content)
    {
        var attribution = WithCue(text, cue);

        attribution.Source!.Mention.Text.Should().Be(source);
        attribution.Content.Text.Should().Be(content);
    }

    [Theory]
    [InlineData("Continuing to explain his plan, Holt said the pier would reopen.", "explain", "Holt", "his plan")]
    [InlineData("In an effort to clarify her remarks about the pier, Nora Vale wrote a letter to the board.", "clarify", "Nora Vale", "her remarks about the pier")]
    [InlineData("Using a crude expression to describe the harbour board as lazy, he said the pier was a disgrace.", "describe", "he", "the harbour board as lazy")]
    public void An_infinitive_in_the_opening_phrase_is_done_by_the_main_subject(string text, string cue, string source, string content)
    {
        var attribution = WithCue(text, cue);

        attribution.Source!.Mention.Text.Should().Be(source);
        attribution.Content.Text.Should().Be(content);
    }

    [Theory]
    [InlineData("Whether the plan works is hard to say - nobody knows.", "say")]
    [InlineData("Now that the board is more open, it's important to remember that boards are messy.", "remember")]
    [InlineData("Dana Holt's job will be to see that the pier stays open.", "see")]
    [InlineData("It's hard not to wonder whether the pier will reopen.", "wonder")]
    [InlineData("For harbour investors, it is hard to see the silver lining in the fees.", "see")]
    public void A_judgement_or_a_new_subject_before_to_leaves_the_cue_without_source(string text, string cue)
    {
        var attribution = WithCue(text, cue);

        attribution.Source.Should().BeNull();
    }
}
