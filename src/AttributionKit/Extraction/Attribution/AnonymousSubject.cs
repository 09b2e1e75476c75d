namespace AttributionKit.Extraction.Attribution;

/// <summary>
/// A subject described by the aside that says why it is not named, with no comma around the aside (<c>An aide who spoke
/// on condition of anonymity said …</c>, <c>Two officials speaking on the condition of anonymity because they were not
/// authorized to discuss the talks said …</c>): the source is the whole phrase, read back from the cue over the aside to
/// the noun it describes. Read back word by word, "anonymity" or the last words of the reason would end the subject.
/// </summary>
internal static class AnonymousSubject
{
    // How many words the reason after "anonymity" may take ("because they were not authorized to speak publicly").
    private const int MaxReasonWords = 20;

    /// <summary>The subject with its aside, ending on the word before the cue at <paramref name="cueFirst"/>, or null.</summary>
    internal static TextRange? Find(string text, List<WordToken> words, int cueFirst)
    {
        for (var j = cueFirst - 1; j >= 4 && cueFirst - j <= MaxReasonWords; j--)
        {
            if (words[j].InQuote || CueFinder.HasPunctuation(text, words[j].End, words[j + 1].Start))
            {
                return null;
            }

            if (words[j].Lower != "anonymity")
            {
                continue;
            }

            var condition = words[j - 1].Lower == "of" ? j - 2 : -1;
            var on = condition >= 1 && words[condition].Lower == "condition" ? condition - 1 : -1;
            if (on >= 1 && words[on].Lower == "the")
            {
                on--;
            }

            var verb = on - 1;
            if (verb < 1 || words[on].Lower != "on" || !AnonymityAside.IsSpeakingOnCondition(words, verb)
                || CueFinder.HasPunctuation(text, words[verb - 1].End, words[verb].Start))
            {
                return null;
            }

            // "An aide who spoke …", "Two officials speaking …": the noun the aside describes.
            var headEnd = words[verb - 1].Lower == "who" ? verb - 1 : verb;
            return headEnd >= 1 && SourceBeforeCue.Find(text, words, headEnd) is { } head
                ? new TextRange(head.Start, words[cueFirst - 1].End)
                : null;
        }

        return null;
    }
}
