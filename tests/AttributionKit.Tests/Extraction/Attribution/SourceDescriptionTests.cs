using AttributionKit.Extraction.Attribution;
using AttributionKit.Model;
using static AttributionKit.Tests.TestSupport.PlainTextAttributions;

namespace AttributionKit.Tests.Extraction.Attribution;

/// <summary>
/// The descriptions PolNeAR counts as part of a source span: an appositive without an article after the cue
/// ("said Ken Sena, managing director at Evercore"), a capitalised role or a role before a name before the cue ("Sam
/// Jacobs, Time’s Assistant Managing Editor, said", "Her father, Brad, said"), and the phrase that restricts a common
/// noun before the verb ("A spokesman for the harbour board declined …").
/// </summary>
public class SourceDescriptionTests
{
    private const string Quote = "“The pier will reopen in spring,”";

    [Theory]
    // Rule: SpeakerDescription.OpensDescription — a role noun heads an appositive that opens without an article.
    [InlineData(Quote + " said Ken Sena, managing director and analyst at Evercore.", "Ken Sena, managing director and analyst at Evercore")]
    [InlineData(Quote + " said Bo Lind, HarbourWatch chief executive.", "Bo Lind, HarbourWatch chief executive")]
    // A hyphen after an initialism's full stop joins one word, so the description runs on ("a D.C.-based strategist").
    [InlineData(Quote + " said Ann Lee, a D.C.-based strategist.", "Ann Lee, a D.C.-based strategist")]
    public void A_role_description_after_the_cue_belongs_to_the_source(string text, string source)
    {
        var attribution = WithCue(text, "said");

        attribution.Source!.Mention.Text.Should().Be(source);
        attribution.Kind.Should().Be(AttributionKind.Direct);
        attribution.Content.Text.Should().Be(Quote);
    }

    [Theory]
    // Counter-examples: a phrase about the saying ("at a press conference", whose "press" is a role word only
    // modifying the noun after it) or a day names no one.
    [InlineData(Quote + " said Ken Sena, at a press conference.", "Ken Sena")]
    [InlineData(Quote + " said Ken Sena, Tuesday.", "Ken Sena")]
    public void A_phrase_about_the_saying_after_the_cue_stays_out(string text, string source)
    {
        WithCue(text, "said").Source!.Mention.Text.Should().Be(source);
    }

    [Theory]
    // Rule: SourceBeforeCue.CapitalisedRole — a possessive name or a capitalised role word heads the description.
    [InlineData("Sam Jacobs, Time’s Assistant Managing Editor, said the pier would reopen.", "Sam Jacobs, Time’s Assistant Managing Editor,")]
    [InlineData("Joh Husted, Ohio Secretary of State, said the pier would reopen.", "Joh Husted, Ohio Secretary of State,")]
    // Rule: SourceBeforeCue.RoleBeforeName — a capitalised role word closing the description, a possessor and its noun
    // before a single name.
    [InlineData("The Harbour Group's CEO, Kim Fritts, said the pier would reopen.", "The Harbour Group's CEO, Kim Fritts,")]
    [InlineData("Her father, Brad, said the pier would reopen.", "Her father, Brad,")]
    // Rule: SourceBeforeCue.NameBeforeAppositive — "one of" opens a description, and a participle before a role noun
    // ("ranking member", "managing director") is part of it, not an aside.
    [InlineData("Kim Fritts, one of two pilots involved in the rescue, said the pier would reopen.", "Kim Fritts, one of two pilots involved in the rescue,")]
    [InlineData("Kim Fritts, managing director of the harbour board, said the pier would reopen.", "Kim Fritts, managing director of the harbour board,")]
    public void A_role_set_off_by_commas_before_the_cue_belongs_to_the_source(string text, string source)
    {
        var attribution = WithCue(text, "said");

        attribution.Source!.Mention.Text.Should().Be(source);
        attribution.Kind.Should().Be(AttributionKind.Indirect);
        attribution.Content.Text.Should().Be("the pier would reopen");
    }

    [Theory]
    // Counter-examples: a place and an aside between commas describe no one.
    [InlineData("Kim Fritts, Maine, said the pier would reopen.", "Kim Fritts")]
    [InlineData("Kim Fritts, however, said the pier would reopen.", "Kim Fritts")]
    // Counter-example: a participle before no role noun is an aside.
    [InlineData("Kim Fritts, smiling at the crowd, said the pier would reopen.", "Kim Fritts")]
    public void A_place_or_aside_before_the_cue_stays_out(string text, string source)
    {
        WithCue(text, "said").Source!.Mention.Text.Should().Be(source);
    }

