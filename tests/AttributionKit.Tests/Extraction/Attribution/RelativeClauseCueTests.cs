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

    [Theory]
    [InlineData("Those who named a mayor said the pier was safe.", "Those who named a mayor", "the pier was safe", "named", "a mayor")]
    [InlineData("The pilot who wrote the letter says he will resign.", "The pilot who wrote the letter", "he will resign", "wrote", "the letter")]
    public void A_cue_after_the_object_of_a_restrictive_relative_clause_is_the_main_clause_cue(string text, string source, string content, string relativeCue, string relativeObject)
    {
        // The relative clause's verb takes an object, so the first finite verb after it is the main clause's, and its
        // subject is the whole noun phrase with the relative clause.
        var main = WithCue(text, text.Contains("says") ? "says" : "said");
        main.Source!.Mention.Text.Should().Be(source);
        main.Content.Text.Should().Be(content);

        var relative = WithCue(text, relativeCue);
        relative.Source!.Mention.Text.Should().Be("who");
        relative.Content.Text.Should().Be(relativeObject);
    }

    [Fact]
    public void A_verb_taking_a_clause_in_a_restrictive_relative_clause_keeps_its_reported_clause()
    {
        // Counter-example: after "say" the first verb ("knows") is the reported clause's, not a main clause's.
        var attribution = WithCue("Pilots who say the mayor knows the harbour are few.", "say");

        attribution.Source!.Mention.Text.Should().Be("who");
        attribution.Content.Text.Should().StartWith("the mayor knows the harbour");
    }
}
