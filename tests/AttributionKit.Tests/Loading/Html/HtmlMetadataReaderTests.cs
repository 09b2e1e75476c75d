using AttributionKit.Loading.Html;
using AttributionKit.Model;
using AttributionKit.Tests.TestSupport;

namespace AttributionKit.Tests.Loading.Html;

public class HtmlMetadataReaderTests
{
    private static DocumentMetadata Read(string head, string inside = "", string around = "") =>
        HtmlLoader.Load(HtmlTestPages.Article(inside, head, around), null, Samples.Today).Metadata;

    [Fact]
    public void Json_ld_graph_gives_the_publication_date_with_its_provenance()
    {
        const string head = """
            <script type="application/ld+json">
            {"@context":"https://schema.org","@graph":[{"@type":"WebSite","name":"Daily Example"},
             {"@type":"NewsArticle","headline":"Council approves the budget","datePublished":"2021-03-04T08:30:00+01:00","dateModified":"2021-03-05T10:00:00+01:00",
              "author":[{"@type":"Person","name":"Jane Doe"},{"@type":"Person","name":"John Roe"}],"publisher":{"@type":"Organization","name":"Daily Example"}}]}
            </script>
            """;
        var html = HtmlTestPages.Article(string.Empty, head);

        var metadata = HtmlLoader.Load(html, null, Samples.Today).Metadata;

        var published = metadata.Published!;
        published.Value.Should().Be("2021-03-04T08:30:00+01:00");
        published.Source.Should().Be(DocumentDateSource.JsonLd);
        published.SourceName.Should().Be("datePublished");
        published.Role.Should().Be(DocumentDateRole.Published);
        published.SourceLabel.Should().Be("json-ld:datePublished");
        html.Substring(published.Span!.Value.Start, published.Span.Value.Length).Should().Be("2021-03-04T08:30:00+01:00");
        metadata.DateCandidates.Should().Contain(d => d.Role == DocumentDateRole.Modified && d.Date == new DateOnly(2021, 3, 5));
        metadata.Authors.Should().Equal("Jane Doe", "John Roe");
        metadata.SiteName.Should().Be("Daily Example");
    }

    [Fact]
    public void Json_ld_arrays_and_nested_articles_are_read_and_comments_are_not()
    {
        const string head = """
            <script type="application/ld+json">
            [{"@type":"BreadcrumbList","itemListElement":[]},
             {"@type":"WebPage","mainEntity":{"@type":["BlogPosting"],"datePublished":"2019-11-20",
               "comment":[{"@type":"Comment","dateCreated":"2020-01-02"}]}}]
            </script>
            """;

        var metadata = Read(head);

        metadata.Published!.Date.Should().Be(new DateOnly(2019, 11, 20));
        metadata.DateCandidates.Should().NotContain(d => d.Date == new DateOnly(2020, 1, 2));
    }

    [Theory]
    [InlineData("<meta property=\"article:published_time\" content=\"2020-04-10T09:00:00Z\">", "meta:article:published_time", DocumentDateRole.Published)]
    [InlineData("<meta property=\"og:published_time\" content=\"2020-04-10\">", "meta:og:published_time", DocumentDateRole.Published)]
    [InlineData("<meta name=\"parsely-pub-date\" content=\"2020-04-10T09:00:00Z\">", "meta:parsely-pub-date", DocumentDateRole.Published)]
    [InlineData("<meta name=\"sailthru.date\" content=\"2020-04-10 09:00:00\">", "meta:sailthru.date", DocumentDateRole.Published)]
    [InlineData("<meta name=\"dc.date\" content=\"2020-04-10\">", "meta:dc.date", DocumentDateRole.Unspecified)]
    [InlineData("<meta itemprop=\"datePublished\" content=\"2020-04-10\">", "meta:datepublished", DocumentDateRole.Published)]
    public void Meta_elements_date_the_page(string meta, string label, DocumentDateRole role)
    {
        var metadata = Read(meta);

        metadata.Published!.Date.Should().Be(new DateOnly(2020, 4, 10));
        metadata.Published.SourceLabel.Should().Be(label);
        metadata.Published.Role.Should().Be(role);
    }

