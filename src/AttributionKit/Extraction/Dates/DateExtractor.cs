using System.Collections.Immutable;
using AttributionKit.Model;
using AttributionKit.Segmentation;
using Microsoft.Recognizers.Text;
using Microsoft.Recognizers.Text.DateTime;

namespace AttributionKit.Extraction.Dates;

/// <summary>
/// Finds date and time expressions with Microsoft.Recognizers.Text, corrects what it gets wrong (see
/// <see cref="SentenceDateReader"/>) and resolves them against the reference date. The recognizer reads only the words
/// around date-like triggers (<see cref="DateSentenceFilter"/>), and not at all where they hold nothing but plain
/// explicit dates (<see cref="ExplicitDateReader"/>) or nothing it could make a date of (<see cref="InertWindowFilter"/>). Thread-safe; the recognizer's
/// models are built once per process (<see cref="DateRecognizerModels"/>).
/// </summary>
internal static class DateExtractor
{
    // The recognizer needs some reference; without the document's own date what it resolves from this one is dropped.
    private static readonly DateTime PlaceholderReference = new(2000, 1, 3, 0, 0, 0, DateTimeKind.Unspecified);

    /// <summary>Extracts the article's date expressions.</summary>
    public static DateExtraction Extract(SegmentedArticle article, DateOnly? referenceDate)
    {
        var culture = DateRecognizerModels.CultureFor(article.Article.Metadata.Language);
        var words = DateTriggerWords.For(culture);
        var reference = referenceDate?.ToDateTime(TimeOnly.MinValue) ?? PlaceholderReference;
        var mentions = ImmutableArray.CreateBuilder<DateMention>();
        var expressions = ImmutableArray.CreateBuilder<DateExpression>();
        DateTimeModel? model = null;
        var plain = new List<RecognizedDate>();
        for (var s = 0; s < article.Sentences.Length; s++)
        {
            var first = s;
            var sentence = article.Sentences[s];

            // The dateline dates the article; it is the reference, not a date in the text to check against it.
            if (article.Article.Blocks[sentence.BlockIndex].Kind == BlockKind.Dateline)
            {
                continue;
            }

            var range = sentence.Range;
            while (s + 1 < article.Sentences.Length && SplitsADate(article, range, article.Sentences[s + 1]))
            {
                s++;
                range = range.Union(article.Sentences[s].Range);
            }

            var text = article.Article.GetText(range);
            var triggers = DateSentenceFilter.FindTriggers(text, words);
            if (triggers.Count == 0)
            {
                continue;
            }

            var reader = new SentenceDateReader(article.Article, range, first, referenceDate, culture == Culture.English);
            foreach (var (windowStart, windowLength) in Windows(text, triggers))
            {
                var window = windowLength == text.Length ? text : text.Substring(windowStart, windowLength);
                var inWindow = triggers
                    .Where(t => t.Start >= windowStart && t.Start < windowStart + windowLength)
                    .Select(t => (Start: t.Start - windowStart, End: Math.Min(t.End - windowStart, windowLength)))
                    .ToList();

                // "for years", "weeks of talks", "Trump later said": nothing the recognizer could make a date of.
                if (InertWindowFilter.IsInert(window, inWindow, words.Language))
                {
                    continue;
                }

                plain.Clear();
                if (ExplicitDateReader.TryRead(window, range.Start + windowStart, words, inWindow.Select(t => t.Start), plain))
                {
                    plain.ForEach(reader.Read);
                    continue;
                }

                model ??= DateRecognizerModels.Get(culture);
                foreach (var result in model.Parse(window, reference).OrderBy(r => r.Start))
                {
                    if (ToRecognized(result, range.Start + windowStart, window) is { } recognized)
                    {
                        reader.Read(recognized);
                    }
                }
            }

            reader.Complete(mentions, expressions);
        }

        return new DateExtraction(mentions.ToImmutable(), expressions.ToImmutable());
    }

