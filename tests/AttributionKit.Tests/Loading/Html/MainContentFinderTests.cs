using AttributionKit.Loading.Html;
using AttributionKit.Tests.TestSupport;

namespace AttributionKit.Tests.Loading.Html;

public class MainContentFinderTests
{
    [Fact]
    public void An_article_split_over_two_sections_keeps_both()
    {
        var html = HtmlTestPages.Page(string.Empty, """
            <nav><a href="/">Home</a> <a href="/news">News</a></nav>
            <div class="page">
            <h1>The river is back</h1>
            <div class="section one"><div class="text">
            <p>After ten years of work, the river that once ran under the car park flows in the open again, and the town has a park around it.</p>
            <p>Engineers removed the concrete lid in three stages, working around the market days so that traders would not lose a single morning.</p>
            <p>The first fish, a small trout, was seen in the new channel last week, much earlier than the biologists had expected, said the town.</p>
            <p>Children from the primary school planted the willows along the banks, and each class has adopted a stretch of the water to watch.</p>
            </div></div>
            <div class="section two"><div class="text">
            <p>Not everyone is pleased: the car park had two hundred places, and the new one, further from the centre, is smaller and costs more.</p>
            <p>Shop owners say they will judge the project at Christmas, when the streets are usually full and parking is hardest to find.</p>
            </div></div>
            </div>
            """);

        var article = HtmlLoader.Load(html, null, Samples.Today);

        article.Text.Should().Contain("After ten years of work").And.Contain("judge the project at Christmas");
    }

    [Fact]
    public void A_lead_in_its_own_block_above_the_article_body_is_kept()
    {
        var html = HtmlTestPages.Page(string.Empty, """
            <div class="story">
            <h1>Council approves the budget</h1>
            <div class="lead"><p>After a night of debate, the town has a budget for next year: schools and the old bridge come first, and the new stadium will have to wait.</p></div>
            <div class="story-text">
            """ + HtmlTestPages.Paragraphs + """
            <p>The budget now goes to the regional office, which has a month to raise objections before the money can be spent.</p>
            </div>
            </div>
            """);

        var article = HtmlLoader.Load(html, null, Samples.Today);

        article.Text.Should().Contain("the new stadium will have to wait").And.Contain("seven votes in favour");
        article.Text.IndexOf("stadium", StringComparison.Ordinal).Should().BeLessThan(article.Text.IndexOf("seven votes", StringComparison.Ordinal));
    }

    [Fact]
    public void On_an_endless_scroll_page_the_story_under_the_page_headline_is_the_article()
    {
        static string Story(string title, string text) => $"""
            <div class="story"><header class="story-header"><h2>{title}</h2></header>
            <div class="story-body">{text}</div></div>
            """;
        var ownStory = """
            <p>The ferry to the island will run every hour from May, the harbour office said, after a winter with only three crossings a day.</p>
            <p>Islanders had asked for more crossings for years, and the new timetable was agreed with the ferry company last month.</p>
            """;
        var nextStory = string.Concat(Enumerable.Repeat("""
            <p>The library will open on Sundays from next year, the council said, and will lend tools, games and musical instruments, not only books.</p>
            """, 6));
        var html = HtmlTestPages.Page("""<title>Ferries every hour from May | The Harbour News</title><meta property="og:title" content="Ferries every hour from May">""", $"""
            <div class="stream">
            {Story("Ferries every hour from May", ownStory)}
            {Story("Library to open on Sundays", nextStory)}
            </div>
            """);

        var article = HtmlLoader.Load(html, null, Samples.Today);

        article.Text.Should().Contain("The ferry to the island will run every hour");
        article.Text.Should().NotContain("The library will open on Sundays");
        article.Metadata.Title.Should().Be("Ferries every hour from May");
    }

    [Fact]
    public void The_climb_from_the_body_stops_at_the_block_that_holds_the_headline()
    {
        var html = HtmlTestPages.Page("<title>Council approves the budget | Daily Example</title>", $"""
            <div class="page">
            <div class="box"><p>Garden tools sale</p></div>
            <div class="story"><h1>Council approves the budget</h1>
            <div class="text">{HtmlTestPages.Paragraphs}</div>
            </div>
            </div>
            """);

        var article = HtmlLoader.Load(html, null, Samples.Today);

        article.Text.Should().StartWith("Council approves the budget").And.Contain("could not wait any longer");
        article.Text.Should().NotContain("Garden tools");
    }

