using System.Collections.Immutable;
using AttributionKit.Text;

namespace AttributionKit.Extraction.Attribution;

/// <summary>
/// A relative clause on a source that tells of the source's own speaking is no part of the source: "Dana Holt, who said
/// the pier was unsafe, told the council …", "an aide who spoke on condition of anonymity said …", "Nora Vale, who
/// declined to comment, has argued …" give "Dana Holt", "an aide", "Nora Vale". The clause is a report of its own (or the
/// terms of this one), not a description of who speaks, and PolNeAR ends the source before "who" far more often than
/// not. A clause that describes the source ("Dana Holt, who runs the ferry,", "a pilot who backs Vale") stays.
/// </summary>
internal static class SpeechRelativeClause
{
    private static readonly ImmutableArray<string[]> SpeechOpeners = Lexicon.Lines("Lexicons/relative-clause-speech-verbs.txt")
        .Select(l => l.ToLowerInvariant().Split(' ', StringSplitOptions.RemoveEmptyEntries))
        .Where(parts => parts.Length > 0)
        .ToImmutableArray();

    /// <summary>
    /// <paramref name="source"/> without its first "who" clause when that clause opens (after auxiliaries and adverbs:
    /// "who has also said") with a verb of speaking; the comma before "who" goes with the clause.
    /// </summary>
    /// <remarks>
    /// Only a relation's source is cut, not a quote's speaker mention: a quote after the clause ("'…,' said Holt, who said
    /// the pier was unsafe. '…'") may be the clause's own report, and the whole phrase names the one who says both.
    /// </remarks>
    public static TextRange Without(string text, TextRange source)
    {
        if (source.Length == 0 || source.End > text.Length)
        {
            return source;
        }

        var words = WordTokenizer.Tokenize(text, source.Start, source.End);
        var who = words.FindIndex(w => w.Lower == "who");
        // "Those who said the pier was their top issue backed Holt": "those" names no one without its clause, so the
        // clause is the source's description, not a report beside it.
        if (who < 1 || words[who - 1].Lower is "and" or "but" or "or" or "those")
        {
            return source;
        }

        // "Voters who said Holt was right backed him": a clause reporting a view, with no comma before "who", picks out
        // the members of a group who hold it; it restricts the group rather than telling of its speaking.
        if (NounPhrase.IsPluralNoun(words, who - 1) && who + 1 < words.Count && RestrictiveRelativeClause.IsClauseVerb(words[who + 1])
            && CueFinder.IsSpaceOnly(text, words[who - 1].End, words[who].Start))
        {
            return source;
        }

        var k = who + 1;
        while (k < words.Count && !OpensWithSpeech(words, k) && AttributionLexicon.CueModifiers.Contains(words[k].Text))
        {
            k++;
        }

        if (k >= words.Count || !OpensWithSpeech(words, k))
        {
            return source;
        }

        var end = words[who].Start;
        while (end > source.Start && (char.IsWhiteSpace(text[end - 1]) || text[end - 1] == ','))
        {
            end--;
        }

        return end > source.Start ? new TextRange(source.Start, end) : source;
    }

    private static bool OpensWithSpeech(List<WordToken> words, int index) =>
        SpeechOpeners.Any(phrase => index + phrase.Length <= words.Count
            && phrase.Select((part, i) => words[index + i].Lower == part).All(match => match));
}
