using AttributionKit.Model;
using AttributionKit.Tests.TestSupport;

namespace AttributionKit.Tests.Extraction.Attribution;

/// <summary>
/// An aside set off by commas between a common-noun subject and its cue that renames or describes the subject belongs to
/// the source: a capitalised name ("Another pilot, Dana Holt of Troy University, said") or a past participle with its
/// agent ("The harbour survey, conducted by the Troy Institute, finds"); a "which" clause after a description goes on
/// describing the speaker ("Dana Holt, an official at the housing board, which has a backlog, said").
/// </summary>
public class RenamingAsideTests
{
    private static AnalysisResult Analyze(string text) => ArticleAnalyzer.Analyze(text, ArticleFormat.Text, Samples.Options);

    [Fact]
    public void A_name_with_linking_words_renames_the_noun_before_it()
    {
        var attributions = Analyze("Another pilot, Dana Holt of Troy University, said the pier was unsafe.").Attributions;

        attributions.Should().Contain(a => a.Source!.Mention.Text == "Another pilot, Dana Holt of Troy University," && a.Cue!.Text == "said" && a.Content.Text == "the pier was unsafe");
    }

    [Fact]
    public void A_group_name_renames_a_possessed_noun()
    {
        var attributions = Analyze("Mr. Holt's group, March for Piers at Troy, plans to demand a vote.").Attributions;

        attributions.Should().Contain(a => a.Source!.Mention.Text == "Mr. Holt's group, March for Piers at Troy," && a.Cue!.Text == "plans" && a.Content.Text == "to demand a vote");
    }

    [Fact]
    public void A_participle_with_its_agent_describes_the_subject()
    {
        var attributions = Analyze("The harbour survey, conducted by the Troy Institute of Ohio, finds the pier unsafe.").Attributions;

        attributions.Should().Contain(a => a.Source!.Mention.Text == "The harbour survey, conducted by the Troy Institute of Ohio," && a.Cue!.Text == "finds" && a.Content.Text == "the pier unsafe");
    }

    [Fact]
    public void An_irregular_participle_with_its_agent_describes_the_subject()
    {
        var attributions = Analyze("The aides, led by harbour manager Dana Holt, told the group that they would lose.").Attributions;

        attributions.Should().Contain(a => a.Source!.Mention.Text == "The aides, led by harbour manager Dana Holt," && a.Cue!.Text == "told" && a.Content.Text == "that they would lose");
    }

    [Fact]
    public void A_participle_without_an_agent_stays_an_aside()
    {
        var attributions = Analyze("The poll, released on Wednesday night, showed the mayor leading.").Attributions;

        attributions.Should().Contain(a => a.Source!.Mention.Text == "The poll" && a.Cue!.Text == "showed");
    }

    [Fact]
    public void A_clause_about_the_description_s_noun_goes_on_describing_the_speaker()
    {
        var attributions = Analyze("Dana Holt, an official at the Harbour Housing Authority, which has a backlog of 500 boats, said the rule was costly.").Attributions;

        attributions.Should().Contain(a => a.Source!.Mention.Text == "Dana Holt, an official at the Harbour Housing Authority, which has a backlog of 500 boats,"
            && a.Cue!.Text == "said" && a.Content.Text == "the rule was costly");
    }

    [Fact]
    public void A_credit_between_commas_is_no_renaming_name()
    {
        var attributions = Analyze("The pilots, Holt said, were tired.").Attributions;

        attributions.Should().NotContain(a => a.Source!.Mention.Text.StartsWith("The pilots", StringComparison.Ordinal));
    }
}
