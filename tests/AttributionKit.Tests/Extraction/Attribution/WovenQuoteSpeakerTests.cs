using AttributionKit.Model;
using AttributionKit.Tests.TestSupport;

namespace AttributionKit.Tests.Extraction.Attribution;

/// <summary>Speakers of quoted words woven into a sentence without a reporting verb of their own.</summary>
public class WovenQuoteSpeakerTests
{
    private static System.Collections.Immutable.ImmutableArray<Quote> QuotesIn(string text) => ArticleAnalyzer.Analyze(text, ArticleFormat.Text, Samples.Options).Quotes;

    [Fact]
    public void A_relative_clause_holding_the_quote_is_the_words_of_the_one_who_stands_for()
    {
        var quote = PlainTextQuotes.OnlyQuoteIn("Marta Quill, who once described the harbor board as “a club for yacht owners,” now sits on it.");

        quote.Text.Should().Be("a club for yacht owners,");
        quote.Kind.Should().Be(QuoteKind.Partial);
        quote.SpeakerMention!.Text.Should().Be("who");
        quote.Speaker.Should().Be("Marta Quill");
    }

    [Fact]
    public void A_relative_clause_closed_by_a_comma_before_the_quote_is_not_the_speaker()
    {
        var quote = PlainTextQuotes.OnlyQuoteIn("Marta Quill, who chairs the harbor board, mocked the ferry company for its “floating museum.”");

        quote.Text.Should().Be("floating museum.");
        quote.SpeakerMention!.Text.Should().NotBe("who");
    }

    [Fact]
    public void A_quote_woven_in_after_a_cue_goes_on_in_that_cues_speaker_words()
    {
        var quotes = QuotesIn("“We will not sign it,” Oren Baptiste said, instead pointing to the “hidden fees” in the contract.");

        quotes.Should().HaveCount(2);
        quotes[1].Text.Should().Be("hidden fees");
        quotes[1].Kind.Should().Be(QuoteKind.Partial);
        quotes[1].SpeakerMention!.Text.Should().Be("Oren Baptiste");
    }

    [Fact]
    public void A_woven_quote_without_an_earlier_cue_or_subject_has_no_speaker()
    {
        var quote = PlainTextQuotes.OnlyQuoteIn("With the “hidden fees” gone, the contract was signed on Monday.");

        quote.Text.Should().Be("hidden fees");
        quote.Speaker.Should().BeNull();
    }

    [Theory]
    [InlineData("The pier became “the pride of the town,” according to Oren Baptiste.", "the pride of the town,", "Oren Baptiste")]
    [InlineData("The fees were “hidden in plain sight,” according to the auditors.", "hidden in plain sight,", "the auditors")]
    public void A_trailing_according_to_credits_the_quote_whose_closing_mark_holds_the_comma(string text, string quoted, string speaker)
    {
        var quote = PlainTextQuotes.OnlyQuoteIn(text);

        quote.Text.Should().Be(quoted);
        quote.Kind.Should().Be(QuoteKind.Partial);
        quote.SpeakerMention!.Text.Should().Be(speaker);
    }

    [Fact]
    public void A_pronoun_reporting_inside_another_report_leaves_the_quote_to_the_outer_speaker()
    {
        var quote = PlainTextQuotes.OnlyQuoteIn("Dana Fisk chaired the meeting of the county board on Monday.\n\nOren Baptiste said he would advise the board on “the hidden costs of the contract.”");

        quote.Text.Should().Be("the hidden costs of the contract.");
        quote.SpeakerMention!.Text.Should().Be("Oren Baptiste");
    }

    [Fact]
    public void A_pronoun_reporting_on_its_own_keeps_the_quote()
    {
        var quote = PlainTextQuotes.OnlyQuoteIn("Dana Fisk chaired the meeting of the county board on Monday.\n\nOren Baptiste left early, and he said the contract had “hidden costs.”");

        quote.Text.Should().Be("hidden costs.");
        quote.SpeakerMention!.Text.Should().Be("he");
    }

    [Theory]
    [InlineData("On Tuesday, Mr. Ortiz deflected questions about the levy before saying, “It is time to stop attacking the clerk.”", "It is time to stop attacking the clerk.", "Mr. Ortiz")]
    [InlineData("Mr. Ortiz shot back: “That would be good.”", "That would be good.", "Mr. Ortiz")]
    [InlineData("And then Ortiz went on the attack, saying, “Is the mayor going to resign?”", "Is the mayor going to resign?", "Ortiz")]
    [InlineData("Then Ortiz turned on the mayor, saying, “Is he going to resign?”", "Is he going to resign?", "Ortiz")]
    public void A_sentence_subject_after_an_honorific_or_a_conjunction_says_the_quote(string sentence, string quoted, string mention)
    {
        var quote = PlainTextQuotes.OnlyQuoteIn("Dana Fisk chaired the meeting of the county board on Monday.\n\n" + sentence);

        quote.Text.Should().Be(quoted);
        quote.Kind.Should().Be(QuoteKind.Direct);
        quote.SpeakerMention!.Text.Should().Be(mention);
    }

    [Fact]
    public void A_trailing_according_to_credits_a_quote_closed_by_doubled_apostrophes()
    {
        var quote = PlainTextQuotes.OnlyQuoteIn("The pier became ''the pride of the town,'' according to Oren Baptiste.");

        quote.Text.Should().Be("the pride of the town,");
        quote.SpeakerMention!.Text.Should().Be("Oren Baptiste");
    }

