using AttributionKit.Extraction.Attribution;
using AttributionKit.Model;
using AttributionKit.Tests.TestSupport;
using static AttributionKit.Tests.TestSupport.PlainTextAttributions;

namespace AttributionKit.Tests.Extraction.Attribution;

/// <summary>
/// The edges of a source span: brackets closed, floating quantifiers left with the verb, focus words and the lines
/// before the source left out.
/// </summary>
public class SourceSpanNormalizerTests
{
    [Theory]
    [InlineData("Sen. Nora Vale (D-Vt.) said", "Sen. Nora Vale (D-Vt", "Sen. Nora Vale (D-Vt.)")]
    [InlineData("Gov. Tom Reed (R) said", "Gov. Tom Reed (R", "Gov. Tom Reed (R)")]
    [InlineData("the harbour (Vale has proposed a pier)", "the harbour (Vale", "Vale")]
    [InlineData("Vale and Reed both said", "Vale and Reed both", "Vale and Reed")]
    [InlineData("the pilots all said", "the pilots all", "the pilots")]
    [InlineData("47% say", "47", "47%")]
    [InlineData("even some of his admirers wonder", "even some of his admirers", "some of his admirers")]
    [InlineData("including Mr. Vale's assertion", "including Mr. Vale's", "Mr. Vale's")]
    [InlineData("Like others defending the law", "Like others", "others")]
    // WithoutTrailingTime: a time phrase or an aside after the noun phrase tells of the saying.
    [InlineData("Vale earlier Tuesday said", "Vale earlier Tuesday", "Vale")]
    [InlineData("a harbour report on Wednesday", "a harbour report on Wednesday", "a harbour report")]
    [InlineData("a harbour poll last week", "a harbour poll last week", "a harbour poll")]
    [InlineData("Vale however said", "Vale however", "Vale")]
    // PossessorOfSpeechNoun: after a possessor, the noun of saying is the cue's.
    [InlineData("His remarks indicated", "His remarks", "His")]
    [InlineData("The board’s statement declares", "The board’s statement", "The board’s")]
    [InlineData("Reeves' written reply says", "Reeves' written reply", "Reeves'")]
    // WithoutTrailingVerb: a verb whose complement is the cue, with the adverbs before it, ends the span.
    [InlineData("Vale began tweeting", "Vale began", "Vale")]
    [InlineData("some of the skippers just remain", "some of the skippers just remain", "some of the skippers")]
    [InlineData("the crew immediately began", "the crew immediately began", "the crew")]
    // WithPartyTag: a party and state tag after a name's comma is part of the name; a stop that ends the sentence is not.
    [InlineData("Sen. Nora Vale, R-Maine, appearing on the harbour channel, said", "Sen. Nora Vale", "Sen. Nora Vale, R-Maine,")]
    [InlineData("said Rep. Dana Holt, D-Ore. \"The old ferry is sinking.\"", "Rep. Dana Holt", "Rep. Dana Holt, D-Ore")]
    [InlineData("according to former Sen. Tom Reed, R-S.C.", "former Sen. Tom Reed", "former Sen. Tom Reed, R-S.C")]
    [InlineData("Vale, Reed and Holt said", "Vale", "Vale")]
    // WithoutClosingAside: a discourse aside after a comma at the end of the span tells how the report fits the story.
    [InlineData("Harbour pilots and ferry crews, however said", "Harbour pilots and ferry crews, however", "Harbour pilots and ferry crews")]
    [InlineData("The skippers who sued the port, for instance, argued", "The skippers who sued the port, for instance,", "The skippers who sued the port")]
    [InlineData("The mayors and, in particular, Nora Vale said", "The mayors and, in particular", "The mayors and, in particular")]
    public void Sets_the_edges_of_a_source(string text, string found, string expected)
    {
        var range = SourceSpanNormalizer.Normalize(text, new TextRange(text.IndexOf(found, StringComparison.Ordinal), text.IndexOf(found, StringComparison.Ordinal) + found.Length));

        text[range.Start..range.End].Should().Be(expected);
    }

    [Theory]
    [InlineData("Sen. Nora Vale (D-Vt.) said")]
    [InlineData("the woman who started it all")]
    [InlineData("the best of all")]
    [InlineData("Evenson")]
    [InlineData("including")]
    [InlineData("Only three senators")]
    // Counter-examples: a day that dates a report, a time inside a description, capitals of a name, a noun left with no
    // noun, a document of its own, a possessor inside a phrase after the head, a reflexive.
    [InlineData("A harbour poll released Wednesday")]
    [InlineData("A harbour poll out Monday")]
    [InlineData("Vale, who won the seat last year")]
    [InlineData("USA TODAY")]
    [InlineData("One Sunday")]
    [InlineData("Reed's letter")]
    [InlineData("a person familiar with Vale's views")]
    [InlineData("Vale himself")]
    // A capitalised word is a name's ("Skippers Remain", a headline), and a lone verb is left whole.
    [InlineData("Skippers Remain")]
    [InlineData("began")]
    public void Leaves_a_whole_source_alone(string source)
    {
        var range = SourceSpanNormalizer.Normalize(source, new TextRange(0, source.Length));

        source[range.Start..range.End].Should().Be(source);
    }

