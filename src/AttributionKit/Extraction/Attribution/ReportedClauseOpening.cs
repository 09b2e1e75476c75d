using System.Collections.Frozen;
using AttributionKit.Text;

namespace AttributionKit.Extraction.Attribution;

/// <summary>
/// A phrase or clause that opens a reported clause after its complementizer, before that clause's subject: "Holt said
/// that after the storm, the mayor called her to meet again", "Vale told reporters that sometime in the week that
/// followed, she realized she had not filed it". The comma after it ends no clause of what was said: the clause after
/// the comma is the reported one, whose subject and verb ("the mayor called") are no relation beside the outer one.
/// </summary>
internal static class ReportedClauseOpening
{
    private static readonly FrozenSet<string> OpeningWords =
        Lexicon.Lines("Lexicons/reported-clause-opening-words.txt").ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    // Words after the comma that join a second clause to a whole first one ("…, though he did not say who").
    private static readonly FrozenSet<string> JoiningWords =
        Lexicon.Lines("Lexicons/clause-joining-words.txt").ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    // The most words such a phrase may hold after its opening word: "given the harbour's debts to the two banks in
    // town".
    private const int MaxPhraseWords = 14;

    /// <summary>
    /// Whether <paramref name="kept"/>, the words of a content before the comma where it would be cut, ends in "that"
    /// or "whether" followed by an opening phrase (its first word in reported-clause-opening-words.txt) with no stop or
    /// quote mark of its own, while <paramref name="after"/>, the rest of the content from the cut on, goes on with a
    /// comma and no joining word and holds no quote: nothing of what was said would be left before the cut but that
    /// opening. "that during the talks he received an apology, though he did not say who …" is a whole clause joined to
    /// the next by "though", and is cut there.
    /// </summary>
    public static bool EndsWithOpening(ReadOnlySpan<char> kept, ReadOnlySpan<char> after)
    {
        // A quote in the clause after the comma ("that even though he would replace her, he thinks she did a
        // “serviceable job”") is credited by that clause's own cue, whose relation is kept for it: the cut stays.
        var rest = after.TrimStart();
        if (rest.IsEmpty || rest[0] != ',' || JoiningWords.Contains(CoordinatedClause.FirstWord(rest[1..].TrimStart()))
            || rest.ContainsAny(QuoteMarks.Double))
        {
            return false;
        }

        var words = kept.ToString().Split((char[])[' ', '\u00a0', '\n'], StringSplitOptions.RemoveEmptyEntries);
        for (var k = 0; k + 2 < words.Length; k++)
        {
            // "that sometime in the week that followed": a later "that" may be a relative inside the phrase, so each
            // complementizer is tried from the first.
            var complementizer = words[k].Equals("that", StringComparison.OrdinalIgnoreCase)
                || words[k].Equals("whether", StringComparison.OrdinalIgnoreCase);
            if (complementizer && OpeningWords.Contains(words[k + 1]) && words.Length - k - 2 <= MaxPhraseWords
                && words[(k + 1)..].All(IsPlainWord))
            {
                return true;
            }
        }

        return false;
    }

    // A plain word of the phrase, which may also hold a sum or a share ("$3 million", "40%").
    private static bool IsPlainWord(string word) => word.All(c => CoordinatedClause.IsWordCharacter(c) || c is '$' or '%');
}