    [Fact]
    public void A_short_body_under_the_headline_is_followed_by_the_sections_that_continue_it()
    {
        var html = HtmlTestPages.Page("<title>A new fuel for old boilers | Gas Today</title>", """
            <section class="head-post"><div class="container">
            <h1>A new fuel for old boilers</h1>
            <div class="post-text"><p>A gas made from waste could heat millions of homes without new boilers, its makers say, and the first deliveries start next winter.</p></div>
            </div></section>
            <div class="topic">
            <h2>How it is made</h2>
            <p>The fuel is made from farm waste and green hydrogen in two steps, and it burns in the boilers people already have at home, the makers say.</p>
            <p>A plant near the coast will make the first ten thousand tonnes a year, enough for about twenty thousand homes, from next autumn.</p>
            <p>Boiler makers, installers and landlords have tested it for a year, in flats, houses and schools, and found no difference in the heat.</p>
            <p>The first customers, mostly in villages far from the gas grid, will get it by lorry, as they get heating oil today, the company said.</p>
            </div>
            """);

        var article = HtmlLoader.Load(html, null, Samples.Today);

        article.Text.Should().Contain("A gas made from waste").And.Contain("farm waste and green hydrogen").And.Contain("villages far from the gas grid");
    }

    [Fact]
    public void A_lead_paragraph_two_levels_above_the_body_goes_first()
    {
        var html = HtmlTestPages.Page(string.Empty, $"""
            <div class="column">
            <h1>Council approves the budget</h1>
            <p class="intro">The town will build three schools and repair its bridge, after a vote that ended a long night.</p>
            <div class="photo-box"><a href="/gallery">Gallery</a> <a href="/photos">Photos</a></div>
            <div class="group"><div class="longtext">{HtmlTestPages.Paragraphs}</div>
            <div class="facts">Town budget 2025 in numbers Schools 12 million Library 3 million Bridge 5 million Parks 1 million Roads 4 million</div></div>
            <div class="teasers"><a href="/other">Other news from the council and the town this week</a></div>
            </div>
            """);

        var article = HtmlLoader.Load(html, null, Samples.Today);

        article.Text.Should().Contain("after a vote that ended a long night").And.Contain("seven votes in favour");
        article.Text.IndexOf("long night", StringComparison.Ordinal).Should().BeLessThan(article.Text.IndexOf("seven votes", StringComparison.Ordinal));
    }

    [Fact]
    public void A_subheadline_beside_the_headline_in_the_head_block_goes_first()
    {
        var html = HtmlTestPages.Page(string.Empty, $"""
            <section class="article-section">
            <header class="article-header-wrapper"><div class="article-header">
            <h1>Council approves the budget</h1>
            <h2 class="article-subheadline">The town will build three schools and repair its bridge, after a vote that ended a long night.</h2>
            </div></header>
            <article class="article"><div class="nd-body-article">{HtmlTestPages.Paragraphs}</div></article>
            </section>
            """);

        var article = HtmlLoader.Load(html, null, Samples.Today);

        article.Text.Should().Contain("after a vote that ended a long night").And.Contain("seven votes in favour");
        article.Text.IndexOf("long night", StringComparison.Ordinal).Should().BeLessThan(article.Text.IndexOf("seven votes", StringComparison.Ordinal));
    }

    [Fact]
    public void The_text_inside_main_wins_over_a_slideshow_above_it()
    {
        var slides = string.Concat(Enumerable.Range(1, 6).Select(i => $"""<div class="slide"><div class="textbox"><p>Slide {i}: our printers, labels, ribbons, scanners, cables, stands, covers, rolls, inks and cases, chosen for you, delivered fast, with service, repairs, spare parts, training and advice.</p></div></div>"""));
        var html = HtmlTestPages.Page(string.Empty, $"""
            <div class="slideshow">{slides}</div>
            <main><div class="wrapper">
            <p>We advise independently of any maker and always plan with the whole job in mind, from one desk to a whole plant.</p>
            <div class="row"><div class="col"><p>Buy labels in any size from us: we deliver quickly and in very good quality, for every printer.</p></div>
            <div class="col"><p>We offer printing systems for every use, whatever the volume and wherever they are needed.</p></div>
            <div class="col"><p>Our service team repairs printers of every make on site or in one of our two workshops, often the same day.</p></div>
            <div class="col"><p>Ribbons from our own stock are cheap, gentle on the print head and fit every common thermal printer.</p></div>
            <div class="col"><p>Labels for dangerous goods carry the right symbols and hold on drums, crates and bottles in the cold and the wet.</p></div></div>
            </div></main>
            """);

        var article = HtmlLoader.Load(html, null, Samples.Today);

        article.Text.Should().Contain("We advise independently").And.Contain("Buy labels in any size").And.NotContain("Slide 3");
    }
}