    [Fact]
    public void Closes_the_bracket_of_a_party_tag_in_an_article()
    {
        var attribution = WithCue("Sen. Nora Vale (D-Vt.) defended the plan, saying the pier would reopen in May.", "saying");

        attribution.Source!.Mention.Text.Should().Be("Sen. Nora Vale (D-Vt.)");
        attribution.Source.Name.Should().Be("Nora Vale");
        attribution.Kind.Should().Be(AttributionKind.Indirect);
    }

    [Fact]
    public void Leaves_both_to_the_verb_in_an_article()
    {
        var attribution = WithCue("Nora Vale and Tom Reed both said the pier would reopen in May.", "said");

        attribution.Source!.Mention.Text.Should().Be("Nora Vale and Tom Reed");
        attribution.Content.Text.Should().Be("the pier would reopen in May");
    }

    [Fact]
    public void Leaves_a_focus_word_out_of_a_source_in_an_article()
    {
        var attribution = WithCue("Even some of his admirers said the pier would reopen in May.", "said");

        attribution.Source!.Mention.Text.Should().Be("some of his admirers");
        attribution.Content.Text.Should().Be("the pier would reopen in May");
        attribution.Kind.Should().Be(AttributionKind.Indirect);
    }

    [Fact]
    public void Starts_a_source_on_the_line_that_names_it()
    {
        var attribution = WithCue("Harbour news.\n\n12\nNora Vale said the pier would reopen in May.", "said");

        attribution.Source!.Mention.Text.Should().Be("Nora Vale");
        attribution.Source.Name.Should().Be("Nora Vale");
        attribution.Kind.Should().Be(AttributionKind.Indirect);
    }

    [Fact]
    public void Keeps_a_source_whole_across_a_wrapped_line()
    {
        var attribution = WithCue("Harbour news.\n\nThe engineers of the\nharbour said the pier would reopen in May.", "said");

        attribution.Source!.Mention.Text.Should().Be("The engineers of the harbour");
        attribution.Kind.Should().Be(AttributionKind.Indirect);
    }

    [Theory]
    [InlineData("the unusual step of", false)]
    [InlineData("a long history of", false)]
    [InlineData("Nevada and", false)]
    [InlineData("Nora Vale", true)]
    [InlineData("From", true)]
    [InlineData("Sue Lee, 62, who has not decided which candidate she will caucus with", true)]
    [InlineData("the chair of", false)]
    [InlineData("the chair of the board", true)]
    public void Tells_a_span_that_can_name_a_source(string source, bool canName)
    {
        SourceSpanNormalizer.CanName(source, new TextRange(0, source.Length)).Should().Be(canName);
    }

    [Fact]
    public void Names_no_source_with_a_phrase_cut_short_in_an_article()
    {
        // After "has" the phrase is the object of a verb and its subject speaks (VerbObjectBeforeParticipleTests);
        // after "is" the phrase cut short stays, and names no one.
        var attribution = WithCue("The report is a long history of blaming the ferry company.", "blaming");

        attribution.Source.Should().BeNull();
        attribution.Content.Text.Should().Be("the ferry company");
        attribution.Kind.Should().Be(AttributionKind.Indirect);
    }

    [Theory]
    // Rule: WithIncludingAside — an aside opened by "including" after the source is part of it, with its closing mark.
    [InlineData("Kelp farmers, including Dana Holt, said the pier would reopen.", "said", "Kelp farmers, including Dana Holt,")]
    [InlineData("Skippers -- including Dana Holt -- quickly warned that the pier would reopen.", "quickly warned", "Skippers -- including Dana Holt --")]
    [InlineData("Harbour skippers, including Dana Holt and Ann Lee, wrote that the pier would reopen.", "wrote", "Harbour skippers, including Dana Holt and Ann Lee,")]
    // Counter-example: "including" before a preposition opens no list of members; the name alone is the source.
    [InlineData("Dana Holt, including in her speech, said the pier would reopen.", "said", "Dana Holt")]
    public void An_aside_opened_by_including_belongs_to_the_source(string text, string cue, string source)
    {
        var attribution = WithCue(text, cue);

        attribution.Source!.Mention.Text.Should().Be(source);
        attribution.Content.Text.Should().EndWith("the pier would reopen");
        attribution.Kind.Should().Be(AttributionKind.Indirect);
    }

    [Theory]
    // Rule: WithRestrictingPhrase — a plural opening the sentence is capitalised and still a common noun heading the phrase.
    [InlineData("Skippers in more than two dozen ports balked at the plan.", "balked at", "Skippers in more than two dozen ports")]
    // Counter-example: a phrase saying how ("in general") restricts nothing.
    [InlineData("Lobbyists in general said the plan was bad.", "said", "Lobbyists")]
    public void A_plural_opening_the_sentence_keeps_its_restricting_phrase(string text, string cue, string source)
    {
        var attribution = WithCue(text, cue);

        attribution.Source!.Mention.Text.Should().Be(source);
        attribution.Kind.Should().Be(AttributionKind.Indirect);
    }

