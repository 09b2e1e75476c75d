using AttributionKit.Model;
using AttributionKit.Tests.TestSupport;

namespace AttributionKit.Tests.Extraction.Attribution;

public class QuoteTagFinderTests
{
    private const string Intro = "Dana Fisk chaired the meeting of the county board on Monday.\n\n";

    private static Quote Only(string text) => PlainTextQuotes.OnlyQuoteIn(Intro + text);

    [Theory]
    [InlineData("“Sit down and let the clerk finish,” Fisk barked as the room went quiet.", "Sit down and let the clerk finish,", "Fisk", "Dana Fisk")]
    [InlineData("“We are not going anywhere,” his deputy said after the vote.", "We are not going anywhere,", "his deputy", "his deputy")]
    [InlineData("“Best night of the year!” beamed Rosa Calder of Millbrook, who had driven in early.", "Best night of the year!", "Rosa Calder of Millbrook, who had driven in early", "Rosa Calder")]
    [InlineData("“Ask the treasurer,” Fisk shot back.", "Ask the treasurer,", "Fisk", "Dana Fisk")]
    [InlineData("“Ask the treasurer,” Fisk and his wife said.", "Ask the treasurer,", "Fisk and his wife", "Fisk and his wife")]
    [InlineData("“Ask the treasurer,” Fisk and Rosa Calder said.", "Ask the treasurer,", "Fisk and Rosa Calder", "Fisk and Rosa Calder")]
    public void The_tag_after_a_quote_names_its_speaker(string sentence, string quoted, string mention, string speaker)
    {
        var quote = Only(sentence);

        quote.Text.Should().Be(quoted);
        quote.Kind.Should().Be(QuoteKind.Direct);
        quote.SpeakerMention!.Text.Should().Be(mention);
        quote.Speaker.Should().Be(speaker);
    }

    [Theory]
    // Rule: a word in -ing inside the name ("planning") is a modifier, not the tag's verb.
    [InlineData("“I have never been prouder of the board,” former county planning director Rosa Calder wrote to Fisk.", "former county planning director Rosa Calder", "Rosa Calder")]
    // Rule: a name with a long "of" phrase (up to twelve words before the verb) is still the speaker.
    [InlineData("“The levy would be a stretch for the county,” Rosa Calder of the Millbrook Institute for Rural Tax Studies wrote in December.", "Rosa Calder of the Millbrook Institute for Rural Tax Studies", "Rosa Calder")]
    public void A_long_tag_before_its_verb_names_the_speaker(string sentence, string mention, string speaker)
    {
        var quote = Only(sentence);

        quote.Kind.Should().Be(QuoteKind.Direct);
        quote.SpeakerMention!.Text.Should().Be(mention);
        quote.Speaker.Should().Be(speaker);
    }

    [Theory]
    // Rule: "on" after a common noun opens a phrase that belongs to the speaker.
    [InlineData("“Vote the levy down,” the flyer on the board says.", "the flyer on the board")]
    // Counter-example: "on" before a time word is no part of the speaker.
    [InlineData("“Vote the levy down,” the clerk on Tuesday said.", "the clerk")]
    public void A_phrase_on_something_after_the_speaker_noun_belongs_to_the_tag(string sentence, string mention)
    {
        var quote = Only(sentence);

        quote.Kind.Should().Be(QuoteKind.Direct);
        quote.SpeakerMention!.Text.Should().Be(mention);
    }

    [Fact]
    public void Thirteen_words_before_the_verb_are_no_tag()
    {
        // Counter-example: past twelve words the words after the quote are a sentence of their own, not a tag. (A
        // reporting verb there is a cue of its own, whose subject the quote's closing comma opens, so the verb here is
        // one the tag alone would read.)
        var quote = Only("“The levy is dead,” Rosa Calder of the Millbrook Institute for Rural and Coastal Tax Policy Studies in Maine grinned.");

        quote.Speaker.Should().BeNull();
    }

    [Theory]
    [InlineData("“Nobody expected the vote to pass.” The board adjourned an hour later.")]
    [InlineData("“Nobody expected the vote to pass,” was the headline on Tuesday.")]
    public void A_quote_followed_by_another_sentence_or_no_speaker_stays_unattributed(string sentence)
    {
        var quote = Only(sentence);

        quote.Text.Should().StartWith("Nobody expected the vote to pass");
        quote.Speaker.Should().BeNull();
    }

