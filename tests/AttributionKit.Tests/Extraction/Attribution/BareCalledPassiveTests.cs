using AttributionKit.Model;
using AttributionKit.Tests.TestSupport;

namespace AttributionKit.Tests.Extraction.Attribution;

/// <summary>
/// BareCalledPassive: a passive "called" with nothing after it in its clause (a race declared, someone summoned) is no
/// cue; "called to mind" (non-speech-verb-phrases.txt) recalls a likeness and is no cue either; a passive naming someone
/// something stays a cue.
/// </summary>
public class BareCalledPassiveTests
{
    private static System.Collections.Immutable.ImmutableArray<AttributionKit.Model.Attribution> AttributionsIn(string text) =>
        ArticleAnalyzer.Analyze(text, ArticleFormat.Text, Samples.Options).Attributions;

    [Theory]
    [InlineData("Nora Vale spoke to reporters just after the race was called.")]
    [InlineData("After the harbour seat was called, Dana Holt left the pier.")]
    [InlineData("The old pier called to mind the harbour of her youth.")]
    public void The_verb_form_is_no_cue(string text)
    {
        AttributionsIn(text).Should().NotContain(a => a.Cue != null && a.Cue.Text.Contains("called", StringComparison.Ordinal));
    }

    [Fact]
    public void A_passive_naming_someone_stays_a_cue()
    {
        AttributionsIn("Holt was called a liar by the mayor.").Should().Contain(a => a.Cue != null && a.Cue.Text == "was called");
    }
}
