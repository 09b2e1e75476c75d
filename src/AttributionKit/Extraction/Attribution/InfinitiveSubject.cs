using System.Collections.Frozen;
using AttributionKit.Text;

namespace AttributionKit.Extraction.Attribution;

/// <summary>
/// The subject of a cue in the infinitive whose clause hands its subject on to it: "Sullivan had to explain …",
/// "Rubio again tried to rebuke …", "Advisers to Mr. Rubio are quick to point out …", "Democratic voters are slightly
/// more likely to say …", "Oklahoma did little to encourage …". The rules that find such a cue (a verb after "to")
/// keep it with no source when the sentence's subject is out of their reach (after an opening phrase, in a clause of
/// its own); the words between the subject and "to" are a closed set (<c>infinitive-control-words.txt</c>, with the
/// auxiliaries and adverbs of <c>infinitive-control-fillers.txt</c>), so the subject is the noun phrase right before
/// them, as PolNeAR marks it.
/// </summary>
internal static class InfinitiveSubject
{
    private static readonly FrozenSet<string> Controllers = Lexicon.Lines("Lexicons/infinitive-control-words.txt").ToFrozenSet(StringComparer.Ordinal);

    private static readonly FrozenSet<string> ObjectControllers = Lexicon.Lines("Lexicons/infinitive-object-control-words.txt").ToFrozenSet(StringComparer.Ordinal);

    private static readonly FrozenSet<string> Fillers = Lexicon.Lines("Lexicons/infinitive-control-fillers.txt").ToFrozenSet(StringComparer.Ordinal);

    /// <summary>Gives each cue kept without a source that stands after "to" the subject of the words before "to", when
    /// those words hand it on.</summary>
    internal static void Apply(string text, List<WordToken> words, List<CueCandidate> found)
    {
        for (var i = 0; i < found.Count; i++)
        {
            var candidate = found[i];

            var k = WordIndex.FirstAtOrAfter(words, candidate.Cue.Start);
            if (k < 2 || k >= words.Count || words[k].Start != candidate.Cue.Start || words[k - 1].Lower != "to" || words[k - 1].InQuote
                || !CueFinder.IsSpaceOnly(text, words[k - 1].End, words[k].Start))
            {
                continue;
            }

            if (Of(text, words, k - 1) is { } subject && (candidate.IsSourceless || candidate.Source.End <= subject.Start))
            {
                found[i] = candidate with { Source = subject, IsSourceless = false };
            }
        }
    }

    // The noun phrase before the words that lead to the "to" at word index `to`, when at least one of them hands its
    // subject on ("had", "tried", "quick", "likely"); null when another word stands there ("used the meeting to").
    private static TextRange? Of(string text, List<WordToken> words, int to)
    {
        if (ObjectOf(text, words, to) is { } doer)
        {
            return doer;
        }

        var handsOn = false;
        var first = to;
        for (var j = to - 1; j >= 1; j--)
        {
            var w = words[j];
            if (w.InQuote || w.IsCapitalized || !CueFinder.IsSpaceOnly(text, w.End, words[j + 1].Start))
            {
                break;
            }

            if (Controllers.Contains(w.Lower))
            {
                handsOn = true;
            }
            else if (!Fillers.Contains(w.Lower) && !(w.Lower.Length > 4 && w.Lower.EndsWith("ly", StringComparison.Ordinal)))
            {
                break;
            }

            first = j;
        }

        // "a cul-de-sac trying to explain", "polls continuing to show": a participle opening the words is a clause of
        // its own after a noun, not a verb of that noun's clause.
        if (!handsOn || first == to || words[first].Lower.EndsWith("ing", StringComparison.Ordinal))
        {
            return null;
        }

        // "There is little to suggest …": an expletive subject names nobody.
        return SourceBeforeCue.Find(text, words, first) is { } subject && text.AsSpan(subject.Start, subject.End - subject.Start) is not ("There" or "there")
            ? subject
            : null;
    }

    // "The victory led Republicans to say …", "pressure on her to say …": the noun phrase between a verb that makes or
    // lets someone act (or "for", "on") and "to" does what the cue after "to" says.
    private static TextRange? ObjectOf(string text, List<WordToken> words, int to)
    {
        var last = to - 1;
        if (last < 1 || words[last].InQuote || !CueFinder.IsSpaceOnly(text, words[last].End, words[to].Start))
        {
            return null;
        }

        var first = NounPhrase.Start(text, words, last);
        var controlled = first >= 1 && (ObjectControllers.Contains(words[first - 1].Lower)
            || (first >= 2 && ObjectControllers.Contains(words[first - 2].Lower + " " + words[first - 1].Lower) && !words[first - 2].InQuote));
        if (!controlled || words[first - 1].InQuote || !CueFinder.IsSpaceOnly(text, words[first - 1].End, words[first].Start)
            || AttributionLexicon.MatchVerb(words, last) > 0
            || AttributionLexicon.DayWords.Contains(words[last].Text) || AttributionLexicon.TimeWords.Contains(words[last].Text))
        {
            return null;
        }

        // "pressure on her to say": an object pronoun stands for the one who is to speak ("it" for no one in
        // particular: "leaving it to voters").
        var pronoun = first == last && AttributionLexicon.Pronouns.Contains(words[last].Text);
        if (pronoun ? words[last].Lower is "it" or "its" or "his" or "their" or "our" or "my" : !NounPhrase.CanNameSource(words, first, last))
        {
            return null;
        }

        return new TextRange(words[first].Start, words[last].End);
    }
}