    [Fact]
    public void Microdata_itemprop_dates_the_page()
    {
        var metadata = Read(string.Empty, "<p class=\"byline\">By Jane Doe, <span itemprop=\"datePublished\" content=\"2018-06-01\">June 1, 2018</span></p>");

        metadata.Published!.Source.Should().Be(DocumentDateSource.ItemProp);
        metadata.Published.Date.Should().Be(new DateOnly(2018, 6, 1));
    }

    [Fact]
    public void Time_element_dates_the_page()
    {
        var metadata = Read(string.Empty, "<div class=\"meta\"><time datetime=\"2017-09-12T14:00:00+02:00\" pubdate>12 September 2017</time></div>");

        metadata.Published!.Source.Should().Be(DocumentDateSource.TimeElement);
        metadata.Published.SourceName.Should().Be("pubdate");
        metadata.Published.Value.Should().Be("2017-09-12T14:00:00+02:00");
    }

    [Theory]
    [InlineData("de", "<p class=\"info\">Veröffentlicht am 10. April 2020 von Anna Schmidt</p>", 2020, 4, 10)]
    [InlineData("fr", "<p>Publié le 3 mars 2021 par la rédaction</p>", 2021, 3, 3)]
    [InlineData("en", "<div class=\"post-date\">Posted on October 5, 2019</div>", 2019, 10, 5)]
    public void Visible_bylines_in_the_page_language_date_the_page(string lang, string byline, int year, int month, int day)
    {
        var html = HtmlTestPages.Page(string.Empty, $"<article><h1>Council approves the budget</h1>{byline}{HtmlTestPages.Paragraphs}</article>", lang);

        var metadata = HtmlLoader.Load(html, null, Samples.Today).Metadata;

        metadata.Published!.Source.Should().Be(DocumentDateSource.Byline);
        metadata.Published.Date.Should().Be(new DateOnly(year, month, day));
        var span = metadata.Published.Span!.Value;
        html.Substring(span.Start, span.Length).Should().Be(metadata.Published.Text);
    }

    [Fact]
    public void Relative_bylines_are_not_dates()
    {
        var metadata = Read(string.Empty, "<p class=\"byline\">Published 3 hours ago</p>");

        metadata.Published.Should().BeNull();
        metadata.PublishedReason.Should().NotBeNullOrEmpty();
    }

    [Fact]
    public void The_canonical_address_dates_the_page_when_nothing_else_does()
    {
        var metadata = Read("<link rel=\"canonical\" href=\"https://news.example/2020/04/10/council-budget/\">");

        metadata.Published!.Source.Should().Be(DocumentDateSource.Url);
        metadata.Published.Date.Should().Be(new DateOnly(2020, 4, 10));
        metadata.Url.Should().Be("https://news.example/2020/04/10/council-budget/");
    }

    [Fact]
    public void Publication_is_preferred_over_a_later_modification()
    {
        var metadata = Read("""
            <meta property="article:modified_time" content="2022-02-01T10:00:00Z">
            <meta property="article:published_time" content="2022-01-15T10:00:00Z">
            """);

        metadata.Published!.Date.Should().Be(new DateOnly(2022, 1, 15));
        metadata.DateCandidates.Should().HaveCount(2);
    }

    [Fact]
    public void Dates_in_comments_and_teasers_are_not_the_page_dates()
    {
        var around = """
            <div class="latest-news"><ul><li><a href="/a">Another story</a> <time datetime="2024-12-01">1 Dec 2024</time></li></ul></div>
            """;
        var inside = """
            <div class="meta"><time datetime="2021-05-05">5 May 2021</time></div>
            <section class="comments"><p>Great article! <time datetime="2024-12-24">24 Dec 2024</time></p></section>
            """;

        var metadata = Read(string.Empty, inside, around);

        metadata.Published!.Date.Should().Be(new DateOnly(2021, 5, 5));
        metadata.DateCandidates.Should().NotContain(d => d.Date.Year == 2024);
    }

    [Fact]
    public void The_date_widget_in_the_site_top_bar_is_not_a_page_date()
    {
        var around = """
            <div class="site-topbar"><span class="current-date">Monday, October 6, 2025</span></div>
            """;
        var inside = """<p class="post-date">Published May 19, 2025</p>""";

        var metadata = Read(string.Empty, inside, around);

        metadata.Published!.Date.Should().Be(new DateOnly(2025, 5, 19));
        metadata.DateCandidates.Should().NotContain(d => d.Date == new DateOnly(2025, 10, 6));
    }

