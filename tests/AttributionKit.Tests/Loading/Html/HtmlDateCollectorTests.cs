using AttributionKit.Loading.Html;
using AttributionKit.Model;
using AttributionKit.Tests.TestSupport;

namespace AttributionKit.Tests.Loading.Html;

/// <summary>Which dates a page gives for itself, and which it shows for other things: each rule on a small page.</summary>
public class HtmlDateCollectorTests
{
    private static DocumentMetadata Load(string body, string head = "", string lang = "en") =>
        HtmlLoader.Load(HtmlTestPages.Page(head, body, lang), null, Samples.Today).Metadata;

    [Fact]
    public void A_dateline_under_the_headline_beats_the_dates_of_a_list_further_down()
    {
        var metadata = Load($"""
            <main><h1>Council approves the budget</h1><ul class="info"><li>27 June 2019</li><li>By Jane Doe</li></ul>
            {HtmlTestPages.Paragraphs}
            <div class="simple-list"><h2>From the same blog</h2><ul>
            <li><a href="/blog/one">An older post</a> <span class="author"><time datetime="2019-07-30">30 Jul 2019</time></span></li>
            <li><a href="/blog/two">Another post</a> <span class="author"><time datetime="2019-06-01">1 Jun 2019</time></span></li>
            </ul></div></main>
            """);

        metadata.Published!.Date.Should().Be(new DateOnly(2019, 6, 27));
        metadata.PublishedReason.Should().Contain("byline");
    }

    [Fact]
    public void A_dateline_just_above_the_headline_dates_the_page()
    {
        var metadata = Load($"""<article><span class="flag">In the media</span> <span>02.12.19</span><h1>Council approves the budget</h1>{HtmlTestPages.Paragraphs}</article>""");

        metadata.Published!.Date.Should().Be(new DateOnly(2019, 12, 2));
    }

    [Fact]
    public void A_two_digit_year_after_the_author_dates_the_page()
    {
        var metadata = Load($"""<article><h1>Council approves the budget</h1><p class="morespace">von <a href="/author/anna" rel="author">Anna Schmidt</a>, 8.5.12 </p>{HtmlTestPages.Paragraphs}</article>""", lang: "de");

        metadata.Published!.Date.Should().Be(new DateOnly(2012, 5, 8));
    }

    [Fact]
    public void A_date_alone_in_its_element_dates_a_page_that_gives_no_other()
    {
        var metadata = Load($"""<div class="story"><h2>Council approves the budget</h2>{HtmlTestPages.Paragraphs}<div class="share"><h5>23.01.2019</h5><div>By Anna Schmidt</div></div></div>""", lang: "de");

        metadata.Published!.Date.Should().Be(new DateOnly(2019, 1, 23));
    }

    [Fact]
    public void A_cue_deep_in_a_sentence_does_not_make_a_byline()
    {
        var metadata = Load($"""<article><h1>Council approves the budget</h1>{HtmlTestPages.Paragraphs}<p>Die Mitglieder des Rates aus allen Bezirken der Stadt und die Vertreter der Vereine treffen sich voraussichtlich wieder am 26.8.2017 im großen Saal.</p></article>""", lang: "de");

        metadata.Published.Should().BeNull();
    }

    [Fact]
    public void A_date_written_by_a_short_inline_script_dates_the_page()
    {
        var metadata = Load($"""<table><tr><td class="main-text"><script>showDate("2020/04/17 01:43:09")</script></td></tr></table><article><h1>Council approves the budget</h1>{HtmlTestPages.Paragraphs}</article>""");

        metadata.Published!.Date.Should().Be(new DateOnly(2020, 4, 17));
        metadata.Published.SourceName.Should().Be("script");
    }

    [Fact]
    public void A_record_field_named_for_another_date_is_not_the_page_date()
    {
        var metadata = Load($"""<article><h1>Murray's Mowing LLC</h1><dl><dt>Company name</dt><dd>Murray's Mowing LLC</dd><dt>Effective Date</dt><dd>Saturday, July 25, 2020</dd></dl>{HtmlTestPages.Paragraphs}</article>""");

        metadata.Published.Should().BeNull();
    }

    [Fact]
    public void A_date_box_named_after_a_comment_layout_still_dates_the_page()
    {
        var metadata = Load($"""
            <div class="PageArticle_commentHeader"><article class="ArticleHeaderComment">
            <h1 class="ArticleHeaderComment_headline">Council approves the budget</h1>
            <div class="PublishDate ArticleHeaderComment_publishDate"><span class="PublishDate_day">Dienstag,</span> <span class="PublishDate_date">29. Januar 2019</span></div>
            </article></div><div class="body">{HtmlTestPages.Paragraphs}</div>
            """, lang: "de");

        metadata.Published!.Date.Should().Be(new DateOnly(2019, 1, 29));
    }

    [Fact]
    public void The_time_of_an_embedded_social_post_is_not_the_page_date()
    {
        var metadata = Load($"""
            <article><h1>Council approves the budget</h1>{HtmlTestPages.Paragraphs}
            <blockquote class="instagram-media"><p>A post shared by a reader on <time datetime="2018-03-12T19:30:12+00:00">Mar 12, 2018</time></p></blockquote>
            </article>
            """);

        metadata.Published.Should().BeNull();
    }