    [Fact]
    public void The_subject_follows_the_last_of_several_opening_phrases()
    {
        var quote = PlainTextQuotes.OnlyQuoteIn("Dana Fisk chaired the meeting of the county board on Monday.\n\nOn Wednesday, after staying neutral for months, Oren Baptiste endorsed the levy, calling it “the only honest budget.”");

        quote.Text.Should().Be("the only honest budget.");
        quote.SpeakerMention!.Text.Should().Be("Oren Baptiste");
    }

    [Fact]
    public void A_subject_noun_phrase_ends_before_an_irregular_past_verb()
    {
        var quote = PlainTextQuotes.OnlyQuoteIn("Dana Fisk chaired the meeting of the county board on Monday.\n\nThe mayor left no doubt about it, saying that “there has never been anyone more qualified.”");

        quote.Text.Should().Be("there has never been anyone more qualified.");
        quote.SpeakerMention!.Text.Should().Be("The mayor");
    }

    [Theory]
    [InlineData("Hours later, Ortiz returned the favor, telling the Courier, “She is the best clerk we ever had.”", "She is the best clerk we ever had.", "Ortiz")]
    [InlineData("A short time later, Ms. Ruiz wrote back: “We all have the request on our radar.”", "We all have the request on our radar.", "Ms. Ruiz")]
    [InlineData("Likewise, a report from the county auditor had this to say about the levy: “Spending rose faster than revenue.”", "Spending rose faster than revenue.", "a report")]
    public void An_opening_adverb_or_time_phrase_is_not_the_subject(string sentence, string quoted, string mention)
    {
        var quote = PlainTextQuotes.OnlyQuoteIn("Dana Fisk chaired the meeting of the county board on Monday.\n\n" + sentence);

        quote.Text.Should().Be(quoted);
        quote.SpeakerMention!.Text.Should().Be(mention);
    }

    [Fact]
    public void A_relative_clause_after_a_cue_that_says_something_owns_its_quote()
    {
        var quote = PlainTextQuotes.OnlyQuoteIn("Dana Fisk chaired the meeting of the county board on Monday.\n\nOrtiz praised harbor master Ann Ruiz, who has vowed to fight the “hidden fees” in the ferry contract.");

        quote.Text.Should().Be("hidden fees");
        quote.Kind.Should().Be(QuoteKind.Partial);
        quote.SpeakerMention!.Text.Should().Be("who");
    }

    [Fact]
    public void A_relative_clause_after_a_cue_that_says_nothing_leaves_the_quote_to_the_cue()
    {
        var quote = PlainTextQuotes.OnlyQuoteIn("Dana Fisk chaired the meeting of the county board on Monday.\n\nOrtiz said he worked beside harbor master Ann Ruiz, who kept the “hidden fees” ledger for years.");

        quote.Text.Should().Be("hidden fees");
        quote.SpeakerMention!.Text.Should().NotBe("who");
    }

    [Fact]
    public void A_name_in_the_possessive_opening_the_sentence_owns_the_words_of_its_noun()
    {
        var quote = PlainTextQuotes.OnlyQuoteIn("Dana Fisk chaired the meeting of the county board on Monday.\n\nOren Baptiste’s campaign slogan is “A pier for everyone.”");

        quote.Text.Should().Be("A pier for everyone.");
        quote.SpeakerMention!.Text.Should().Be("Oren Baptiste’s");
        quote.Speaker.Should().Be("Oren Baptiste");
    }

    [Fact]
    public void A_contraction_opening_the_sentence_owns_nothing()
    {
        var quote = PlainTextQuotes.OnlyQuoteIn("Dana Fisk chaired the meeting of the county board on Monday.\n\nThat’s partly because county rules are murky on what counts as “campaign related.”");

        quote.Text.Should().Be("campaign related.");
        quote.SpeakerMention?.Text.Should().NotBe("That’s");
    }

    [Fact]
    public void A_plural_head_noun_after_a_determiner_is_the_subject()
    {
        var quote = PlainTextQuotes.OnlyQuoteIn("Dana Fisk chaired the meeting of the county board on Monday.\n\nThe two commissioners, however, argue that the pier is “a hazard to every swimmer.”");

        quote.Text.Should().Be("a hazard to every swimmer.");
        quote.SpeakerMention!.Text.Should().Be("The two commissioners");
    }

    [Theory]
    [InlineData("Citing “obligations at home,” the county spokeswoman told the Courier that the mayor would skip the fair.", "obligations at home,", "the county spokeswoman")]
    [InlineData("Recalling ''the floods of the last decade,'' the statement urged residents to stay off the dunes.", "the floods of the last decade,", "the statement")]
    public void A_quote_in_an_opening_participle_phrase_is_the_words_of_the_subject_after_it(string sentence, string quoted, string mention)
    {
        var quote = PlainTextQuotes.OnlyQuoteIn("Dana Fisk chaired the meeting of the county board on Monday.\n\n" + sentence);

        quote.Text.Should().Be(quoted);
        quote.SpeakerMention!.Text.Should().Be(mention);
    }

    [Fact]
    public void A_possessive_pronoun_opening_the_sentence_owns_the_words_of_its_noun()
    {
        var quote = PlainTextQuotes.OnlyQuoteIn("Dana Fisk chaired the meeting of the county board on Monday.\n\nHis assumption was that “as voters learn more,” they would turn to the levy.");

        quote.Text.Should().Be("as voters learn more,");
        quote.SpeakerMention!.Text.Should().Be("His");
    }
}
