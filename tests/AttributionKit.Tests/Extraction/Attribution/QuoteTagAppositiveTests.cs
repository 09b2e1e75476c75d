using AttributionKit.Model;
using static AttributionKit.Tests.TestSupport.PlainTextAttributions;

namespace AttributionKit.Tests.Extraction.Attribution;

/// <summary>The appositive of a speaker named in a quote's tag belongs to the source span, not to the name.</summary>
public class QuoteTagAppositiveTests
{
    [Theory]
    [InlineData("“The pier will reopen,” said Nora Vale, 44.", "Nora Vale, 44")]
    [InlineData("“The pier will reopen,” said Nora Vale, a harbour pilot. “We are ready.”", "Nora Vale, a harbour pilot")]
    // A currency sign on a figure inside the appositive ends no phrase.
    [InlineData("“The pier will reopen,” said Nora Vale, a harbour donor who has given more than $400,000 to the fund.", "Nora Vale, a harbour donor who has given more than $400,000 to the fund")]
    [InlineData("“The pier will reopen,” said Nora Vale, a harbour donor in Ohio, who gave £40 to the fund.", "Nora Vale, a harbour donor in Ohio, who gave £40 to the fund")]
    public void A_trailing_appositive_ends_with_the_sentence(string text, string source)
    {
        var attribution = WithCue(text, "said");

        attribution.Source!.Mention.Text.Should().Be(source);
        attribution.Source.Name.Should().Be("Nora Vale");
        attribution.Kind.Should().Be(AttributionKind.Direct);
    }

    [Fact]
    public void An_appositive_before_the_verb_keeps_its_closing_comma()
    {
        var attribution = WithCue("“The pier will reopen,” Nora Vale, the harbour pilot, said.", "said");

        attribution.Source!.Mention.Text.Should().Be("Nora Vale, the harbour pilot,");
        attribution.Source.Name.Should().Be("Nora Vale");
    }

    [Fact]
    public void A_clause_after_the_name_is_no_appositive()
    {
        var attribution = WithCue("“The pier will reopen,” said Nora Vale, adding that the board agreed.", "said");

        attribution.Source!.Mention.Text.Should().Be("Nora Vale");
    }

    [Theory]
    [InlineData("“The pier will reopen,” said Nora Vale, 44, of Bath, Maine.", "Nora Vale, 44, of Bath, Maine")]
    [InlineData("“The pier will reopen,” said Nora Vale, 44, of Tampa, Fla.", "Nora Vale, 44, of Tampa, Fla")]
    [InlineData("“The pier will reopen,” said a longtime adviser to the mayor.", "a longtime adviser to the mayor")]
    [InlineData("“The pier will reopen,” says a source involved in the talks.", "a source involved in the talks")]
    public void The_home_town_and_a_closing_phrase_belong_to_the_speaker(string text, string source)
    {
        var attribution = WithCue(text, text.Contains("says", StringComparison.Ordinal) ? "says" : "said");

        attribution.Source!.Mention.Text.Should().Be(source);
        attribution.Kind.Should().Be(AttributionKind.Direct);
    }

    [Theory]
    [InlineData("“The pier will reopen,” said a spokesman for the mayor in a statement.", "a spokesman")]
    [InlineData("“The pier will reopen,” said a spokesman on Tuesday.", "a spokesman")]
    public void Where_or_when_it_was_said_stays_out_of_the_source(string text, string source)
    {
        WithCue(text, "said").Source!.Mention.Text.Should().StartWith(source).And.NotContain("statement").And.NotContain("Tuesday");
    }

    [Fact]
    public void A_restrictive_relative_clause_belongs_to_the_speaker()
    {
        var attribution = WithCue("“The pier will reopen,” said a harbour pilot who has worked there for years.", "said");

        attribution.Source!.Mention.Text.Should().Be("a harbour pilot who has worked there for years");
        attribution.Kind.Should().Be(AttributionKind.Direct);
    }
}
