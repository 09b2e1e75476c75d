using AttributionKit.Model;
using AttributionKit.Tests.TestSupport;

namespace AttributionKit.Tests.Extraction.Attribution;

public class ScratchProbeTests
{
    [Theory]
    [InlineData("The pier became “the pride of the town,” according to Oren Baptiste.")]
    [InlineData("The pier became the pride of the town, according to Oren Baptiste.")]
    public void Probe(string text)
    {
        var r = ArticleAnalyzer.Analyze(text, ArticleFormat.Text, Samples.Options);
        System.IO.File.AppendAllText("/tmp/probe.txt", text + "\n  A: " + string.Join("\n  A: ", r.Attributions.Select(a => $"[{a.Source?.Mention.Text}] cue[{a.Cue?.Text}] :: {a.Content.Text}"))
            + "\n  Q: " + string.Join("\n  Q: ", r.Quotes.Select(q => $"{q.Kind} [{q.SpeakerMention?.Text}] cue[{q.Cue?.Text}] :: {q.Text}")) + "\n");
    }
}
