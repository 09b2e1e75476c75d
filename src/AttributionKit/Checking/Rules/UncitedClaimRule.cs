using AttributionKit.Extraction.Claims;
using AttributionKit.Model;

namespace AttributionKit.Checking.Rules;

/// <summary>
/// AK3002 uncited-claim: a check-worthy claim with a figure (or a high score for a specific assertion) that credits
/// nobody: no source in its sentence, in its paragraph or in the quotation it belongs to. Quiet on headings, on
/// questions and on the article's own narration of what it sourced elsewhere: a sentence whose figures all appear
/// in a sourced sentence, or whose content words mostly do.
/// </summary>
internal sealed class UncitedClaimRule : ArticleRule
{
    // A claim without a figure must score this high to count as a specific factual assertion.
    private const double SpecificAssertionScore = 0.8;

    // The share of a claim's content words a sourced sentence must hold for the claim to restate it.
    private const double RestatementOverlap = 0.5;

    internal static readonly RuleDescriptor Rule = new(
        "AK3002",
        "uncited-claim",
        "Check-worthy claim without attribution",
        "This claim ({0}) has no source in its sentence, paragraph or quote: say where it comes from",
        RuleCategory.Sourcing,
        Severity.Info,
        "Finds sentences that assert something checkable (a figure, an amount, a count, or a specific event with "
            + "names and dates) without crediting any source in the sentence, its paragraph or the quotation it belongs "
            + "to. Headlines, questions and sentences that restate figures the article sources elsewhere are left alone.",
        "Add the source ('according to the ministry', 'Reuters reported') or link to it. If the newsroom established "
            + "the fact itself, say how ('an AttributionKit count of the ministry's daily reports').",
        RuleHelp.For("uncited-claim"));

    public override RuleDescriptor Descriptor => Rule;

    public override void Check(RuleContext context)
    {
        var sentences = context.State.Claims.Sentences;
        var sourcedBlocks = sentences.Where(s => s.Source is not null).Select(s => s.BlockIndex).ToHashSet();
        var sourced = sentences.Where(s => s.Source is not null || sourcedBlocks.Contains(s.BlockIndex)).ToList();
        foreach (var sentence in sentences)
        {
            if (!sentence.IsClaim || sentence.Source is not null || sourcedBlocks.Contains(sentence.BlockIndex)
                || sentence.IsQuoted || sentence.BlockKind is BlockKind.Title or BlockKind.Heading or BlockKind.Caption)
            {
                continue;
            }

            var hasFigure = sentence.Has(ClaimFeatures.Figure) || sentence.Has(ClaimFeatures.Amount) || sentence.Has(ClaimFeatures.Percentage);
            if (!hasFigure && sentence.Score < SpecificAssertionScore)
            {
                continue;
            }

            if (Restates(sentence, sourced))
            {
                continue;
            }

            context.Report(sentence.Range, string.Join(", ", sentence.Features.Where(f => f is not (ClaimFeatures.Heading or ClaimFeatures.Quoted))));
        }
    }

    private static bool Restates(AnalyzedSentence claim, List<AnalyzedSentence> sourced)
    {
        var others = sourced.Where(s => s.SentenceIndex != claim.SentenceIndex).ToList();
        if (claim.Numbers.Count > 0 && claim.Numbers.All(n => others.Any(s => s.Numbers.Contains(n))))
        {
            return true;
        }

        return claim.ContentWords.Count > 0
            && others.Any(s => (double)claim.ContentWords.Count(s.ContentWords.Contains) / claim.ContentWords.Count >= RestatementOverlap);
    }
}
