using AttributionKit.Checking.Rules;
using AttributionKit.Extraction.Attribution;
using AttributionKit.Extraction.Outlets;
using AttributionKit.Loading;
using AttributionKit.Segmentation;
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
    public void A_page_naming_more_people_than_are_compared_still_checks_the_first_ones()
    {
        // A roster of 600 people: the rule compares the first MaxSurnames surnames, the first of which is misspelt later.
        var roster = string.Join(" ", Enumerable.Range(0, 600).Select(i => $"Then {char.ToUpperInvariant(Letters(i)[0])}{Letters(i)[1..]}ny Quist{Letters(i)} voted."));

        Fired("Ukrainian President Volodymyr Zelenskyy spoke on Monday. " + roster + " Later Zelensky met the press.")
            .Should().Equal("Zelensky");
        var segmented = SentenceSegmenter.Segment(ArticleLoader.LoadText(roster, null, ArticleFormat.Text, Samples.Today));
        var people = AttributionExtractor.Extract(segmented, OutletExtractor.Extract(segmented, Samples.Options)).People!;
        people.Names.Count(n => n.Contains("Quist", StringComparison.Ordinal)).Should().BeGreaterThan(NameVariantRule.MaxSurnames, "the roster names more people than are compared");

        static string Letters(int n) => new([(char)('a' + (n / 26 % 26)), (char)('a' + (n % 26)), 'x']);
    }

    [Fact]
    public void A_surname_with_an_accent_dropped_fires_though_too_short_for_the_fuzzy_ratio()
    {
        // "müller" / "muller" has a ratio of 83, under the threshold: the accent alone makes it a variant.
        Fired("Coach Thomas Müller praised the squad. Muller said the team was ready.").Should().Equal("Muller");
    }

    [Fact]
    public void One_surname_whose_first_name_is_spelt_with_and_without_its_accent_fires()
    {
        Fired("Councillor Mairead Flynn chairs the committee. Later Mairéad Flynn said the projects could not be compared.")
            .Should().Equal("Mairéad");
    }

    [Fact]
    public void One_surname_with_two_different_first_names_does_not_fire()
    {
        Fired("Councillor Maire Flynn chairs the committee. Her brother Mairtin Flynn said the projects could not be compared.")
            .Should().BeEmpty();
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

    [Theory]
    [InlineData("Donald Trump spoke in Ohio. TRUMP: We will win.")] // capitals are a style
    [InlineData("Senator Shelley Moore Capito spoke at the Capitol on Monday.")] // a word that is the name with an ending
    [InlineData("Jay Moore spoke first. More than 100 people came, and more came later.")] // a word of the language
    [InlineData("Chris Christie spoke. Christine Todd Whitman replied.")] // a first name of someone named
    [InlineData("Columnist Dana Bovard wrote for the Gazette’s Board of Contributors.")] // an institution's noun
    [InlineData("News Analysis.\n\nAnalysts say the pier will close.")] // a role in capitals, not a surname
    [InlineData("Columnist Nora Nolte spoke. (Note to the mayor: the pier is closed.)")] // a reporting verb
    public void Capitals_endings_common_words_and_first_names_are_not_spellings_of_a_surname(string text) =>
        Fired(text).Should().BeEmpty();

    [Fact]
    public void A_doubled_last_letter_is_still_a_spelling()
    {
        Fired("Volodymyr Zelensky spoke. Later Zelenskyy met the press.").Should().Equal("Zelenskyy");
    }

    [Fact]
    public void Best_ratio_bounds_fuzzy_ratio_from_above_and_is_reached_by_a_prefix()
    {
        // The rule skips a pair whose BestRatio is below its threshold: that must never skip a pair FuzzySharp would pass.
        var random = new Random(20261129);
        const string letters = "aeiounrstlzky";
        for (var n = 0; n < 5000; n++)
        {
            var a = new string([.. Enumerable.Range(0, random.Next(1, 14)).Select(_ => letters[random.Next(letters.Length)])]);
            var b = random.Next(3) == 0
                ? a[..random.Next(1, a.Length + 1)]
                : new string([.. Enumerable.Range(0, random.Next(1, 14)).Select(_ => letters[random.Next(letters.Length)])]);
            var ratio = FuzzySharp.Fuzz.Ratio(a, b);
            NameVariantRule.BestRatio(a.Length, b.Length).Should().BeGreaterThanOrEqualTo(ratio, $"{a} / {b}");
            if (b.Length <= a.Length && a.StartsWith(b, StringComparison.Ordinal))
            {
                ratio.Should().Be(NameVariantRule.BestRatio(a.Length, b.Length), $"a prefix differs by its missing letters only ({a} / {b})");
            }
        }
    }

    [Fact]
    public void Seed_text_does_not_fire()
    {
        Fired(File.ReadAllText(Samples.SeedText)).Should().BeEmpty();
    }
}
