using AttributionKit.Text;

namespace AttributionKit.Tests.Text;

public class DiacriticsTests
{
    [Theory]
    [InlineData("Mairéad", "Mairead")]
    [InlineData("Müller", "Muller")]
    [InlineData("François", "Francois")]
    [InlineData("Łukasz", "Łukasz")] // a stroke is part of the letter, not a combining mark: kept
    [InlineData("Zelenskyy", "Zelenskyy")]
    public void Fold_removes_combining_marks_only(string word, string folded)
    {
        Diacritics.Fold(word).Should().Be(folded);
    }

    [Fact]
    public void Fold_returns_an_ascii_word_itself()
    {
        var word = "Flynn";

        Diacritics.Fold(word).Should().BeSameAs(word);
    }
}
