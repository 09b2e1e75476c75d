using System.Collections.Frozen;
using AttributionKit.Text;

namespace AttributionKit.Extraction.Attribution;

/// <summary>
/// Reporting verbs in the passive: with an agent after "by" ("the bill, opposed by House Republicans", "Lee was praised by
/// Ann Reeve") the agent is the source and what the verb acts on is the content; without one ("was asked", "has been
/// criticized") nobody is named. A feeling ("worried by") names its cause, not a source, after "by".
/// </summary>
internal static class PassiveCue
{
    private static readonly FrozenSet<string> DeadlineHeads = Lexicon.Lines("Lexicons/deadline-heads.txt").ToFrozenSet(StringComparer.Ordinal);

    private static readonly FrozenSet<string> DescribingParticiples = Lexicon.Lines("Lexicons/describing-participles.txt").ToFrozenSet(StringComparer.Ordinal);

    // "was asked", "has been criticized", "is seen" with no "by" after it. The participle is the first word of the verb's
    // phrase, so a particle or preposition after it keeps the passive ("has been singled out", "was warned about"), and
    // so do "said", "told" and irregular forms ("I was told that …", "it is said that …", "Holt is thought to …"): the
    // subject is whom the words went to or were about, never who said them. "quoted" ("is quoted as saying"), "assured",
    // feelings ("is worried about") and stances ("is focused on", "were opposed to") keep their subject as the holder.
    internal static bool IsAgentless(List<WordToken> words, int cueFirst, int verb, int span)
    {
        var participle = words[verb];
        if (verb == cueFirst || participle.Lower is "quoted" or "assured" || IsFeeling(participle) || AttributionLexicon.StanceParticiples.Contains(participle.Lower)
            || !(CueFinder.IsPastTense(participle) || CueFinder.IsIrregularPast(participle) || participle.Lower is "shown" or "seen" or "known" or "said" or "told"))
        {
            return false;
        }

        var be = false;
        for (var k = cueFirst; k < verb; k++)
        {
            be |= AttributionLexicon.FormsOfBe.Contains(words[k].Lower);
        }

        var cueLast = verb + span - 1;
        return be && !(cueLast + 1 < words.Count && !words[cueLast + 1].InQuote && words[cueLast + 1].Lower == "by");
    }

    /// <summary>
    /// Whether the participle at word <paramref name="verb"/>, with "by" after it, is joined straight to a plain noun that
    /// names no message (speech-nouns.txt, clause-speech-nouns.txt, that-complement-nouns.txt): "judges nominated by
    /// harbour mayors", "a video posted by the station", "exit polls reported by the networks" tell who acted on a
    /// person or thing, and nothing said is reported (PolNeAR train: 24 such predictions, 8 right). After a message noun
    /// the participle reports it ("an allegation rejected by the board", "a call echoed by Holt"); set off by a comma
    /// ("the bill, opposed by the union"), after a form of "be", or as a feeling ("officials worried by the rise") it is
    /// left to the other rules, and so is a participle of describing (describing-participles.txt: "the pier described by
    /// the mayor").
    /// </summary>
    internal static bool IsParticipleOnThing(string text, List<WordToken> words, int verb, int span)
    {
        if (span != 1 || verb < 1 || verb + 1 >= words.Count || words[verb + 1].Lower != "by" || words[verb + 1].InQuote
            || words[verb].InQuote || words[verb].IsCapitalized || !CueFinder.IsPastTense(words[verb]) || IsFeeling(words[verb])
            || DescribingParticiples.Contains(words[verb].Lower))
        {
            return false;
        }

        var noun = words[verb - 1];
        return !noun.InQuote && !noun.IsCapitalized && CueFinder.IsSpaceOnly(text, noun.End, words[verb].Start) && NounPhrase.IsPlainNoun(words, verb - 1)
            && !AttributionLexicon.Pronouns.Contains(noun.Text) && !IsMessageNoun(noun.Lower);
    }

