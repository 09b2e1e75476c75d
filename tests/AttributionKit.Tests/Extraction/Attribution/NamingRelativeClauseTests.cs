using AttributionKit.Model;
using AttributionKit.Tests.TestSupport;
using static AttributionKit.Tests.TestSupport.PlainTextAttributions;

namespace AttributionKit.Tests.Extraction.Attribution;

/// <summary>
/// A quote right after a naming verb in a relative clause ("under what Dana Holt called “the old model,” the pier
/// company charged …") completes that clause: its speaker is the clause's subject, not the subject and verb of the main
/// clause after the comma, and the naming verb's content ends with the quote (NamingRelativeClause, naming-verbs.txt).
/// </summary>
public class NamingRelativeClauseTests
{
    [Theory]
    [InlineData("In 2009, under what Dana Holt called “the old harbour model,” the pier company charged a large fee to every boat.", "called", "Dana Holt", "“the old harbour model,”")]
    [InlineData("In a speech that Mayor Nora Vale called “reckless,” Dana Holt demanded a new pier for the harbour.", "called", "Mayor Nora Vale", "“reckless,”")]
    [InlineData("Under what Nora Vale described as “a harbour cartel,” the ferry owners raised their fares again.", "described", "Nora Vale", "“a harbour cartel,”")]
    public void The_subject_of_the_naming_verb_speaks_the_quote(string text, string cue, string source, string content)
    {
        var attribution = WithCue(text, cue);

        attribution.Source!.Mention.Text.Should().Be(source);
        attribution.Content.Text.Should().Be(content);
    }

    [Fact]
    public void The_main_clause_after_the_comma_is_no_tag_of_the_quote()
    {
        var result = ArticleAnalyzer.Analyze(
            "In 2009, under what Nora Vale called “the worst deal this harbour has ever signed,” the pier company charged a fee.",
            ArticleFormat.Text,
            Samples.Options);

        result.Quotes.Should().ContainSingle().Which.Speaker.Should().Be("Nora Vale");
    }

    [Fact]
    public void A_tag_after_a_naming_verb_with_its_own_object_still_credits_the_quote() =>
        // "called the pier …": the verb has its object, so no relative clause ends with the quote.
        WithCue("The mayor called the pier “a disgrace,” Dana Holt said.", "said").Source!.Mention.Text.Should().Be("Dana Holt");
}
