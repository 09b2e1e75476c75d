using System.Collections.Immutable;
using System.Globalization;
using System.Text.RegularExpressions;
using AttributionKit.Model;

namespace AttributionKit.Extraction.Dates;

/// <summary>
/// Reads the recognizer's matches in one sentence into date mentions and checkable date parts, correcting the
/// recognizer where it is wrong for news text:
/// <list type="bullet">
/// <item>the modal verb and the surname read as the month ("may force them", "Theresa May said") are dropped;</item>
/// <item>"today, May 19, 2025", which it merges into the explicit date, is split into the relative day and the date
/// (and the time of day), each reported and kept for the rules;</item>
/// <item>a weekday it keeps silently ("Tuesday, May 19, 2025") is kept as a part to check;</item>
/// <item>a relative day it drops from a date ("Yesterday, Oct. 3") is found again next to the date;</item>
/// <item>words it takes in that are not the date ("by the May 16 talks", "within 12 hours") are left out.</item>
/// </list>
/// One reader per sentence; not shared.
/// </summary>
internal sealed partial class SentenceDateReader
{
    // How far before a date to look for a word that puts it in the future ("will meet on March 18") or the past.
    private const int TenseCueWindow = 6;

    private readonly Article _article;
    private readonly string _text;
    private readonly TextRange _sentence;
    private readonly int _sentenceIndex;
    private readonly DateOnly? _reference;
    private readonly bool _english;
    private readonly List<DateMention> _mentions = [];

    // The ranges of _mentions, so that a sentence holding hundreds of dates (a schedule) is not searched for each one.
    private readonly HashSet<TextRange> _mentionRanges = [];
    private readonly List<DatePart> _parts = [];

    public SentenceDateReader(Article article, TextRange sentence, int sentenceIndex, DateOnly? reference, bool english)
    {
        _article = article;
        _text = article.Text;
        _sentence = sentence;
        _sentenceIndex = sentenceIndex;
        _reference = reference;
        _english = english;
    }

    /// <summary>Reads one recognizer match.</summary>
    public void Read(RecognizedDate match)
    {
        var timex = match.Timex;

        // "now", "recently", "in the future": no date to report or check.
        if (timex.Contains("_REF", StringComparison.Ordinal))
        {
            return;
        }

        var core = match.Range;
        var original = Slice(core);
        var leading = DateLexicons.LeadingWords.Match(original);
        if (leading.Success && leading.Length < original.Length && !DateLexicons.LeadingRelativeDay.IsMatch(original))
        {
            core = new TextRange(core.Start + leading.Length, core.End);
        }

        if (ReadAfterTally(core))
        {
            return;
        }

        var type = TimexResolver.TypeOf(match.TypeName);
        if (DateLexicons.DurationLeadingWords.IsMatch(original) && timex.StartsWith('(') && timex.EndsWith(')'))
        {
            // "within 12 hours" is a length of time; the recognizer makes it a range from the reference date.
            var duration = timex[(timex.LastIndexOf(',') + 1)..^1];
            AddMention(core, DateMentionType.Duration, duration, false, null, null);
            return;
        }

        var coreText = Slice(core);
        if (_english && IsFalseMonth(match.Range, core, coreText, leading.Success && leading.Length < original.Length))
        {
            return;
        }

        // "Daily Mail", "Weekly Standard", "Weekly News": a capitalised frequency word starting a name.
        if (type == DateMentionType.Set && coreText.All(char.IsLetter) && char.IsUpper(coreText[0]) && NextWord(core.End) is { Length: > 0 } following && char.IsUpper(following[0]))
        {
            return;
        }

        var future = IsFuture(core);

        // "since March 3", "by the May 16 talks": a bound, not a day that a relative word next to it could name.
        var bounded = match.Values[0].ContainsKey("Mod");
        var rel = DateLexicons.LeadingRelativeDay.Match(coreText);
        if (!rel.Success)
        {
            rel = DateLexicons.TrailingRelativeDay.Match(coreText);
        }

        var weekday = DateLexicons.Weekday.Match(coreText);
        var calendar = DateLexicons.CalendarDate.Match(coreText);
        var weekdayOutsideRel = weekday.Success && (!rel.Success || weekday.Index >= rel.Index + rel.Length || weekday.Index + weekday.Length <= rel.Index);
        if (rel.Success && !bounded && (calendar.Success || weekdayOutsideRel) && type is not (DateMentionType.Duration or DateMentionType.Set))
        {
            ReadMerged(match, core, rel, weekdayOutsideRel ? weekday : Match.Empty, calendar, future);
            return;
        }

        var weekdayPart = weekday.Success ? ToWeekdayPart(core.Start, weekday) : null;
        ResolvedValue value;
        if (weekdayPart is { Modifier: not WeekdayModifier.None } && !calendar.Success && timex.Length >= 10 && !timex.Contains('T', StringComparison.Ordinal) && _reference is { } r)
        {
            // "last Thursday": the last Thursday before the document's date, where the recognizer takes the week before's.
            var day = DateResolver.Weekday(weekdayPart.Day, weekdayPart.Modifier, r, future);
            value = new ResolvedValue(DateMentionType.Date, Iso(day), day, day);
        }
        else
        {
            // Only a year-less day ("XXXX-02-20") has a past and a coming reading to choose between.
            var past = !future && timex.Contains("XXXX", StringComparison.Ordinal) && IsPast(core);
            value = TimexResolver.Resolve(match.TypeName, timex, match.Values, _reference, future, past, weekdayPart?.Day);
        }

        var isRelative = IsRelative(value.Type, timex, coreText);
        if (isRelative && _reference is null)
        {
            value = value with { Value = null, Start = null, End = null };
        }

        AddMention(core, value.Type, value.Value, isRelative, value.Start, value.End);

        if (bounded)
        {
            return;
        }

        if (rel.Success)
        {
            AddRelativePart(core.Start + rel.Index, rel);
        }

        if (weekdayPart is not null)
        {
            _parts.Add(weekdayPart);
        }

        if (calendar.Success && value.Type is DateMentionType.Date or DateMentionType.DateTime && value.Start == value.End)
        {
            AddCalendarPart(core.Start, calendar, timex, future, weekdayPart?.Day);
        }
    }

