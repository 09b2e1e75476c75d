using AttributionKit.Model;
using AttributionKit.Tests.TestSupport;

namespace AttributionKit.Tests.Extraction.Attribution;

public class AttributionPassTests
{
    private static Quote Only(string text) => PlainTextQuotes.OnlyQuoteIn(text);

    [Theory]
    [InlineData("Rosa Calder praised the volunteers who rebuilt the pier.\n\n“They worked through every weekend of the winter.”")]
    [InlineData("Rosa Calder praised the volunteers who rebuilt the pier. “They worked through every weekend of the winter.”")]
    public void A_reporting_sentence_introduces_the_uncredited_quote_after_it(string text)
    {
        var quote = Only(text);

        quote.Text.Should().Be("They worked through every weekend of the winter.");
        quote.Kind.Should().Be(QuoteKind.Direct);
        quote.Speaker.Should().Be("Rosa Calder");
        quote.SpeakerMention!.Text.Should().Be("Rosa Calder");
    }

    [Theory]
    [InlineData("Rosa Calder repaired the pier with the volunteers.\n\n“They worked through every weekend of the winter.”")]
    [InlineData("The volunteers praised the new pier.\n\n“They worked through every weekend of the winter.”")]
    [InlineData("She praised the volunteers who rebuilt the pier.\n\n“They worked through every weekend of the winter.”")]
    public void A_sentence_without_a_reporting_verb_or_a_named_subject_credits_nobody(string text)
    {
        var quote = Only(text);

        quote.Text.Should().Be("They worked through every weekend of the winter.");
        quote.Kind.Should().Be(QuoteKind.Direct);
        quote.Speaker.Should().BeNull();
    }

    [Fact]
    public void A_quote_after_a_credited_partial_quote_goes_on_with_its_speaker()
    {
        var quotes = ArticleAnalyzer.Analyze(
            "Rosa Calder scolded the board: “You have ignored the three reports you called ‘urgent,’” she said. “When a pier is unsafe, you close it.”",
            ArticleFormat.Text,
            Samples.Options).Quotes;

        var last = quotes.Should().HaveCount(2).And.Subject.Last();
        last.Text.Should().Be("When a pier is unsafe, you close it.");
        last.Kind.Should().Be(QuoteKind.Direct);
        last.SpeakerMention!.Text.Should().Be("she");
        last.Speaker.Should().Be("Rosa Calder");
    }

    [Fact]
    public void A_pronoun_subject_of_the_reporting_sentence_before_introduces_the_quote_when_it_resolves()
    {
        var quote = Only("Rosa Calder, the harbor director, spoke to the county board in Dayton on Monday night.\n\nShe said the pier would reopen in May. “We have waited long enough.”");

        quote.Text.Should().Be("We have waited long enough.");
        quote.Kind.Should().Be(QuoteKind.Direct);
        quote.SpeakerMention!.Text.Should().Be("She");
        quote.Speaker.Should().Be("Rosa Calder");
    }

    [Fact]
    public void A_one_word_surname_saying_something_in_the_sentence_before_introduces_the_quote()
    {
        var quote = Only("Harbor director Rosa Calder spoke to the county board in Dayton on Monday night.\n\nCalder said the pier would reopen in May.\n\n“We have waited long enough.”");

        quote.Text.Should().Be("We have waited long enough.");
        quote.SpeakerMention!.Text.Should().Be("Calder");
        quote.Speaker.Should().Be("Rosa Calder");
    }

    [Fact]
    public void A_quote_after_a_sentence_reporting_someones_view_carries_that_report_on()
    {
        var quote = Only("Harbor director Rosa Calder spoke to the county board in Dayton on Monday night.\n\nOr maybe Calder, digital consultant Ann Ruiz says. “Several surveys suggest a second look is coming.”");

        quote.Text.Should().Be("Several surveys suggest a second look is coming.");
        quote.Kind.Should().Be(QuoteKind.Direct);
        quote.SpeakerMention!.Text.Should().Contain("Ann Ruiz");
    }

