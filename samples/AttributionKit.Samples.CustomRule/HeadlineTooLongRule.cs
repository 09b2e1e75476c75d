using AttributionKit;
using AttributionKit.Checking;
using AttributionKit.Model;

namespace AttributionKit.Samples.CustomRule;

/// <summary>A newsroom's own rule: headlines (the title and section headings) longer than a limit. Stateless, so one instance serves every article.</summary>
public sealed class HeadlineTooLongRule(int maxLength = 70) : ArticleRule
{
    public static readonly RuleDescriptor Rule = new(
        id: "NEWS0001",
        name: "headline-too-long",
        title: "Headline longer than the house style allows",
        messageFormat: "Headline is {0} characters long; house style allows {1}.",
        category: "House style",
        defaultSeverity: Severity.Info,
        description: "Long headlines are cut off on the front page and in social cards.",
        helpText: "Shorten the headline; move detail into the standfirst.",
        helpUri: new Uri("https://example.org/house-style#headlines"));

    public override RuleDescriptor Descriptor => Rule;

    public override void Check(RuleContext context)
    {
        foreach (var block in context.Article.Blocks)
        {
            if (block.Kind is BlockKind.Title or BlockKind.Heading && block.Range.Length > maxLength)
            {
                context.Report(block.Range, block.Range.Length, maxLength);
            }
        }
    }
}
