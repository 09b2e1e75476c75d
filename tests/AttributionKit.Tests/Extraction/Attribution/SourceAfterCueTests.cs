using AttributionKit.Model;
using AttributionKit.Tests.TestSupport;
using static AttributionKit.Tests.TestSupport.PlainTextAttributions;

namespace AttributionKit.Tests.Extraction.Attribution;

/// <summary>
/// The source phrase after its cue ("said Dana Holt, the harbour master."): the name or noun phrase with the
/// appositives that describe it, up to the sentence's end or the comma closing them.
/// </summary>
public class SourceAfterCueTests
{
    private const string Quote = "“The pier will reopen in spring,”";

    [Theory]
    // Rule: WithTrailingAppositive — an appositive closed by the sentence's end is the source's, without the full stop.
    [InlineData(Quote + " said Dana Holt, the harbour master.", "Dana Holt, the harbour master")]
    // Rule: WithTrailingAppositive — an appositive closed by a comma keeps that comma; the phrase after it is not the source's.
    [InlineData(Quote + " said Dana Holt, a pilot, in a letter to the board.", "Dana Holt, a pilot,")]
    // Rule: ContinuesAppositive — after an age, "of" and a capitalised word is the home town.
    [InlineData(Quote + " said Dana Holt, 52, of Rockland, in a letter to the board.", "Dana Holt, 52, of Rockland,")]
    // Rule: WithTrailingAppositive — the appositive may be the passage's last word ("52").
    [InlineData(Quote + " said Dana Holt, 52.", "Dana Holt, 52")]
    // Rule: ContinuesAppositive — appositives run on over a place and a relative clause.
    [InlineData(Quote + " said Dana Holt, a lawyer in Bath, Maine, who advises the board.", "Dana Holt, a lawyer in Bath, Maine, who advises the board")]
    // Rule: ContinuesAppositive — a second description joined by "and a".
    [InlineData(Quote + " said Dana Holt, a lawyer in Bath, and a co-author of the harbour report.", "Dana Holt, a lawyer in Bath, and a co-author of the harbour report")]
    // Rule: IsNameAmpersand — an ampersand set off by spaces inside a firm's name does not end the appositive.
    [InlineData(Quote + " said Dana Holt, a lawyer at Sadler & Crane.", "Dana Holt, a lawyer at Sadler & Crane")]
    // Rule: CoordinatedPhraseEnd — a second phrase joined by "and" that closes the sentence is the source's too.
    [InlineData(Quote + " said former Harbour Commissioner and Port Authority Chairman Dana Holt.", "former Harbour Commissioner and Port Authority Chairman Dana Holt")]
    // Rule: NameAfterDescription — a description may end in the name of a body after its noun before the person's name.
    [InlineData(Quote + " said the director of the Harbour Board of Dover, Dana Holt.", "the director of the Harbour Board of Dover, Dana Holt")]
    public void The_appositives_after_a_name_belong_to_the_source(string text, string source)
    {
        var attribution = WithCue(text, "said");

        attribution.Source!.Mention.Text.Should().Be(source);
        attribution.Content.Text.Should().Be(Quote);
    }

    [Fact]
    public void The_closing_bracket_of_a_party_tag_belongs_to_the_name()
    {
        // Rule: "said Sen. Chris Murphy (D-Conn.)" — the bracket closing after the last word is the source's.
        var attribution = WithCue(Quote + " said Sen. Ann Cole (R-Maine).", "said");

        attribution.Source!.Mention.Text.Should().Be("Sen. Ann Cole (R-Maine)");
        attribution.Kind.Should().Be(AttributionKind.Direct);
    }

    [Theory]
    // Rule: a bracket opening in lower case is an aside on what was said, not part of the name before it.
    [InlineData(Quote + " said Mr. Holt (a view the harbour board shares).", "Mr. Holt")]
    [InlineData(Quote + " said Dana Holt (the board has not replied).", "Dana Holt")]
    public void A_lower_case_aside_in_brackets_after_the_name_is_not_the_source(string text, string source)
    {
        var attribution = WithCue(text, "said");

        attribution.Source!.Mention.Text.Should().Be(source);
        attribution.Kind.Should().Be(AttributionKind.Direct);
    }

