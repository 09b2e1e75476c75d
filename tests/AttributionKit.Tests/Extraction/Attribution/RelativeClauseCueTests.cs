using AttributionKit.Model;
using AttributionKit.Tests.TestSupport;
using static AttributionKit.Tests.TestSupport.PlainTextAttributions;

namespace AttributionKit.Tests.Extraction.Attribution;

/// <summary>A cue after "and", or a participle, inside a relative clause opened by "who": the relative pronoun is its
/// source, not the subject of the main clause.</summary>
public class RelativeClauseCueTests
{
    [Theory]
    [InlineData("The new plan has won over Nora Vale, who came out and endorsed the ferry levy during a call.", "endorsed", "who", "the ferry levy during a call")]
    [InlineData("The harbour board sat down with Tom Lane, who a week ago surprised the pilots by declaring he could not support the plan.", "declaring", "who", "he could not support the plan")]
    public void The_relative_pronoun_is_the_source(string text, string cue, string source, string content)
    {
        var attribution = WithCue(text, cue);

        attribution.Source!.Mention.Text.Should().Be(source);
        attribution.Kind.Should().Be(AttributionKind.Indirect);
        attribution.Content.Text.Should().Be(content);
    }

    [Fact]
    public void Who_after_a_preposition_asks_and_leaves_the_subject()
    {
        // Counter-example: "on who" asks a question; the main clause's subject said it.
        var attribution = WithCue("The spokesman refused to answer questions on who the board would back but said there was no meeting.", "said");

        attribution.Source!.Mention.Text.Should().Be("The spokesman");
    }

    [Fact]
    public void Who_after_those_names_a_group_the_subject_acts_on()
    {
        // Counter-example: "those who left" is the object of "praised"; he said it.
        var attribution = WithCue("He praised those who left but said the harbour was in a different place now.", "said");

        attribution.Source!.Mention.Text.Should().Be("He");
    }

    [Theory]
    [InlineData("Dana Holt, a harbour engineer who advised the mayor on the pier repairs, said the work was late.", "Dana Holt, a harbour engineer who advised the mayor on the pier repairs,", "the work was late")]
    [InlineData("Nora Vale, a former council member who argued with Tom Lane at the March meeting, said in an interview that the budget was short.", "Nora Vale, a former council member who argued with Tom Lane at the March meeting,", "that the budget was short")]
    public void A_verb_after_the_comma_closing_an_appositive_relative_clause_is_the_main_clause_cue(string text, string source, string content)
    {
        // The relative clause inside the appositive ends at the appositive's comma; "said" has the name with its
        // appositive as subject and is not swallowed as what the relative clause's verb reports.
        var attribution = WithCue(text, "said");

        attribution.Source!.Mention.Text.Should().Be(source);
        attribution.Content.Text.Should().Be(content);
        ArticleAnalyzer.Analyze(text, ArticleFormat.Text, Samples.Options).Attributions.Should().NotContain(a => a.Source != null && a.Source.Mention.Text == "who" && a.Content.Text.Contains("said"));
    }
}
