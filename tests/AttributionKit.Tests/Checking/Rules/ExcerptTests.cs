using AttributionKit.Checking.Rules;

namespace AttributionKit.Tests.Checking.Rules;

public class ExcerptTests
{
    [Theory]
    [InlineData("We lose another year,", "We lose another year")]
    [InlineData("We lose another year.", "We lose another year.")]
    [InlineData("Is it over?", "Is it over?")]
    [InlineData("Peacekeeping efforts must avoid sparking direct confrontation. A non-NATO framework is the safest path.", "Peacekeeping efforts must avoid sparking direct…")]
    [InlineData("We asked for talks, for a mediator, for anything at all, nobody, not one of them, came back to us.", "We asked for talks, for a mediator, for anything at all…")]
    public void Keeps_what_was_said_without_the_comma_of_the_sentence_around_it_and_cuts_long_text_at_a_word(string text, string excerpt) =>
        Excerpt.Of(text).Should().Be(excerpt);
}
