using AttributionKit.Model;
using AttributionKit.Tests.TestSupport;

namespace AttributionKit.Tests.Extraction.Attribution;

/// <summary>
/// A noun of saying or belief with no possessor before its "that" clause: the governing verb or preposition joins the
/// cue and its subject is the source; a possessor past adjectives is the source; with neither, nobody is named.
/// </summary>
public class SpeechNounClauseTests
{
    [Theory]
    [InlineData("Holt made the suggestion that the pier should close in May.", "Holt", "made the suggestion", "that the pier should close in May")]
    [InlineData("Vale left no doubt that she would run for mayor again.", "Vale", "left no doubt", "that she would run for mayor again")]
    [InlineData("The harbour board has repeatedly raised doubts that the old pier can be saved.", "The harbour board", "has repeatedly raised doubts", "that the old pier can be saved")]
    public void A_verb_governing_the_noun_joins_the_cue_and_its_subject_is_the_source(string text, string source, string cue, string content)
    {
        var attribution = PlainTextAttributions.WithCue(text, cue);

        attribution.Source!.Mention.Text.Should().Be(source);
        attribution.Content.Text.Should().Be(content);
        attribution.Kind.Should().Be(AttributionKind.Indirect);
    }

    [Theory]
    [InlineData("That was an expansion of Holt's familiar claims that Vale is unfit to lead the port.", "Holt's", "familiar claims", "that Vale is unfit to lead the port")]
    [InlineData("The main news was his stern insistence that the pier would close for the winter.", "his", "stern insistence", "that the pier would close for the winter")]
    public void A_possessor_past_the_adjectives_is_the_source(string text, string source, string cue, string content)
    {
        var attribution = PlainTextAttributions.WithCue(text, cue);

        attribution.Source!.Mention.Text.Should().Be(source);
        attribution.Content.Text.Should().Be(content);
    }

    [Fact]
    public void With_nothing_governing_the_noun_it_names_nobody()
    {
        var attribution = PlainTextAttributions.WithCue("There were numerous complaints that the pier was unsafe for children.", "complaints");

        attribution.Source.Should().BeNull();
        attribution.Content.Text.Should().Be("that the pier was unsafe for children");
    }

    [Theory]
    // A verb right after "that" makes a relative clause about the noun.
    [InlineData("The board released a statement that accused the mayor of lying about the pier.")]
    // A noun whose "that" clause is rarely reported is not in the lexicon.
    [InlineData("The idea that the pier could reopen by May seemed remote to everyone.")]
    public void A_relative_clause_or_a_noun_outside_the_lexicon_reports_nothing(string text) =>
        ArticleAnalyzer.Analyze(text, ArticleFormat.Text, Samples.Options).Attributions
            .Should().NotContain(a => a.Cue != null && (a.Cue.Text.EndsWith("statement", StringComparison.Ordinal) || a.Cue.Text.EndsWith("idea", StringComparison.Ordinal)));

    [Fact]
    public void Quoted_words_in_the_clause_keep_the_quote_rules_speaker()
    {
        var result = ArticleAnalyzer.Analyze("Its bold prediction that Holt would be “the best mayor the port ever had” drew laughs, said Vale.", ArticleFormat.Text, Samples.Options);

        result.Attributions.Should().NotContain(a => a.Cue != null && a.Cue.Text == "bold prediction");
    }

    [Theory]
    [InlineData("The government hopes that its divers can inspect the pier soon.", "hopes", "The government")]
    [InlineData("The suit claims that Holt misled the harbour board.", "claims", "The suit")]
    public void A_homograph_in_s_after_an_article_and_a_noun_is_the_verb(string text, string cue, string source) =>
        PlainTextAttributions.WithCue(text, cue).Source!.Mention.Text.Should().Be(source);

    [Theory]
    [InlineData("The candidate claims his net worth is in excess of ten million dollars.", "claims", "The candidate", "his net worth is in excess of ten million dollars")]
    [InlineData("With the chair away, the mayor hopes the pier would reopen by June.", "hopes", "the mayor", "the pier would reopen by June")]
    public void A_homograph_in_s_before_a_clause_without_that_is_the_verb(string text, string cue, string source, string content)
    {
        var attribution = PlainTextAttributions.WithCue(text, cue);

        attribution.Source!.Mention.Text.Should().Be(source);
        attribution.Content.Text.Should().Be(content);
    }

    [Fact]
    public void A_homograph_in_s_before_a_preposition_stays_the_noun() =>
        ArticleAnalyzer.Analyze("The board claims of fraud were dismissed.", ArticleFormat.Text, Samples.Options)
            .Attributions.Should().NotContain(a => a.Cue != null && a.Cue.Text == "claims");
}