    // "The council voted 7–2 on Wednesday", "the court ruled 6-3 on Friday": the recognizer reads the tally as the hours
    // 7 to 2 and gives a time range with no value. With no word of time before it ("from 9-5 on Saturday", "open 9-5"),
    // it is a tally: only the day after it is a date. Returns whether the match was such a tally.
    private bool ReadAfterTally(TextRange core)
    {
        var tally = DateLexicons.LeadingTally.Match(Slice(core));
        if (!tally.Success || (PreviousWord(core.Start) is { } before && DateLexicons.TimeRangeOpeners.Contains(before)))
        {
            return false;
        }

        var rest = new TextRange(core.Start + tally.Length, core.End);
        var weekday = DateLexicons.Weekday.Match(Slice(rest));
        if (weekday.Success && weekday.Index == 0 && weekday.Length == rest.Length)
        {
            var part = ToWeekdayPart(rest.Start, weekday);
            DateOnly? day = _reference is { } r ? DateResolver.Weekday(part.Day, part.Modifier, r, IsFuture(rest)) : null;
            AddMention(rest, DateMentionType.Date, day is { } d ? Iso(d) : null, true, day, day);
            _parts.Add(part);
        }

        return true;
    }

    /// <summary>Finishes the sentence: finds relative days the recognizer dropped, groups the parts, hands everything over.</summary>
    public void Complete(ImmutableArray<DateMention>.Builder mentions, ImmutableArray<DateExpression>.Builder expressions)
    {
        RecoverDroppedRelativeDays();
        mentions.AddRange(_mentions.OrderBy(m => m.Range.Start).ThenBy(m => m.Range.End));

        var parts = _parts.OrderBy(p => p.Range.Start).ThenBy(p => p.Range.End).ToList();
        var group = new List<DatePart>();
        foreach (var part in parts)
        {
            if (group.Count > 0 && !StandTogether(group[^1], part))
            {
                expressions.Add(new DateExpression(_sentenceIndex, [.. group]));
                group.Clear();
            }

            group.Add(part);
        }

        if (group.Count > 0)
        {
            expressions.Add(new DateExpression(_sentenceIndex, [.. group]));
        }
    }

