using AttributionKit.Tests.TestSupport;

namespace AttributionKit.Tests.Checking.Rules;

public class NameVariantRuleTests
{
    private static List<string> Fired(string text) =>
        [.. ArticleAnalyzer.Analyze(text, ArticleFormat.Text, Samples.Options).Findings
            .Where(f => f.Rule.Name == "name-variant").Select(f => f.Excerpt)];

    [Fact]
    public void Two_spellings_of_one_surname_fire()
    {
        Fired("Ukrainian President Volodymyr Zelenskyy spoke on Monday. Later Zelensky met the press.")
            .Should().Equal("Zelensky");
    }

    [Fact]
    public void Different_people_with_similar_surnames_do_not_fire()
    {
        Fired("Senator Mark Johnson met Governor Ellen Johnston on Monday.").Should().BeEmpty();
    }

    [Fact]
    public void Different_people_sharing_a_first_name_do_not_fire()
    {
        Fired("Vladimir Putin spoke with Vladimir Medinsky before the talks.").Should().BeEmpty();
    }

    [Fact]
    public void Plurals_and_possessives_are_not_variants()
    {
        Fired("Bill Clinton spoke. The Clintons left, and Clinton’s aides stayed.").Should().BeEmpty();
    }

    [Fact]
    public void Seed_text_does_not_fire()
    {
        Fired(File.ReadAllText(Samples.SeedText)).Should().BeEmpty();
    }
}
