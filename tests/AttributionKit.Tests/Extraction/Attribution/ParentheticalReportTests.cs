using AttributionKit.Model;
using AttributionKit.Tests.TestSupport;

namespace AttributionKit.Tests.Extraction.Attribution;

public class ParentheticalReportTests
{
    private static AnalysisResult Analyze(string text) => ArticleAnalyzer.Analyze(text, ArticleFormat.Text, Samples.Options);

    [Fact]
    public void A_reporting_clause_in_commas_after_a_cue_reports_the_whole_sentence()
    {
        var attributions = Analyze("The figures show, Dana Holt said, that the pier lost money.").Attributions;

        attributions.Should().ContainSingle();
        attributions[0].Source!.Mention.Text.Should().Be("Dana Holt");
        attributions[0].Cue!.Text.Should().Be("said");
        attributions[0].Content.Text.Should().Be("The figures show, Dana Holt said, that the pier lost money");
    }

    [Fact]
    public void A_pronoun_parenthetical_after_a_verb_of_hoping_takes_its_clause()
    {
        var attributions = Analyze("Nora Vale hoped, she said in an interview, that the harbour would reopen.").Attributions;

        attributions.Should().ContainSingle();
        attributions[0].Source!.Mention.Text.Should().Be("she");
        attributions[0].Cue!.Text.Should().Be("said");
        attributions[0].Content.Text.Should().Be("Nora Vale hoped, she said in an interview, that the harbour would reopen");
    }

    [Fact]
    public void A_reporting_clause_after_the_content_stays_outside_it()
    {
        var attributions = Analyze("Nora Vale announced the closure, Dana Holt said.").Attributions;

        attributions.Should().Contain(a => a.Source!.Mention.Text == "Dana Holt" && a.Cue!.Text == "said" && a.Content.Text == "Nora Vale announced the closure");
    }

    [Fact]
    public void A_quote_after_the_parenthetical_goes_to_its_speaker()
    {
        var attributions = Analyze("Cost estimates, Dana Holt added, were \"far too high.\"").Attributions;

        attributions.Should().ContainSingle();
        attributions[0].Source!.Mention.Text.Should().Be("Dana Holt");
        attributions[0].Cue!.Text.Should().Be("added");
        attributions[0].Content.Text.Should().Be("Cost estimates, Dana Holt added, were \"far too high.\"");
        attributions[0].Kind.Should().Be(AttributionKind.Mixed);
    }

    [Fact]
    public void A_speaker_after_a_question_clause_is_no_parenthetical()
    {
        var attributions = Analyze("When asked whom she supported, Nora Vale smiled and said, \"I am waiting for the mayor.\"").Attributions;

        attributions.Should().Contain(a => a.Source != null && a.Source.Mention.Text == "Nora Vale" && a.Cue!.Text == "said" && a.Content.Text == "\"I am waiting for the mayor.\"");
        attributions.Should().NotContain(a => a.Content.Text.StartsWith("When"));
    }
}
