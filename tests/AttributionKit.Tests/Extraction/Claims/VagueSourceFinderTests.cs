using AttributionKit.Extraction.Claims;
using AttributionKit.Text;

namespace AttributionKit.Tests.Extraction.Claims;

public class VagueSourceFinderTests
{
    private static string[] Find(string text) =>
        [.. VagueSourceFinder.Find(text, LexicalTokenizer.Tokenize(text, 0, text.Length)).Select(v => text[v.Range.Start..v.Range.End])];

    [Theory]
    [InlineData("As noted by Al Jazeera, analysts warn that gains could tilt talks.", "analysts warn")]
    [InlineData("Experts say the plan will fail.", "Experts say")]
    [InlineData("The decision, critics say, came too late.", "critics say")]
    [InlineData("The deal is off, sources said on Monday.", "sources said")]
    [InlineData("The talks collapsed, a senior government source said.", "a senior government source said")]
    [InlineData("It is believed that the convoy left at dawn.", "It is believed")]
    [InlineData("The plan was approved, according to people familiar with the matter.", "people familiar with the matter")]
    [InlineData("The talks collapsed, said a source close to the talks.", "a source close to")]
    [InlineData("U.S. officials have long said the program was illegal.", "U.S. officials have long said")]
    [InlineData("Officials, who spoke on condition of anonymity, said the plan was dead.", "Officials, who spoke on condition of anonymity, said")]
    [InlineData("A senior official, who asked not to be named, said the figure was lower.", "A senior official, who asked not to be named, said")]
    public void Finds_unnamed_sources(string text, string phrase) =>
        Find(text).Should().Equal(phrase);

    [Theory]
    [InlineData("Military analyst Michael Clarke said the position was untenable.")]
    [InlineData("The source of the leak was never found.")]
    [InlineData("Trump met officials who said nothing.")]
    [InlineData("The expert witness testified for two days.")]
    [InlineData("The officials, Dana Holt and Tom Reyes, said nothing new.")]
    public void Named_sources_and_other_uses_of_the_words_are_not_vague(string text) =>
        Find(text).Should().BeEmpty();
}
