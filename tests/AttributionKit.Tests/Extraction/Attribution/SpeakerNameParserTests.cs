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
}
