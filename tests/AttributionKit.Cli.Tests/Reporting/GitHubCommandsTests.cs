using AttributionKit.Cli.Reporting;

namespace AttributionKit.Cli.Tests.Reporting;

public class GitHubCommandsTests
{
    [Theory]
    [InlineData("plain", "plain")]
    [InlineData("100% sure", "100%25 sure")]
    [InlineData("line one\nline two", "line one%0Aline two")]
    [InlineData("a\r\nb", "a%0D%0Ab")]
    [InlineData("colon: and, comma stay", "colon: and, comma stay")]
    [InlineData("%0A is literal", "%250A is literal")]
    public void Message_escapes_percent_CR_and_LF_only(string message, string expected) =>
        GitHubCommands.EscapeData(message).Should().Be(expected);

    [Theory]
    [InlineData("articles/story.md", "articles/story.md")]
    [InlineData("C:\\x,y.md", "C%3A\\x%2Cy.md")]
    [InlineData("AK1001 date-mismatch: today, May 19", "AK1001 date-mismatch%3A today%2C May 19")]
    [InlineData("50%\n", "50%25%0A")]
    public void Property_also_escapes_colon_and_comma(string value, string expected) =>
        GitHubCommands.EscapeProperty(value).Should().Be(expected);

    [Fact]
    public void Command_joins_properties_with_commas_and_leaves_out_missing_ones()
    {
        var line = GitHubCommands.Format("warning", [("file", "a,b.md"), ("line", 3), ("endColumn", null), ("title", "T: x")], "50% off\nnow");

        line.Should().Be("::warning file=a%2Cb.md,line=3,title=T%3A x::50%25 off%0Anow");
    }

    [Fact]
    public void Command_without_properties_has_no_space()
    {
        GitHubCommands.Format("notice", [], "hello").Should().Be("::notice::hello");
    }
}
