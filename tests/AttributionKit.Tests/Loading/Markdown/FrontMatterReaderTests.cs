using AttributionKit.Loading.Markdown;
using AttributionKit.Model;

namespace AttributionKit.Tests.Loading.Markdown;

// FrontMatterReader is reached through MarkdownLoader, which finds the YAML block it reads.
public class FrontMatterReaderTests
{
    private const string Body = "\nThe council approved the budget after a long debate about the new bridge.\n";

    [Fact]
    public void Title_authors_language_address_and_site_are_read()
    {
        var metadata = Read("""
            ---
            title: "Council approves the budget"
            authors:
              - Ann Cole
              - Ben Ortiz
            lang: en-GB
            canonical_url: https://example.org/2025/05/19/budget
            site_name: Example Times
            ---
            """);

        metadata.Title.Should().Be("Council approves the budget");
        metadata.Authors.Should().Equal("Ann Cole", "Ben Ortiz");
        metadata.Language.Should().Be("en-GB");
        metadata.Url.Should().Be("https://example.org/2025/05/19/budget");
        metadata.SiteName.Should().Be("Example Times");
    }

    [Fact]
    public void An_author_line_with_separators_gives_each_author()
    {
        Read("---\nauthor: Ann Cole, Ben Ortiz & Chi Park\n---").Authors.Should().Equal("Ann Cole", "Ben Ortiz", "Chi Park");
    }

    [Fact]
    public void A_value_ending_in_a_dot_keeps_it()
    {
        var metadata = Read("---\ntitle: Budget passes\nauthor: A. Cole Jr.\n...");

        metadata.Authors.Should().Equal("A. Cole Jr.");
        metadata.Title.Should().Be("Budget passes");
    }

    [Fact]
    public void The_publication_date_is_located_in_the_file_and_wins_over_a_modification()
    {
        const string frontMatter = "---\nupdated: 2025-05-21\ndate: 2025-05-19T08:00:00+02:00\n---";

        var metadata = Read(frontMatter);

        metadata.Published!.Date.Should().Be(new DateOnly(2025, 5, 19));
        metadata.Published.Time.Should().Be(new TimeOnly(8, 0));
        metadata.Published.Role.Should().Be(DocumentDateRole.Published);
        metadata.Published.Span!.Value.Start.Should().Be(frontMatter.IndexOf("2025-05-19", StringComparison.Ordinal));
        metadata.PublishedReason.Should().Contain("'date'");
        metadata.DateCandidates.Select(d => d.Role).Should().Equal(DocumentDateRole.Modified, DocumentDateRole.Published);
    }

    [Fact]
    public void Without_front_matter_the_first_heading_is_the_title()
    {
        var article = MarkdownLoader.Load("# Bridge closes early\n" + Body, "story.md");

        article.Metadata.Title.Should().Be("Bridge closes early");
        article.Metadata.Published.Should().BeNull();
    }

    [Theory]
    [InlineData("---\ntitle: [unclosed\n---")]
    [InlineData("---\n- just\n- a list\n---")]
    [InlineData("---\ndate: not a date\n---")]
    public void Front_matter_that_gives_nothing_usable_leaves_the_article_readable(string frontMatter)
    {
        var article = MarkdownLoader.Load(frontMatter + "\n" + Body, "story.md");

        article.Metadata.Published.Should().BeNull();
        article.Text.Should().Contain("The council approved the budget");
    }

    private static DocumentMetadata Read(string frontMatter) => MarkdownLoader.Load(frontMatter + "\n" + Body, "story.md").Metadata;
}
