using AttributionKit.Checking;
using AttributionKit.Tests.TestSupport;

namespace AttributionKit.Tests.Checking;

public class RuleRunnerTests
{
    private const string Text = "Title of the test article\n\nThe word banana appears here. And banana again.\n";

    [Fact]
    public void A_rule_of_your_own_reports_with_its_descriptor_and_located_span()
    {
        var result = Analyze(Samples.Options);

        var findings = result.Findings.Where(f => f.RuleId == "TEST0001").ToList();
        findings.Should().HaveCount(2);
        findings[0].RuleName.Should().Be("banana-word");
        findings[0].Severity.Should().Be(Severity.Warning);
        findings[0].Excerpt.Should().Be("banana");
        findings[0].Message.Should().Be("The word 'banana' is forbidden.");
        findings[0].Span.Line.Should().Be(3);
        findings[0].Span.Column.Should().Be(10);
    }

    [Fact]
    public void Severity_can_be_overridden_by_id_or_name()
    {
        var byName = Analyze(Samples.Options with { SeverityOverrides = Samples.Options.SeverityOverrides.Add("banana-word", Severity.Error) });
        var byId = Analyze(Samples.Options with { SeverityOverrides = Samples.Options.SeverityOverrides.Add("test0001", Severity.Info) });

        byName.Findings.Where(f => f.RuleId == "TEST0001").Should().OnlyContain(f => f.Severity == Severity.Error);
        byId.Findings.Where(f => f.RuleId == "TEST0001").Should().OnlyContain(f => f.Severity == Severity.Info);
    }

    [Fact]
    public void A_disabled_rule_reports_nothing()
    {
        var result = Analyze(Samples.Options with { DisabledRules = Samples.Options.DisabledRules.Add("banana-word") });

        result.Findings.Should().NotContain(f => f.RuleId == "TEST0001");
    }

    [Fact]
    public void A_failing_rule_is_reported_with_its_id()
    {
        var act = () => ArticleAnalyzer.Analyze(Text, ArticleFormat.Text, Samples.Options with { AdditionalRules = [new ThrowingRule()] });

        act.Should().Throw<InvalidOperationException>().WithMessage("Rule TEST0002 (always-throws) failed*");
    }

    [Fact]
    public void Built_in_rules_have_unique_ids_and_names()
    {
        BuiltInRules.Descriptors.Select(d => d.Id).Should().OnlyHaveUniqueItems();
        BuiltInRules.Descriptors.Select(d => d.Name).Should().OnlyHaveUniqueItems();
        BuiltInRules.Descriptors.Should().OnlyContain(d => d.Id.StartsWith("AK", StringComparison.Ordinal) && d.HelpUri != null);
    }

    private static AnalysisResult Analyze(AnalyzeOptions options) =>
        ArticleAnalyzer.Analyze(Text, ArticleFormat.Text, options with { AdditionalRules = [new BananaRule()] });

    private sealed class BananaRule : ArticleRule
    {
        private static readonly RuleDescriptor Rule = new(
            "TEST0001", "banana-word", "Forbidden word", "The word '{0}' is forbidden.", RuleCategory.Consistency, Severity.Warning,
            "Finds bananas.", "Remove the banana.");

        public override RuleDescriptor Descriptor => Rule;

        public override void Check(RuleContext context)
        {
            var text = context.Article.Text;
            for (var i = text.IndexOf("banana", StringComparison.Ordinal); i >= 0; i = text.IndexOf("banana", i + 1, StringComparison.Ordinal))
            {
                context.Report(new TextRange(i, i + 6), "banana");
            }
        }
    }

    private sealed class ThrowingRule : ArticleRule
    {
        private static readonly RuleDescriptor Rule = new(
            "TEST0002", "always-throws", "Throws", "Never shown.", RuleCategory.Consistency, Severity.Info, "Throws.", "Do not.");

        public override RuleDescriptor Descriptor => Rule;

        public override void Check(RuleContext context) => throw new InvalidOperationException("boom");
    }
}
