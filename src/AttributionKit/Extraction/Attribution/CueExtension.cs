using System.Collections.Frozen;
using AttributionKit.Text;

namespace AttributionKit.Extraction.Attribution;

/// <summary>
/// Words after a reporting verb that belong to its cue rather than to what it reports. "Holt went on to say that the pier
/// was safe": going on with a talk and then saying is one act of saying, the cue "went on to say", and its content
/// starts after "say" (continuing-cues.txt). "Holt said nothing about the pier": the content is the topic held back on,
/// "the pier", and "nothing about" is part of the cue (say-nothing-phrases.txt). "Holt said repeatedly that …": the
/// adverb before "that" is part of the cue. PolNeAR marks all three that way.
/// </summary>
internal static class CueExtension
{
    private static readonly FrozenSet<string> ContinuingCues =
        Lexicon.Lines("Lexicons/continuing-cues.txt").ToFrozenSet(StringComparer.Ordinal);

    private static readonly string[][] SayNothingPhrases =
        [.. Lexicon.Lines("Lexicons/say-nothing-phrases.txt").Select(l => l.Split(' ', StringSplitOptions.RemoveEmptyEntries)).OrderByDescending(p => p.Length)];

    /// <summary>
    /// The number of words of the cue that starts at word <paramref name="verb"/> and whose verb phrase spans
    /// <paramref name="span"/> words, with the words after it that belong to it; <paramref name="span"/> when none do.
    /// </summary>
    public static int Span(string text, List<WordToken> words, int verb, int span)
    {
        var next = verb + span;
        if (next + 1 < words.Count && words[next].Lower == "to" && !words[next].InQuote
            && ContinuingCues.Contains(string.Join(' ', words.Skip(verb).Take(span).Select(w => w.Lower)))
            && AttributionLexicon.MatchVerb(words, next + 1) is > 0 and var inner)
        {
            // "went on to say", "goes on to point out": the verb after "to" is the saying.
            return span + 1 + inner;
        }

        // "Holt has said repeatedly that the pier is safe", "noted again that": an adverb between the verb and "that"
        // tells how it was said and belongs to the cue, as PolNeAR marks it ("has said repeatedly"); the content opens
        // at "that". Only an adverb standing between them in plain words: "thought (foolishly) that" keeps its aside.
        if (next + 1 < words.Count && !words[next].InQuote && !words[next + 1].InQuote && words[next + 1].Lower == "that"
            && IsMannerAdverb(words[next]) && CueFinder.IsSpaceOnly(text, words[next - 1].End, words[next].Start)
            && CueFinder.IsSpaceOnly(text, words[next].End, words[next + 1].Start))
        {
            return span + 1;
        }

        if (span == 1 && words[verb].Lower is "say" or "says" or "said" or "saying")
        {
            foreach (var phrase in SayNothingPhrases)
            {
                if (Follows(words, next, phrase))
                {
                    return span + phrase.Length;
                }
            }
        }

        return span;
    }

    // An adverb that may follow the verb and tell how or when it was said: "repeatedly", "privately", "again", "only"
    // ("said only that"), "instead", "now". Not an auxiliary ("what we do know is that" is no cue "know is"), nor "just"
    // ("proposed just that": a pronoun "that").
    private static bool IsMannerAdverb(WordToken word) =>
        !word.IsCapitalized && (CueFinder.IsLyAdverb(word) || word.Lower is "again" or "only" or "instead" or "now" or "also");

    // Whether the words from word <paramref name="first"/> on, none quoted, spell <paramref name="phrase"/>.
    private static bool Follows(List<WordToken> words, int first, string[] phrase)
    {
        if (first + phrase.Length > words.Count)
        {
            return false;
        }

        for (var k = 0; k < phrase.Length; k++)
        {
            if (words[first + k].InQuote || words[first + k].Lower != phrase[k])
            {
                return false;
            }
        }

        return true;
    }
}