    [Fact]
    public void Impossible_dates_are_rejected()
    {
        var metadata = Read("""
            <meta property="article:published_time" content="1970-01-01T00:00:00Z">
            <meta name="date" content="2016-08-30">
            """);

        metadata.Published!.Date.Should().Be(new DateOnly(2016, 8, 30));
        metadata.PublishedReason.Should().Contain("impossible");
    }

    [Fact]
    public void An_earlier_date_in_the_address_is_the_original_publication()
    {
        var metadata = Read("""
            <link rel="canonical" href="https://blog.example/2017/7/12/summer-in-the-city">
            <meta property="article:published_time" content="2019-06-17T18:28:00+02:00">
            """);

        metadata.Published!.Source.Should().Be(DocumentDateSource.Url);
        metadata.Published.Date.Should().Be(new DateOnly(2017, 7, 12));
    }

    [Fact]
    public void Title_language_site_and_address_come_from_the_page()
    {
        var metadata = Read("""
            <title>Council approves the budget | Daily Example</title>
            <meta property="og:site_name" content="Daily Example">
            <meta property="og:url" content="https://daily.example/council">
            <meta name="author" content="Jane Doe">
            """);

        metadata.Title.Should().Be("Council approves the budget");
        metadata.Language.Should().Be("en");
        metadata.SiteName.Should().Be("Daily Example");
        metadata.Url.Should().Be("https://daily.example/council");
        metadata.Authors.Should().Equal("Jane Doe");
    }

    [Fact]
    public void Without_a_headline_the_document_title_loses_its_site_name()
    {
        var html = HtmlTestPages.Page("<title>Council approves the budget – Daily Example</title><meta property=\"og:site_name\" content=\"Daily Example\">", $"<main>{HtmlTestPages.Paragraphs}</main>");

        HtmlLoader.Load(html, null, Samples.Today).Metadata.Title.Should().Be("Council approves the budget");
    }

    [Theory]
    [InlineData("""<span class="h1small">Energy week</span> Council approves the budget""")]
    [InlineData("""<span class="text-green fake-h5">Energy week</span><span class="invisible">: </span><span>Council approves the budget</span>""")]
    public void A_kicker_styled_small_inside_the_headline_is_not_part_of_the_title(string headline)
    {
        var html = HtmlTestPages.Page("<title>Council news</title>", $"<article><h1>{headline}</h1>{HtmlTestPages.Paragraphs}</article>");

        HtmlLoader.Load(html, null, Samples.Today).Metadata.Title.Should().Be("Council approves the budget");
    }

    [Fact]
    public void The_element_marked_as_headline_is_the_title_without_its_kicker()
    {
        var html = HtmlTestPages.Page(
            "<title>Budget: what the council decided | Daily Example</title>",
            $"""
            <div class="breadcrumb"><h1><span>Budget: what the council decided</span></h1></div>
            <article itemscope itemtype="http://schema.org/Article">
            <header><div class="headline" itemprop="headline"><span class="highline">Budget</span> Council approves the budget for next year</div></header>
            <div itemprop="articleBody"><h2>What the money buys</h2>{HtmlTestPages.Paragraphs}</div>
            </article>
            """);

        HtmlLoader.Load(html, null, Samples.Today).Metadata.Title.Should().Be("Council approves the budget for next year");
    }

    [Fact]
    public void A_lone_marked_headline_of_a_teaser_beside_the_article_does_not_replace_its_h1()
    {
        var html = HtmlTestPages.Page(
            "<title>Daily Example</title>",
            $"""
            <article><h1>Council approves the budget</h1>{HtmlTestPages.Paragraphs}</article>
            <div class="more"><div itemscope itemtype="http://schema.org/Article"><span itemprop="headline">Harbour ferry gets a new timetable</span></div></div>
            """);

        HtmlLoader.Load(html, null, Samples.Today).Metadata.Title.Should().Be("Council approves the budget");
    }

