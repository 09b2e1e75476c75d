using AttributionKit.Extraction.Attribution;

namespace AttributionKit.Tests.Extraction.Attribution;

public class SpeakerNameParserTests
{
    private static ParsedSpeaker Parse(string mention) => SpeakerNameParser.Parse(mention, new TextRange(0, mention.Length));

    [Theory]
    [InlineData("Rosa Calder of Millbrook", "Rosa Calder")]
    [InlineData("Secretary of State Jane Doyle", "Jane Doyle")]
    [InlineData("Bank of Millbrook chief Tom Reyes", "Tom Reyes")]
    [InlineData("Sen. Rosa Calder of Millbrook", "Rosa Calder")]
    [InlineData("Mayor Calder of Millbrook", "Calder")]
    [InlineData("Ms. Calder of the Harbour Trust", "Calder")]
    public void A_place_after_a_name_or_titled_surname_is_not_part_of_it_but_a_title_with_of_is(string mention, string name)
    {
        var parsed = Parse(mention);

        parsed.Name.Should().Be(name);
        parsed.Type.Should().Be(SpeakerType.Person);
    }

    [Theory]
    [InlineData("the chairman of the Port Authority of Kent, Nora Vale,", "Nora Vale", "chairman of the Port Authority of Kent")]
    [InlineData("the head of the Bureau of Investigation, James B. Comey", "James B. Comey", "head of the Bureau of Investigation")]
    public void A_role_at_a_body_whose_name_holds_of_is_renamed_by_the_name_after_the_comma(string mention, string name, string role)
    {
        // Rule: IsPrepositionObject steps over "of" inside a capitalised name ("Port Authority of Kent"); Kent is not the speaker.
        var parsed = Parse(mention);

        parsed.Name.Should().Be(name);
        parsed.Role.Should().Be(role);
        parsed.Type.Should().Be(SpeakerType.Person);
    }

    [Theory]
    [InlineData("The Harbour Party National Committee", "Harbour Party National Committee")]
    [InlineData("the Bureau of Investigation", "Bureau of Investigation")]
    [InlineData("the Department of Harbours and Ferries", "Department of Harbours and Ferries")]
    public void A_capitalised_name_headed_by_an_institution_noun_is_a_body_named_whole(string mention, string name)
    {
        // Rule: IsInstitutionName — before, the title-like words inside gave "Committee" and "Investigation".
        var parsed = Parse(mention);

        parsed.Name.Should().Be(name);
        parsed.Type.Should().Be(SpeakerType.Group);
    }

    [Theory]
    [InlineData("Harbour Board Chairman Dana Holt", "Dana Holt")]
    [InlineData("University of Kent President Nora Vale", "Nora Vale")]
    public void A_title_after_an_institution_name_introduces_a_person(string mention, string name)
    {
        // Counter-example: IsInstitutionName — a title after the body's name makes the run a person's.
        Parse(mention).Name.Should().Be(name);
    }

    [Fact]
    public void A_body_whose_name_holds_of_after_a_group_noun_is_no_speaker_name()
    {
        // Rule: IsPrepositionObject — "officials from the Bank of Dover" are unnamed officials, not "Dover".
        var parsed = Parse("officials from the Bank of Dover");

        parsed.Name.Should().Be("officials from the Bank of Dover");
        parsed.Type.Should().Be(SpeakerType.Group);
    }

    [Theory]
    [InlineData("Comedian Dana Holt", "Dana Holt", "Comedian")]
    [InlineData("Democrat Nora Vale", "Nora Vale", "Democrat")]
    [InlineData("Chief of Staff Tom Reyes", "Tom Reyes", "Chief of Staff")]
    public void An_occupation_written_as_a_title_is_the_role_not_the_name(string mention, string name, string role)
    {
        var parsed = Parse(mention);

        parsed.Name.Should().Be(name);
        parsed.Role.Should().Be(role);
    }

    [Theory]
    [InlineData("Dana Holt and Nora Vale")]
    [InlineData("Holt and Vale")]
    [InlineData("a study by economists Dana Holt and Nora Vale", "Dana Holt and Nora Vale")]
    public void Two_people_named_together_are_one_group_not_the_last_of_them(string mention, string? name = null)
    {
        var parsed = Parse(mention);

        parsed.Name.Should().Be(name ?? mention);
        parsed.Type.Should().Be(SpeakerType.Group);
    }

    [Fact]
    public void And_inside_the_name_of_an_office_joins_no_two_speakers() =>
        Parse("Secretary of Health and Human Services Nora Vale").Type.Should().Be(SpeakerType.Person);

    [Theory]
    [InlineData("the U.S. Court of Appeals", "Court")]
    [InlineData("the American Federation of Pilots", "Federation")]
    [InlineData("the National Association of Pilots", "Association")]
    public void An_institution_with_of_is_no_person_after_a_title(string mention, string cutName) =>
        Parse(mention).Name.Should().NotBe(cutName, "the words before \"of\" are not a person named after a title");

