using AttributionKit.Model;
using AttributionKit.Tests.TestSupport;
using static AttributionKit.Tests.TestSupport.PlainTextAttributions;

namespace AttributionKit.Tests.Extraction.Attribution;

/// <summary>A credit after a quote that a narrator's lead-in opens with a colon credits the quote, not the lead-in.</summary>
public class QuoteAfterColonLeadInTests
{
    [Theory]
    [InlineData("Headline\n\nHolt seemed irritated: “It is a public notice! Just post it,” she wrote.", "wrote", "she", "“It is a public notice! Just post it,”")]
    [InlineData("Headline\n\nVale saw the mayor's words differently: “When he says he will fix the pier, I don't believe him,” she said.", "said", "she", "“When he says he will fix the pier, I don't believe him,”")]
    [InlineData("Headline\n\nThen came the plainest line of all: ''It is time the pier had a keeper,'' the harbour master told the crowd.", "told", "the harbour master", "''It is time the pier had a keeper,''")]
    public void The_content_starts_at_the_quote(string text, string cue, string source, string content)
    {
        var attribution = WithCue(text, cue);

        attribution.Source!.Mention.Text.Should().Be(source);
        attribution.Cue!.Text.Should().Be(cue);
        attribution.Content.Text.Should().Be(content);
    }

    [Fact]
    public void A_cue_of_the_lead_in_keeps_the_words_before_the_colon()
    {
        const string text = "Headline\n\nSoon after the storm, Holt asserted that the pier had lost its purpose: “The pier is no longer a pier,” he claimed.";

        var lead = WithCue(text, "asserted");
        lead.Source!.Mention.Text.Should().Be("Holt");
        lead.Content.Text.Should().Be("that the pier had lost its purpose");

        var credit = WithCue(text, "claimed");
        credit.Source!.Mention.Text.Should().Be("he");
        credit.Content.Text.Should().Be("“The pier is no longer a pier,”");
    }

    [Fact]
    public void A_lead_in_ending_on_a_verb_of_saying_stays_in_the_credit()
    {
        var attribution = WithCue("Headline\n\nWhen asked about the pier, Holt said: “There will always be repairs,” the Gazette reported.", "reported");

        attribution.Source!.Mention.Text.Should().Be("the Gazette");
        attribution.Content.Text.Should().Be("When asked about the pier, Holt said: “There will always be repairs,”");
    }
}