    [Theory]
    // Rule: WithAbbreviationStop — the stop of a place abbreviation before a comma stays with the source.
    [InlineData("“The pier is closed,” said Dana Holt, a skipper from Tampa, Fla., who fishes the bay.", "Dana Holt, a skipper from Tampa, Fla.")]
    // Counter-example: at the sentence's end the stop ends the sentence, not the abbreviation.
    [InlineData("“The pier is closed,” said Dana Holt, a skipper from Tampa, Fla.", "Dana Holt, a skipper from Tampa, Fla")]
    public void The_stop_of_a_place_abbreviation_inside_the_sentence_stays_with_the_source(string text, string source)
    {
        var attribution = WithCue(text, "said");

        attribution.Source!.Mention.Text.Should().Be(source);
        attribution.Kind.Should().Be(AttributionKind.Direct);
    }

    [Fact]
    public void A_lone_state_abbreviation_after_a_place_names_no_one()
    {
        // Rule: CanName — "Wis." after "Green Bay," is the end of a place, never a source.
        var attribution = WithCue("By Sunday she had canceled a rally slated for Wednesday in Green Bay, Wis., citing the storm.", "citing");

        attribution.Source.Should().BeNull();
        attribution.Content.Text.Should().Be("the storm");
    }

    [Theory]
    // Rule: WithoutClockTime — the clock time heading a live-blog entry times the post and names no one, with a space
    // before the headline or run into it.
    [InlineData("Mar 3, 2016 9:38PM Nora Vale Says She Will Close The Old Pier", "Nora Vale", "She Will Close The Old Pier")]
    [InlineData("Mar 3, 2016 10:12PMHolt Says The Ferry Will Run On Sundays", "Holt", "The Ferry Will Run On Sundays")]
    public void The_clock_time_of_a_live_blog_entry_stays_out_of_the_source(string text, string source, string content)
    {
        var attribution = WithCue(text, "Says");

        attribution.Source!.Mention.Text.Should().Be(source);
        attribution.Cue!.Text.Should().Be("Says");
        attribution.Content.Text.Should().Be(content);
    }

    [Theory]
    // Rule: WithHeadBeforePreposition — a source right after "in", "of", "for", "from", "at" or "on" is the object of a
    // phrase restricting the subject's head; the source is the whole noun phrase.
    [InlineData("When someone in the audience shouted that the pier was closed, Holt laughed.", "the audience", "shouted", "someone in the audience")]
    [InlineData("The mayor smiled even as advocates in the harbour community called for a new pier.", "the harbour community", "called for", "advocates in the harbour community")]
    [InlineData("Early results from the harbour's four districts showed that Holt had won.", "the harbour's four districts", "showed", "Early results from the harbour's four districts")]
    // A participle restricting the head, and a quantity after "than".
    [InlineData("Fewer than half of the pilots surveyed in a harbour poll released Monday support the pier.", "a harbour poll released Monday", "support", "Fewer than half of the pilots surveyed in a harbour poll released Monday")]
    [InlineData("Text messages discovered on one of the pilots' phones suggested that the pier was closed.", "one of the pilots' phones", "suggested", "Text messages discovered on one of the pilots' phones")]
    // Counter-examples: a preposition opening the sentence, a verb before the head, a cue in -ing, a possessor of a noun
    // cue, a relative clause's verb.
    [InlineData("Holt wrote messages that appeared on several harbour chains said to be secret.", "several harbour chains", "said", "several harbour chains")]
    [InlineData("In a clip for the harbour show, Holt said the pier was closed.", "the harbour", "said", "the harbour")]
    [InlineData("Holt made a pitch to Bath voters saying the pier was safe.", "Bath voters", "saying", "Bath voters")]
    [InlineData("Holt has been direct in his attacks on the pier.", "his", "attacks on", "his")]
    [InlineData("Holt gave money to a group that backs Vale.", "a group", "backs", "a group")]
    public void A_source_after_a_restricting_preposition_takes_the_head_before_it(string text, string found, string cue, string expected)
    {
        var start = text.IndexOf(found, StringComparison.Ordinal);
        var cueStart = text.IndexOf(" " + cue + " ", start + found.Length, StringComparison.Ordinal) + 1;
        var range = SourceSpanNormalizer.WithHeadBeforePreposition(text, new TextRange(start, start + found.Length), new TextRange(cueStart, cueStart + cue.Length));

        text[range.Start..range.End].Should().Be(expected);
    }

    [Fact]
    public void The_head_of_a_subject_before_its_preposition_is_in_the_reported_source()
    {
        var attribution = WithCue("At the meeting, someone in the audience shouted that the pier was closed.", "shouted");

        attribution.Source!.Mention.Text.Should().Be("someone in the audience");
        attribution.Cue!.Text.Should().Be("shouted");
        attribution.Content.Text.Should().Be("that the pier was closed");
    }
}
