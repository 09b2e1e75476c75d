using AttributionKit.Model;
using AttributionKit.Tests.TestSupport;

namespace AttributionKit.Tests.Loading.PlainText;

public class PlainTextLoaderTests
{
    [Fact]
    public void Leading_dateline_is_the_document_date_and_its_own_block()
    {
        var result = ArticleAnalyzer.Analyze("Monday, October 6, 2025\nMore\n\nA headline that is long enough\n\nFirst paragraph. It has two sentences.\n", ArticleFormat.Text, Samples.Options);

        result.Article.Metadata.Published!.Value.Should().Be("2025-10-06");
        result.Article.Metadata.Published.Source.Should().Be(DocumentDateSource.Dateline);
        result.Article.Blocks[0].Kind.Should().Be(BlockKind.Dateline);
        result.Article.GetText(result.Article.Blocks[0].Range).Should().Be("Monday, October 6, 2025");
        result.Article.Metadata.Title.Should().Be("A headline that is long enough");
    }

    [Fact]
    public void A_wire_dateline_opening_the_first_paragraph_dates_the_story_and_today_resolves_against_it()
    {
        const string text = "Bridge to reopen this week\n\nLAKESIDE, May 19, 2025 — The council said today that the bridge will reopen.\n";
        var result = ArticleAnalyzer.Analyze(text, ArticleFormat.Text, Samples.Options);

        var published = result.Article.Metadata.Published!;
        published.Value.Should().Be("2025-05-19");
        published.Source.Should().Be(DocumentDateSource.Dateline);
        published.Text.Should().Be("LAKESIDE, May 19, 2025");
        text.Substring(published.Span!.Value.Start, published.Span.Value.End - published.Span.Value.Start).Should().Be("LAKESIDE, May 19, 2025");
        result.Article.Blocks.Should().NotContain(b => b.Kind == BlockKind.Dateline, "the dateline is part of the paragraph's text");
        result.Dates.Should().Contain(d => d.Text == "today" && d.Value == "2025-05-19");
    }

    [Fact]
    public void A_wire_dateline_in_a_later_paragraph_or_after_a_dateline_line_dates_nothing()
    {
        var later = ArticleAnalyzer.Analyze("Bridge to reopen this week\n\nThe council met.\n\nLAKESIDE, May 19, 2025 — More news.\n", ArticleFormat.Text, Samples.Options);
        later.Article.Metadata.Published.Should().BeNull();

        var both = ArticleAnalyzer.Analyze("Monday, October 6, 2025\n\nBridge to reopen this week\n\nLAKESIDE, May 19, 2025 — More news.\n", ArticleFormat.Text, Samples.Options);
        both.Article.Metadata.Published!.Value.Should().Be("2025-10-06");
        both.Article.Metadata.DateCandidates.Should().ContainSingle();
    }

    [Fact]
    public void A_short_line_in_which_a_sentence_ends_is_prose_and_its_quote_is_reported()
    {
        const string source = "Pier plan\n\nThe council met on Tuesday to discuss the pier and its repairs.\n\n"
            + "The note was pinned to the door. “Fix the pier before the storms.” — Dana Holt\n";

        var result = ArticleAnalyzer.Analyze(source, ArticleFormat.Text, Samples.Options);

        result.Article.Blocks[^1].Kind.Should().Be(BlockKind.Paragraph);
        var quote = result.Quotes.Should().ContainSingle().Subject;
        quote.Text.Should().Be("Fix the pier before the storms.");
        quote.Speaker.Should().Be("Dana Holt");
    }

    [Theory]
    [InlineData("Dana Holt said, ''The pier will close to trucks.''")]
    [InlineData("Dana Holt said, “The pier will close to trucks.”")]
    [InlineData("Dana Holt said, 'The pier will close to trucks.'")]
    public void A_short_last_line_whose_quote_ends_on_a_full_stop_is_prose_not_the_title(string line)
    {
        var result = ArticleAnalyzer.Analyze(line + "\n", ArticleFormat.Text, Samples.Options);

        result.Article.Blocks.Should().ContainSingle().Which.Kind.Should().Be(BlockKind.Paragraph);
        result.Article.Metadata.Title.Should().BeNull();
        var quote = result.Quotes.Should().ContainSingle().Subject;
        quote.Text.Should().Be("The pier will close to trucks.");
        quote.Speaker.Should().Be("Dana Holt");
    }

    [Theory]
    [InlineData("'Pretty cool working at the pier.'")]
    [InlineData("Dana Holt: 'The pier must close to trucks.'")]
    [InlineData("Holt's not so sure the pier earned 'hundreds of thousands.'")]
    public void A_short_line_that_is_a_quote_or_ends_on_a_woven_fragment_stays_a_heading(string heading)
    {
        var result = ArticleAnalyzer.Analyze($"A headline that is long enough\n\n{heading}\n\nThe council met on Tuesday to discuss the pier.\n", ArticleFormat.Text, Samples.Options);

        result.Article.Blocks.Should().Contain(b => b.Kind == BlockKind.Heading && result.Article.GetText(b.Range) == heading);
    }

