using AttributionKit.Text;

namespace AttributionKit.Tests.Text;

public class InvariantLowerCaseTests
{
    [Fact]
    public void Every_character_of_the_basic_plane_is_lowered_as_the_runtime_lowers_it()
    {
        var differences = new List<int>();
        for (var c = 0; c <= char.MaxValue; c++)
        {
            if (char.IsSurrogate((char)c))
            {
                continue;
            }

            var text = "a" + (char)c + "Z";
            var expected = text.ToLowerInvariant();
            if (!string.Equals(InvariantLowerCase.Of(text), expected, StringComparison.Ordinal))
            {
                differences.Add(c);
            }
        }

        differences.Should().BeEmpty();
    }

    [Theory]
    [InlineData("Übergangszeit")]
    [InlineData("Trump’s")]
    [InlineData("ÉMILE ZOLA")]
    [InlineData("İstanbul")]
    [InlineData("ΣΟΦΙΑ")]
    [InlineData("Straße")]
    [InlineData("ǅemal")]
    [InlineData("𐐀 Deseret")] // a surrogate pair: left to the runtime
    [InlineData("")]
    public void Gives_the_same_string_as_ToLowerInvariant(string text)
    {
        InvariantLowerCase.Of(text).Should().Be(text.ToLowerInvariant());
    }

    [Fact]
    public void Leaves_a_string_with_a_lone_surrogate_to_the_runtime()
    {
        var text = "x " + '\uD800' + " Lone";

        InvariantLowerCase.Of(text).Should().Be(text.ToLowerInvariant());
    }

    [Theory]
    [InlineData("über", "über")]
    [InlineData("Müller", "müller")]
    [InlineData("STRASSE", "strasse")]
    public void Lowers_words_above_ascii(string text, string lowered)
    {
        InvariantLowerCase.Of(text).Should().Be(lowered);
    }

    [Theory]
    [InlineData("trump")]
    [InlineData("für")]
    [InlineData("putin’s")]
    public void Returns_a_word_already_in_lower_case_itself(string text)
    {
        InvariantLowerCase.Of(text).Should().BeSameAs(text);
    }
}