    [Fact]
    public void An_h1_in_a_dropped_breadcrumb_keeps_the_words_of_its_inner_elements()
    {
        var html = HtmlTestPages.Page(
            "<title>Council approves the budget | Daily Example</title>",
            $"""<div class="breadcrumb"><h1><span>Council approves the budget</span></h1></div><main>{HtmlTestPages.Paragraphs}</main>""");

        HtmlLoader.Load(html, null, Samples.Today).Metadata.Title.Should().Be("Council approves the budget");
    }

    [Fact]
    public void An_h1_that_only_links_to_the_front_page_is_the_logo()
    {
        var html = HtmlTestPages.Page(
            "<title>Harbour Notes</title>",
            $"""
            <div id="head"><h1><a href="https://harbour.example" title="Harbour Notes">Harbour Notes</a></h1></div>
            <div class="post"><h2><a href="https://harbour.example/bridge/">Why the bridge closed early</a></h2>{HtmlTestPages.Paragraphs}</div>
            """);

        HtmlLoader.Load(html, null, Samples.Today).Metadata.Title.Should().Be("Why the bridge closed early");
    }

    [Fact]
    public void On_a_page_without_headings_the_element_styled_as_the_headline_is_the_title()
    {
        var html = HtmlTestPages.Page(
            "<title>Tidy homes | Shop Magazine</title>",
            $"""<div class="magazine"><div class="l-headline"><span>Ten tricks for a tidy wardrobe</span></div><div class="l-text">{HtmlTestPages.Paragraphs}</div></div>""");

        HtmlLoader.Load(html, null, Samples.Today).Metadata.Title.Should().Be("Ten tricks for a tidy wardrobe");
    }

    [Fact]
    public void Headlines_styled_alike_in_a_list_of_teasers_do_not_make_a_title()
    {
        var teasers = string.Concat(Enumerable.Range(1, 3).Select(i => $"""<div class="teaser-item"><div class="headline">Council story number {i} of the week</div><p>The city council approved the new budget on Tuesday after a long debate, with seven votes in favour, story {i}.</p></div>"""));
        var html = HtmlTestPages.Page("<title>Council approves the budget</title>", $"""<div class="list">{teasers}</div>""");

        HtmlLoader.Load(html, null, Samples.Today).Metadata.Title.Should().Be("Council approves the budget");
    }

    [Fact]
    public void An_h2_above_the_h1_that_repeats_the_page_title_word_for_word_is_the_headline()
    {
        var html = HtmlTestPages.Page(
            "<title>Sustainability in our shop</title>",
            $"""<main><h2>Sustainability in our shop</h2><h1>Our three main measures</h1>{HtmlTestPages.Paragraphs}</main>""");

        HtmlLoader.Load(html, null, Samples.Today).Metadata.Title.Should().Be("Sustainability in our shop");
    }

    [Fact]
    public void An_h2_above_the_h1_that_the_titles_do_not_name_leaves_the_h1_the_headline()
    {
        var html = HtmlTestPages.Page(
            "<title>City news: a vote at last</title>",
            $"""<main><h2>City news</h2><h1>Council approves the budget</h1>{HtmlTestPages.Paragraphs}</main>""");

        HtmlLoader.Load(html, null, Samples.Today).Metadata.Title.Should().Be("Council approves the budget");
    }

    [Fact]
    public void A_utc_stamp_takes_the_day_of_the_same_moment_given_with_the_publishers_offset()
    {
        const string head = """
            <meta property="article:published_time" content="2021-12-24T23:40:00+00:00">
            <script type="application/ld+json">{"@type":"NewsArticle","datePublished":"2021-12-25T01:40:00+02:00"}</script>
            """;

        Read(head).Published!.Date.Should().Be(new DateOnly(2021, 12, 25));
    }

    [Fact]
    public void A_late_utc_stamp_is_not_moved_to_the_next_day_by_a_plain_dated_line()
    {
        var metadata = Read(
            "<meta property=\"article:published_time\" content=\"2021-07-18T20:05:00Z\">",
            "<p class=\"date\">July 19, 2021</p>");

        metadata.Published!.Date.Should().Be(new DateOnly(2021, 7, 18));
    }

    [Fact]
    public void A_late_utc_stamp_takes_the_next_day_the_page_marks_as_its_publication()
    {
        var metadata = Read(
            "<meta property=\"article:published_time\" content=\"2021-07-18T22:05:00Z\">",
            "<p class=\"byline\"><span itemprop=\"datePublished\">19 July 2021</span></p>");

        metadata.Published!.Date.Should().Be(new DateOnly(2021, 7, 19));
    }

