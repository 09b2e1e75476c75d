using System.Globalization;
using AttributionKit.Extraction.Dates;

namespace AttributionKit.Checking.Rules;

/// <summary>
/// AK1001: a relative day and the date written next to it disagree ("today, May 19, 2025" in a document dated
/// 2025-10-06; "yesterday, Wednesday 12 February" in one dated Friday 14 February), or a relative weekday names a
/// different week than its date ("last Thursday, October 24" on 4 November).
/// </summary>
internal sealed class DateMismatchRule : ArticleRule
{
    internal static readonly RuleDescriptor Rule = new(
        "AK1001",
        "date-mismatch",
        "Relative date disagrees with the date next to it",
        "'{0}' is {1} by the document's date, but the text gives '{2}' ({3})",
        RuleCategory.Dates,
        Severity.Error,
        "A relative expression (today, yesterday, this morning, last Thursday) and an explicit date or weekday written next to it "
        + "must name the same day. When they do not, one of them is wrong: often a story was updated or republished and the "
        + "relative word kept, or the date was copied from an earlier version. Relative days are counted from the document's own date.",
        "Check which day is meant and correct the relative word or the date. If the document's date is wrong, correct its metadata.",
        RuleHelp.For("date-mismatch"));

    /// <inheritdoc />
    public override RuleDescriptor Descriptor => Rule;

    /// <inheritdoc />
    public override void Check(RuleContext context)
    {
        if (context.ReferenceDate is not { } reference)
        {
            return;
        }

        foreach (var expression in context.State.Dates.Expressions)
        {
            if (expression.Parts.Length < 2)
            {
                continue;
            }

            var reported = false;
            foreach (var relative in expression.PartsOf<RelativeDayPart>())
            {
                if (relative.Date is not { } day)
                {
                    continue;
                }

                var calendar = Nearest(expression.PartsOf<CalendarDatePart>(), relative);
                if (calendar is not null)
                {
                    if (!calendar.Names(day))
                    {
                        context.Report(relative.Range.Union(calendar.Range), relative.Text, Describe(day), calendar.Text, calendar.Date is { } d ? Describe(d) : $"{CultureInfo.InvariantCulture.DateTimeFormat.GetMonthName(calendar.Month)} {calendar.Day}");
                        reported = true;
                    }

                    continue;
                }

                // "today (Tuesday)": a bare weekday next to a relative day must be its weekday.
                var weekday = Nearest(expression.PartsOf<WeekdayPart>().Where(w => w.Modifier == WeekdayModifier.None), relative);
                if (weekday is not null && weekday.Day != day.DayOfWeek)
                {
                    context.Report(relative.Range.Union(weekday.Range), relative.Text, Describe(day), weekday.Text, "a " + weekday.Day);
                    reported = true;
                }
            }

            if (reported)
            {
                continue;
            }

            foreach (var weekday in expression.PartsOf<WeekdayPart>().Where(w => w.Modifier != WeekdayModifier.None))
            {
                var calendar = Nearest(expression.PartsOf<CalendarDatePart>(), weekday);
                if (calendar?.Date is not { } date || date.DayOfWeek != weekday.Day)
                {
                    // A weekday that is not the date's own weekday is weekday-mismatch's finding, not this rule's.
                    continue;
                }

                var readings = DateResolver.WeekdayReadings(weekday.Day, weekday.Modifier, reference);
                if (!readings.Any(calendar.Names))
                {
                    context.Report(weekday.Range.Union(calendar.Range), weekday.Text, Describe(readings[0]), calendar.Text, Describe(date));
                }
            }
        }
    }

    private static T? Nearest<T>(IEnumerable<T> parts, DatePart to)
        where T : DatePart =>
        parts.OrderBy(p => Math.Min(Math.Abs(p.Range.Start - to.Range.End), Math.Abs(to.Range.Start - p.Range.End))).FirstOrDefault();

    private static string Describe(DateOnly day) =>
        day.DayOfWeek + " " + day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
