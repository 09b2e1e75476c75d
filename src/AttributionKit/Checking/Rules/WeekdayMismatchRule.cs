using System.Globalization;
using AttributionKit.Extraction.Dates;

namespace AttributionKit.Checking.Rules;

/// <summary>
/// AK1002: a weekday written with a date it does not fall on ("Monday, March 2, 2025"; "next Monday, November 5" in
/// 2024). The recognizer keeps the weekday silently; the date stage keeps it as a part so this rule can check it.
/// </summary>
internal sealed class WeekdayMismatchRule : ArticleRule
{
    internal static readonly RuleDescriptor Rule = new(
        "AK1002",
        "weekday-mismatch",
        "Weekday does not match its date",
        "'{0}': {1} is a {2}, not a {3}",
        RuleCategory.Dates,
        Severity.Error,
        "A weekday written next to a date must be the day that date falls on. A mismatch means the weekday or the date is "
        + "wrong, and readers cannot tell which. A date without a year is checked against the years the document's date "
        + "makes plausible (the last such day before it and the next one after it); it is flagged only when neither fits.",
        "Look up the date and correct the weekday or the date.",
        RuleHelp.For("weekday-mismatch"));

    /// <inheritdoc />
    public override RuleDescriptor Descriptor => Rule;

    /// <inheritdoc />
    public override void Check(RuleContext context)
    {
        foreach (var expression in context.State.Dates.Expressions)
        {
            foreach (var weekday in expression.PartsOf<WeekdayPart>())
            {
                var calendar = expression.PartsOf<CalendarDatePart>()
                    .OrderBy(p => Math.Min(Math.Abs(p.Range.Start - weekday.Range.End), Math.Abs(weekday.Range.Start - p.Range.End)))
                    .FirstOrDefault();
                if (calendar is null)
                {
                    continue;
                }

                var plausible = calendar.PlausibleDates(context.ReferenceDate, weekday.Modifier);
                if (plausible.Count == 0 || plausible.Any(d => d.DayOfWeek == weekday.Day))
                {
                    continue;
                }

                var date = calendar.Date ?? plausible[0];
                context.Report(
                    weekday.Range.Union(calendar.Range),
                    context.Article.GetText(weekday.Range.Union(calendar.Range)),
                    date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
                    date.DayOfWeek,
                    weekday.Day);
            }
        }
    }
}
