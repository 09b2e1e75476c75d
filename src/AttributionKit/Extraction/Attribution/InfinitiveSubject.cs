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
/// them, as PolNeAR marks it. Past that closed set, an infinitive of purpose or of a verb's complement is done by the
/// subject of the clause it stands in ("Holt took to the radio to say …", "Although Vale does not plan to endorse …",
/// "Continuing to explain his plan, Holt said …"), unless a word between hands it to someone else or to nobody; that
/// subject also replaces one another rule found elsewhere ("Holt had few allies, although Vale appeared on the radio
/// to defend him", "Holt descended the steps at Pier Tower to declare …").
/// "It" before such a cue names nobody ("it is hard to see"). Measured on PolNeAR train: source exact F1 0.689 -> 0.690
/// (39 more exact sources), dev 0.706 -> 0.707.
/// </summary>
internal static class InfinitiveSubject
{
    // "Holt on Friday held an impromptu press briefing at the pier to …": the most words a predicate runs between its
    // verb and the "to" of an infinitive it governs.
    private const int MaxPredicateWords = 14;

    private static readonly System.Buffers.SearchValues<char> AsideMarks = System.Buffers.SearchValues.Create("—–-()[];:\"“”");

    private static readonly FrozenSet<string> Controllers = Lexicon.Lines("Lexicons/infinitive-control-words.txt").ToFrozenSet(StringComparer.Ordinal);

    private static readonly FrozenSet<string> ObjectControllers = Lexicon.Lines("Lexicons/infinitive-object-control-words.txt").ToFrozenSet(StringComparer.Ordinal);

    private static readonly FrozenSet<string> Fillers = Lexicon.Lines("Lexicons/infinitive-control-fillers.txt").ToFrozenSet(StringComparer.Ordinal);

    private static readonly FrozenSet<string> ClauseOpeners = Lexicon.Lines("Lexicons/infinitive-clause-openers.txt").ToFrozenSet(StringComparer.Ordinal);

    private static readonly FrozenSet<string> PrepositionalOpeners = Lexicon.Lines("Lexicons/infinitive-clause-prepositional-openers.txt").ToFrozenSet(StringComparer.Ordinal);

    private static readonly FrozenSet<string> ClauseBreakers = Lexicon.Lines("Lexicons/infinitive-clause-breakers.txt").ToFrozenSet(StringComparer.Ordinal);

    private static readonly FrozenSet<string> ObjectTakers = Lexicon.Lines("Lexicons/infinitive-object-takers.txt")
        .Concat(AttributionLexicon.TellVerbs).Concat(AttributionLexicon.UrgingVerbs).Concat(ObjectControllers)
        .ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>Gives each cue kept without a source that stands after "to" the subject of the words before "to", when
    /// those words hand it on, or else the subject of the clause that holds it.</summary>
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

            // "It is hard to imagine …", "when it comes to recognizing …", "It did require him to pledge …": "it" before
            // an infinitive cue is an expletive or a thing, never the one who speaks or judges.
            if (!candidate.IsSourceless && text.AsSpan(candidate.Source.Start, candidate.Source.End - candidate.Source.Start) is "it" or "It")
            {
                candidate = candidate with { Source = candidate.Cue, IsSourceless = true };
                found[i] = candidate;
            }