    [Fact]
    public void The_today_widget_of_a_masthead_is_not_the_page_date()
    {
        var metadata = Load($"""<div class="top"><h1 class="masthead">Daily Legal News</h1><div class="today">Wednesday, August 19, 2020</div></div><article><h2>Council approves the budget</h2>{HtmlTestPages.Paragraphs}</article>""");

        metadata.Published.Should().BeNull();
    }

    [Fact]
    public void The_preview_image_path_dates_a_page_as_a_last_resort()
    {
        var metadata = Load($"<article><h1>Council approves the budget</h1>{HtmlTestPages.Paragraphs}</article>", """<meta property="og:image" content="https://news.example/files/2016/05/04/cover.png">""");

        metadata.Published!.Date.Should().Be(new DateOnly(2016, 5, 4));
        metadata.Published.SourceName.Should().Be("og:image");
    }

    [Fact]
    public void An_older_preview_image_does_not_override_the_metadata_as_an_address_would()
    {
        var metadata = Load(
            $"<article><h1>Council approves the budget</h1>{HtmlTestPages.Paragraphs}</article>",
            """<meta property="og:image" content="https://news.example/files/2016/05/04/stock.png"><meta property="article:published_time" content="2020-03-01T10:00:00+01:00">""");

        metadata.Published!.Date.Should().Be(new DateOnly(2020, 3, 1));
    }

    [Fact]
    public void A_broken_json_ld_block_still_gives_its_dates()
    {
        const string head = """
            <script type="application/ld+json">
            {"@context":"http://schema.org","@type":"NewsArticle","mainEntityOfPage":{"@type":"WebPage","@id":"https://news.example/a",
             "headline":"Council approves the budget","datePublished":"2020-10-26T18:10:00+01:00","dateModified":"2020-10-26T18:13:30+01:00"}}
            }
            </script>
            """;
        var metadata = Load($"""<article><h1>Council approves the budget</h1>{HtmlTestPages.Paragraphs}<div class="related"><div class="article-date-time"><span>09.08.2020 u 10:52</span></div></div></article>""", head);

        metadata.Published!.Date.Should().Be(new DateOnly(2020, 10, 26));
        metadata.Published.Source.Should().Be(DocumentDateSource.JsonLd);
    }

    [Fact]
    public void A_site_namespaced_upload_meta_dates_the_page()
    {
        var metadata = Load($"<article><h1>Spring in the valley</h1>{HtmlTestPages.Paragraphs}</article>", """<meta content="2013-02-16T04:36:36-05:00" property="photosite:uploaded">""");

        metadata.Published!.Date.Should().Be(new DateOnly(2013, 2, 16));
    }

    [Fact]
    public void A_page_that_shows_only_the_day_of_its_update_is_dated_by_it()
    {
        const string head = """<script type="application/ld+json">{"@type":"NewsArticle","datePublished":"2017-08-21T13:09:00Z","dateModified":"2019-04-03T08:04:01Z"}</script>""";
        var metadata = Load($"""<article><h1>Seven jobs with a future</h1><div class="authors"><div class="col">03.04.2019</div><div>Von <a rel="author" href="/a">Anna Schmidt</a></div></div>{HtmlTestPages.Paragraphs}</article>""", head, "de");

        metadata.Published!.Date.Should().Be(new DateOnly(2019, 4, 3));
    }

    [Fact]
    public void A_page_that_shows_its_publication_day_keeps_it_despite_an_update()
    {
        const string head = """<script type="application/ld+json">{"@type":"NewsArticle","datePublished":"2017-08-21T13:09:00Z","dateModified":"2019-04-03T08:04:01Z"}</script>""";
        var metadata = Load($"""<article><h1>Seven jobs with a future</h1><p class="date">21.08.2017</p><p class="updated">Aktualisiert am 03.04.2019</p>{HtmlTestPages.Paragraphs}</article>""", head, "de");

        metadata.Published!.Date.Should().Be(new DateOnly(2017, 8, 21));
    }

    [Theory]
    [InlineData("ro", "<div class=\"story-date-info\"><span>Unica.md</span>,\n20 septembrie 2020 16:20</div>", 2020, 9, 20)]
    [InlineData("ar", "<div class=\"article_created\">تم نشره الجمعة 24 نيسان / أبريل 2020 09:22 مساءً</div>", 2020, 4, 24)]
    [InlineData("pl", "<p class=\"date\">Opublikowano 3 września 2021</p>", 2021, 9, 3)]
    public void Bylines_in_further_languages_date_the_page(string lang, string byline, int year, int month, int day)
    {
        var metadata = Load($"<article><h1>Council approves the budget</h1>{byline}{HtmlTestPages.Paragraphs}</article>", lang: lang);

        metadata.Published!.Date.Should().Be(new DateOnly(year, month, day));
    }

