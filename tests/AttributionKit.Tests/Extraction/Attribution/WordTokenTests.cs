using AttributionKit.Extraction.Attribution;

namespace AttributionKit.Tests.Extraction.Attribution;

public sealed class WordTokenTests
{
    [Fact]
    public void Lower_is_the_word_in_lower_case()
    {
        new WordToken(0, 6, "Peskov", false).Lower.Should().Be("peskov");
    }

    [Fact]
    public void Lower_follows_a_text_set_through_with()
    {
        // Lower is computed once; a copy with other text must not keep the old one.
        var token = new WordToken(0, 10, "Twenty-one", false) with { Text = "Twenty" };

        token.Text.Should().Be("Twenty");
        token.Lower.Should().Be("twenty");
    }

    [Theory]
    [InlineData("Rubio’s", true)]
    [InlineData("Rubio's", true)]
    [InlineData("Rubio", false)]
    public void IsPossessive_reads_both_apostrophes(string text, bool expected)
    {
        new WordToken(0, text.Length, text, false).IsPossessive.Should().Be(expected);
    }
}