    // A noun that names something said or held, which a participle right after it reports ("a claim denied by Holt"):
    // the lexicons of speech nouns, of nouns taking a clause and of nouns whose "that" opens one.
    private static bool IsMessageNoun(string lower) =>
        PossessedSpeechNoun.Nouns.Contains(lower) || SpeechNounClause.Nouns.Contains(lower) || AttributionLexicon.ThatComplementNouns.Contains(lower);

    /// <summary>
    /// The agent of a passive participle at word <paramref name="participle"/> that a short phrase of time, place or
    /// purpose keeps from it ("was recommended for the job by Roger Stone", "were highlighted during this year's campaign
    /// by some of Trump's competitors"): the phrase after "by", when it names someone (not a measure, "by 10 percent")
    /// and no punctuation, quote or new clause comes first.
    /// </summary>
    internal static TextRange? DistantAgent(string text, List<WordToken> words, int participle)
    {
        for (var j = participle + 1; j < words.Count && j - participle <= 8; j++)
        {
            var w = words[j];
            if (w.InQuote || CueFinder.HasPunctuation(text, words[j - 1].End, w.Start)
                || w.Lower is "and" or "or" or "but" or "that" or "which" or "who" or "because" or "while" or "when" or "as" or "if"
                || (w.Lower == "to" && !IsRecipientAfterTo(words, j)))
            {
                return null;
            }

            if (w.Lower != "by" || j == participle + 1 || j + 1 >= words.Count || words[j + 1].InQuote || char.IsDigit(words[j + 1].Text[0]))
            {
                continue;
            }

            // "was revealed in documents made public by the FBI": "by" after another participle is that one's.
            return CueFinder.IsPastTense(words[j - 1]) || CueFinder.IsIrregularPast(words[j - 1]) ? null : AgentAfterBy(text, words, j);
        }

        return null;
    }

    // "to" before an object pronoun names whom the words went to ("The plans were described to him by a harbour
    // pilot"), not a verb of its own ("was asked to keep the logs by …"), so an agent may follow it.
    private static bool IsRecipientAfterTo(List<WordToken> words, int to) =>
        to + 1 < words.Count && !words[to + 1].InQuote && words[to + 1].Lower is "him" or "her" or "them" or "me" or "us";

    /// <summary>
    /// The agent of a passive that stands after the verb's complement, inside the content found after the cue, with the
    /// end of that complement: "Holt was declared the winner in the Dover, Marsh and Lyme races by news organizations",
    /// "Vale was appointed to the harbour board by Mayor Dana Holt", "the skippers had been asked to keep the logs by the
    /// harbour committee". The agent is who declared, appointed or asked, so it is the source, and the complement before
    /// "by" is the content. Not when a clause, a quote or another participle comes first ("was declared the winner of a
    /// race that was marred by fraud", "was asked during a forum hosted by the Post"), nor for a margin or a time after
    /// "by" ("by two votes", "by the narrowest of margins", "by Friday").
    /// </summary>
    internal static (TextRange Agent, int ComplementEnd)? AgentAfterComplement(string text, List<WordToken> words, int participle, TextRange content)
    {
        for (var j = participle + 1; j + 1 < words.Count && words[j].End <= content.End; j++)
        {
            var w = words[j];
            var gap = text.AsSpan(words[j - 1].End, w.Start - words[j - 1].End).Trim();
            if (w.InQuote || !(gap.IsEmpty || gap is [','])
                || AttributionLexicon.SubordinatingConjunctions.Contains(w.Lower) || AttributionLexicon.FormsOfBe.Contains(w.Lower) || w.Lower is "that" or "which" or "who" or "whom" or "whose"
                || (w.Lower is "and" or "or" or "but" && !words[j + 1].IsCapitalized)
                || (!w.IsCapitalized && (CueFinder.IsPastTense(w) || CueFinder.IsIrregularPast(w))))
            {
                return null;
            }

            if (w.Lower != "by" || j == participle + 1)
            {
                continue;
            }

            var next = words[j + 1];
            if (next.InQuote || AttributionLexicon.DayWords.Contains(next.Text) || IsTimeAfterBy(words, j + 1)
                || MonthNames.All.Contains(next.Text) || DecidedByMargin.MarginFollows(text, words, j)
                || NounPhrase.IsNumberWord(next))
            {
                return null;
            }

            // The agent ends before a phrase of manner, reason or time ("by news organizations early Tuesday night", "by
            // the mayor in 1993").
            var last = PassiveAgentContent.AgentEnd(text, words, j + 1, content.End);
            for (var k = j + 2; k <= last; k++)
            {
                if (AttributionLexicon.TimeWords.Contains(words[k].Lower) || AttributionLexicon.DayWords.Contains(words[k].Lower))
                {
                    last = k - 2 > j && words[k - 1].Lower is "early" or "late" or "last" or "this" or "next" ? k - 2 : k - 1;
                    break;
                }
            }

            return NounPhrase.CanNameSource(words, j + 1, last) ? (new TextRange(next.Start, words[last].End), words[j - 1].End) : null;
        }

        return null;
    }

