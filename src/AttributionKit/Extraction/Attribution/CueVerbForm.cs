namespace AttributionKit.Extraction.Attribution;

/// <summary>
/// Reads the form of a cue's verb (<see cref="VerbForm"/>): two cues of one subject joined by "and" or a comma share it
/// ("declared victory and said …", "says she trusts the board and calls it …"), which a verb of the reported clause
/// need not.
/// </summary>
internal static class CueVerbForm
{
    // The form of a cue's verb: its first word that is no auxiliary ("has said" is a past form, "also calls" a present).
    internal static VerbForm OfCue(string text, TextRange cue)
    {
        foreach (var word in WordTokenizer.Tokenize(text, cue.Start, cue.End))
        {
            if (!AttributionLexicon.AuxiliaryVerbs.Contains(word.Lower) && Of(word) is var form and not VerbForm.Other)
            {
                return form;
            }
        }

        return CopulaForm(text, cue);
    }

    // "has been critical of the mayor but on Tuesday wrote that …", "was opposed to the toll and said …": a cue of "be"
    // and an adjective has no verb of its own past the auxiliaries; its form is that of "be" ("was", "has been" past,
    // "is" present), which a second cue of the same subject shares as it does after "praised".
    private static VerbForm CopulaForm(string text, TextRange cue)
    {
        var words = WordTokenizer.Tokenize(text, cue.Start, cue.End);
        if (words.Count == 0 || words[0].IsCapitalized || words[0].InQuote)
        {
            return VerbForm.Other;
        }

        return words[0].Lower switch
        {
            "was" or "were" => VerbForm.Past,
            "has" or "have" or "had" when words.Count > 1 && words[1].Lower == "been" => VerbForm.Past,
            "is" => VerbForm.PresentThirdPerson,
            _ => VerbForm.Other,
        };
    }

    /// <summary>
    /// Whether a second cue of the given form can join the cue before it as another verb of the same subject: the two
    /// share a form ("declared victory and said …"), or a present perfect meets a present ("has deemed the pages
    /// personal and says it will not release them"): both speak of now, while a past cue's reported clause holds the
    /// present of its own subject ("said the pier is old and needs …").
    /// </summary>
    internal static bool Joins(string text, TextRange first, VerbForm second)
    {
        var form = OfCue(text, first);
        if (second == VerbForm.Other || form == VerbForm.Other)
        {
            return false;
        }

        return form == second || (second == VerbForm.PresentThirdPerson && IsPresentPerfect(text, first));
    }

    // "has deemed", "have long argued": a cue opening with a present auxiliary of "have".
    private static bool IsPresentPerfect(string text, TextRange cue) =>
        WordTokenizer.Tokenize(text, cue.Start, cue.End) is [{ Lower: "has" or "have" }, _, ..];

    // The form of one word: an "-ing" form, a past form, a present form of the third person, or none of these.
    internal static VerbForm Of(WordToken word)
    {
        if (word.IsCapitalized || word.InQuote)
        {
            return VerbForm.Other;
        }

        if (word.Lower.Length > 4 && word.Lower.EndsWith("ing", StringComparison.Ordinal))
        {
            return VerbForm.Participle;
        }

        // "said" and "told", the commonest cues of all, are past forms no "-ed" or list of irregular verbs names: "Lee said
        // she would run and added …" and "declared victory and said …" join two cues of the same form.
        if (CueFinder.IsPastTense(word) || CueFinder.IsIrregularPast(word) || word.Lower is "said" or "told")
        {
            return VerbForm.Past;
        }

        return word.Lower.Length > 3 && word.Lower.EndsWith('s') && !word.Lower.EndsWith("ss", StringComparison.Ordinal) ? VerbForm.PresentThirdPerson : VerbForm.Other;
    }
}
