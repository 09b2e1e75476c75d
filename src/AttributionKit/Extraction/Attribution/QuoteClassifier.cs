namespace AttributionKit.Extraction.Attribution;

/// <summary>
/// Tells quoted speech from quote marks that are not speech: scare quotes (<c>the so-called “peace plan”</c>), titles of
/// films, songs, books and programmes, and coined terms (a few quoted words with no reporting cue).
/// </summary>
internal static class QuoteClassifier
{
    /// <summary>Whether the quote marks around <paramref name="segment"/> mark something other than speech.</summary>
    /// <param name="text">The main text.</param>
    /// <param name="segment">The quoted stretch.</param>
    /// <param name="frame">The passage it stands in.</param>
    /// <param name="hasCue">Whether a reporting cue in the passage attributes it.</param>
    public static bool IsNotSpeech(string text, QuotedSegment segment, TextRange frame, bool hasCue)
    {
        var inner = segment.Inner(text);
        if (inner.IsEmpty)
        {
            return true;
        }

        var words = WordTokenizer.Tokenize(text, inner.Start, inner.End);
        if (words.Count == 0)
        {
            return true;
        }

        var before = WordTokenizer.Tokenize(text, Math.Max(frame.Start, segment.Open - 40), segment.Open);
        if (before.Count > 0 && CueFinder.IsSpaceOnly(text, before[^1].End, segment.Open))
        {
            var one = before[^1].Text;
            var two = before.Count > 1 ? before[^2].Text + " " + one : one;
            if ((AttributionLexicon.NonSpeechCues.Contains(one) || AttributionLexicon.NonSpeechCues.Contains(two))
                && !IsCharacterisation(text, before))
            {
                return true;
            }
        }

        if (IsHeadlineCase(words))
        {
            return true;
        }

        var standsAlone = CueFinder.IsSpaceOnly(text, frame.Start, segment.Open) && IsTrailingOnly(text, segment.Outer.End, frame.End);
        if (standsAlone && words.Count > 2)
        {
            return false;
        }

        var last = text[inner.End - 1];
        var endsLikeSpeech = last is '.' or '!' or '?' or ',' or '…' or ':' or ';';
        // "State of the Union,", "Meet the Press.": every content word capitalised is a title or a name, not speech.
        var titleCase = words.Count <= 10 && words.Where(w => w.Text.Length > 3).All(w => w.IsCapitalized) && words[0].IsCapitalized
            && (words.Count > 1 || !endsLikeSpeech || !hasCue);
        if (titleCase && segment.Open > frame.Start)
        {
            return true;
        }

        // "“The Walking Dead” star Norman Reedus said …": a title-case name opening the sentence with no punctuation of
        // its own, run straight into the words after it, modifies them; speech opening a sentence ends on a comma or stop.
        if (titleCase && !endsLikeSpeech && IsFollowedByWord(text, segment.Outer.End, frame.End))
        {
            return true;
        }

        return !hasCue && words.Count <= 1;
    }

    // "which Marsh called “a different world”", "a plan he called “a disaster”": "called" after its subject (a
    // pronoun, or a name that does not open the sentence) gives someone's words for a thing, not the thing's name
    // ("a group called “Harbour Watch”", "The ship, called “Sea Star”").
    private static bool IsCharacterisation(string text, List<WordToken> before)
    {
        if (before.Count < 2 || before[^1].Lower != "called" || !CueFinder.IsSpaceOnly(text, before[^2].End, before[^1].Start))
        {
            return false;
        }

        var subject = before[^2];
        return subject.IsPersonalSubjectPronoun
            || (subject.IsCapitalized && !subject.IsPossessive && !subject.OpensSentence && !SpeakerNameParser.IsTitleWord(subject.Text));
    }

    // "We Are Going To Go All The Way To Cleveland and Secure …", "Might as Well Be Vote for Hillary": a quote that
    // capitalises every word but the short function words (and some of those) is set in headline or slogan case;
    // speech capitalises only its first word and names.
    private static bool IsHeadlineCase(List<WordToken> words)
    {
        if (words.Count < 4)
        {
            return false;
        }

        var capitalizedFunctionWords = 0;
        var contentWords = 0;
        foreach (var word in words)
        {
            if (!char.IsLetter(word.Text[0]))
            {
                continue;
            }

            if (AttributionLexicon.HeadlineCaseFunctionWords.Contains(word.Text))
            {
                capitalizedFunctionWords += word.IsCapitalized ? 1 : 0;
                continue;
            }

            if (!word.IsCapitalized)
            {
                return false;
            }

            contentWords++;
        }

        return capitalizedFunctionWords > 0 || contentWords >= 6;
    }

    private static bool IsFollowedByWord(string text, int start, int end)
    {
        var i = start;
        while (i < end && text[i] == ' ')
        {
            i++;
        }

        return i > start && i < end && char.IsLetter(text[i]);
    }

    private static bool IsTrailingOnly(string text, int start, int end)
    {
        for (var i = start; i < end; i++)
        {
            if (!char.IsWhiteSpace(text[i]) && text[i] is not ('.' or ',' or '!' or '?'))
            {
                return false;
            }
        }

        return true;
    }
}