    [Fact]
    public void An_address_dated_days_before_the_metadata_is_the_draft_not_the_publication()
    {
        var metadata = Load(
            $"<article><h1>Council approves the budget</h1>{HtmlTestPages.Paragraphs}</article>",
            """<link rel="canonical" href="https://news.example/2022/05/02/school-holidays/"><meta property="article:published_time" content="2022-05-08T06:00:00-05:00">""");

        metadata.Published!.Date.Should().Be(new DateOnly(2022, 5, 8));
    }

    [Theory]
    [InlineData("de", "2022-11-06T23:00:00.000Z", 2022, 11, 7)]
    [InlineData("de", "2022-11-06T23:14:00.000Z", 2022, 11, 6)]
    [InlineData("en-US", "2022-11-06T23:00:00.000Z", 2022, 11, 6)]
    public void A_utc_stamp_at_central_european_midnight_is_the_next_day(string lang, string stamp, int year, int month, int day)
    {
        var metadata = Load($"<article><h1>Council approves the budget</h1>{HtmlTestPages.Paragraphs}</article>", $"""<meta property="article:published_time" content="{stamp}">""", lang);

        metadata.Published!.Date.Should().Be(new DateOnly(year, month, day));
    }

    [Fact]
    public void A_date_after_the_last_modification_the_metadata_records_is_not_the_publication()
    {
        var metadata = Load(
            $"""<article><h1>Summer concert in the park</h1><p class="date">Datum: 12.05.2021</p>{HtmlTestPages.Paragraphs}</article>""",
            """<meta property="article:modified_time" content="2020-03-01T10:00:00+01:00">""",
            "de");

        metadata.Published!.Date.Should().Be(new DateOnly(2020, 3, 1));
        metadata.PublishedReason.Should().Contain("impossible date");
    }

    [Fact]
    public void The_dates_of_the_next_and_previous_posts_are_not_the_page_date()
    {
        var metadata = Load($"""
            <article><h1>Council approves the budget</h1>{HtmlTestPages.Paragraphs}
            <div class="post-navigation"><div class="prev-post"><a href="/older">Older post</a> <span class="date">2 March 2021</span></div></div>
            </article>
            """);

        metadata.Published.Should().BeNull();
    }

    [Fact]
    public void The_main_column_of_a_sidebar_layout_is_not_a_sidebar()
    {
        var metadata = Load($"""
            <div class="inner_wrapper"><div class="sidebar_content"><div class="post_wrapper">
            <div class="post_header"><h3><a href="/council-budget">Council approves the budget</a></h3></div>
            <div class="post_detail"><div class="post_detail_item"><img src="/calendar.png" alt=""/>&nbsp; 27 Sep 2016</div></div>
            {HtmlTestPages.Paragraphs}</div></div>
            <div class="sidebar"><ul><li><a href="/other">Another story</a> <span>3 Oct 2016</span></li></ul></div></div>
            """);

        metadata.Published!.Date.Should().Be(new DateOnly(2016, 9, 27));
    }

    [Theory]
    [InlineData("https://news.example/world/fire-brought-under-control-20200113", 2020, 1, 13)]
    [InlineData("https://news.example/2020/01/13/fire-brought-under-control/", 2020, 1, 13)]
    public void A_date_in_the_address_dates_the_page(string address, int year, int month, int day)
    {
        var metadata = Load($"<article><h1>Council approves the budget</h1>{HtmlTestPages.Paragraphs}</article>", $"""<link rel="canonical" href="{address}">""");

        metadata.Published!.Date.Should().Be(new DateOnly(year, month, day));
    }

    [Fact]
    public void A_long_number_in_the_address_is_not_a_date()
    {
        var metadata = Load($"<article><h1>Council approves the budget</h1>{HtmlTestPages.Paragraphs}</article>", """<link rel="canonical" href="https://news.example/story-2020131477">""");

        metadata.Published.Should().BeNull();
    }

    [Fact]
    public void The_date_in_the_site_header_is_not_the_page_date()
    {
        var metadata = Load($"""
            <header><div class="logo"><a href="/">Daily Example</a></div><div class="new_text"><span>Tue, 14 Jan 2020</span></div></header>
            <div class="content"><h1>Council approves the budget</h1><p>News24<br>13 Jan 2020, 22:11 GMT+10</p>{HtmlTestPages.Paragraphs}</div>
            """);

        metadata.Published!.Date.Should().Be(new DateOnly(2020, 1, 13));
        metadata.DateCandidates.Should().NotContain(d => d.Date == new DateOnly(2020, 1, 14));
    }

    [Theory]
    [InlineData("<script>var published = '2019-06-27';</script>")]
    [InlineData("<script></script>")]
    [InlineData("<div>one <b>two <i>three</i></b> four<span></span></div>")]
    [InlineData("<svg><title>a</title><text>bc</text></svg>")]
    public void Text_length_is_the_length_of_the_text_content(string html)
    {
        var document = new AngleSharp.Html.Parser.HtmlParser().ParseDocument($"<html><body>{html}</body></html>");
        var element = document.Body!.FirstElementChild!;
        HtmlDateCollector.TextLength(element, 1000).Should().Be(element.TextContent.Length);
        (HtmlDateCollector.TextLength(element, 2) > 2).Should().Be(element.TextContent.Length > 2, "past the limit it says so, and only then");
    }
}