    // "today, May 19, 2025, at 10:00 AM" → "today" (relative), "May 19, 2025" (the date), "10:00 AM" (the time).
    private void ReadMerged(RecognizedDate match, TextRange core, Match rel, Match weekday, Match calendar, bool future)
    {
        var relRange = new TextRange(core.Start + rel.Index, core.Start + rel.Index + rel.Length);
        var relPart = AddRelativePart(relRange.Start, rel);
        AddMention(relRange, DateMentionType.Date, relPart.Date is { } rd ? Iso(rd) : null, true, relPart.Date, relPart.Date);

        var rest = relRange.Start == core.Start ? new TextRange(relRange.End, core.End) : new TextRange(core.Start, relRange.Start);
        rest = Trim(rest);
        if (rest.IsEmpty)
        {
            return;
        }

        var clock = DateLexicons.TrailingTime.Match(Slice(rest));
        var timePart = match.Timex.Contains('T', StringComparison.Ordinal) ? TimexResolver.ClockTime(match.Timex[match.Timex.IndexOf('T', StringComparison.Ordinal)..]) : null;
        if (clock.Success && clock.Index > 0 && timePart is not null)
        {
            var timeGroup = clock.Groups["time"];
            AddMention(new TextRange(rest.Start + timeGroup.Index, rest.Start + timeGroup.Index + timeGroup.Length), DateMentionType.Time, timePart, false, null, null);
            rest = Trim(new TextRange(rest.Start, rest.Start + clock.Index));
        }

        WeekdayPart? weekdayPart = null;
        if (weekday.Success)
        {
            weekdayPart = ToWeekdayPart(core.Start, weekday);
            _parts.Add(weekdayPart);
        }

        CalendarDatePart? calendarPart = calendar.Success ? AddCalendarPart(core.Start, calendar, match.Timex, future || relPart.OffsetDays > 0, weekdayPart?.Day, relPart.Date) : null;
        if (calendarPart is not null)
        {
            var d = calendarPart.Date;
            AddMention(rest, DateMentionType.Date, d is { } v ? Iso(v) : null, false, d, d);
        }
        else if (weekdayPart is not null && _reference is { } r)
        {
            var d = DateResolver.Weekday(weekdayPart.Day, weekdayPart.Modifier, r, future);
            AddMention(rest, DateMentionType.Date, Iso(d), true, d, d);
        }
    }

    private RelativeDayPart AddRelativePart(int start, Match rel)
    {
        var text = rel.Groups["rel"].Value;
        var relStart = start + rel.Groups["rel"].Index - rel.Index;
        var offset = DateLexicons.RelativeDays.TryGetValue(DateLexicons.Normalize(text), out var o) ? o : 0;
        var part = new RelativeDayPart(new TextRange(relStart, relStart + text.Length), text, offset, _reference?.AddDays(offset));
        _parts.Add(part);
        return part;
    }

    private CalendarDatePart? AddCalendarPart(int coreStart, Match calendar, string timex, bool future, DayOfWeek? weekday, DateOnly? anchor = null)
    {
        int month, day;
        int? year;
        var fromTimex = TimexDay().Match(timex);
        if (fromTimex.Success)
        {
            month = int.Parse(fromTimex.Groups["m"].Value, CultureInfo.InvariantCulture);
            day = int.Parse(fromTimex.Groups["d"].Value, CultureInfo.InvariantCulture);
            year = fromTimex.Groups["y"].Value == "XXXX" ? null : int.Parse(fromTimex.Groups["y"].Value, CultureInfo.InvariantCulture);
        }
        else if (!ParseCalendar(calendar, out month, out day, out year))
        {
            return null;
        }

        if (!calendar.Groups["y"].Success && !calendar.Groups["iy"].Success && !calendar.Groups["ny"].Success)
        {
            // The text gives no year (the recognizer may have supplied one from the reference date).
            year = null;
        }

        var range = new TextRange(coreStart + calendar.Index, coreStart + calendar.Index + calendar.Length);
        DateOnly? date;
        if (year is { } y)
        {
            date = DateResolver.TryDate(y, month, day);
        }
        else if (anchor is { } a)
        {
            // Next to "yesterday" or "tomorrow", a year-less date takes the year nearest the day they name.
            date = new[] { a.Year - 1, a.Year, a.Year + 1 }
                .Select(candidate => DateResolver.TryDate(candidate, month, day))
                .OfType<DateOnly>()
                .OrderBy(d => Math.Abs(d.DayNumber - a.DayNumber))
                .Cast<DateOnly?>()
                .FirstOrDefault();
        }
        else
        {
            date = TimexResolver.DayOf($"XXXX-{month:00}-{day:00}", _reference, future, !future && IsPast(range), weekday);
        }

        var part = new CalendarDatePart(range, Slice(range), month, day, year, date);
        _parts.Add(part);
        return part;
    }