    [Theory]
    // Rule: a pronoun opening a clause reported by a verb speaks for whoever reports it.
    [InlineData("The harbor board, for example, said she would “support the levy” this spring.", "support the levy", "The harbor board")]
    // Rule: a pronoun after "that" is the reporter's too.
    [InlineData("Dana Fisk has made clear that she is ready to “act this month.”", "act this month.", "Dana Fisk")]
    [InlineData("Lena Ortiz pushed back on Tuesday, arguing that she and the mayor shared “almost all the same views.”", "almost all the same views.", "Lena Ortiz")]
    public void A_pronoun_opening_a_reported_clause_speaks_for_its_reporter(string sentence, string quoted, string mention)
    {
        var quote = Only("Dana Fisk chaired the meeting of the county board on Monday.\n\n" + sentence);

        quote.Text.Should().Be(quoted);
        quote.Kind.Should().Be(QuoteKind.Partial);
        quote.SpeakerMention!.Text.Should().Be(mention);
    }

    [Fact]
    public void A_pronoun_opening_its_own_clause_keeps_the_quote()
    {
        // Counter-example: "so … that" opens a clause of result, not one a verb reports.
        var quote = Only("Dana Fisk chaired the meeting.\n\nThe levy failed so badly that she now has “no plan B” at all.");

        quote.Kind.Should().Be(QuoteKind.Partial);
        quote.SpeakerMention!.Text.Should().Be("she");
    }

    [Fact]
    public void A_quote_opening_its_sentence_takes_a_tag_a_few_words_later()
    {
        // Rule: "''…'' income, he said, rather than …": the tag set off by commas after a few more words is the quote's.
        var quotes = ArticleAnalyzer.Analyze("Dana Fisk chaired the meeting.\n\n“Most of the cost of the pier comes from repairs” to the deck, Fisk said, rather than from the new lights.", ArticleFormat.Text, Samples.Options).Quotes;

        quotes.Should().ContainSingle();
        quotes[0].Text.Should().Be("Most of the cost of the pier comes from repairs");
        quotes[0].Kind.Should().Be(QuoteKind.Direct);
        quotes[0].SpeakerMention!.Text.Should().Be("Fisk");
    }

    [Fact]
    public void A_later_clause_with_its_own_object_is_no_tag()
    {
        // Counter-example: "and Fisk said nothing more" goes on with a clause of its own, not a tag set off by commas.
        var quote = Only("Dana Fisk chaired the meeting.\n\n“We will rebuild the pier by spring” was the promise on the sign, and Fisk said nothing more.");

        quote.SpeakerMention?.Text.Should().NotBe("Fisk");
    }

    [Fact]
    public void A_pronoun_cue_inside_a_reported_clause_speaks_for_the_reporter()
    {
        // Rule: "Fisk has made clear that she expects …": the pronoun's own cue stands in a clause Fisk reports.
        var quote = Only("Dana Fisk chaired the meeting.\n\nDana Fisk has made clear that she expects the harbor board to unleash its “attack dogs” on her.");

        quote.Text.Should().Be("attack dogs");
        quote.Kind.Should().Be(QuoteKind.Partial);
        quote.SpeakerMention!.Text.Should().Be("Dana Fisk");
        quote.Cue!.Text.Should().Be("expects");
    }

    [Fact]
    public void A_pronoun_cue_after_a_plain_verb_keeps_its_pronoun()
    {
        // Counter-example: "lost the vote, and she calls it …": no verb of saying or "that" opens her clause.
        var quote = Only("Dana Fisk chaired the meeting.\n\nLena Ortiz lost the vote on the levy, and she calls the result “a disgrace.”");

        quote.SpeakerMention!.Text.Should().Be("she");
    }

    [Fact]
    public void A_cue_in_an_opening_subordinate_clause_reports_nothing_past_its_comma()
    {
        // Rule: "After Fisk criticized the plan at the meeting, Ortiz shot back, “…”": the main clause's subject says it.
        var quote = Only("Dana Fisk chaired the meeting.\n\nAfter Dana Fisk criticized the plan at the meeting, Ortiz shot back, “I suppose I could have voted for the pier instead.”");

        quote.Text.Should().Be("I suppose I could have voted for the pier instead.");
        quote.SpeakerMention!.Text.Should().Be("Ortiz");
    }

    [Fact]
    public void An_as_clause_credits_the_main_clause()
    {
        // Counter-example: "As the Courier reported, …" names who passes the quote on.
        var quote = Only("Dana Fisk chaired the meeting.\n\nAs the Millbrook Courier reported, the harbor master “gave between $1,001 and $5,000” to the board.");

        quote.SpeakerMention!.Text.Should().Be("the Millbrook Courier");
    }
}
