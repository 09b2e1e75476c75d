using AttributionKit.Model;
using AttributionKit.Tests.TestSupport;

namespace AttributionKit.Tests.Extraction.Attribution;

/// <summary>A few quoted words woven into a sentence whose subject names no person: the quote keeps the subject as
/// its speaker, but no relation is reported for it.</summary>
public class WovenTermTests
{
    [Fact]
    public void A_term_under_a_subject_naming_no_person_is_no_relation()
    {
        var result = ArticleAnalyzer.Analyze("It owed the harbour firm $556,000 for “survey research” through June.", ArticleFormat.Text, Samples.Options);

        result.Attributions.Should().BeEmpty();
        result.Quotes.Should().ContainSingle().Which.Text.Should().Be("survey research");
    }

    [Fact]
    public void A_term_under_a_possessive_subject_stays_its_relation()
    {
        var result = ArticleAnalyzer.Analyze("Nora Vale’s “47 percent” comment was nearly as dismissive as the board’s.", ArticleFormat.Text, Samples.Options);

        var attribution = result.Attributions.Should().ContainSingle().Which;
        attribution.Source!.Mention.Text.Should().Be("Nora Vale’s");
        attribution.Kind.Should().Be(AttributionKind.Mixed);
        attribution.Content.Text.Should().Be("“47 percent”");
    }

    [Fact]
    public void A_longer_quote_under_the_same_subject_stays_a_relation()
    {
        var result = ArticleAnalyzer.Analyze("It told the harbour firm it would “never again pay for survey research” in June.", ArticleFormat.Text, Samples.Options);

        result.Attributions.Should().Contain(a => a.Content.Text.Contains("never again pay for survey research", StringComparison.Ordinal));
    }
}