    private static bool ParseCalendar(Match calendar, out int month, out int day, out int? year)
    {
        year = calendar.Groups["y"].Success ? int.Parse(calendar.Groups["y"].Value, CultureInfo.InvariantCulture) : null;
        if (calendar.Groups["iy"].Success)
        {
            year = int.Parse(calendar.Groups["iy"].Value, CultureInfo.InvariantCulture);
            month = int.Parse(calendar.Groups["im"].Value, CultureInfo.InvariantCulture);
            day = int.Parse(calendar.Groups["id"].Value, CultureInfo.InvariantCulture);
            return true;
        }

        if (calendar.Groups["ny"].Success)
        {
            // "10/03/2025" is month first in the United States and day first elsewhere: only the recognizer's reading, which knows the culture, is used.
            month = day = 0;
            return false;
        }

        var monthWord = calendar.Groups["mon1"].Success ? calendar.Groups["mon1"].Value : calendar.Groups["mon2"].Value;
        var dayText = calendar.Groups["d1"].Success ? calendar.Groups["d1"].Value : calendar.Groups["d2"].Value;
        month = DateLexicons.MonthOf(monthWord);
        day = int.TryParse(new string([.. dayText.TakeWhile(char.IsDigit)]), NumberStyles.None, CultureInfo.InvariantCulture, out var d) ? d : 0;
        return month > 0 && day > 0;
    }

    private WeekdayPart ToWeekdayPart(int coreStart, Match weekday)
    {
        var name = weekday.Groups["wd"].Value;
        var day = DateLexicons.Weekdays.TryGetValue(name, out var d) ? d : DateLexicons.Weekdays[name.TrimEnd('.')];
        var modifierWord = weekday.Groups["pre"].Success ? weekday.Groups["pre"].Value : weekday.Groups["post"].Success ? weekday.Groups["post"].Value : null;
        var modifier = WeekdayModifier.None;
        if (modifierWord is not null)
        {
            modifier = DateLexicons.WeekdayModifiers.GetValueOrDefault(DateLexicons.Normalize(modifierWord));
        }

        var range = new TextRange(coreStart + weekday.Index, coreStart + weekday.Index + weekday.Length);
        return new WeekdayPart(range, Slice(range), day, modifier);
    }

    // "Yesterday, Oct. 3": when the recognizer leaves the relative day out of the date, find it again next to it.
    private void RecoverDroppedRelativeDays()
    {
        foreach (var calendar in _parts.OfType<CalendarDatePart>().ToList())
        {
            if (_parts.OfType<RelativeDayPart>().Any(r => StandTogether(r, calendar) || StandTogether(calendar, r)))
            {
                continue;
            }

            var beforeStart = Math.Max(_sentence.Start, calendar.Range.Start - 40);
            var before = DateLexicons.RelativeDayBefore.Match(_text, beforeStart, calendar.Range.Start - beforeStart);
            var afterEnd = Math.Min(_sentence.End, calendar.Range.End + 40);
            var after = DateLexicons.RelativeDayAfter.Match(_text[calendar.Range.End..afterEnd]);
            if (before.Success)
            {
                Recover(before.Groups["rel"].Index, before.Groups["rel"].Value);
            }
            else if (after.Success)
            {
                Recover(calendar.Range.End + after.Groups["rel"].Index, after.Groups["rel"].Value);
            }
        }
    }

    private void Recover(int start, string text)
    {
        var range = new TextRange(start, start + text.Length);
        if (_parts.OfType<RelativeDayPart>().Any(p => p.Range.Overlaps(range)))
        {
            return;
        }

        var offset = DateLexicons.RelativeDays.TryGetValue(DateLexicons.Normalize(text), out var o) ? o : 0;
        var part = new RelativeDayPart(range, text, offset, _reference?.AddDays(offset));
        _parts.Add(part);
        if (!_mentions.Any(m => m.Range.Overlaps(range)))
        {
            AddMention(range, DateMentionType.Date, part.Date is { } d ? Iso(d) : null, true, part.Date, part.Date);
        }
    }

    private bool StandTogether(DatePart first, DatePart second)
    {
        if (second.Range.Start <= first.Range.End)
        {
            return true;
        }

        var gap = second.Range.Start - first.Range.End;
        return gap <= 24 && DateLexicons.Apposition.IsMatch(_text.AsSpan(first.Range.End, gap).ToString());
    }

    /// <summary>
    /// Whether a bare month the English recognizer found is not the month: the modal verb ("may force them", "Prices
    /// may rise"), a name ("Theresa May said", "August Wilson"), the verb "march".
    /// </summary>
    private bool IsFalseMonth(TextRange match, TextRange core, string coreText, bool hadLeadingWords)
    {
        var trimmed = coreText.Trim();
        var month = DateLexicons.MonthOf(trimmed);
        var bare = month > 0 && trimmed.All(c => char.IsLetter(c) || c == '.');
        if (!bare)
        {
            // "may" merged into a longer match ("no one may solicit" → "one may"): lower case "may" is the verb unless a day follows.
            return ModalMay().IsMatch(trimmed);
        }

        if (char.IsLower(trimmed[0]))
        {
            return true;
        }

        var previous = PreviousWord(match.Start);
        var next = NextWord(core.End);
        var context = hadLeadingWords || (previous is not null && DateLexicons.MonthContextWords.Contains(previous));
        if (context)
        {
            return false;
        }

        if (month == 5)
        {
            // "May" with nothing that makes it the month is the verb at a sentence start or a surname.
            return true;
        }

        return (next is { Length: > 0 } && char.IsUpper(next[0])) || (previous is { Length: > 0 } && char.IsUpper(previous[0]));
    }

