using AttributionKit.Extraction.Attribution;

namespace AttributionKit.Tests.Extraction.Attribution;

public class SpeakerNameParserTests
{
    private static ParsedSpeaker Parse(string mention) => SpeakerNameParser.Parse(mention, new TextRange(0, mention.Length));

    [Theory]
    [InlineData("Rosa Calder of Millbrook", "Rosa Calder")]
    [InlineData("Secretary of State Jane Doyle", "Jane Doyle")]
    [InlineData("Bank of Millbrook chief Tom Reyes", "Tom Reyes")]
    public void A_place_after_a_full_name_is_not_part_of_it_but_a_title_with_of_is(string mention, string name)
    {
        var parsed = Parse(mention);

        parsed.Name.Should().Be(name);
        parsed.Type.Should().Be(SpeakerType.Person);
    }

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
}