    [Fact]
    public void An_early_utc_stamp_on_an_american_page_is_still_the_day_before_there()
    {
        var html = HtmlTestPages.Page(
            "<meta property=\"og:locale\" content=\"en_US\"><meta property=\"article:published_time\" content=\"2021-05-02T02:50:00Z\">",
            $"<article><h1>Council approves the budget</h1>{HtmlTestPages.Paragraphs}</article>");

        HtmlLoader.Load(html, null, Samples.Today).Metadata.Published!.Date.Should().Be(new DateOnly(2021, 5, 1));
    }

    [Fact]
    public void A_numeric_date_just_under_the_headline_dates_the_page_without_a_cue()
    {
        var html = HtmlTestPages.Page(string.Empty, $"<article><h1>Council approves the budget</h1><small>Donnerstag, 15.2.2018, 19:51</small>{HtmlTestPages.Paragraphs}</article>", "de");

        HtmlLoader.Load(html, null, Samples.Today).Metadata.Published!.Date.Should().Be(new DateOnly(2018, 2, 15));
    }

    [Fact]
    public void A_numeric_date_far_below_the_headline_without_a_cue_is_not_a_page_date()
    {
        var html = HtmlTestPages.Page(string.Empty, $"<article><h1>Council approves the budget</h1>{HtmlTestPages.Paragraphs}<p>Next meeting: 15.2.2018</p></article>", "de");

        HtmlLoader.Load(html, null, Samples.Today).Metadata.Published.Should().BeNull();
    }

    [Fact]
    public void An_embedded_rdf_description_dates_the_page()
    {
        var metadata = Read(string.Empty, around: "<!-- <rdf:RDF><rdf:Description dc:title=\"Post\" dc:date=\"2020-07-03T17:16:22+09:00\" /></rdf:RDF> -->");

        metadata.Published!.Date.Should().Be(new DateOnly(2020, 7, 3));
        metadata.Published.SourceName.Should().Be("rdf:dc:date");
    }

    [Fact]
    public void The_title_of_an_abbreviated_date_gives_the_exact_day()
    {
        var metadata = Read(string.Empty, "<p class=\"byline\">Posted <abbr title=\"2017-10-06T04:00:00+02:00\">3 days ago</abbr></p>");

        metadata.Published!.Date.Should().Be(new DateOnly(2017, 10, 6));
    }

    [Fact]
    public void A_visible_date_labelled_as_the_publication_beats_an_unlabelled_time_element_before_it()
    {
        var metadata = Read(string.Empty, "<p class=\"meta\"><time datetime=\"2019-07-03T10:18:46Z\">3 July</time></p><p class=\"byline\">Published on 29 June 2019</p>");

        metadata.Published!.Date.Should().Be(new DateOnly(2019, 6, 29));
    }

    [Fact]
    public void A_date_element_named_after_a_list_style_is_still_the_page_date()
    {
        var metadata = Read(string.Empty, "<div class=\"news-info\"><span class=\"news-list-date\">Mittwoch, 20. Februar 2019, 14:45 Uhr</span></div>");

        metadata.Published!.Date.Should().Be(new DateOnly(2019, 2, 20));
    }

    [Fact]
    public void A_date_inside_a_news_list_is_not_the_page_date()
    {
        var metadata = Read(string.Empty, around: "<div class=\"news-list\"><span class=\"date\">20. Februar 2019</span></div>");

        metadata.Published.Should().BeNull();
    }

    [Fact]
    public void A_wrapper_named_sidebar_that_holds_the_headline_is_the_article_frame()
    {
        var html = HtmlTestPages.Page(string.Empty, $"""
            <div id="sidebar"><header><h1>Council approves the budget</h1><span class="byline"><time class="entry-date" datetime="2019-07-13T15:52:31+02:00" pubdate>13 July</time></span></header></div>
            <div class="entry-content">{HtmlTestPages.Paragraphs}</div>
            """);

        HtmlLoader.Load(html, null, Samples.Today).Metadata.Published!.Date.Should().Be(new DateOnly(2019, 7, 13));
    }
}
