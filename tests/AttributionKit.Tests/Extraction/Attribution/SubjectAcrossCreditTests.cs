using AttributionKit.Model;
using AttributionKit.Tests.TestSupport;

namespace AttributionKit.Tests.Extraction.Attribution;

/// <summary>
/// InterruptingCredit.SubjectAcrossCredit: a credit set between a sentence's subject and its predicate ("The pier, Holt
/// said, will close on Friday") interrupts one report, whose content runs from the subject to the predicate's end.
/// </summary>
public class SubjectAcrossCreditTests
{
    private static System.Collections.Immutable.ImmutableArray<AttributionKit.Model.Attribution> AttributionsIn(string text) =>
        ArticleAnalyzer.Analyze(text, ArticleFormat.Text, Samples.Options).Attributions;

    [Theory]
    [InlineData("The pier, Dana Holt said, will close on Friday.", "Dana Holt", "said")]
    [InlineData("This plan, Nora Vale argues, is different.", "Nora Vale", "argues")]
    [InlineData("The ferry, Dana Holt added, was late again.", "Dana Holt", "added")]
    public void The_subject_before_the_credit_is_part_of_the_content(string text, string source, string cue)
    {
        var attribution = AttributionsIn(text).Should().ContainSingle().Subject;

        attribution.Source!.Mention.Text.Should().Be(source);
        attribution.Cue!.Text.Should().Be(cue);
        attribution.Content.Text.Should().Be(text.TrimEnd('.'));
    }

    [Fact]
    public void An_opening_adverb_before_the_credit_stays_out_of_the_content()
    {
        // Counter-example: in "Still, Holt said, officials have to decide" the clause after the credit is whole.
        var attribution = AttributionsIn("Still, Dana Holt said, officials have to decide.").Should().ContainSingle().Subject;

        attribution.Content.Text.Should().Be("officials have to decide");
    }
}
