using AttributionKit.Cli.Baselines;

namespace AttributionKit.Cli.Tests.Baselines;

public class FindingFingerprintTests
{
    [Fact]
    public void Normalising_collapses_white_space_so_rewrapping_keeps_the_fingerprint()
    {
        FindingFingerprint.Normalize("  today,\n   May 19 ").Should().Be("today, May 19");
        FindingFingerprint.Hash("a").Should().MatchRegex("^[0-9a-f]{32}$").And.NotBe(FindingFingerprint.Hash("b"));
    }
}
