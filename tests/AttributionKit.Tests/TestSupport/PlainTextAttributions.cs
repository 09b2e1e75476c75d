using AttributionKit.Model;

namespace AttributionKit.Tests.TestSupport;

/// <summary>The attributions found in a short plain-text article written for a test.</summary>
public static class PlainTextAttributions
{
    /// <summary>The attribution whose cue reads <paramref name="cue"/>; fails the test when there is none.</summary>
    public static Attribution WithCue(string text, string cue) =>
        ArticleAnalyzer.Analyze(text, ArticleFormat.Text, Samples.Options).Attributions
            .Should().Contain(a => a.Cue != null && a.Cue.Text == cue).Which;
}
