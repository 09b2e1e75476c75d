using AttributionKit.Model;

namespace AttributionKit.Checking.Rules;

/// <summary>AK2002: a quote with a speaker but no outlet, platform, document or event where it was said.</summary>
internal sealed class UnsourcedQuoteRule : ArticleRule
{
    internal static readonly RuleDescriptor Rule = new(
        "AK2002",
        "unsourced-quote",
        "Quote with a speaker but no source",
        "The quote “{0}” is attributed to {1}, but the article never says where {1} said it",
        RuleCategory.Quotes,
        Severity.Info,
        "Finds direct and block quotes whose speaker is named but for whom the article gives no outlet, platform, document or event anywhere (told TASS, on X, in a statement, (The Guardian)). Quotes whose origin cannot be traced are hard to verify. Reported once per speaker.",
        "Say where the words were said: the interview, the outlet, the post, the press conference or the document. If the quote was given to the publication itself, say so (told this newspaper).",
        RuleHelp.For("unsourced-quote"));

    public override RuleDescriptor Descriptor => Rule;

    public override void Check(RuleContext context)
    {
        var withVenue = context.State.Attribution.SpeakersWithVenue;
        var quotes = context.Quotes.Where(q => q.Kind != QuoteKind.Partial && q.Speaker is not null).ToList();
        foreach (var group in quotes.GroupBy(q => q.Speaker!, StringComparer.Ordinal))
        {
            if (withVenue.Contains(group.Key) || group.Any(q => q.Source is not null))
            {
                continue;
            }

            var first = group.First();
            context.Report(first.Range, group.Skip(1).Select(q => q.Range), Excerpt.Of(first.Text), group.Key);
        }
    }
}