    /// <summary>
    /// The parts of a sentence the recognizer reads: the text around each trigger (<see cref="DateSentenceFilter"/>),
    /// widened to whole words and merged where they meet, or the whole sentence when they cover most of it. The
    /// recognizer's time grows with the text it reads, and in a long sentence the date is a few words of it.
    /// </summary>
    private static List<(int Start, int Length)> Windows(string sentence, List<(int Start, int End)> triggers)
    {
        var windows = new List<(int Start, int Length)>();
        var covered = 0;
        var previousEnd = 0;
        foreach (var trigger in triggers)
        {
            var start = Math.Max(0, trigger.Start - WindowRadius);
            var end = Math.Min(sentence.Length, trigger.End + WindowRadius);
            while (start > 0 && !char.IsWhiteSpace(sentence[start - 1]))
            {
                start--;
            }

            while (end < sentence.Length && !char.IsWhiteSpace(sentence[end]))
            {
                end++;
            }

            if (windows.Count > 0 && start <= windows[^1].Start + windows[^1].Length)
            {
                var last = windows[^1];
                covered -= last.Length;
                if (end - last.Start <= MaxWindowLength)
                {
                    windows[^1] = (last.Start, Math.Max(last.Start + last.Length, end) - last.Start);
                }
                else
                {
                    // A run of dates with no sentence end ("Mon 5 May, Tue 6 May, …" in a schedule) would merge into
                    // one window the recognizer needs seconds for: its time grows faster than the text it reads. Cut
                    // between the previous trigger and this one instead, where neither loses a word.
                    var cut = CutBetween(sentence, previousEnd, trigger.Start);
                    windows[^1] = (last.Start, cut - last.Start);
                    covered += cut - last.Start;
                    windows.Add((cut, end - cut));
                }

                covered += windows[^1].Length;
            }
            else
            {
                windows.Add((start, end - start));
                covered += end - start;
            }

            previousEnd = trigger.End;
        }

        return windows.Count == 0 || (covered * 4 >= sentence.Length * 3 && sentence.Length <= MaxWindowLength) ? [(0, sentence.Length)] : windows;
    }

    // The white space nearest the middle of the gap between two triggers, or the second trigger's start.
    private static int CutBetween(string sentence, int previousEnd, int nextStart)
    {
        var middle = previousEnd + ((nextStart - previousEnd) / 2);
        for (var d = 0; middle - d > previousEnd || middle + d < nextStart; d++)
        {
            if (middle + d < nextStart && char.IsWhiteSpace(sentence[middle + d]))
            {
                return middle + d;
            }

            if (middle - d > previousEnd && char.IsWhiteSpace(sentence[middle - d]))
            {
                return middle - d;
            }
        }

        return nextStart;
    }

    // How many characters around a trigger the recognizer reads: enough for the words that make a date of it ("in
    // the past two decades", "il y a trois semaines", "10:00 a.m. Eastern Time"); longer dates ("today, May 19,
    // 2025, at 10:00") chain several triggers. The recognizer's time grows with every character it reads.
    private const int WindowRadius = 24;

    // The most the recognizer reads at once. The longest window on the 455 pages of the htmldate and trafilatura sets
    // and the PolNeAR articles is 423 characters; 20 dates in 1,200 characters take it about ten seconds.
    private const int MaxWindowLength = 512;

    // "am 12. Februar": the segmenter ends a sentence at the ordinal's full stop before a capitalised month name.
    private static bool SplitsADate(SegmentedArticle article, TextRange sentence, Sentence next)
    {
        var text = article.Text;
        if (next.BlockIndex != article.Sentences[article.FindSentenceIndex(sentence.Start)].BlockIndex || sentence.Length < 2
            || text[sentence.End - 1] != '.' || !char.IsDigit(text[sentence.End - 2])
            || (sentence.Length >= 4 && char.IsDigit(text[sentence.End - 4]) && char.IsDigit(text[sentence.End - 3])))
        {
            return false;
        }

        var wordEnd = next.Range.Start;
        while (wordEnd < next.Range.End && char.IsLetter(text[wordEnd]))
        {
            wordEnd++;
        }

        return DateLexicons.MonthOf(text[next.Range.Start..wordEnd]) > 0;
    }

    private static RecognizedDate? ToRecognized(ModelResult result, int sentenceStart, string sentence)
    {
        var values = new List<IReadOnlyDictionary<string, string>>();
        if (result.Resolution is { } resolution && resolution.TryGetValue("values", out var raw) && raw is System.Collections.IEnumerable list)
        {
            foreach (var item in list)
            {
                if (item is IDictionary<string, string> value)
                {
                    values.Add(value.ToDictionary(StringComparer.Ordinal));
                }
            }
        }

        if (values.Count == 0 || !values[0].TryGetValue("timex", out var timex) || string.IsNullOrEmpty(timex))
        {
            return null;
        }

        // The recognizer's offsets are inclusive; check them against the sentence and look for the text when they drift.
        var start = result.Start;
        var length = result.End - result.Start + 1;
        if (start < 0 || start + length > sentence.Length
            || !sentence.AsSpan(start, length).Equals(result.Text, StringComparison.OrdinalIgnoreCase))
        {
            start = sentence.IndexOf(result.Text, Math.Max(0, Math.Min(start, sentence.Length) - 8), StringComparison.OrdinalIgnoreCase);
            length = result.Text.Length;
            if (start < 0)
            {
                return null;
            }
        }

        return new RecognizedDate(new TextRange(sentenceStart + start, sentenceStart + start + length), result.TypeName, timex, values);
    }
}
