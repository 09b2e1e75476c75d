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

    private static string[] Names(string text) => [.. Gazetteer.FindAll(text, 0, text.Length).Select(m => m.Entry.Name)];

    [Fact]
    public void Possessives_do_not_hide_a_name() =>
        Names("The Guardian’s report and Reuters's story and NATO’s chief").Should().Equal("The Guardian", "Reuters", "NATO");

    [Fact]
    public void The_Post_names_the_Washington_Post_or_New_York_Post_only_after_it_appeared()
    {
        Names("The Post said so.").Should().BeEmpty();
        Names("The New York Post reported it first. The Post later added details.").Should().Equal("New York Post", "New York Post");
    }

    [Fact]
    public void A_bare_word_that_names_a_The_outlet_needs_its_article()
    {
        Names("An Independent candidate won.").Should().BeEmpty();
        Names("He told The Independent about it.").Should().Equal("The Independent");
    }

    [Fact]
    public void A_name_of_several_words_in_running_text_starts_with_a_capital() =>
        Names("on foreign policy and on Foreign Policy").Should().Equal("Foreign Policy");

    [Theory]
    [InlineData("Deutsche Welle", "Deutsche Welle")]
    [InlineData("AFP", "Agence France-Presse")]
    [InlineData("Associated Press", "Associated Press")]
    public void Canonical_names_and_abbreviations_are_found_in_text(string text, string name) =>
        Names($"According to {text}, it rained.").Should().Equal(name);
}
