using System.Globalization;
using AttributionKit.Extraction.Claims;

namespace AttributionKit.Checking.Rules;

/// <summary>
/// AK3003 numeric-conflict: two figures for the same quantity disagree within one article. Figures are the same
/// quantity when they count the same unit noun (lemmatised: drone = drones) over the same time frame ("in one night"
/// = "overnight"; none = none), in different sentences, and either the time frame is given or the words within a few
/// of each figure, in its clause, share one that tells what is counted ("the $3.2 billion plan" / "the plan would cost
/// $2.3 billion"; not "raised"); figures placed "in" different places are not compared. Bounds and estimates ("over",
/// "about") widen a figure to a range; figures conflict only when their ranges do not meet, and when they are within ten
/// times of each other or share their digits ("$1.5 million" / "$15 million"). The part of "76 of 112"
/// is a subset and is not compared. Percentages and time spans are not compared.
/// </summary>
internal sealed class NumericConflictRule : ArticleRule
{
    // The most earlier figures one finding relates to the figure it is about.
    private const int MaxRelated = 5;

    // How far apart two figures of one quantity may be before they are taken for two quantities (see Comparable).
    private const double MaxRatio = 10;

    internal static readonly RuleDescriptor Rule = new(
        "AK3003",
        "numeric-conflict",
        "Figures for the same quantity disagree",
        "'{0}' at {1} disagrees with '{2}' at {3}: two figures for the same quantity ({4})",
        RuleCategory.Consistency,
        Severity.Warning,
        "Finds two figures in one article that count the same thing over the same time frame but do not agree "
            + "('$2.3 billion' and later '$3.2 billion' for one plan; '200 drones in one night' and '76 of 112 drones "
            + "overnight'). Either one is wrong, or they count different things and the text should say so.",
        "Check both figures against their sources. If both are right, say why they differ (different sources, "
            + "different nights, launched against intercepted).",
        RuleHelp.For("numeric-conflict"));

    public override RuleDescriptor Descriptor => Rule;

    public override void Check(RuleContext context)
    {
        var article = context.Article;
        var quantities = context.State.Claims.Quantities.Where(q => !q.IsPart && q.Unit != "percent");

        // Only figures of one unit over one time frame can be the same quantity: each figure is compared with the
        // earlier ones of its own kind, not with every earlier figure of the article.
        var earlierOfKind = new Dictionary<(string Unit, string? Frame), List<Quantity>>();
        var reported = new HashSet<(string, double, double)>();
        foreach (var q2 in quantities)
        {
            if (!earlierOfKind.TryGetValue((q2.Unit, q2.Frame), out var earlier))
            {
                earlierOfKind[(q2.Unit, q2.Frame)] = [q2];
                continue;
            }

            var conflicting = new List<Quantity>();
            var values = new HashSet<double>();
            foreach (var q1 in earlier)
            {
                if (SameQuantity(q1, q2) && Disagree(q1, q2) && !values.Contains(q1.Value)
                    && reported.Add((q1.Unit, Math.Min(q1.Value, q2.Value), Math.Max(q1.Value, q2.Value))))
                {
                    conflicting.Add(q1);
                    values.Add(q1.Value);

                    // A table can hold hundreds of figures for one quantity; a finding points at the first few.
                    if (conflicting.Count == MaxRelated)
                    {
                        break;
                    }
                }
            }

            earlier.Add(q2);
            if (conflicting.Count == 0)
            {
                continue;
            }

            var first = conflicting[0];
            // Without a time frame, the words the two figures share are why they are taken for one quantity: the
            // message names them, so a reader sees at once whether "plan" really is the same plan.
            var quantity = q2.Frame is null
                ? $"{q2.Unit}, both next to '{string.Join("', '", first.Nearby.Intersect(q2.Nearby).Order(StringComparer.Ordinal).Take(3))}'"
                : $"{q2.Unit} per {q2.Frame}";
            context.Report(
                q2.Range,
                conflicting.Select(c => c.FigureRange),
                article.GetText(q2.FigureRange),
                Place(context, q2),
                article.GetText(first.FigureRange),
                Place(context, first),
                quantity);
        }
    }

    private static string Place(RuleContext context, Quantity q)
    {
        var span = context.Article.GetSourceSpan(q.FigureRange);
        return string.Create(CultureInfo.InvariantCulture, $"{span.Line}:{span.Column}");
    }

    private static bool SameQuantity(Quantity a, Quantity b) =>
        a.SentenceIndex != b.SentenceIndex
        && a.Unit == b.Unit
        && a.Frame == b.Frame
        && (a.Frame is not null || a.Nearby.Overlaps(b.Nearby))
        && !(a.Places.Count > 0 && b.Places.Count > 0 && !a.Places.Overlaps(b.Places));

    private static bool Disagree(Quantity a, Quantity b) => (a.High < b.Low || b.High < a.Low) && Comparable(a.Value, b.Value);

    // Two reports of one quantity differ by a miscount or a slip, not by orders of magnitude: "$92,000" in loans and
    // "$1.3 trillion" in loans are a student's debt and a nation's. Figures more than ten times apart are compared only
    // when they share their digits, the mark of a misplaced point or a wrong scale word ("$1.5 million" / "$15 million").
    private static bool Comparable(double a, double b)
    {
        var (small, large) = Math.Abs(a) <= Math.Abs(b) ? (Math.Abs(a), Math.Abs(b)) : (Math.Abs(b), Math.Abs(a));
        return small == 0 || large <= small * MaxRatio || SignificantDigits(small) == SignificantDigits(large);
    }

    // "1.5", "15" and "1,500,000" all give "15".
    private static string SignificantDigits(double value) =>
        value.ToString("R", CultureInfo.InvariantCulture).Split('E')[0].Replace(".", string.Empty, StringComparison.Ordinal).Trim('0');
}
