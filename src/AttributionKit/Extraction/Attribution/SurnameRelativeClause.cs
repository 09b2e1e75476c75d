using AttributionKit.Text;

namespace AttributionKit.Extraction.Attribution;

/// <summary>
/// A relative clause telling what a person named by one word has done is no part of the source before the cue: "Holt,
/// who has fought the levy for years, said …", "Vale, who held three meetings on Friday, told …" give "Holt" and "Vale".
/// A name of one word is a person the story has already introduced, so the clause after it adds news about them rather
/// than telling who they are; PolNeAR ends such a source before "who" far more often than not (about three times in
/// four), while it keeps a clause after a full name or a description ("Dana Holt, who runs the ferry, said"). A clause
/// of being stays, as it does tell who the person is ("Holt, who is Muslim, said", "Vale, who was elected in 2014,
/// said").
/// </summary>
internal static class SurnameRelativeClause
{
    /// <summary>
    /// <paramref name="source"/> without its "who" clause when the source stands before <paramref name="cue"/> and is one
    /// capitalised word, a comma and a "who" clause whose verb is not a form of "be"; the source itself otherwise.
    /// </summary>
    public static TextRange Without(string text, TextRange source, TextRange cue)
    {
        if (source.Length == 0 || source.End > text.Length || cue.Start < source.End)
        {
            return source;
        }

        var words = WordTokenizer.Tokenize(text, source.Start, source.End);
        if (words.Count < 4 || words[1].Lower != "who" || !words[0].IsCapitalized || words[0].InQuote || words[0].IsPossessive
            || AttributionLexicon.Pronouns.Contains(words[0].Text) || AttributionLexicon.SentenceStarters.Contains(words[0].Text)
            || SpeakerNameParser.IsTitleWord(words[0].Text) || !text.AsSpan(words[0].End, words[1].Start - words[0].End).Trim().SequenceEqual(","))
        {
            return source;
        }

        // "Holt, who’s running second, said": the contraction of "is" or "has" is read as being, which the clause keeps.
        var verb = words[2];
        if (words[1].Text.Length > 3 || AttributionLexicon.FormsOfBe.Contains(verb.Text) || verb.Lower is "’s" or "'s" or "s" || verb.InQuote)
        {
            return source;
        }

        return new TextRange(source.Start, words[0].End);
    }
}
