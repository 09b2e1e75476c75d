using System.Collections.Concurrent;
using System.Collections.Frozen;
using AttributionKit.Text;

namespace AttributionKit.Extraction.Dates;

/// <summary>
/// The words of one language that can be, or be part of, a date or time expression (the files under
/// <c>Resources/Lexicons/Dates/Triggers/</c>), with month and weekday names. Each recognizer culture reads only
/// its own language's words: a German page's "hier" (here) or "Fall" (case) is no French "yesterday" or English
/// "autumn", and the German model could not read them as such anyway. Immutable; one instance per language.
/// </summary>
internal sealed class DateTriggerWords
{
    private static readonly ConcurrentDictionary<string, DateTriggerWords> ByLanguage = new(StringComparer.Ordinal);

    // Word → whether it counts only when written with a capital ("May" the month, not "may" the verb).
    private readonly FrozenDictionary<string, bool> _words;

    private DateTriggerWords(string language, FrozenDictionary<string, bool> words, int longest)
    {
        Language = language;
        _words = words;
        LongestWord = longest;
    }

    /// <summary>The language's primary subtag (<c>en</c>, <c>de</c>, <c>fr</c>, <c>es</c>).</summary>
    public string Language { get; }

    /// <summary>The length of the longest word; longer words cannot be one and need no lookup.</summary>
    public int LongestWord { get; }

    /// <summary>The trigger words of a recognizer culture (<c>en-us</c>, <c>de-de</c>...), read once per process.</summary>
    public static DateTriggerWords For(string culture) =>
        ByLanguage.GetOrAdd(culture.Split('-')[0], static language => Load(language));

    /// <summary>Whether a whole word is a trigger.</summary>
    public bool Contains(string word) =>
        _words.TryGetValue(word, out var capitalised) && (!capitalised || char.IsUpper(word[0]));

    private static DateTriggerWords Load(string language)
    {
        var words = new Dictionary<string, bool>(StringComparer.OrdinalIgnoreCase);
        foreach (var word in Lexicon.Lines($"Lexicons/Dates/Triggers/{language}.txt"))
        {
            words[word] = char.IsUpper(word[0]);
        }

        return new DateTriggerWords(language, words.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase), words.Keys.Max(w => w.Length));
    }
}
