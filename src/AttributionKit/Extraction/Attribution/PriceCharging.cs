using System.Collections.Frozen;
using AttributionKit.Text;

namespace AttributionKit.Extraction.Attribution;

/// <summary>
/// A form of "charge" asking a price (<c>the club charged a $900 joining fee</c>, <c>the firm charges its clients
/// rent</c>, <c>customers were charged fees</c>) rather than accusing someone (<c>prosecutors charged Holt with
/// fraud</c>, <c>Vale charged that the vote was rigged</c>): a sum or a noun of price (price-words.txt) follows in the
/// same clause before any "with" or "that". Such a charge reports nothing.
/// </summary>
internal static class PriceCharging
{
    // How many words after the verb the sum or price may stand ("charged the campaign approximately $3.7 million").
    private const int MaxWordsToPrice = 6;

    private static readonly FrozenSet<string> PriceWords = Lexicon.Lines("Lexicons/price-words.txt").ToFrozenSet(StringComparer.Ordinal);

    /// <summary>Whether word <paramref name="k"/> of <paramref name="words"/> is "charge" asking a price.</summary>
    public static bool Applies(string text, List<WordToken> words, int k)
    {
        if (words[k].Lower is not ("charge" or "charges" or "charged" or "charging") || words[k].InQuote)
        {
            return false;
        }

        for (var j = k + 1; j < words.Count && j <= k + MaxWordsToPrice; j++)
        {
            var word = words[j];
            var money = word.Text.StartsWith('$') || CueFinder.IsCurrencySign(text, words[j - 1].End, word.Start);
            if (word.InQuote || CueFinder.HasPunctuation(text, words[j - 1].End, word.Start) || word.Lower is "with" or "that")
            {
                return false;
            }

            if (money || PriceWords.Contains(word.Lower))
            {
                return true;
            }
        }

        return false;
    }
}