    [Fact]
    public void A_quote_credited_to_a_name_before_a_lower_case_aside_names_that_speaker()
    {
        var quote = PlainTextQuotes.OnlyQuoteIn("Raising the fee ''is a misguided approach,'' said Mr. Holt (a view the harbour board shares).");

        quote.Kind.Should().Be(QuoteKind.Partial);
        quote.SpeakerMention!.Text.Should().Be("Mr. Holt");
    }

    [Theory]
    // Rule: closingPhrase — a prepositional phrase closing the sentence after a lower-case head is the source's.
    [InlineData(Quote + " said a longtime adviser to the harbour board.", "said", "a longtime adviser to the harbour board")]
    // Rule: a restrictive relative clause ("who …" with no comma) belongs to the source up to the clause's end.
    [InlineData(Quote + " said a skipper who has fished here for decades.", "said", "a skipper who has fished here for decades")]
    // Rule: TiesSource — "close to" ties the description on.
    [InlineData(Quote + " says a source close to the harbour board.", "says", "a source close to the harbour board")]
    public void A_description_after_a_lower_case_head_runs_to_the_sentence_end(string text, string cue, string source)
    {
        var attribution = WithCue(text, cue);

        attribution.Source!.Mention.Text.Should().Be(source);
        ArticleAnalyzer.Analyze(text, ArticleFormat.Text, Samples.Options).Quotes.Should().ContainSingle().Which.Speaker.Should().Be(source);
    }

    [Fact]
    public void A_role_hanging_from_another_noun_is_no_description_renamed_by_the_name_after_it()
    {
        // Counter-example: IsRoleAtNamedBody — "the steady management of the first governor of Kent, Dana Vale" is what
        // is applauded, not a person named after the cue.
        const string text = "Voters, Holt notes, applaud the steady management of the first governor of Kent, Dana Vale.";

        var result = ArticleAnalyzer.Analyze(text, ArticleFormat.Text, Samples.Options);

        result.Attributions.Should().NotContain(a => a.Cue != null && a.Cue.Text == "applaud");
        WithCue(text, "notes").Source!.Mention.Text.Should().Be("Holt");
    }

    [Fact]
    public void A_pronoun_after_the_cue_is_the_whole_source()
    {
        // Rule: a pronoun right after the cue is the source on its own.
        WithCue(Quote + " said she.", "said").Source!.Mention.Text.Should().Be("she");
    }

    [Theory]
    // Counter-example: a clause opener ("that") after the cue opens no source.
    [InlineData(Quote + " said that the board had agreed.")]
    // Counter-example: "of" after the cue ("said of the plan") opens no source.
    [InlineData(Quote + " said of the plan by the board.")]
    public void A_clause_opener_or_of_after_the_cue_names_no_source(string text)
    {
        var result = ArticleAnalyzer.Analyze(text, ArticleFormat.Text, Samples.Options);

        result.Attributions.Should().BeEmpty();
        result.Quotes.Should().ContainSingle().Which.Speaker.Should().BeNullOrEmpty();
    }

    [Fact]
    public void The_source_stops_at_the_sentence_end_before_the_next_quote()
    {
        // Counter-example: no appositive follows the name, so the next sentence's quote is not the source's.
        WithCue(Quote + " said Dana Holt. “The deck is sound.”", "said").Source!.Mention.Text.Should().Be("Dana Holt");
    }

    [Fact]
    public void A_phrase_joined_by_and_is_not_read_on_when_a_verb_follows_it()
    {
        var attribution = WithCue(Quote + " said Dana Holt and left the hall.", "said");

        attribution.Source!.Mention.Text.Should().Be("Dana Holt");
    }

    [Fact]
    public void After_a_comma_alone_an_object_joined_by_and_is_no_inverted_speaker()
    {
        var attributions = ArticleAnalyzer.Analyze("The mayor defended the lease, mocked the council and its harbour committee.", ArticleFormat.Text, Samples.Options).Attributions;

        attributions.Should().NotContain(a => a.Source != null && a.Source.Mention.Text.StartsWith("the council", StringComparison.Ordinal));
    }
}