    [Theory]
    // Rule: SourceSpanNormalizer.WithRestrictingPhrase — the phrase restricting a common noun up to the verb.
    [InlineData("A spokeswoman for the Harbour Board said the pier would reopen.", "A spokeswoman", "A spokeswoman for the Harbour Board")]
    [InlineData("The Maritime Museum in Portland said the pier would reopen.", "The Maritime Museum", "The Maritime Museum in Portland")]
    [InlineData("The government in Oslo finally said the pier would reopen.", "The government", "The government in Oslo")]
    [InlineData("A spokeswoman for the Harbour Board said the pier would reopen.", "A spokeswoman for the Harbour Board", "A spokeswoman for the Harbour Board")]
    // Counter-examples: a name alone, a day, an occasion of speaking, a time phrase.
    [InlineData("Vale in Portland said the pier would reopen.", "Vale", "Vale")]
    [InlineData("The council on Wednesday said the pier would reopen.", "The council", "The council")]
    [InlineData("The mayor in her speech said the pier would reopen.", "The mayor", "The mayor")]
    [InlineData("The mayor at the time said the pier would reopen.", "The mayor", "The mayor")]
    public void A_restricting_phrase_before_the_verb_joins_the_source(string text, string found, string expected)
    {
        var cue = text.IndexOf(" said", StringComparison.Ordinal) + 1;
        var range = SourceSpanNormalizer.WithRestrictingPhrase(text, new TextRange(0, found.Length), new TextRange(cue, cue + 4));

        text[range.Start..range.End].Should().Be(expected);
    }

    [Theory]
    // Rule: SourceBeforeCue.HeadsPeople — lower-case words naming people, with the phrase after them, open the subject.
    [InlineData("In interviews, female pilots in both ports said the pier would reopen.", "female pilots in both ports")]
    [InlineData("At times, people close to the harbour master said the pier would reopen.", "people close to the harbour master")]
    // Lower-case words naming no people do not open the subject here; SourceSpanNormalizer.WithHeadBeforePreposition then
    // reads the head back over its preposition, so the reported source is the whole subject all the same.
    [InlineData("In the end, common sense in the harbour said the pier would reopen.", "common sense in the harbour")]
    public void Words_naming_people_before_a_phrase_open_the_subject(string text, string source)
    {
        var attribution = WithCue(text, "said");

        attribution.Source!.Mention.Text.Should().Be(source);
        attribution.Kind.Should().Be(AttributionKind.Indirect);
        attribution.Content.Text.Should().Be("the pier would reopen");
    }

    [Theory]
    // Rule: SourceBeforeCue.NameBeforeAppositive — after a one-word name opening its clause, a phrase of manner or means,
    // an adverb (alone or before a phrase) or a lone participle between commas is an aside, not a description.
    [InlineData("Vale, with unconcealed delight, said the pier would reopen.")]
    [InlineData("Vale, through a spokeswoman, said the pier would reopen.")]
    [InlineData("Vale, historically, said the pier would reopen.")]
    [InlineData("Vale, particularly in the closing days, said the pier would reopen.")]
    [InlineData("Vale, exasperated, said the pier would reopen.")]
    public void An_aside_after_a_name_stays_out_of_the_source(string text)
    {
        var attribution = WithCue(text, "said");

        attribution.Source!.Mention.Text.Should().Be("Vale");
        attribution.Content.Text.Should().Be("the pier would reopen");
        attribution.Kind.Should().Be(AttributionKind.Indirect);
    }

    [Theory]
    // Counter-examples: a phrase of place or comparison describes the name ("Pantucci, at the Royal United Services
    // Institute,"), and a role noun is no adverb.
    [InlineData("Vale, at the harbour institute, said the pier would reopen.", "Vale, at the harbour institute,")]
    [InlineData("Skippers, like Vale and Reed, said the pier would reopen.", "Skippers, like Vale and Reed,")]
    public void A_describing_phrase_after_a_name_stays_in_the_source(string text, string source)
    {
        WithCue(text, "said").Source!.Mention.Text.Should().Be(source);
    }

    [Theory]
    // Rule: SourcePhrase.WithListBefore — a list with a comma before "and" ("A, B, and C") is one source.
    [InlineData("Kelp farmers, oyster growers, and the harbour board said the pier would reopen.", "Kelp farmers, oyster growers, and the harbour board")]
    // Rule: SourcePhrase.WithListBefore, SourceBeforeCue.Find — a list that a preposition takes as its object belongs
    // to the subject before the preposition.
    [InlineData("Most skippers in Rockland, Camden and Bath said the pier would reopen.", "Most skippers in Rockland, Camden and Bath")]
    // Counter-examples: one comma before "and" joins clauses; a list after an opening phrase starts after its comma.
    [InlineData("The pier closed in Rockland, and the harbour board said the pier would reopen.", "the harbour board")]
    [InlineData("Under the old rules, many skippers and some pilots said the pier would reopen.", "many skippers and some pilots")]
    public void A_list_of_sources_is_one_source(string text, string source)
    {
        var attribution = WithCue(text, "said");

        attribution.Source!.Mention.Text.Should().Be(source);
        attribution.Content.Text.Should().Be("the pier would reopen");
    }
}
