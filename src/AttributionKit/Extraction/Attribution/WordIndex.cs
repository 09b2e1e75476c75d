namespace AttributionKit.Extraction.Attribution;

/// <summary>Finds words by offset in a passage's words, which stand in text order.</summary>
internal static class WordIndex
{
    /// <summary>
    /// The index of the first word that starts at or after <paramref name="offset"/>, or <c>words.Count</c> when none
    /// does. A binary search: a passage may hold thousands of quotes, and each asks for its place.
    /// </summary>
    public static int FirstAtOrAfter(List<WordToken> words, int offset)
    {
        var low = 0;
        var high = words.Count;
        while (low < high)
        {
            var middle = low + ((high - low) / 2);
            if (words[middle].Start < offset)
            {
                low = middle + 1;
            }
            else
            {
                high = middle;
            }
        }

        return low;
    }
}