    [Theory]
    [InlineData("Dr. Smith named chief of the harbour board")]
    [InlineData("U.S. to cut tariffs on steel")]
    [InlineData("What next? Council weighs the pier")]
    public void A_short_line_without_a_sentence_end_inside_it_stays_a_heading(string heading)
    {
        var result = ArticleAnalyzer.Analyze($"A headline that is long enough\n\n{heading}\n\nThe council met on Tuesday to discuss the pier.\n", ArticleFormat.Text, Samples.Options);

        var kinds = result.Article.Blocks.Select(b => (result.Article.GetText(b.Range), b.Kind)).ToList();
        kinds.Should().Contain((heading, BlockKind.Heading));
    }

    [Fact]
    public void Hard_wrapped_lines_join_into_one_paragraph_and_keep_source_positions()
    {
        const string source = "Title line that is long enough\n\n  The minister said\n  the plan was ready.\r\n\r\nSecond.\n";
        var result = ArticleAnalyzer.Analyze(source, ArticleFormat.Text, Samples.Options);
        var article = result.Article;

        article.Text.Should().Contain("The minister said the plan was ready.");
        var at = article.Text.IndexOf("the plan", StringComparison.Ordinal);
        var span = article.GetSourceSpan(new TextRange(at, at + "the plan".Length));
        source.Substring(span.Start, span.End - span.Start).Should().Be("the plan");
        span.Line.Should().Be(4);
        span.Column.Should().Be(3);
    }

    [Fact]
    public void Bullets_become_list_items_without_the_bullet()
    {
        var result = ArticleAnalyzer.Analyze("Key points of the story today:\n\n• First point here.\n• Second point here.\n", ArticleFormat.Text, Samples.Options);

        result.Article.Blocks.Where(b => b.Kind == BlockKind.ListItem).Select(b => result.Article.GetText(b.Range))
            .Should().Equal("First point here.", "Second point here.");
    }

    [Fact]
    public void Seed_text_is_dated_by_its_first_line()
    {
        var result = ArticleAnalyzer.Analyze(Samples.SeedText, Samples.Options);

        result.Article.Format.Should().Be(ArticleFormat.Text);
        result.Article.Metadata.Published!.Value.Should().Be("2025-10-06");
        result.ReferenceDate.Should().Be(new DateOnly(2025, 10, 6));
    }

    [Fact]
    public void A_dash_credit_line_under_a_pull_quote_keeps_its_dash_and_is_no_bullet()
    {
        var result = ArticleAnalyzer.Analyze("Title line that is long enough\n\n“We are on track.”\n— Dmitry Peskov (TASS)\n", ArticleFormat.Text, Samples.Options);

        result.Article.Blocks.Should().NotContain(b => b.Kind == BlockKind.ListItem);
        result.Article.Text.Should().Contain("— Dmitry Peskov (TASS)");
        result.Quotes.Should().ContainSingle().Which.Speaker.Should().Be("Dmitry Peskov");
    }

    [Fact]
    public void A_hyphen_credit_line_under_a_quote_closes_the_paragraph_and_is_no_list_item()
    {
        // Rule: IsCreditAfterQuote — "- Dana Holt" under a line ending on a closing quote stays in that paragraph, and
        // the line after it opens a new one.
        const string source = "The note was pinned to the door. “Fix the pier before the storms.”\n- Dana Holt, harbour master\nThe pier was fixed in May.\n";

        var result = ArticleAnalyzer.Analyze(source, ArticleFormat.Text, Samples.Options);

        result.Article.Blocks.Should().NotContain(b => b.Kind == BlockKind.ListItem);
        result.Article.Blocks.Select(b => result.Article.GetText(b.Range)).Should().Equal(
            "The note was pinned to the door. “Fix the pier before the storms.” - Dana Holt, harbour master", "The pier was fixed in May.");
    }

    [Theory]
    // Counter-example: the line above ends on no quote.
    [InlineData("The note was pinned to the door.\n- Dana Holt\n- Tom Reed\n")]
    // Counter-example: the hyphen line is a sentence, not a name.
    [InlineData("The list said “apples.”\n- Bananas were sold out at the store.\n- Pears too.\n")]
    public void Hyphen_lines_that_credit_no_quote_stay_list_items(string source)
    {
        var result = ArticleAnalyzer.Analyze(source, ArticleFormat.Text, Samples.Options);

        result.Article.Blocks.Count(b => b.Kind == BlockKind.ListItem).Should().Be(2);
    }
}
