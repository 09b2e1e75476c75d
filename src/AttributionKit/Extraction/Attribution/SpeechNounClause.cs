using System.Collections.Frozen;
using AttributionKit.Text;

namespace AttributionKit.Extraction.Attribution;

/// <summary>
/// A noun of saying or stated belief with no possessor, followed by the "that" clause it reports: "Holt made the
/// suggestion that …", "Vale left no doubt that …", "Holt's allies bristle at the suggestion that …", "there were
/// complaints that …". The annotated corpora mark the verb or preposition that governs the noun together with it as the
/// cue, the subject of that verb as the source, and the clause as the content; with no verb of its own ("there were
/// complaints", "drawing complaints") the noun reports a view nobody is named for. A possessor before the noun
/// ("Trump's claim that") is <see cref="NominalCue"/>'s; a reporting verb before it ("expressed concern that") is
/// already a cue of its own.
/// </summary>
internal static class SpeechNounClause
{
    /// <summary>Nouns of saying that take a clause ("the claim that"), from clause-speech-nouns.txt.</summary>
    internal static readonly FrozenSet<string> Nouns = Lexicon.Lines("Lexicons/clause-speech-nouns.txt").ToFrozenSet(StringComparer.Ordinal);

    private static readonly FrozenSet<string> ReceivingVerbs = Lexicon.Lines("Lexicons/noun-receiving-verbs.txt").ToFrozenSet(StringComparer.Ordinal);

    /// <summary>Whether <paramref name="noun"/> is a noun of saying or belief whose "that" opens its own clause ("the claim that …").</summary>
    internal static bool TakesClause(string noun) => Nouns.Contains(noun.ToLowerInvariant());

    // The words a noun's governing verb or preposition may be separated from it by: "made the suggestion", "left no
    // doubt", "voiced renewed hope". Three at most.
    private const int MaxModifiers = 3;

    internal static void Add(string text, TextRange frame, List<WordToken> words, List<CueCandidate> found)
    {
        for (var k = 1; k + 3 < words.Count; k++)
        {
            var noun = words[k];
            var that = words[k + 1];
            if (noun.InQuote || that.InQuote || !Nouns.Contains(noun.Lower) || that.Lower != "that" || !CueFinder.IsSpaceOnly(text, noun.End, that.Start)
                || !OpensComplementClause(text, words, k + 2))
            {
                continue;
            }

            var contentEnd = ContentBoundary.ClauseEnd(text, that.Start, frame.End);
            var content = new TextRange(that.Start, contentEnd);
            // Quoted words in the clause keep the speaker the quote rules give them ("its prediction that Holt would be
            // “the best mayor ever”" quotes a person, not the noun's possessor).
            var clauseEnd = WordIndex.FirstAtOrAfter(words, contentEnd);
            if (clauseEnd - (k + 1) < 4 || words.Skip(k + 2).Take(clauseEnd - k - 2).Any(w => w.InQuote)
                || found.Any(c => c.Content is { } other && (other.Start == that.Start || other.Start == words[k + 2].Start)))
            {
                continue;
            }

            var head = k - 1;
            while (head >= 0 && k - head <= MaxModifiers && (IsModifier(text, words, head) || IsParticipleAfterPossessor(text, words, head)))
            {
                head--;
            }

            // "The claim that the pier was safe drew scorn": a noun opening the sentence heads its subject, and the
            // clause runs into the sentence's own verb; nothing marks where what was claimed ends.
            if (head < 0 || words[head + 1].OpensSentence
                || ((head == 0 || words[head].OpensSentence) && words[head].Lower is "the" or "a" or "an" or "this" or "that" or "such" or "any" or "no" or "one"))
            {
                continue;
            }

            // "Trump's false claims that", "the campaign's earlier claim that", "his stern warning that": a possessor,
            // past the adjectives, names the source, and the adjectives belong to the cue.
            var candidate = NominalCue.PossessorSource(text, words, head) is { } possessor
                ? new CueCandidate(new TextRange(words[head + 1].Start, noun.End), possessor, content, false) { AttributesQuotes = false }
                : Governed(text, words, head, k, content) ?? Sourceless(noun.Range, content);
            if (!CueFinder.AnyCueOverlaps(found, candidate.Cue))
            {
                found.Add(candidate);
            }
        }
    }