    // Whether the phrase from word <paramref name="first"/> after "by" tells a time ("by Friday", "by next week", "by the
    // end of May", "by this weekend"). An article opens a time only before a word of time: "by the mayor", "by a
    // harbour pilot" name who acted ("Holt was nominated to the board by the mayor").
    private static bool IsTimeAfterBy(List<WordToken> words, int first)
    {
        var word = words[first];
        if (word.Lower is not ("the" or "a" or "an" or "this" or "that"))
        {
            return AttributionLexicon.CueTimeWords.Contains(word.Lower);
        }

        if (first + 1 >= words.Count)
        {
            return true;
        }

        var head = words[first + 1].Lower;
        return AttributionLexicon.CueTimeWords.Contains(head) || AttributionLexicon.TimeWords.Contains(head) || AttributionLexicon.DayWords.Contains(head)
            || DeadlineHeads.Contains(head);
    }

    // The phrase after "by" at word <paramref name="by"/> when it names someone (not a measure, "by 10 percent"); a
    // relative clause after a comma describes the agent and stays out of it.
    private static TextRange? AgentAfterBy(string text, List<WordToken> words, int by)
    {
        if (by + 1 >= words.Count || words[by + 1].InQuote || char.IsDigit(words[by + 1].Text[0]) || SourceAfterCue.Find(text, words, by + 1) is not { } agent)
        {
            return null;
        }

        var last = by + 1;
        while (last + 1 < words.Count && words[last + 1].End <= agent.End)
        {
            last++;
        }

        // "by Bernie Sanders, who cites them as evidence": a relative clause after the agent describes it, and
        // stays out as PolNeAR marks it.
        for (var r = by + 2; r <= last; r++)
        {
            if (words[r].Lower is "who" or "which" or "whose" && text.AsSpan(words[r - 1].End, words[r].Start - words[r - 1].End).Trim() is [','])
            {
                agent = new TextRange(agent.Start, words[r - 1].End);
                last = r - 1;
                break;
            }
        }

        return words[last].Lower is not ("percent" or "points" or "margin") && NounPhrase.CanNameSource(words, by + 1, last) ? agent : null;
    }

