using AttributionKit.Tests.TestSupport;
using static AttributionKit.Tests.TestSupport.PlainTextAttributions;

namespace AttributionKit.Tests.Extraction.Attribution;

/// <summary>Sources made of noun phrases joined by "and" (before the predicate, or a list of names after the cue), and subjects opening a clause after a comma and "but".</summary>
public class CoordinatedSubjectTests
{
    [Fact]
    public void A_participle_after_the_predicate_takes_the_whole_pair_as_its_source()
    {
        var attribution = WithCue("Former pilot and harbour board chair Nora Vale opened up on the radio, telling listeners the pier was unsafe.", "telling");

        attribution.Source!.Mention.Text.Should().Be("Former pilot and harbour board chair Nora Vale");
        attribution.Content.Text.Should().Be("the pier was unsafe");
    }

    [Fact]
    public void The_pair_keeps_its_relative_clause_before_the_predicate()
    {
        var attribution = WithCue("Former pilot and harbour board chair Nora Vale, who backs the plan, trashed the mayor on the radio, calling him timid.", "calling");

        attribution.Source!.Mention.Text.Should().Be("Former pilot and harbour board chair Nora Vale, who backs the plan,");
        attribution.Content.Text.Should().Be("him timid");
    }

    [Fact]
    public void A_name_and_a_group_before_an_auxiliary_are_one_subject()
    {
        var attribution = WithCue("Mayor Dana Holt and two local ferry captains have begun to speak out, expressing dismay at the plan.", "expressing");

        attribution.Source!.Mention.Text.Should().Be("Mayor Dana Holt and two local ferry captains");
    }

    [Fact]
    public void And_before_a_second_verb_joins_no_subject()
    {
        var attribution = WithCue("Dana Holt took the stage at the pier and called the plan a disgrace, saying it would fail.", "saying");

        attribution.Source!.Mention.Text.Should().Be("Dana Holt");
        attribution.Content.Text.Should().Be("it would fail");
    }

    [Theory]
    [InlineData("The pier will reopen in May, but officials familiar with the talks say the date could slip.", "officials familiar with the talks")]
    [InlineData("The ferry is late again, so skippers in the harbour say the date could slip.", "skippers in the harbour")]
    public void A_conjunction_after_a_comma_opens_a_clause_whose_subject_is_a_group_with_its_phrase(string text, string source)
    {
        var attribution = WithCue(text, "say");

        attribution.Source!.Mention.Text.Should().Be(source);
        attribution.Content.Text.Should().Be("the date could slip");
    }

    [Theory]
    [InlineData("\"The ferry is late,\" wrote Nora Vale, Dana Holt and Tom Lane.", "Nora Vale, Dana Holt and Tom Lane")]
    [InlineData("\"The ferry is late,\" wrote Nora Vale, Dana Holt, and Tom Lane.", "Nora Vale, Dana Holt, and Tom Lane")]
    [InlineData("\"The ferry is late,\" wrote Nora Vale, Bath's mayor.", "Nora Vale, Bath's mayor")]
    public void A_list_of_full_names_closing_the_sentence_after_the_cue_is_the_source_and_a_description_stays_one(string text, string source)
    {
        var attribution = WithCue(text, "wrote");

        attribution.Source!.Mention.Text.Should().Be(source);
        attribution.Content.Text.Should().Be("\"The ferry is late,\"");
    }
}
