using AttributionKit.Text;

namespace AttributionKit.Extraction.Attribution;

/// <summary>
/// A name or a reputation that people in general hold, from the phrases of <c>reputation-cues.txt</c>: "the contests
/// known as Super Tuesday", "Ginsburg is known for her liberal bent", "Twitter is increasingly seen as a news site", "a
/// memo titled ‘Next Steps’". PolNeAR annotates these as attributions with no source; the content is what follows the
/// phrase, to the end of its clause. Not "well-known" or "lesser-known" (an adjective before a noun), nor "has known him
/// for years" or "has seen as many" (someone's acquaintance or sight, not a reputation). The cue is its own source
/// (<see cref="CueCandidate.IsSourceless"/>), except for the title of a work that the sentence's subject put out ("Dana
/// Holt released a memo titled ‘Next Steps’"), which is the subject's.
/// </summary>
internal static class ReputationCue
{
    // How far back from "titled" the verb that put the work out may stand ("launched a television and radio ad in Dover on
    // Saturday afternoon titled").
    private const int MaxWordsFromVerbToTitle = 12;

    // How many words the people holding a reputation may take between "known to" and "as" ("known by some Republicans as").
    private const int MaxHolderWords = 6;

    private static readonly string[][] Phrases = ReadPhrases("Lexicons/reputation-cues.txt");

    private static readonly string[][] HolderPhrases = ReadPhrases("Lexicons/reputation-holder-cues.txt");

    internal static void Add(string text, TextRange frame, List<WordToken> words, List<CueCandidate> found)
    {
        for (var k = 0; k + 1 < words.Count; k++)
        {
            var w = words[k];
            if (w.InQuote || w.IsCapitalized || (w.Start > 0 && text[w.Start - 1] is '-' or '–')
                || (k > 0 && words[k - 1].Lower is "has" or "have" or "had" or "having")
                || (Match(text, words, k, Phrases) is > 0 and var listed ? listed : Match(text, words, k, HolderPhrases)) is not (> 0 and var span)
                || k + span >= words.Count)
            {
                continue;
            }

            // "known to everyone as Andy", "seen by the skippers as a gift": the people between the phrase and "as" hold
            // the reputation and are its source; what follows "as" is the content. A phrase of reputation-holder-cues.txt
            // is a cue only so.
            var holder = words[k + span - 1].Lower is "to" or "by" ? HolderBeforeAs(text, words, k + span) : null;
            if (holder is null && Match(text, words, k, Phrases) == 0)
            {
                continue;
            }

            var cue = new TextRange(w.Start, words[k + span - 1].End);
            if (CueFinder.AnyCueOverlaps(found, cue))
            {
                continue;
            }

            var start = holder is { } held ? words[held.As + 1].Start : words[k + span].Start;
            var end = ContentBoundary.ClauseEnd(text, start, frame.End);
            if (end - start >= 2)
            {
                found.Add((holder?.Holder ?? PublisherOfTitledWork(text, words, k)) is { } publisher
                    ? new CueCandidate(cue, publisher, new TextRange(start, end), false) { AttributesQuotes = false }
                    : new CueCandidate(cue, cue, new TextRange(start, end), false) { IsSourceless = true, AttributesQuotes = false });
            }
        }
    }

    // Who put out the work whose title follows "titled" at word k: the subject of a publishing verb whose object the work
    // is ("Harbour manager Dana Holt released a memo titled ‘Next Steps’", "The Pier Alliance launched a radio ad on
    // Saturday titled ‘Sunk’"), as the one who names a work they publish speaks through its title. Null for a work no
    // verb of publishing puts out ("a mock guide by Nora Vale titled …", "she has a book in the works titled …").
    private static TextRange? PublisherOfTitledWork(string text, List<WordToken> words, int k)
    {
        if (words[k].Lower != "titled")
        {
            return null;
        }

        for (var j = k - 1; j >= 1 && k - j <= MaxWordsFromVerbToTitle; j--)
        {
            var w = words[j];
            if (w.InQuote || !CueFinder.IsSpaceOnly(text, w.End, words[j + 1].Start) || w.Lower is "that" or "which" or "who" or "by")
            {
                return null;
            }

            if (!w.IsCapitalized && AttributionLexicon.PublishingVerbs.Contains(w.Lower))
            {
                return j + 1 < k && (SentenceSubject.Of(text, words, j) ?? SourceBeforeCue.Find(text, words, j)) is { } subject && subject.End <= w.Start
                    && IsSubjectsVerb(text, words, j, subject) ? subject : null;
            }
        }

        return null;
    }

    // Whether the publishing verb at word j is the subject's own verb: right after it, after the comma closing a clause
    // that describes it ("The Pier Alliance, which Vale founded, launched"), an adverb or an auxiliary ("has released",
    // "is running"). Not a participle describing a noun of its own ("a paper published last week titled …"), nor a
    // passive ("a memo was released titled …"), whose subject is the work.
    private static bool IsSubjectsVerb(string text, List<WordToken> words, int j, TextRange subject)
    {
        var before = words[j - 1];
        return subject.End == before.End || text.AsSpan(before.End, words[j].Start - before.End).Trim() is [',']
            || before.Lower.EndsWith("ly", StringComparison.Ordinal)
            || (AttributionLexicon.AuxiliaryVerbs.Contains(before.Lower)
                && (!AttributionLexicon.FormsOfBe.Contains(before.Lower) || words[j].Lower.EndsWith("ing", StringComparison.Ordinal)));
    }

    // The people named from word first up to an "as" a few words on, with only spaces between ("to everyone as", "by
    // some Republicans as"), and the index of that "as"; null when none follows or the words name nobody.
    private static (TextRange Holder, int As)? HolderBeforeAs(string text, List<WordToken> words, int first)
    {
        for (var j = first; j + 1 < words.Count && j - first <= MaxHolderWords; j++)
        {
            if (words[j].InQuote || (j > first && !CueFinder.IsSpaceOnly(text, words[j - 1].End, words[j].Start)))
            {
                return null;
            }

            if (words[j].Lower == "as")
            {
                return j > first && NounPhrase.CanNameSource(words, first, j - 1) ? (new TextRange(words[first].Start, words[j - 1].End), j) : null;
            }
        }

        return null;
    }

    private static string[][] ReadPhrases(string resource) =>
        [.. Lexicon.Lines(resource).Select(line => line.Split(' ', StringSplitOptions.RemoveEmptyEntries))];

    // How many words of a listed phrase start at word k, outside quotes and with only spaces between them; 0 if none.
    private static int Match(string text, List<WordToken> words, int k, string[][] phrases)
    {
        foreach (var phrase in phrases)
        {
            if (k + phrase.Length > words.Count || words[k].Lower != phrase[0])
            {
                continue;
            }

            var ok = true;
            for (var i = 1; i < phrase.Length && ok; i++)
            {
                ok = !words[k + i].InQuote && words[k + i].Lower == phrase[i] && CueFinder.IsSpaceOnly(text, words[k + i - 1].End, words[k + i].Start);
            }

            if (ok)
            {
                return phrase.Length;
            }
        }

        return 0;
    }
}