    /// <summary>
    /// A cue in the passive with its agent: "the bill, opposed by House Republicans, …", "Lee was praised by Ann Reeve",
    /// "the country described by the president". The agent after "by" is the source; what the verb acts on (the
    /// subject, or the noun phrase right before the participle) is the content.
    /// </summary>
    internal static CueCandidate? Find(string text, TextRange frame, List<WordToken> words, int verb, int span)
    {
        var by = verb + span;
        var form = words[verb + span - 1];
        if (span != 1 || by + 1 >= words.Count || words[by].Lower != "by" || words[by].InQuote || !form.Lower.EndsWith("ed", StringComparison.Ordinal)
            || AttributionLexicon.TellVerbs.Contains(form.Text) || !CueFinder.IsSpaceOnly(text, form.End, words[by].Start) || IsFeeling(form))
        {
            return null;
        }

        var agent = SourceAfterCue.Find(text, words, by + 1);
        if (agent is not { } source || AttributionLexicon.Pronouns.Contains(words[by + 1].Text) && words[by + 1].Lower is "it" or "its")
        {
            return null;
        }

        var cueFirst = CueFinder.CueStart(text, words, verb);

        if (cueFirst == 0 || words[cueFirst - 1].InQuote)
        {
            return null;
        }

        var gap = text.AsSpan(words[cueFirst - 1].End, words[cueFirst].Start - words[cueFirst - 1].End).Trim();
        var auxiliary = cueFirst < verb;
        TextRange? patient;
        if (auxiliary)
        {
            // "Lee was praised by Reeve": the subject before the auxiliary.
            patient = gap.IsEmpty ? SourceBeforeCue.Find(text, words, cueFirst) ?? SentenceSubject.Of(text, words, cueFirst) : null;
        }
        else if (gap is [','] || (gap.IsEmpty && NounPhrase.IsPlainNoun(words, cueFirst - 1) && !words[cueFirst - 1].IsCapitalized))
        {

            // "The plan, opposed by the union, goes to a vote": the participle phrase is set off by commas inside the
            // sentence, so its agent ends at the comma that closes it, never running on into the main clause.
            if (gap is [','])
            {
                source = WithinInsertedPhrase(text, source);
            }

            // "the bill, opposed by …", "the country described by …": the noun phrase before the participle.
            var first = NounPhrase.Start(text, words, cueFirst - 1);
            patient = first >= 0 && first <= cueFirst - 1 && !AttributionLexicon.Pronouns.Contains(words[cueFirst - 1].Text)
                ? new TextRange(words[first].Start, words[cueFirst - 1].End)
                : null;
        }
        else
        {
            patient = null;
        }

        if (patient is not { } content || content.Length < 2 || AttributionLexicon.Pronouns.Contains(text.Substring(content.Start, content.Length)) && !auxiliary)
        {
            return null;
        }

        // "It was reported by the Gazette that the pier would close": an expletive "it" stands for the clause after the
        // agent, which is what was reported.
        var afterAgent = WordIndex.FirstAtOrAfter(words, source.End);
        if (auxiliary && text.AsSpan(content.Start, content.Length).Equals("it", StringComparison.OrdinalIgnoreCase)
            && afterAgent >= 0 && afterAgent < words.Count && words[afterAgent].Lower == "that" && !words[afterAgent].InQuote
            && ContentBoundary.ContentFrom(text, frame, words[afterAgent].Start) is { } reported)
        {
            content = reported;
        }

        return new CueCandidate(new TextRange(words[cueFirst].Start, words[verb + span - 1].End), source, content, false);
    }

    // The agent of a participle phrase set off by commas: an agent read on to the sentence's end ("the union, goes to a
    // vote in May") crossed the comma closing the phrase, which is the last comma in it; the agent stops before it.
    private static TextRange WithinInsertedPhrase(string text, TextRange agent)
    {
        var after = text.AsSpan(agent.End).TrimStart();
        if (!(after.IsEmpty || after[0] is '.' or '!' or '?' or '\n'))
        {
            return agent;
        }

        var span = text.AsSpan(agent.Start, agent.Length);
        var comma = span.LastIndexOf(',');
        return comma > 0 ? new TextRange(agent.Start, agent.Start + span[..comma].TrimEnd().Length) : agent;
    }

    // "worried by", "encouraged by": a feeling, whose cause after "by" is what the feeling is about, not its source.
    private static bool IsFeeling(WordToken word) =>
        AttributionLexicon.FeelingParticiples.Contains(word.Lower);
}
