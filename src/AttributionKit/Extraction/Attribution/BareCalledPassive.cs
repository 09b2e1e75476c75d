namespace AttributionKit.Extraction.Attribution;

/// <summary>
/// A passive "called" with nothing after it in its clause (<c>Holt spoke just after the race was called.</c>, <c>after
/// the harbour seat was called, Vale left</c>) tells of a race declared or someone summoned: with no name or word given,
/// nobody is called anything. Not in an "as" clause, where the name stands before it (<c>the Pier Act, as the bill is
/// called, …</c>).
/// </summary>
internal static class BareCalledPassive
{
    // How many words may stand between "as" and the form of "be" in a naming clause ("as the harbour bill is called").
    private const int MaxWordsAfterAs = 5;

    /// <summary>Whether word <paramref name="k"/> of <paramref name="words"/> is a bare passive "called".</summary>
    public static bool Applies(string text, List<WordToken> words, int k)
    {
        if (words[k].Lower != "called" || words[k].InQuote || k < 2)
        {
            return false;
        }

        var be = words[k - 1].Lower.EndsWith("ly", StringComparison.Ordinal) ? k - 2 : k - 1;
        if (be < 1 || !AttributionLexicon.FormsOfBe.Contains(words[be].Lower) || words[be].InQuote)
        {
            return false;
        }

        var after = text.AsSpan(words[k].End).TrimStart(' ');
        if (!after.IsEmpty && after[0] is not ('.' or ',' or ';' or '!' or '?' or ')' or '\n'))
        {
            return false;
        }

        for (var j = be - 1; j >= 0 && j >= be - 1 - MaxWordsAfterAs; j--)
        {
            if (words[j].Lower == "as")
            {
                return false;
            }

            if (CueFinder.HasPunctuation(text, words[j].End, words[j + 1].Start))
            {
                break;
            }
        }

        return true;
    }
}