            if (Of(text, words, k - 1) is { } subject && (candidate.IsSourceless || candidate.Source.End <= subject.Start))
            {
                found[i] = WithSubject(text, words, candidate, subject);
            }
            // "to seem", "to appear" judge; "to be decided" is a passive, whose subject is what is acted on.
            else if (words[k].Lower is not ("seem" or "appear" or "be") && ClauseSubject(text, words, k - 1) is { } doer
                && (candidate.IsSourceless || candidate.Source.End <= doer.Start || candidate.Source.Start >= doer.End))
            {
                found[i] = WithSubject(text, words, candidate, doer);
            }
        }
    }

    // "Pilots who came to the pier to protest the meeting say …": when the subject handed on is the pronoun of a
    // restrictive relative clause, the infinitive's object ends before the main clause's verb, as the clause's own
    // verb's would (RestrictiveRelativeClause), so "say" keeps its relation.
    private static CueCandidate WithSubject(string text, List<WordToken> words, CueCandidate candidate, TextRange subject)
    {
        var content = candidate.Content;
        if (content is { } c && c.Start >= candidate.Cue.End && subject.End <= candidate.Cue.Start
            && RestrictiveRelativeClause.ObjectEnd(text, words, subject, WordIndex.FirstAtOrAfter(words, candidate.Cue.End) - 1, c) is { } objectEnd
            && objectEnd - c.Start >= 2)
        {
            content = new TextRange(c.Start, objectEnd);
        }

        return candidate with { Source = subject, IsSourceless = false, Content = content };
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

    // "Dana Holt took to the radio to say …", "Although Nora Vale does not plan to endorse Holt, …", "Holt on Friday held
    // a briefing to brag that …": an infinitive of purpose or of a verb's complement is done by the subject of the
    // clause it stands in, however many words of that clause's predicate come between them. The clause is the
    // sentence, or the one a conjunction opens with no comma before "to"; its subject is the one that opens it, or the
    // noun phrase before its verb (read leftward from "to"). Nothing may stand between that opens another clause
    // ("who", "and") or hands the infinitive to an object ("wanted voters to", "asked her to"); "it" and "there" name
    // nobody ("it is hard to say").
    private static TextRange? ClauseSubject(string text, List<WordToken> words, int to)
    {
        // "Tim Holt's job will be to see that …", "the goal is to show": after a form of "be" the infinitive names what
        // the subject is, not something it does.
        if (words[to - 1].Lower is "be" or "is" or "was" or "are" or "were" or "been")
        {
            return null;
        }

        var sentence = to;
        while (sentence > 0 && !words[sentence].OpensSentence)
        {
            sentence--;
        }

        for (var j = to - 1; j >= sentence; j--)
        {
            if (words[j].InQuote || CueFinder.HasPunctuation(text, words[j].End, words[j + 1].Start))
            {
                break;
            }

            if (ClauseOpeners.Contains(words[j].Lower))
            {
                return j + 1 < to ? SubjectOf(text, words, j + 1, to, true) : null;
            }

            // "Holt faces questions as she labors to persuade …", "Her plan has failed, and she struggles to explain
            // …": a personal pronoun in the subject case after a conjunction or a word that may be a preposition opens
            // a clause of its own, and that pronoun does what the infinitive in that clause says, not the sentence's
            // first subject.
            if (j + 2 < to && (PrepositionalOpeners.Contains(words[j].Lower) || words[j].Lower is "and" or "but")
                && !words[j + 1].InQuote && words[j + 1].IsPersonalSubjectPronoun && SubjectOf(text, words, j + 1, to, true) is { } pronounSubject)
            {
                return pronounSubject;
            }

            // "after the vote to say": a word that is also a preposition opens a clause only when a verb follows its
            // subject ("before Holt took the stage to thank …"); else the search goes on leftward.
            if (PrepositionalOpeners.Contains(words[j].Lower) && j + 1 < to && SubjectOf(text, words, j + 1, to, false) is { } subject)
            {
                return subject;
            }
        }

        return SubjectOf(text, words, sentence, to, true) ?? OpeningPhraseSubject(text, words, sentence, to);
    }

    // "Continuing to explain his plan, Holt said …", "In an effort to clarify her remarks, Nora Vale wrote …": an
    // infinitive inside the phrase that opens the sentence, before any comma, is done by the main clause's subject after
    // that phrase.
    private static TextRange? OpeningPhraseSubject(string text, List<WordToken> words, int sentence, int to)
    {
        var first = words[sentence];
        if (first.InQuote || !(first.Lower.EndsWith("ing", StringComparison.Ordinal) || first.Lower == "to" || AdverbialClause.IsOpener(first)))
        {
            return null;
        }

        for (var j = sentence; j < to; j++)
        {
            if (words[j].InQuote || CueFinder.HasPunctuation(text, words[j].End, words[j + 1].Start))
            {
                return null;
            }
        }

        return AdverbialClause.MainSubject(text, words, to) is { } subject && NamesSomeone(text, subject) ? subject : null;
    }

    // The subject of the clause that opens at word index clause and holds the "to" at index to: the subject that opens
    // it (when opening is set), or the noun phrase before its verb nearest "to" ("Holt on Friday held a briefing to …",
    // "In addressing the conference, Holt has a rare chance to …").
    private static TextRange? SubjectOf(string text, List<WordToken> words, int clause, int to, bool opening)
    {
        if (opening && SentenceSubject.Of(text, words.GetRange(clause, words.Count - clause), to - clause) is { } first
            && first.End <= words[to].Start && LeavesInfinitiveToSubject(text, words, WordIndex.FirstAtOrAfter(words, first.End), to))
        {
            return NamesSomeone(text, first) ? first : null;
        }

        for (var j = to - 1; j > clause && to - j <= MaxPredicateWords; j--)
        {
            // "the man shouted, using an expletive to describe …": a comma may set off the participle that leads to
            // "to"; a dash or a bracket sets off an aside with a subject of its own.
            if (!LeavesInfinitiveToSubject(text, words, j, to) || text.AsSpan(words[j].End, words[j + 1].Start - words[j].End).IndexOfAny(AsideMarks) >= 0)
            {
                return null;
            }

            // "said Tuesday night", "the decision not to": a time word or an adverb the verb test takes for part of a
            // cue is no verb here; "everything they can to help": an auxiliary right before "to" stands for a verb left
            // out.
            if (SentenceSubject.IsFiniteVerb(words, j) && !AttributionLexicon.CueTimeWords.Contains(words[j].Text)
                && !(AttributionLexicon.CueModifiers.Contains(words[j].Text) && !AttributionLexicon.AuxiliaryVerbs.Contains(words[j].Text) && AttributionLexicon.MatchVerb(words, j) == 0)
                && !(j == to - 1 && AttributionLexicon.AuxiliaryVerbs.Contains(words[j].Text)) && SourceBeforeCue.Find(text, words, j) is { } subject)
            {
                return subject.Start >= words[clause].Start && NamesSomeone(text, subject) ? subject : null;
            }
        }

        return null;
    }

    // Whether the words from index first up to "to" leave the infinitive to the subject before them: none opens another
    // clause ("who", "and", "it"), hands the infinitive to an object ("wanted voters to"), makes it a judgement on
    // nobody's act ("is hard to say") or is a participle after a noun ("rebuffed a heckler trying to ask her"), whose
    // noun does what the infinitive says.
    private static bool LeavesInfinitiveToSubject(string text, List<WordToken> words, int first, int to)
    {
        for (var j = first; j < to; j++)
        {
            var w = words[j];
            if (w.InQuote || ClauseBreakers.Contains(w.Lower) || HandsToObject(words, j)
                || text.AsSpan(w.End, words[j + 1].Start - w.End).IndexOfAny(';', ':') >= 0
                || (j > first && Controllers.Contains(w.Lower) && w.Lower.EndsWith("ing", StringComparison.Ordinal) && CueFinder.IsSpaceOnly(text, words[j - 1].End, w.Start)
                    && NounPhrase.IsPlainNoun(words, j - 1) && !AttributionLexicon.AuxiliaryVerbs.Contains(words[j - 1].Text)))
            {
                return false;
            }
        }

        return true;
    }

    // "wanted voters to", "asked her to": a verb whose object does what the infinitive says; not in the passive ("Holt
    // was prompted to say", "she was asked to explain"), whose subject is that object.
    private static bool HandsToObject(List<WordToken> words, int j) =>
        ObjectTakers.Contains(words[j].Lower) && !(j > 0 && (AttributionLexicon.FormsOfBe.Contains(words[j - 1].Lower) || words[j - 1].Lower is "get" or "got"));

    // "It is hard to say", "There is reason to believe", "This is to say", "Or just three years to see": an expletive, a
    // demonstrative or a conjunction names nobody; "who" stands for the person it follows ("voters who are inclined to
    // believe"), and PolNeAR marks it as the source.
    private static bool NamesSomeone(string text, TextRange subject)
    {
        // "It's hard not to wonder": a phrase that opens on such a word is no subject either.
        var phrase = text[subject.Start..subject.End];
        var opening = phrase.Split(' ')[0];
        return phrase is "who" || (!ClauseBreakers.Contains(opening.ToLowerInvariant()) && !AttributionLexicon.ClauseOpeners.Contains(phrase))
            && phrase is not ("This" or "this" or "That" or "that");
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
