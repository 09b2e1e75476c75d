using System.Collections.Frozen;
using AttributionKit.Text;

namespace AttributionKit.Extraction.Dates;

/// <summary>
/// Tells which texts around triggers the recognizer need not read: those whose only triggers are words that make no
/// date by themselves ("years", "weeks", "later"; "Jahren", "Sommer"; "años": <c>Lexicons/Dates/Inert/{language}-units.txt</c>)
/// and that hold nothing the recognizer could join to them to make one, nor anything it reads as a date on its own (no
/// digit or other number character, no number word, "few", "a", "the", "past", "next", "vor", "letzten", "varios"...:
/// <c>Lexicons/Dates/Inert/{language}-quantifiers.txt</c>, taken from the recognizer's own expressions). "For years",
/// "weeks of uncertainty", "Trump later said", "seit Jahren", "im Sommer", "tras años de" hold no date; about one
/// recognizer call in eight on news text finds nothing, and these are among the commonest. Only languages with both
/// lists are filtered (English, German, Spanish); for any other (French, whose plural units are durations on their own
/// and whose "été" is read after any article) every text is read. Thread-safe; the lists are read once per process.
/// </summary>
internal static class InertWindowFilter
{
    private static readonly FrozenDictionary<string, (FrozenSet<string> Units, InertWordList Quantifiers)> Lists =
        new Dictionary<string, (FrozenSet<string>, InertWordList)>(StringComparer.Ordinal)
        {
            ["en"] = (Load("en-units"), InertWordList.Load("en-quantifiers")),
            ["de"] = (Load("de-units"), InertWordList.Load("de-quantifiers")),
            ["es"] = (Load("es-units"), InertWordList.Load("es-quantifiers")),
        }.ToFrozenDictionary(StringComparer.Ordinal);

    /// <summary>
    /// Whether the recognizer can find no date, time, duration or frequency in <paramref name="text"/>: every trigger in
    /// it is one of the language's inert units and no number character or quantifier stands anywhere in it.
    /// </summary>
    /// <param name="text">The text around one or more triggers, as the recognizer would read it.</param>
    /// <param name="triggers">Where the triggers stand in <paramref name="text"/> (start, end).</param>
    /// <param name="language">The language of the trigger words (<see cref="DateTriggerWords.Language"/>).</param>
    public static bool IsInert(ReadOnlySpan<char> text, IEnumerable<(int Start, int End)> triggers, string language)
    {
        if (!Lists.TryGetValue(language, out var lists))
        {
            return false;
        }

        var any = false;
        foreach (var (start, end) in triggers)
        {
            if (!lists.Units.Contains(text[start..end].ToString()))
            {
                return false;
            }

            any = true;
        }

        if (!any)
        {
            return false;
        }

        var wordStart = -1;
        for (var i = 0; i <= text.Length; i++)
        {
            var c = i < text.Length ? text[i] : ' ';
            // Any number, not only a digit: the recognizer reads "¼ Stunden" as a quarter of an hour.
            if (char.IsNumber(c))
            {
                return false;
            }

            if (char.IsLetter(c))
            {
                if (wordStart < 0)
                {
                    wordStart = i;
                }

                continue;
            }

            if (wordStart >= 0 && lists.Quantifiers.Matches(text[wordStart..i]))
            {
                return false;
            }

            wordStart = -1;
        }

        return true;
    }

    private static FrozenSet<string> Load(string name) =>
        Lexicon.Lines($"Lexicons/Dates/Inert/{name}.txt").ToFrozenSet(StringComparer.OrdinalIgnoreCase);
}
