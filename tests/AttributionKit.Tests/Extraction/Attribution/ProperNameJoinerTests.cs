using AttributionKit.Extraction.Attribution;

namespace AttributionKit.Tests.Extraction.Attribution;

public class ProperNameJoinerTests
{
    private static List<WordToken> Words(string text) => WordTokenizer.Tokenize(text, 0, text.Length);

    [Theory]
    [InlineData("the Bureau of Investigation", 2)]
    [InlineData("the Centers for Disease Control", 2)]
    [InlineData("the Council on Harbour Relations", 2)]
    [InlineData("the Port Authority of Kent", 0)]
    [InlineData("the Port Authority of Kent", 3)]
    public void A_function_word_between_capitalised_words_or_the_before_them_joins_one_name(string text, int index)
    {
        ProperNameJoiner.Joins(Words(text), index).Should().BeTrue();
    }

    [Theory]
    // Counter-example: "of" after a lower-case noun is a preposition, not part of the name after it.
    [InlineData("the director of Kent", 2)]
    // Counter-example: a function word before a lower-case word joins nothing.
    [InlineData("the Bureau of trade", 2)]
    public void A_function_word_after_a_common_noun_or_before_a_lower_case_word_joins_nothing(string text, int index)
    {
        ProperNameJoiner.Joins(Words(text), index).Should().BeFalse();
    }

    [Theory]
    [InlineData("the director of the Harbour Board of Dover", 2)]
    [InlineData("a lawyer at Holt and Vale", 2)]
    [InlineData("the head of the Bureau of Investigation", 2)]
    public void A_description_ending_in_a_name_after_its_noun_gives_the_preposition(string text, int preposition)
    {
        var words = Words(text);

        ProperNameJoiner.PrepositionBeforeName(words, 0, words.Count - 1).Should().Be(preposition);
    }

    [Theory]
    // Counter-example: a name ending in "of" and a place is the name of a person from that place, not a description.
    [InlineData("Dana Holt of Dover")]
    // Counter-example: a description that ends in a lower-case noun has no name to step over.
    [InlineData("the director of the board")]
    public void A_name_or_a_description_ending_lower_case_gives_none(string text)
    {
        var words = Words(text);

        ProperNameJoiner.PrepositionBeforeName(words, 0, words.Count - 1).Should().Be(-1);
    }
}