    [Fact]
    public void A_tag_with_an_appositive_between_commas_names_the_speaker()
    {
        var quote = Only("“The budget holds,” Board Chair Lena Ortiz, D-Millbrook, said in a statement.");

        quote.SpeakerMention!.Text.Should().StartWith("Board Chair Lena Ortiz");
        quote.Speaker.Should().Be("Lena Ortiz");
    }

    [Fact]
    public void A_quote_passed_on_by_an_outlet_is_credited_to_the_outlet()
    {
        var quote = Only("“The levy is off the table,” Fisk said at a town hall, according to the Daily Courier.");

        quote.Text.Should().Be("The levy is off the table,");
        quote.Kind.Should().Be(QuoteKind.Direct);
        quote.SpeakerMention!.Text.Should().StartWith("the Daily Courier");
    }

    [Fact]
    public void A_quote_with_its_own_cue_and_no_reporter_keeps_its_speaker()
    {
        var quote = Only("“The levy is off the table,” Fisk said at a town hall on Tuesday.");

        quote.SpeakerMention!.Text.Should().Be("Fisk");
        quote.Speaker.Should().Be("Dana Fisk");
    }

    [Fact]
    public void A_verb_first_lead_in_with_a_colon_names_the_speaker()
    {
        var quote = Only("Continued Fisk: “We cannot wait for the state to act.”");

        quote.Text.Should().Be("We cannot wait for the state to act.");
        quote.Kind.Should().Be(QuoteKind.Direct);
        quote.SpeakerMention!.Text.Should().Be("Fisk");
        quote.Speaker.Should().Be("Dana Fisk");
    }

    [Fact]
    public void A_paragraph_ending_on_a_colon_introduces_the_quote_paragraph_after_it()
    {
        var quote = Only("The county clerk released the following statement:\n\n“Our thoughts are with every family affected tonight.”");

        quote.Text.Should().Be("Our thoughts are with every family affected tonight.");
        quote.SpeakerMention!.Text.Should().Be("The county clerk");
    }

    [Fact]
    public void A_quote_paragraph_nothing_credits_takes_the_speaker_of_the_next_quote_paragraph()
    {
        var quotes = ArticleAnalyzer.Analyze(
            Intro + "The board then took questions from residents.\n\n“Nobody will lose a bus route this year.”\n\n“Not one, and that is a promise,” Fisk said.",
            ArticleFormat.Text,
            Samples.Options).Quotes;

        quotes.Select(q => (q.Text, q.Speaker)).Should().Equal(
            ("Nobody will lose a bus route this year.", "Dana Fisk"),
            ("Not one, and that is a promise,", "Dana Fisk"));
    }

    [Fact]
    public void A_short_quoted_phrase_is_the_subjects_words_unless_the_article_names_it_with_the()
    {
        var chosen = Only("Fisk thinks the levy should be a “last resort” for the county.");
        chosen.Kind.Should().Be(QuoteKind.Partial);
        chosen.Speaker.Should().Be("Dana Fisk");

        var term = Only("Residents mocked the “bus plan” at length.");
        term.Speaker.Should().BeNull();
    }

    [Theory]
    [InlineData("But as the county auditor put it, “the numbers simply do not add up.”", "the county auditor")]
    [InlineData("As the old folk band sang years ago, “the river always wins in the end.”", "the old folk band")]
    public void An_as_clause_before_a_quote_names_its_speaker(string sentence, string mention)
    {
        var quote = Only(sentence);

        quote.SpeakerMention!.Text.Should().Be(mention);
    }

    [Fact]
    public void A_quote_after_an_as_clause_without_a_speech_verb_gets_no_speaker_from_it()
    {
        var quote = Only("As the storm moved east, “nobody knew what would happen next.”");

        quote.SpeakerMention.Should().BeNull();
    }

    [Fact]
    public void A_from_lead_in_before_a_colon_credits_the_quote()
    {
        var quote = Only("From the audit report: “Spending rose faster than revenue in every quarter.”");

        quote.Kind.Should().Be(QuoteKind.Direct);
        quote.SpeakerMention!.Text.Should().Be("the audit report");
    }

    [Fact]
    public void Two_names_with_colons_each_credit_their_own_quote()
    {
        var quotes = ArticleAnalyzer.Analyze(
            Intro + "Fisk: “We will cut the deficit this year.” Ortiz: “We will not cut a single school program.”",
            ArticleFormat.Text,
            Samples.Options).Quotes;

        quotes.Select(q => q.SpeakerMention?.Text).Should().Equal("Fisk", "Ortiz");
    }

