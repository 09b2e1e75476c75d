using System.Collections.Frozen;
using AttributionKit.Text;

namespace AttributionKit.Extraction.Dates;

/// <summary>
/// Tells which texts around triggers the recognizer need not read: those whose only triggers are words that make no
/// date by themselves ("years", "weeks", "later": <c>Lexicons/Dates/Inert/{language}-units.txt</c>) and that hold
/// nothing the recognizer could join to them to make one (no digit, no number word, "few", "a", "the", "past", "next"...:
/// <c>Lexicons/Dates/Inert/{language}-quantifiers.txt</c>, taken from the recognizer's own expressions). "For years",
/// "weeks of uncertainty", "Trump later said" hold no date; about one recognizer call in eight on news text finds nothing,
/// and these are among the commonest. Only languages with both lists are filtered (English); for any other every text is
/// read. Thread-safe; the lists are read once per process.
/// </summary>
internal static class InertWindowFilter
{
    private static readonly FrozenDictionary<string, (FrozenSet<string> Units, FrozenSet<string> Quantifiers)> Lists =
        new Dictionary<string, (FrozenSet<string>, FrozenSet<string>)>(StringComparer.Ordinal)
        {
            ["en"] = (Load("en-units"), Load("en-quantifiers")),
        }.ToFrozenDictionary(StringComparer.Ordinal);

    /// <summary>
    /// Whether the recognizer can find no date, time, duration or frequency in <paramref name="text"/>: every trigger in
    /// it is one of the language's inert units and no digit or quantifier stands anywhere in it.
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
            if (char.IsDigit(c))
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

            if (wordStart >= 0 && lists.Quantifiers.Contains(text[wordStart..i].ToString()))
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
