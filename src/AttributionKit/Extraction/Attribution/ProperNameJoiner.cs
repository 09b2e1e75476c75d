namespace AttributionKit.Extraction.Attribution;

/// <summary>
/// The lower-case words that join the words of one proper name, so that a name with "of" inside it is read whole:
/// "the Bureau of Investigation", "the Centers for Disease Control", "the Council on Foreign Relations", "the Port
/// Authority of Kent".
/// </summary>
internal static class ProperNameJoiner
{
    /// <summary>
    /// Whether the lower-case word at <paramref name="k"/> joins capitalised words into one name: "of", "for", "on" or
    /// "and" between capitalised words (or after "the" opening the name), or "the" before a capitalised word.
    /// </summary>
    /// <remarks>Without it, "the director of the Port Authority of Kent, Dana Holt" reads "of Kent" as the preposition
    /// after a noun, and Kent as the name.</remarks>
    public static bool Joins(List<WordToken> words, int k)
    {
        if (k + 1 >= words.Count || !words[k + 1].IsCapitalized || words[k].InQuote)
        {
            return false;
        }

        return words[k].Lower switch
        {
            "the" => true,
            "of" or "for" or "on" or "and" => k > 0 && (words[k - 1].IsCapitalized || words[k - 1].Lower == "the"),
            _ => false,
        };
    }

    /// <summary>
    /// The preposition before a proper name that closes <c>words[first..last]</c> as the object of a preposition after a
    /// lower-case noun ("the director of the Harbour Board of Dover", "a lawyer at Holt and Vale"), or -1. Such a phrase
    /// is a description, whose last word is capitalised without naming the person described.
    /// </summary>
    public static int PrepositionBeforeName(List<WordToken> words, int first, int last)
    {
        var k = last;
        while (k > first && (words[k].IsCapitalized || Joins(words, k)))
        {
            k--;
        }

        return k > first && k < last && words[k].Lower is "of" or "at" or "for" or "from" or "with" or "in"
            && !words[k].InQuote && !words[k - 1].IsCapitalized && !words[k - 1].InQuote ? k : -1;
    }

    /// <summary>
    /// The role noun before a proper name that closes <c>words[first..last]</c> ("the <b>chairman</b> of the Port
    /// Authority", "a <b>lawyer</b> at Holt and Vale"), or -1 when the name does not follow a preposition after a role.
    /// </summary>
    public static int RoleBeforeNamedBody(List<WordToken> words, int first, int last)
    {
        var preposition = PrepositionBeforeName(words, first, last);
        return preposition > first && NounPhrase.IsRoleNoun(words[preposition - 1]) ? preposition - 1 : -1;
    }
}