    [Fact]
    public void A_tag_read_as_a_sentence_of_its_own_still_names_the_speaker_of_the_question_before_it()
    {
        var quote = Only("“Should we sue the dealer for a legal sale?” Fisk asked rhetorically, shaking his head no.");

        quote.Text.Should().Be("Should we sue the dealer for a legal sale?");
        quote.SpeakerMention!.Text.Should().Be("Fisk");
        quote.Speaker.Should().Be("Dana Fisk");
    }

    [Fact]
    public void A_run_of_quotes_each_credited_after_a_dash_gives_each_its_own_name()
    {
        var quotes = ArticleAnalyzer.Analyze(
            Intro + "“The bus cuts will hurt us most.” ― Maria Lopez /“Nobody asked the riders first.” ― Tom Reyes /“Keep the night route.” ― Ann Ruiz.",
            ArticleFormat.Text,
            Samples.Options).Quotes;

        quotes.Select(q => (q.Text, q.SpeakerMention?.Text)).Should().Equal(
            ("The bus cuts will hurt us most.", "Maria Lopez"),
            ("Nobody asked the riders first.", "Tom Reyes"),
            ("Keep the night route.", "Ann Ruiz"));
    }

    [Fact]
    public void A_dash_after_a_quote_that_goes_on_as_a_sentence_is_no_credit()
    {
        var quote = Only("He called the plan “a bad deal” — Fisk voted against it anyway.");

        quote.SpeakerMention?.Text.Should().NotBe("Fisk");
    }

    [Fact]
    public void A_reporting_verb_in_a_relative_clause_about_the_speaker_does_not_take_the_quote()
    {
        var quote = Only("Fisk, who says the county should sell the old depot, tweeted that the budget plan “will not fix the roads.”");

        quote.Text.Should().Be("will not fix the roads.");
        quote.SpeakerMention!.Text.Should().StartWith("Fisk");
        quote.Speaker.Should().Be("Dana Fisk");
    }

    [Fact]
    public void One_or_another_after_the_verb_stands_for_the_speaker()
    {
        var quotes = ArticleAnalyzer.Analyze(
            Intro + "Planes wrote messages over the stadium. “Keep the buses running,” read one. “Fund the roads,” read another.",
            ArticleFormat.Text,
            Samples.Options).Quotes;

        quotes.Select(q => q.SpeakerMention?.Text).Should().Equal("one", "another");
    }

    [Fact]
    public void A_quote_ending_on_a_nested_question_takes_the_tag_after_it()
    {
        var quote = Only("\"She stopped me and asked, 'Where is the clerk?’\" Fisk said of the meeting.");

        quote.Text.Should().Be("She stopped me and asked, 'Where is the clerk?’");
        quote.Kind.Should().Be(QuoteKind.Direct);
        quote.Speaker.Should().Be("Dana Fisk");
    }

    [Fact]
    public void A_quote_ending_on_a_nested_quote_without_punctuation_takes_no_tag()
    {
        var quote = Only("“The chant was ‘Lock the doors’” Fisk heard from the hall.");

        quote.Text.Should().Be("The chant was ‘Lock the doors’");
        quote.Speaker.Should().BeNull();
    }

    [Theory]
    [InlineData("The port was run, as Tom Ridge, a former harbor master, put it: “like a private club.”", "like a private club.", "Tom Ridge, a former harbor master")]
    [InlineData("As the columnist Ann Parsons had written years before the fire, “We could not have a harbor without him.”", "We could not have a harbor without him.", "the columnist Ann Parsons")]
    public void An_as_clause_with_an_appositive_auxiliary_or_colon_names_the_speaker(string sentence, string quoted, string mention)
    {
        var quote = Only(sentence);

        quote.Text.Should().Be(quoted);
        quote.Kind.Should().Be(QuoteKind.Direct);
        quote.SpeakerMention!.Text.Should().Be(mention);
    }

    [Fact]
    public void An_as_clause_that_names_no_one_does_not_credit_the_quote()
    {
        var quote = Only("Ruiz, who sees the two votes as linked, said in a statement: “We need both.”");

        quote.Text.Should().Be("We need both.");
        quote.SpeakerMention!.Text.Should().NotBe("linked");
    }

