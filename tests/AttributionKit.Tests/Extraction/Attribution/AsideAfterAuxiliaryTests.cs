using AttributionKit.Model;
using static AttributionKit.Tests.TestSupport.PlainTextAttributions;

namespace AttributionKit.Tests.Extraction.Attribution;

/// <summary>
/// A short aside set off by commas between an auxiliary and the reporting verb ("has, however, said") interrupts the verb
/// group; the subject before the auxiliary is the source.
/// </summary>
public class AsideAfterAuxiliaryTests
{
    [Theory]
    // Rule: AsideAfterAuxiliary — the subject stands before "has", as in "Holt has said".
    [InlineData("Dana Holt has, however, said the pier would reopen in spring.", "said", "Dana Holt", "the pier would reopen in spring")]
    [InlineData("The skippers asked Holt to resign, a demand which she has, so far, refused to consider.", "refused", "she", "to consider")]
    public void The_subject_before_the_auxiliary_is_the_source(string text, string cue, string source, string content)
    {
        var attribution = WithCue(text, cue);

        attribution.Kind.Should().Be(AttributionKind.Indirect);
        attribution.Source!.Mention.Text.Should().Be(source);
        attribution.Content.Text.Should().Be(content);
    }

    [Fact]
    public void A_participle_after_a_comma_keeps_its_own_reading()
    {
        // Counter-example: "saying" after a comma opens a clause of the sentence's subject; no auxiliary opens an aside.
        WithCue("Dana Holt spoke on Monday, saying the pier would reopen in spring.", "saying").Source!.Mention.Text.Should().Be("Dana Holt");
    }
}
