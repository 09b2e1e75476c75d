using AttributionKit.Model;
using AttributionKit.Tests.TestSupport;
using static AttributionKit.Tests.TestSupport.PlainTextAttributions;

namespace AttributionKit.Tests.Extraction.Attribution;

/// <summary>
/// Where the noun phrase ending before a cue starts, and whether it can name a source: "and" joining names or nouns,
/// a preposition tying an organisation to a role, participles as adjectives, possessives, sentence openers.
/// </summary>
public class NounPhraseTests
{
    private const string Reported = " said the pier would reopen.";

    [Theory]
    // Rule: "and" joins two plural nouns of one subject ("politicians and activists").
    [InlineData("Kelp farmers and oyster growers")]
    // Rule: "and" after "current"/"former" joins the words of one subject.
    [InlineData("Current and former harbour masters")]
    // Rule: "and" between two names joins names, not clauses, and an honorific after it stays in the name.
    [InlineData("Dana Holt and Sen. Ann Cole")]
    // Rule: "and" after a name joins a second phrase opened by a determiner ("Trump and his attorneys").
    [InlineData("Dana Holt and her deputies")]
    // Rule: SubjectPronounOpening — a subject pronoun opening the clause joins the phrase after "and".
    [InlineData("She and her deputies")]
    [InlineData("They and their lawyers")]
    // Rule: "and" after a role or plural noun joins a second phrase opened by a determiner.
    [InlineData("The harbour master and his deputies")]
    [InlineData("Kelp farmers and their lawyers")]
    public void And_joining_names_or_nouns_keeps_one_subject(string source)
    {
        var attribution = WithCue(source + Reported, "said");

        attribution.Source!.Mention.Text.Should().Be(source);
        attribution.Content.Text.Should().Be("the pier would reopen");
    }

    [Fact]
    public void A_subject_pronoun_after_a_conjunction_opens_the_pair()
    {
        var attribution = WithCue("But he and the harbour board said the pier would reopen.", "said");

        attribution.Source!.Mention.Text.Should().Be("he and the harbour board");
        attribution.Content.Text.Should().Be("the pier would reopen");
        attribution.Kind.Should().Be(AttributionKind.Indirect);
    }

    [Fact]
    public void An_object_pronoun_before_and_is_no_part_of_the_subject()
    {
        // Counter-example: "him" is the object of "met"; the subject after "and" stands alone.
        var attribution = WithCue("Vale met him and the harbour board said the pier would reopen.", "said");

        attribution.Source!.Mention.Text.Should().Be("the harbour board");
    }

    [Theory]
    // Rule: TiesRole — "for" after a role noun ties the organisation to the role.
    [InlineData("A spokesman for the harbour board")]
    // Rule: TiesSource — "familiar with" ties the description on.
    [InlineData("People familiar with the talks")]
    // Rule: QuantityIn — a quantity, then a preposition ("Many in the crowd").
    [InlineData("Many in the crowd")]
    // Rule: a comparison ("More than") opens the quantity.
    [InlineData("More than six in 10 skippers")]
    public void A_preposition_tying_a_description_on_stays_in_the_phrase(string source)
    {
        WithCue(source + Reported, "said").Source!.Mention.Text.Should().Be(source);
    }

    [Theory]
    // Rule: a participle after a quantifier is an adjective ("Some miffed supporters").
    [InlineData("Some miffed skippers")]
    // Rule: a participle right after a determiner is an adjective ("The embattled governor").
    [InlineData("The embattled harbour master")]
    // Rule: a participle opening the clause before a noun is an adjective ("retired neurosurgeon Ben Carson").
    [InlineData("Retired skipper Dana Holt")]
    // Rule: a possessive determiner opens the phrase when a noun follows it ("his core supporters").
    [InlineData("His core supporters")]
    // Rule: the apostrophe of a possessive name joins the words (IsNounGap, IsPossessiveName).
    [InlineData("The harbour board’s chair")]
    // Rule: "New" opens a name with a capitalised word after it.
    [InlineData("New York Mayor Dana Holt")]
    public void Modifiers_before_the_head_belong_to_the_phrase(string source)
    {
        WithCue(source + Reported, "said").Source!.Mention.Text.Should().Be(source);
    }

    [Theory]
    // Rule: a capitalised sentence opener that is no determiner ("Meanwhile") is not part of the name.
    [InlineData("Meanwhile Holt said the pier would reopen.", "Holt")]
    // Rule: an honorific ("Ms.") is part of the name though it may open a sentence.
    [InlineData("Ms. Holt said the pier would reopen.", "Ms. Holt")]
    public void A_sentence_opener_is_dropped_but_an_honorific_kept(string text, string source)
    {
        WithCue(text, "said").Source!.Mention.Text.Should().Be(source);
    }

    [Fact]
    public void And_joining_two_clauses_ends_the_phrase()
    {
        // Counter-example: "and" after a verb ("met") joins clauses; the phrase starts after it.
        WithCue("The board met and the skippers" + Reported, "said").Source!.Mention.Text.Should().Be("the skippers");
    }

    [Theory]
    // Rule: OpensPhraseAtSentenceStart — "Outside" and "First" before a lower-case noun are its adjectives, not an adverbial.
    [InlineData("Outside experts said the pier would reopen.", "Outside experts")]
    [InlineData("First lady Dana Holt said the pier would reopen.", "First lady Dana Holt")]
    // Counter-example: "Outside" opening a phrase closed by a comma is no part of the subject.
    [InlineData("Outside the hall, voters said the pier would reopen.", "voters")]
    public void An_adjective_that_also_opens_adverbials_opens_the_subject(string text, string source)
    {
        var attribution = WithCue(text, "said");

        attribution.Source!.Mention.Text.Should().Be(source);
        attribution.Content.Text.Should().Be("the pier would reopen");
        attribution.Kind.Should().Be(AttributionKind.Indirect);
    }

    [Theory]
    // Rule: AgeBound — "over" or "under" and a number after "those" name the people of an age.
    [InlineData("Those over 60 said the pier would reopen.", "Those over 60")]
    // Counter-example: after a plural noun "over" opens no age bound of "those"; the noun alone is the subject.
    [InlineData("Skippers over 60 said the pier would reopen.", "Skippers")]
    public void Those_of_an_age_name_a_group(string text, string source)
    {
        var attribution = WithCue(text, "said");

        attribution.Source!.Mention.Text.Should().Be(source);
        attribution.Content.Text.Should().Be("the pier would reopen");
        attribution.Kind.Should().Be(AttributionKind.Indirect);
    }
}
