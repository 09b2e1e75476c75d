using AttributionKit.Model;

namespace AttributionKit.Checking.Rules;

/// <summary>AK2001: a direct quote of speech that nothing in the article attributes to anyone.</summary>
internal sealed class UnattributedQuoteRule : ArticleRule
{
    internal static readonly RuleDescriptor Rule = new(
        "AK2001",
        "unattributed-quote",
        "Quote without a speaker",
        "The quote “{0}” is not attributed to anyone",
        RuleCategory.Quotes,
        Severity.Warning,
        "Finds direct quotes and block quotes of speech for which neither the sentence, the sentences around it, a colon lead-in nor a credit line names a speaker. Readers cannot weigh words whose speaker they do not know. Scare quotes, titles and coined terms are not speech and are not reported.",
        "Name the speaker next to the quote (“…,” she said), or add a credit line under a pull quote (— Name, Role (Outlet)). If the quote marks are not speech, consider removing them.",
        RuleHelp.For("unattributed-quote"));

    public override RuleDescriptor Descriptor => Rule;

    public override void Check(RuleContext context)
    {
        foreach (var quote in context.Quotes)
        {
            if (quote.Kind != QuoteKind.Partial && quote.Speaker is null)
            {
                context.Report(quote.Range, Excerpt.Of(quote.Text));
            }
        }
    }
}
