using AttributionKit.Checking;

namespace AttributionKit.Tests.Checking;

public class RuleDescriptorTests
{
    [Theory]
    [InlineData("ak1001", "date-mismatch")]
    [InlineData("AK", "date-mismatch")]
    [InlineData("AK1001", "DateMismatch")]
    [InlineData("AK1001", "date--mismatch")]
    [InlineData("AK1001", "-date")]
    public void Malformed_ids_and_names_are_refused(string id, string name)
    {
        var act = () => new RuleDescriptor(id, name, "Title", "Message.", RuleCategory.Dates, Severity.Error, "Description.", "Help.");

        act.Should().Throw<ArgumentException>();
    }

    [Fact]
    public void Is_named_by_id_or_name_ignoring_case()
    {
        var rule = new RuleDescriptor("AK9999", "some-rule", "Title", "Message {0}.", RuleCategory.Dates, Severity.Info, "Description.", "Help.");

        rule.IsNamed("ak9999").Should().BeTrue();
        rule.IsNamed("SOME-RULE").Should().BeTrue();
        rule.IsNamed("other").Should().BeFalse();
        rule.FormatMessage(42).Should().Be("Message 42.");
    }
}
