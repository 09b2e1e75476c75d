using AttributionKit.Model;
using AttributionKit.Tests.TestSupport;

namespace AttributionKit.Tests.Extraction.Attribution;

/// <summary>
/// SourceBeforeCue: a floating quantifier ("both", "all", "each") right after the subject stands for it; the subject,
/// not the quantifier and not nothing, is the source.
/// </summary>
public class FloatingQuantifierTests
{
    private static System.Collections.Immutable.ImmutableArray<AttributionKit.Model.Attribution> AttributionsIn(string text) =>
        ArticleAnalyzer.Analyze(text, ArticleFormat.Text, Samples.Options).Attributions;

    [Theory]
    [InlineData("The pilots all said the pier would close.", "The pilots", "said")]
    [InlineData("The mayor and her deputy both argued that the pier would close.", "The mayor and her deputy", "argued")]
    [InlineData("The two women each said the pier would close.", "The two women", "said")]
    [InlineData("The pilots all agree the pier would close.", "The pilots", "agree")]
    [InlineData("They both said the pier would close.", "They", "said")]
    [InlineData("We all agree the pier would close.", "We", "agree")]
    public void The_subject_before_the_quantifier_is_the_source(string text, string source, string cue)
    {
        var attribution = AttributionsIn(text).Should().ContainSingle().Subject;

        attribution.Source!.Mention.Text.Should().Be(source);
        attribution.Cue!.Text.Should().Be(cue);
    }

    [Fact]
    public void A_pronoun_and_quantifier_in_a_relative_clause_report_nothing()
    {
        AttributionsIn("This was the mayor we all knew, the one who backs the pier.")
            .Should().NotContain(a => a.Cue != null && a.Cue.Text == "knew");
    }

    [Theory]
    [InlineData("None of the skippers said the pier was safe.", "None of the skippers")]
    [InlineData("Neither of the pilots said the pier was safe.", "Neither of the pilots")]
    [InlineData("None said the pier was safe.", "None")]
    public void A_quantity_of_none_opening_the_sentence_heads_the_source(string text, string source)
    {
        AttributionsIn(text).Should().ContainSingle().Which.Source!.Mention.Text.Should().Be(source);
    }
}
