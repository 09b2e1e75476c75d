using AttributionKit.Text;

namespace AttributionKit.Tests.Text;

public class LineIndexTests
{
    [Theory]
    [InlineData("", 1)]
    [InlineData("one line", 1)]
    [InlineData("a\nb", 2)]
    [InlineData("a\r\nb\r\n", 3)]
    [InlineData("a\rb\n\nc", 4)]
    [InlineData("\r\n\r\r\n", 4)]
    public void Counts_lines_ending_in_lf_crlf_or_cr(string text, int lines)
    {
        LineIndex.Build(text).LineCount.Should().Be(lines);
    }

    [Fact]
    public void Positions_agree_with_a_character_by_character_reading()
    {
        var random = new Random(42);
        const string alphabet = "ab \r\n";
        for (var n = 0; n < 300; n++)
        {
            var text = new string([.. Enumerable.Range(0, random.Next(0, 60)).Select(_ => alphabet[random.Next(alphabet.Length)])]);
            var index = LineIndex.Build(text);
            int line = 1, column = 1;
            for (var offset = 0; offset <= text.Length; offset++)
            {
                index.GetPosition(offset).Should().Be((line, column), $"offset {offset} of {text.Replace("\r", "\\r").Replace("\n", "\\n")}");
                if (offset == text.Length)
                {
                    break;
                }

                var c = text[offset];
                if (c == '\n' || (c == '\r' && (offset + 1 >= text.Length || text[offset + 1] != '\n')))
                {
                    line++;
                    column = 1;
                }
                else
                {
                    column++;
                }
            }
        }
    }
}
