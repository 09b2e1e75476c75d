using System.Collections.Concurrent;
using System.Text.RegularExpressions;
using Microsoft.Recognizers.Text;
using Microsoft.Recognizers.Text.DateTime;

namespace AttributionKit.Extraction.Dates;

/// <summary>
/// The recognizer's date-time model per culture. Building one takes a few hundred milliseconds (hundreds of regular
/// expressions), so each is built once per process, on first use, and shared: parsing with a built model keeps no
/// state, so one model serves every thread.
/// </summary>
internal static class DateRecognizerModels
{
    private static readonly ConcurrentDictionary<string, Lazy<DateTimeModel>> Models = new(StringComparer.Ordinal);

    /// <summary>
    /// How many parsed expressions the framework's cache for the static <see cref="Regex"/> methods keeps, at least.
    /// The recognizer matches many of its expressions right to left through them (<c>RegExpUtility.MatchEnd</c> builds
    /// <c>Regex.Match(text, regex.ToString(), RegexOptions.RightToLeft | …)</c>): 67 different ones on the 455 pages
    /// of the htmldate and trafilatura sets, against the 15 the framework keeps by default. So nearly every such call
    /// parsed its expression again, and with two threads the cache's lock was contended (about 1.5 % of a whole
    /// check's processor time on the trafilatura pages). The cache is the process's; it is only ever enlarged here,
    /// never shrunk, and each entry costs some kilobytes.
    /// </summary>
    internal const int MinimumRegexCacheSize = 256;

    /// <summary>
    /// The shared model of a recognizer culture (<see cref="Culture.English"/>...), built on first use. The recognizer's
    /// result caches are bounded first (<see cref="RecognizerResultCaches"/>).
    /// </summary>
    public static DateTimeModel Get(string culture)
    {
        RecognizerResultCaches.EnsureBounded();
        return Models.GetOrAdd(culture, static c => new Lazy<DateTimeModel>(() => Build(c), LazyThreadSafetyMode.ExecutionAndPublication)).Value;
    }

    /// <summary>
    /// Builds a new model, unshared (for benchmarks that measure the cold start), with the match timeout taken off
    /// its expressions (see <see cref="RecognizerRegexTimeouts"/>).
    /// </summary>
    public static DateTimeModel Build(string culture)
    {
        if (Regex.CacheSize < MinimumRegexCacheSize)
        {
            Regex.CacheSize = MinimumRegexCacheSize;
        }

        var model = new DateTimeRecognizer(culture, DateTimeOptions.None, lazyInitialization: true).GetDateTimeModel(culture) as DateTimeModel
            ?? throw new InvalidOperationException($"The recognizer has no date-time model for {culture}.");
        RecognizerRegexTimeouts.Remove(model);
        return model;
    }

    /// <summary>
    /// The recognizer culture for a document language (a BCP 47 tag): German, French and Spanish have their own;
    /// anything else, or no language, is read as English.
    /// </summary>
    public static string CultureFor(string? language)
    {
        var primary = language?.Split('-', '_')[0].Trim().ToLowerInvariant();
        return primary switch
        {
            "de" => Culture.German,
            "fr" => Culture.French,
            "es" => Culture.Spanish,
            _ => Culture.English,
        };
    }
}