    private string? PreviousWord(int position)
    {
        var end = position;
        while (end > _sentence.Start && !char.IsLetterOrDigit(_text[end - 1]))
        {
            end--;
        }

        var start = end;
        while (start > _sentence.Start && char.IsLetter(_text[start - 1]))
        {
            start--;
        }

        return end > start ? _text[start..end] : null;
    }

    private string? NextWord(int position)
    {
        var start = position;
        while (start < _sentence.End && char.IsWhiteSpace(_text[start]))
        {
            start++;
        }

        var end = start;
        while (end < _sentence.End && char.IsLetterOrDigit(_text[end]))
        {
            end++;
        }

        return end > start ? _text[start..end] : null;
    }

    // A future cue in the expression itself or in the few words before it: "will meet on March 18", "next Monday".
    private bool IsFuture(TextRange core) =>
        DateLexicons.FutureCue.IsMatch(Slice(core)) || DateLexicons.FutureCue.IsMatch(WordsBefore(core));

    // "talks broke down on February 20": a year-less date that the words before it put in the past.
    private bool IsPast(TextRange core) => DateLexicons.PastCue.IsMatch(WordsBefore(core));

    // The few words before a date, in its sentence, where a tense cue is looked for.
    private ReadOnlySpan<char> WordsBefore(TextRange core)
    {
        var start = core.Start;
        var words = 0;
        while (start > _sentence.Start && words <= TenseCueWindow)
        {
            start--;
            if (char.IsWhiteSpace(_text[start]))
            {
                words++;
            }
        }

        return _text.AsSpan(start, core.Start - start);
    }

    // Relative: resolved from the reference date, with no year written (a year-less date is explicit, not relative).
    private static bool IsRelative(DateMentionType type, string timex, string text)
    {
        if (type is DateMentionType.Duration or DateMentionType.Set or DateMentionType.Time)
        {
            return false;
        }

        if (timex.StartsWith("XXXX-WXX", StringComparison.Ordinal))
        {
            return true;
        }

        return !timex.Contains("XXXX", StringComparison.Ordinal) && !WrittenYear().IsMatch(text);
    }

    private TextRange Trim(TextRange range)
    {
        static bool IsSeparator(char c) => char.IsWhiteSpace(c) || c is ',' or ';' or ':' or '(' or ')' or '[' or ']' or '—' or '–' or '-';
        var (s, e) = (range.Start, range.End);
        while (s < e && IsSeparator(_text[s]))
        {
            s++;
        }

        while (e > s && IsSeparator(_text[e - 1]))
        {
            e--;
        }

        return new TextRange(s, e);
    }

    private void AddMention(TextRange range, DateMentionType type, string? value, bool isRelative, DateOnly? start, DateOnly? end)
    {
        if (range.IsEmpty || !_mentionRanges.Add(range))
        {
            return;
        }

        _mentions.Add(new DateMention(Slice(range), range, _article.GetSourceSpan(range), type, value, isRelative, start, end));
    }

    private string Slice(TextRange range) => _text.Substring(range.Start, range.Length);

    private static string Iso(DateOnly d) => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    [GeneratedRegex(@"(?<!\p{L})may(?!\p{L})(?!\s*\d)", RegexOptions.CultureInvariant)]
    private static partial Regex ModalMay();

    // The day a timex names ("2025-05-19", "XXXX-05-19"), not one inside a range or duration. This and WrittenYear are
    // generated rather than passed to the static Regex methods, whose small shared cache the recognizer keeps full.
    [GeneratedRegex(@"(?<![\d(,])(?<y>\d{4}|XXXX)-(?<m>\d{2})-(?<d>\d{2})", RegexOptions.CultureInvariant)]
    private static partial Regex TimexDay();

    // A year written in the text: "2025", "'25", "’25".
    [GeneratedRegex(@"\d{4}|'\d{2}\b|’\d{2}\b", RegexOptions.CultureInvariant)]
    private static partial Regex WrittenYear();
}
