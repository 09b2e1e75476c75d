using AttributionKit.Extraction.Attribution;
using AttributionKit.Tests.TestSupport;

namespace AttributionKit.Tests.Extraction.Attribution;

public class PersonRegistryTests
{
    private static PersonRegistry Build(string text) =>
        PersonRegistry.Build(ArticleAnalyzer.Analyze(text, ArticleFormat.Text, Samples.Options).Article, _ => false);

    [Fact]
    public void A_surname_resolves_to_the_full_name_introduced_before_it()
    {
        const string text = "Russian Presidential Spokesman Dmitry Peskov spoke on Monday. Later Peskov added a remark.";
        var registry = Build(text);

        registry.ResolveName("Peskov", text.LastIndexOf("Peskov", StringComparison.Ordinal)).Should().Be("Dmitry Peskov");
        registry.RoleOf("Dmitry Peskov").Should().Be("Presidential Spokesman");
    }

    [Fact]
    public void An_institution_named_after_a_person_is_not_a_person()
    {
        // "Holt University" is a place: the "she" after it is still Dana Holt, and it is no one's full name.
        const string text = "Dana Holt spoke first. Critics of Holt University were angry, she said.";
        var registry = Build(text);

        registry.Names.Should().NotContain("Holt University");
        registry.MostRecentBefore(text.IndexOf("she", StringComparison.Ordinal)).Should().Be("Dana Holt");
    }

    [Fact]
    public void A_country_is_not_the_person_a_later_pronoun_names()
    {
        const string text = "Dana Holt spoke in the United States on Wednesday. Later she left.";
        var registry = Build(text);

        registry.MostRecentBefore(text.IndexOf("she", StringComparison.Ordinal)).Should().Be("Dana Holt");
    }

    [Theory]
    [InlineData("Dana Holt spoke in New Hampshire on Wednesday. Later she left.", "New Hampshire")]
    [InlineData("Dana Holt flew to Puerto Rico on Wednesday. Later she left.", "Puerto Rico")]
    [InlineData("Dana Holt met the Vermont Democrat on Wednesday. Later she left.", "Vermont Democrat")]
    [InlineData("Dana Holt met Muslim Americans on Wednesday. Later she left.", "Muslim Americans")]
    public void A_place_or_a_description_named_like_a_person_is_not_the_person_a_later_pronoun_names(string text, string place)
    {
        var registry = Build(text);

        registry.Names.Should().NotContain(place);
        registry.MostRecentBefore(text.IndexOf("she", StringComparison.Ordinal)).Should().Be("Dana Holt");
    }

    [Fact]
    public void A_surname_used_before_the_full_name_resolves_to_the_name_that_follows()
    {
        const string text = "Peskov spoke first. Then Dmitry Peskov repeated it.";
        var registry = Build(text);

        registry.ResolveName("Peskov", 0).Should().Be("Dmitry Peskov");
    }

    [Fact]
    public void The_fullest_form_of_a_name_wins()
    {
        const string text = "Volodymyr Zelenskyy met the press. Volodymyr Oleksandrovych Zelenskyy signed it. Zelenskyy left.";
        var registry = Build(text);

        registry.ResolveName("Zelenskyy", text.LastIndexOf("Zelenskyy", StringComparison.Ordinal)).Should().Be("Volodymyr Oleksandrovych Zelenskyy");
    }

    [Fact]
    public void A_surname_resolves_to_the_nearest_earlier_person_of_that_name()
    {
        const string text = "Anna Smith spoke. Later John Smith answered. Smith then left.";
        var registry = Build(text);

        registry.ResolveName("Smith", text.LastIndexOf("Smith", StringComparison.Ordinal)).Should().Be("John Smith");
        registry.ResolveName("Smith", text.IndexOf("Later", StringComparison.Ordinal)).Should().Be("Anna Smith");
    }

    [Fact]
    public void A_surname_resolves_to_the_name_it_ends_before_a_nearer_one_it_opens()
    {
        // "Holt Vale" (a later run opened by the word) is nearer, but news copy calls people by their surnames.
        const string text = "Dana Holt spoke first. Later the Holt Vale crowd cheered. Holt then left.";
        var registry = Build(text);

        registry.ResolveName("Holt", text.LastIndexOf("Holt", StringComparison.Ordinal)).Should().Be("Dana Holt");
    }

    [Fact]
    public void A_first_name_alone_still_resolves_to_the_name_it_opens()
    {
        const string text = "Dana Holt spoke first. Dana then left.";
        var registry = Build(text);

        registry.ResolveName("Dana", text.LastIndexOf("Dana", StringComparison.Ordinal)).Should().Be("Dana Holt");
    }

    [Fact]
    public void An_unknown_name_resolves_to_nothing()
    {
        Build("Dmitry Peskov spoke on Monday.").ResolveName("Ushakov", 10).Should().BeNull();
    }

    [Theory]
    [InlineData("The vote drew notice. CNN’s Dana Holt covered it. Later Holt wrote more.", "Dana Holt")]
    [InlineData("The vote drew notice. Reuters’ Dana Holt covered it. Later Holt wrote more.", "Dana Holt")]
    [InlineData("The vote drew notice. The Gazette's Dana Holt covered it. Later Holt wrote more.", "Dana Holt")]
    public void An_employer_in_the_possessive_before_a_name_is_not_part_of_it(string text, string name)
    {
        var registry = Build(text);

        registry.Names.Should().Contain(name).And.NotContain(n => n.Contains("CNN") || n.Contains("Reuters") || n.Contains("Gazette"));
        registry.ResolveName("Holt", text.LastIndexOf("Holt", StringComparison.Ordinal)).Should().Be(name);
    }

    [Fact]
    public void A_person_in_the_possessive_before_a_name_is_a_name_of_its_own()
    {
        const string text = "Nora Vale’s deputy Dana Holt spoke first. Later Vale spoke too.";
        var registry = Build(text);

        registry.Names.Should().Contain("Nora Vale").And.Contain("Dana Holt");
        registry.ResolveName("Vale", text.LastIndexOf("Vale", StringComparison.Ordinal)).Should().Be("Nora Vale");
    }
}
