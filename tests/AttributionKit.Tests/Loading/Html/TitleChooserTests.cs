using AttributionKit.Loading.Html;

namespace AttributionKit.Tests.Loading.Html;

public class TitleChooserTests
{
    private static string? Choose(
        string? documentTitle,
        string[]? headings = null,
        string? inArticle = null,
        string? siteName = null,
        string[]? subheadings = null,
        string? firstSubheading = null,
        string[]? excluded = null,
        string[]? meta = null,
        string? marked = null,
        string[]? before = null) =>
        TitleChooser.Choose(new TitleClues(meta ?? [], documentTitle, headings ?? [], inArticle, siteName, subheadings ?? [], firstSubheading, excluded ?? [], marked, before));

    [Fact]
    public void The_marked_headline_wins_over_the_h1()
    {
        var title = Choose("Budget: what the council decided | Daily Example", ["Budget: what the council decided"], inArticle: "Budget: what the council decided", marked: "Council approves the budget for next year");

        title.Should().Be("Council approves the budget for next year");
    }

    [Fact]
    public void A_marked_headline_that_is_the_site_name_is_a_logo()
    {
        var title = Choose("Why the bridge closed early | Harbour Notes", ["Why the bridge closed early"], inArticle: "Why the bridge closed early", siteName: "Harbour Notes", marked: "Harbour Notes");

        title.Should().Be("Why the bridge closed early");
    }

    [Fact]
    public void An_h2_before_an_unconfirmed_h1_that_says_what_the_title_says_is_the_headline()
    {
        var title = Choose("Sustainability in our shop", ["Our three main measures"], inArticle: "Our three main measures", before: ["Sustainability in our shop"]);

        title.Should().Be("Sustainability in our shop");
    }

    [Fact]
    public void An_h1_that_only_names_the_site_is_a_logo_and_the_confirmed_h2_is_the_headline()
    {
        var title = Choose("Why the bridge closed early | Harbour Notes", ["Harbour Notes"], inArticle: "Harbour Notes", subheadings: ["Why the bridge closed early", "Comments"]);

        title.Should().Be("Why the bridge closed early");
    }

    [Fact]
    public void The_only_h1_outside_the_article_block_wins_over_a_title_with_a_suffix()
    {
        var title = Choose("Lemon Tart with Meringue Recipe | Pastry Corner", ["Lemon Tart with Meringue"]);

        title.Should().Be("Lemon Tart with Meringue");
    }

    [Fact]
    public void A_lone_section_label_h1_that_shares_no_word_with_the_titles_is_not_the_headline()
    {
        var title = Choose("Council votes to rebuild the library - City Paper", ["Politics"], siteName: "City Paper", meta: ["Council votes to rebuild the library"]);

        title.Should().Be("Council votes to rebuild the library");
    }

    [Fact]
    public void An_h1_in_a_dropped_banner_counts_when_the_document_title_confirms_it()
    {
        var title = Choose("Spring garden checklist - Green Thumb", excluded: ["Spring garden checklist"], meta: ["Spring garden checklist: ten jobs for April"]);

        title.Should().Be("Spring garden checklist");
    }

    [Fact]
    public void Without_any_h1_the_first_h2_of_the_article_is_the_headline()
    {
        var title = Choose("Regional Transit -", subheadings: ["Weekend engineering works"], firstSubheading: "Weekend engineering works");

        title.Should().Be("Weekend engineering works");
    }

    [Theory]
    [InlineData("example.org // » Anna Berg", "Anna Berg")]
    [InlineData("Muffin basics with berries : Muffin Recipes", "Muffin basics with berries")]
    public void Site_parts_joined_by_unusual_separators_are_stripped(string documentTitle, string expected)
    {
        TitleChooser.StripSite(documentTitle, null).Should().Be(expected);
    }
}
