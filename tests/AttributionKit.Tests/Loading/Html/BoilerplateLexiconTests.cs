using AttributionKit.Loading.Html;

namespace AttributionKit.Tests.Loading.Html;

public class BoilerplateLexiconTests
{
    [Fact]
    public void Every_substring_pattern_of_the_lexicon_is_found_inside_a_longer_class_name()
    {
        var checkedPatterns = 0;
        foreach (var line in AttributionKit.Text.Lexicon.Lines("Html/boilerplate-patterns.txt"))
        {
            var parts = line.Split('\t', 2, StringSplitOptions.TrimEntries);
            if (parts.Length != 2 || parts[1].Length == 0 || parts[1][0] == '=')
            {
                continue;
            }

            var expected = Enum.TryParse<BoilerplateClass>(parts[0], ignoreCase: true, out var named) ? named : BoilerplateClass.None;
            var pattern = parts[1].ToLowerInvariant();

            // Glued to other letters on both sides, at the start and at the end: found wherever it stands.
            foreach (var name in new[] { "qq" + pattern + "zz wrapper", "x1 " + pattern + "qq", "qq" + pattern })
            {
                (BoilerplateLexicon.Classify(name) & expected).Should().Be(expected, "'{0}' holds the pattern '{1}'", name, pattern);
            }

            checkedPatterns++;
        }

        checkedPatterns.Should().BeGreaterThan(50);
    }

    [Theory]
    [InlineData("hidden")]
    [InlineData("is-hidden")]
    [InlineData("box visually-hidden")]
    public void Hidden_elements_are_dropped(string classAndId)
    {
        (BoilerplateLexicon.Classify(classAndId) & BoilerplateClass.Drop).Should().Be(BoilerplateClass.Drop);
    }

    [Theory]
    [InlineData("field field-name-body field-label-hidden")]
    [InlineData("field field--name-field-text field--label-hidden field--item")]
    [InlineData("block l-hidden-xs l-hidden-s l-text-l")]
    [InlineData("intro-text hidden-sm-down")]
    public void Elements_hidden_only_on_small_screens_or_with_a_hidden_label_are_kept(string classAndId)
    {
        (BoilerplateLexicon.Classify(classAndId) & BoilerplateClass.Drop).Should().Be(BoilerplateClass.None);
    }

    [Theory]
    [InlineData("entry-date published")]
    [InlineData("single__date")]
    [InlineData("article-reading-time")]
    [InlineData("post-rating")]
    [InlineData("cat-links")]
    [InlineData("tags-links")]
    public void Date_stamps_reading_times_and_ratings_are_dropped(string classAndId)
    {
        (BoilerplateLexicon.Classify(classAndId) & BoilerplateClass.Drop).Should().Be(BoilerplateClass.Drop);
    }

    [Theory]
    [InlineData("article-header-full__author")]
    [InlineData("full authors")]
    public void Author_names_and_lists_are_dropped(string classAndId)
    {
        (BoilerplateLexicon.Classify(classAndId) & BoilerplateClass.Drop).Should().Be(BoilerplateClass.Drop);
    }

    [Theory]
    [InlineData("o-section o-section-intro-top o-section--has-ads")]
    [InlineData("entry no-comments")]
    public void A_class_that_says_what_a_block_holds_or_lacks_does_not_drop_it(string classAndId)
    {
        (BoilerplateLexicon.Classify(classAndId) & BoilerplateClass.Drop).Should().Be(BoilerplateClass.None);
    }

    [Fact]
    public void A_tabbed_box_is_content_not_a_menu()
    {
        var kind = BoilerplateLexicon.Classify("tab-menu--product");

        (kind & BoilerplateClass.Keep).Should().Be(BoilerplateClass.Keep);
        (kind & BoilerplateClass.Drop).Should().Be(BoilerplateClass.None);
    }

    [Theory]
    [InlineData("review--captcha")]
    [InlineData("content--product-reviews")]
    [InlineData("newreview")]
    [InlineData("review-form")]
    public void Captchas_and_reader_reviews_are_dropped(string classAndId)
    {
        (BoilerplateLexicon.Classify(classAndId) & BoilerplateClass.Drop).Should().Be(BoilerplateClass.Drop);
    }
}
