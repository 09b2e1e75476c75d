using AttributionKit.Extraction.Outlets;
using AttributionKit.Model;

namespace AttributionKit.Tests.Extraction.Outlets;

public class OutletGazetteerTests
{
    private static readonly OutletGazetteer Gazetteer = OutletGazetteer.Default;

    [Theory]
    [InlineData("DW", "Deutsche Welle")]
    [InlineData("AP", "Associated Press")]
    [InlineData("the Associated Press", "Associated Press")]
    [InlineData("AFP", "Agence France-Presse")]
    [InlineData("the white house", "White House")]
    [InlineData("Twitter", "X")]
    public void Aliases_resolve_to_the_canonical_name(string alias, string canonical) =>
        Gazetteer.Lookup(alias)!.Name.Should().Be(canonical);

    [Theory]
    [InlineData("Al-Jazeera")]
    [InlineData("Aljazeera")]
    [InlineData("Al Jazeeera")]
    public void Spelling_variants_resolve_fuzzily(string variant) =>
        Gazetteer.LookupFuzzy(variant)!.Name.Should().Be("Al Jazeera");

    [Fact]
    public void One_word_names_keep_their_case()
    {
        Gazetteer.Lookup("x").Should().BeNull();
        Gazetteer.Lookup("X")!.Kind.Should().Be(OutletKind.Platform);
    }

    [Theory]
    [InlineData("www.theguardian.com", "The Guardian")]
    [InlineData("news.dw.com", "Deutsche Welle")]
    [InlineData("x.com", "X")]
    public void Hosts_resolve_to_their_outlet(string host, string name) =>
        Gazetteer.LookupHost(host)!.Name.Should().Be(name);

    [Fact]
    public void Scan_finds_names_with_their_ranges_and_short_forms_only_after_the_full_name()
    {
        const string text = "The Post said so. According to The Washington Post and TASS, the Post later added more on X.";
        var matches = Gazetteer.FindAll(text, 0, text.Length);

        matches.Select(m => (text[m.Range.Start..m.Range.End], m.Entry.Name)).Should().Equal(
            ("Washington Post", "The Washington Post"),
            ("TASS", "TASS"),
            ("the Post", "The Washington Post"),
            ("X", "X"));
    }
}
