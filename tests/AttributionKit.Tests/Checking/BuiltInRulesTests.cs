using AttributionKit.Checking;
using AttributionKit.Tests.TestSupport;

namespace AttributionKit.Tests.Checking;

public class BuiltInRulesTests
{
    [Fact]
    public void Every_built_in_rule_has_a_help_page_in_the_repository_and_a_link_to_it()
    {
        var docs = Path.Combine(Repository.Root, "docs", "rules");

        BuiltInRules.Descriptors.Should().NotBeEmpty();
        foreach (var rule in BuiltInRules.Descriptors)
        {
            var page = Path.Combine(docs, rule.Name + ".md");
            File.Exists(page).Should().BeTrue($"{rule.Id} {rule.Name} needs docs/rules/{rule.Name}.md");
            File.ReadAllText(page).Should().Contain(rule.Id, "the page names the rule's id");
            rule.HelpUri!.ToString().Should().EndWith($"docs/rules/{rule.Name}.md");
        }
    }

    [Fact]
    public void Built_in_rules_are_found_by_id_or_name()
    {
        foreach (var rule in BuiltInRules.Descriptors)
        {
            BuiltInRules.Find(rule.Id).Should().BeSameAs(rule);
            BuiltInRules.Find(rule.Name.ToUpperInvariant()).Should().BeSameAs(rule);
        }

        BuiltInRules.Find("no-such-rule").Should().BeNull();
    }
}