    [Theory]
    [InlineData("Rosa Calder, the harbour master,", "harbour master")]
    [InlineData("Rosa Calder, a pilot,", "pilot")]
    public void A_short_appositive_naming_a_title_is_the_role(string mention, string role)
    {
        var parsed = Parse(mention);

        parsed.Name.Should().Be("Rosa Calder");
        parsed.Role.Should().Be(role);
    }

    [Theory]
    [InlineData("Rosa Calder, now 81 and retired in Millbrook,")]
    [InlineData("Rosa Calder, 45,")]
    [InlineData("Rosa Calder, still angry,")]
    [InlineData("Rosa Calder, who runs the harbour,")]
    public void An_appositive_that_describes_the_person_gives_no_role(string mention)
    {
        var parsed = Parse(mention);

        parsed.Name.Should().Be("Rosa Calder");
        parsed.Role.Should().BeNull();
    }

    [Theory]
    [InlineData("Its secretary, Padraig Doyle,", "Padraig Doyle", "secretary")]
    [InlineData("A spokeswoman for the ministry, Ana Ruiz,", "Ana Ruiz", "spokeswoman for the ministry")]
    [InlineData("The union's general secretary, Tom van Okafor,", "Tom van Okafor", "union's general secretary")]
    public void A_role_followed_by_a_full_name_in_apposition_is_that_person(string mention, string name, string role)
    {
        var parsed = Parse(mention);

        parsed.Name.Should().Be(name);
        parsed.Role.Should().Be(role);
        parsed.Type.Should().Be(SpeakerType.Person);
    }

    [Theory]
    [InlineData("Residents of the city, New York,")] // no role word: a place in apposition
    [InlineData("Its secretary, Doyle,")] // one word could be anything: kept as written
    [InlineData("A spokeswoman for the agency, Associated Press,")] // an outlet, not a person
    [InlineData("The secretary, a former pilot,")]
    public void Other_appositions_after_an_unnamed_speaker_keep_it_as_written(string mention)
    {
        var parsed = Parse(mention);

        parsed.Type.Should().Be(SpeakerType.Group);
        parsed.Name.Should().Be(mention[..mention.IndexOf(',', StringComparison.Ordinal)]);
    }

    [Theory]
    [InlineData("Current and former officials who spoke with the Harbour Gazette")]
    [InlineData("Two pilots who flew for Northway Rail")]
    [InlineData("Those who flew for Northway Rail")]
    public void A_name_inside_a_relative_clause_is_not_the_speakers(string mention)
    {
        var parsed = Parse(mention);

        parsed.Name.Should().Be(mention);
        parsed.Type.Should().Be(SpeakerType.Group);
    }

    [Fact]
    public void A_name_before_a_relative_clause_is_the_speakers()
    {
        var parsed = Parse("Harbour master Rosa Calder who runs the Northway Rail pier");

        parsed.Name.Should().Be("Rosa Calder");
        parsed.Role.Should().Be("Harbour master");
        parsed.Type.Should().Be(SpeakerType.Person);
    }

    [Theory]
    [InlineData("The operator, Northway Rail,", "Northway Rail")]
    [InlineData("the company, Acme,", "Acme")]
    public void A_short_description_followed_by_a_name_is_that_body(string mention, string name)
    {
        var parsed = Parse(mention);

        parsed.Name.Should().Be(name);
        parsed.Type.Should().Be(SpeakerType.Group);
    }

    [Theory]
    [InlineData("CNN’s Dana Holt", "Dana Holt", "CNN’s")]
    [InlineData("Reuters’ Dana Holt", "Dana Holt", "Reuters")]
    [InlineData("Reuters' Dana Holt", "Dana Holt", "Reuters")]
    public void An_employer_in_the_possessive_is_left_out_of_the_name(string mention, string name, string role)
    {
        var parsed = Parse(mention);

        parsed.Name.Should().Be(name);
        parsed.Role.Should().Be(role);
    }

    [Theory]
    [InlineData("officials from Ohio")]
    [InlineData("a spokesman for Nora Vale")]
    [InlineData("residents of Dover")]
    [InlineData("states like Ohio and Utah")]
    public void A_name_after_a_preposition_that_follows_a_common_noun_is_not_the_speaker(string mention)
    {
        var parsed = Parse(mention);

        parsed.Type.Should().Be(SpeakerType.Group);
        parsed.Name.Should().Be(mention);
        parsed.Role.Should().BeNull();
    }

    [Theory]
    [InlineData("Secretary of State Dana Holt", "Dana Holt")]
    [InlineData("Dana Holt of Dover", "Dana Holt")]
    public void A_title_with_of_or_a_home_town_still_leaves_the_person(string mention, string name)
    {
        var parsed = Parse(mention);

        parsed.Type.Should().Be(SpeakerType.Person);
        parsed.Name.Should().Be(name);
    }

    [Fact]
    public void A_name_in_apposition_after_a_preposition_object_is_the_speaker()
    {
        var parsed = Parse("His former business partner at Harbour Trust, Lawrence B. Cummings");

        parsed.Type.Should().Be(SpeakerType.Person);
        parsed.Name.Should().Be("Lawrence B. Cummings");
    }
}
