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

        return VerbForm.Other;
    }

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
