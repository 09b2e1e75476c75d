using AttributionKit.Extraction.Attribution;

namespace AttributionKit.Tests.Extraction.Attribution;

public sealed class WordIndexTests
{
    private static readonly List<WordToken> Words = WordTokenizer.Tokenize("He said “no,” she said.", 0, 23);

    [Theory]
    [InlineData(0, 0)]
    [InlineData(1, 1)]
    [InlineData(3, 1)]
    [InlineData(8, 2)]
    [InlineData(9, 2)]
    [InlineData(10, 3)]
    [InlineData(14, 3)]
    [InlineData(23, 5)]
    public void FirstAtOrAfter_is_the_first_word_starting_at_or_after_the_offset(int offset, int expected)
    {
        WordIndex.FirstAtOrAfter(Words, offset).Should().Be(expected);
    }

    [Fact]
    public void FirstAtOrAfter_of_no_words_is_zero()
    {
        WordIndex.FirstAtOrAfter([], 5).Should().Be(0);
    }
}
