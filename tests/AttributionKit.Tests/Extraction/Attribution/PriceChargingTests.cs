using AttributionKit.Model;
using AttributionKit.Tests.TestSupport;
using static AttributionKit.Tests.TestSupport.PlainTextAttributions;

namespace AttributionKit.Tests.Extraction.Attribution;

/// <summary>
/// PriceCharging: a form of "charge" asking a price is no cue; charging someone with a wrong, or charging that
/// something is so, stays one.
/// </summary>
public class PriceChargingTests
{
    private static System.Collections.Immutable.ImmutableArray<AttributionKit.Model.Attribution> AttributionsIn(string text) =>
        ArticleAnalyzer.Analyze(text, ArticleFormat.Text, Samples.Options).Attributions;

    [Theory]
    [InlineData("The club charged a $900 joining fee for a berth.", "charged")]
    [InlineData("Dana Holt charged her tenants rent for the berths.", "charged")]
    [InlineData("Skippers were mistakenly charged fees for the empty berths.", "charged")]
    [InlineData("The harbour trust is charging skippers more than $3,000 a year.", "charging")]
    public void The_verb_form_is_no_cue(string text, string verb)
    {
        AttributionsIn(text).Should().NotContain(a => a.Cue != null && a.Cue.Text.EndsWith(verb, StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("Prosecutors charged Dana Holt with fraud on Monday.", "charged", "Prosecutors", "Dana Holt with fraud on Monday")]
    [InlineData("Nora Vale charged that the harbour fees were illegal.", "charged", "Nora Vale", "that the harbour fees were illegal")]
    public void An_accusation_stays_a_cue(string text, string cue, string source, string content)
    {
        var attribution = WithCue(text, cue);

        attribution.Source!.Mention.Text.Should().Be(source);
        attribution.Kind.Should().Be(AttributionKind.Indirect);
        attribution.Content.Text.Should().Be(content);
    }
}