    [Theory]
    [InlineData("“We will not sign the contract,” the two write.", "the two", "two")]
    [InlineData("“We will not sign the contract,” the Saudis state in the paper.", "the Saudis", "Saudis")]
    // The mention is the source span, which keeps an appositive with its closing comma, as the sources of reported
    // speech do ("Ann Lee, a pilot, said"); the speaker is the name.
    [InlineData("“We will not sign,” Mr. Daniloff, now 81 and retired in Cambridge, Mass., said by telephone.", "Mr. Daniloff, now 81 and retired in Cambridge, Mass.,", "Daniloff")]
    public void A_tag_with_a_number_head_a_present_verb_or_a_long_appositive_names_the_speaker(string sentence, string mention, string speaker)
    {
        var quote = Only(sentence);

        quote.Kind.Should().Be(QuoteKind.Direct);
        quote.SpeakerMention!.Text.Should().Be(mention);
        quote.Speaker.Should().Contain(speaker);
    }

    [Fact]
    public void A_determiner_alone_before_the_verb_names_no_one()
    {
        var quote = Only("“We will not sign the contract,” the write-up said nothing more.");

        quote.SpeakerMention?.Text.Should().NotBe("the");
    }

    [Theory]
    [InlineData("“I was never prouder to work for you,” former policy director Ann Slaughter wrote to Fisk.", "former policy director Ann Slaughter")]
    [InlineData("“The kids do not like him,” this source told the Courier.", "this source")]
    [InlineData("“They know she is the only one strong enough,” a voice-over in the ad states.", "a voice-over in the ad")]
    public void A_tag_with_described_names_demonstratives_or_a_phrase_after_the_head_names_the_speaker(string sentence, string mention)
    {
        var quote = Only(sentence);

        quote.Kind.Should().Be(QuoteKind.Direct);
        quote.SpeakerMention!.Text.Should().Be(mention);
    }

    [Fact]
    public void Lower_case_words_without_a_name_before_the_verb_are_no_tag()
    {
        var quote = Only("“The levy is off the table,” quietly everyone said.");

        quote.SpeakerMention.Should().BeNull();
    }

    [Theory]
    [InlineData("Analysts agree - Carl Bialik: “Keep on contacting voters as late as possible.”", "Carl Bialik")]
    [InlineData("POLLS NOT WRONG, JUST EARLY - Mark Blum and Jon Cohen: “The polls were right about the trend.”", "Mark Blum and Jon Cohen")]
    public void A_name_set_off_by_a_dash_before_the_colon_beats_a_cue_further_back(string line, string mention)
    {
        var quote = Only(line);

        quote.Kind.Should().Be(QuoteKind.Direct);
        quote.SpeakerMention!.Text.Should().Be(mention);
    }

    [Theory]
    // Rule: a listed verb phrase around the speaking verb ends the tag.
    [InlineData("“Our method succeeds where others fail,” Ortiz is quoted as saying.", "Ortiz", "is quoted as saying")]
    [InlineData("“Should there be a toll on the pier?” a reporter can be heard asking Fisk after the meeting.", "a reporter", "can be heard asking")]
    public void A_verb_phrase_around_the_tag_verb_names_the_speaker(string sentence, string mention, string cue)
    {
        var quote = Only(sentence);

        quote.Kind.Should().Be(QuoteKind.Direct);
        quote.SpeakerMention!.Text.Should().Be(mention);
        quote.Cue!.Text.Should().Be(cue);
    }

    [Fact]
    public void A_clause_with_is_after_the_quote_is_no_tag()
    {
        // Counter-example: "is" opening no listed phrase still breaks the tag.
        var quote = Only("“Fix the pier,” the sign is still hanging by the gate.");

        quote.Speaker.Should().BeNull();
    }

    [Fact]
    public void An_appositive_after_the_name_may_quote_a_word()
    {
        // Rule: "Bill Eastland, wearing a cowboy hat and “Ted Cruz” campaign pins, said": quoted words inside the
        // appositive do not end the tag.
        var quotes = ArticleAnalyzer.Analyze(Intro + "“We have had better meetings than this one,” Rosa Calder, wearing a hat and “Save the Pier” pins, said as the room emptied.", ArticleFormat.Text, Samples.Options).Quotes;

        var quote = quotes.Should().ContainSingle(q => q.Text == "We have had better meetings than this one,").Subject;
        quote.Kind.Should().Be(QuoteKind.Direct);
        quote.SpeakerMention!.Text.Should().StartWith("Rosa Calder, wearing a hat");
        quote.Speaker.Should().Be("Rosa Calder");
    }
}