    // The cue from the verb or preposition governing the noun at k ("made the suggestion", "at the suggestion", "in
    // hopes") with its subject as the source, or null when nothing governs it that names one ("there were complaints").
    private static CueCandidate? Governed(string text, List<WordToken> words, int head, int k, TextRange content)
    {
        if (head < 1 || words[head].InQuote || words[head].IsCapitalized || !CueFinder.IsSpaceOnly(text, words[head].End, words[head + 1].Start))
        {
            return null;
        }

        var governor = words[head];
        var preposition = governor.Lower is "at" or "in" or "under" or "with" or "amid";
        var verb = !preposition && (AttributionLexicon.MatchVerb(words, head) > 0 || CueFinder.IsPastTense(governor) || CueFinder.IsIrregularPast(governor)
            || governor.Lower.EndsWith("ing", StringComparison.Ordinal));
        // "there were complaints", "it was a concern", "drawing complaints": a verb of being or of receiving has the
        // view reported to its subject, not held by it.
        if ((!preposition && !verb) || AttributionLexicon.FormsOfBe.Contains(governor.Lower) || ReceivingVerbs.Contains(governor.Lower))
        {
            return null;
        }

        // "bristle at the suggestion": the verb the preposition follows belongs to the cue too.
        var first = preposition && head >= 2 && !words[head - 1].InQuote && CueFinder.IsSpaceOnly(text, words[head - 1].End, governor.Start)
            && (CueFinder.IsPastTense(words[head - 1]) || AttributionLexicon.MatchVerb(words, head - 1) > 0) ? head - 1 : head;
        first = CueFinder.CueStart(text, words, first);
        var source = preposition && first == head
            ? SentenceSubject.Of(text, words, head) is { } subject && subject.End <= governor.Start ? subject : (TextRange?)null
            : SourceBeforeCue.Find(text, words, first);
        return source is { } s
            ? new CueCandidate(new TextRange(words[first].Start, words[k].End), s, content, false) { AttributesQuotes = false }
            : null;
    }

    private static CueCandidate Sourceless(TextRange cue, TextRange content) =>
        new(cue, cue, content, false) { IsSourceless = true, AttributesQuotes = false };

    // A determiner or adjective between the governing word and the noun: "the", "no", "numerous", "renewed".
    private static bool IsModifier(string text, List<WordToken> words, int i) =>
        !words[i].InQuote && !words[i].IsCapitalized && !words[i].IsPossessive
        && !AttributionLexicon.PossessivePronouns.Contains(words[i].Lower) && CueFinder.IsSpaceOnly(text, words[i].End, words[i + 1].Start)
        && (AttributionLexicon.GroupDeterminers.Contains(words[i].Text) || words[i].Lower is "a" or "an" or "the" or "no" or "any" or "some" or "own"
            || (AttributionLexicon.MatchVerb(words, i) == 0 && !CueFinder.IsPastTense(words[i]) && !CueFinder.IsIrregularPast(words[i])
                && !AttributionLexicon.ClauseOpeners.Contains(words[i].Text) && !words[i].Lower.EndsWith("ing", StringComparison.Ordinal)
                && !AttributionLexicon.Pronouns.Contains(words[i].Text)));

    // "Holt's nagging concern that …", "Vale's continued insistence that …": right after a possessor a word in -ing or
    // -ed describes the noun, as an adjective does; it is no verb governing it.
    private static bool IsParticipleAfterPossessor(string text, List<WordToken> words, int i) =>
        i >= 1 && !words[i].InQuote && !words[i].IsCapitalized && CueFinder.IsSpaceOnly(text, words[i].End, words[i + 1].Start)
        && (words[i].Lower.EndsWith("ing", StringComparison.Ordinal) || CueFinder.IsPastTense(words[i]))
        && NominalCue.PossessorSource(text, words, i - 1) is not null;

    // "that the pier was unsafe", "that interlopers were racing": a subject opens the clause. A verb right after
    // "that" ("a statement that accused the mayor") makes it a relative clause about the noun, not what was said; a
    // form in -s is read as a plural noun ("warnings that rates would rise").
    private static bool OpensComplementClause(string text, List<WordToken> words, int i) =>
        !CueFinder.IsPastTense(words[i]) && !CueFinder.IsIrregularPast(words[i])
        && !(AttributionLexicon.MatchVerb(words, i) > 0 && !words[i].Lower.EndsWith('s'))
        && !AttributionLexicon.CueModifiers.Contains(words[i].Text) && !AttributionLexicon.AuxiliaryVerbs.Contains(words[i].Lower);
}
