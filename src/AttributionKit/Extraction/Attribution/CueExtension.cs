using System.Collections.Frozen;
using AttributionKit.Text;

namespace AttributionKit.Extraction.Attribution;

/// <summary>
/// Words after a reporting verb that belong to its cue rather than to what it reports. "Holt went on to say that the pier
/// was safe": going on with a talk and then saying is one act of saying, the cue "went on to say", and its content
/// starts after "say" (continuing-cues.txt). "Holt said nothing about the pier": the content is the topic held back on,
/// "the pier", and "nothing about" is part of the cue (say-nothing-phrases.txt). PolNeAR marks both that way.
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
    public static int Span(List<WordToken> words, int verb, int span)
    {
        var next = verb + span;
        if (next + 1 < words.Count && words[next].Lower == "to" && !words[next].InQuote
            && ContinuingCues.Contains(string.Join(' ', words.Skip(verb).Take(span).Select(w => w.Lower)))
            && AttributionLexicon.MatchVerb(words, next + 1) is > 0 and var inner)
        {
            // "went on to say", "goes on to point out": the verb after "to" is the saying.
            return span + 1 + inner;
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
