namespace AttributionKit.Extraction.Attribution;

/// <summary>
/// A passive cue whose rules read the subject as its source and the agent phrase as what it reports ("The plan was
/// criticized by Dana Holt": source "The plan", content "by Dana Holt"): in the passive the subject is what the verb
/// acts on and the agent after "by" is who acts, so the two swap. Only when the cue holds a form of "be" before a past
/// participle, or is a bare participle set right after the noun it describes ("a plan opposed by the union").
/// </summary>
internal static class PassiveAgentContent
{
    internal static void Apply(string text, List<WordToken> words, List<CueCandidate> found)
    {
        for (var i = 0; i < found.Count; i++)
        {
            var c = found[i];
            if (c.IsSourceless || c.IsLeadIn || c.Content is not { } content || c.Source.End > c.Cue.Start)
            {
                continue;
            }

            var by = WordIndex.FirstAtOrAfter(words, content.Start);
            if (by < 1 || by + 1 >= words.Count || words[by].Start != content.Start || words[by].Lower != "by" || words[by + 1].InQuote || !IsPassiveCue(text, words, c)
                || words[by + 1].Lower.EndsWith("ing", StringComparison.Ordinal) || char.IsDigit(words[by + 1].Text[0]))
            {
                continue;
            }

            var last = AgentEnd(text, words, by + 1, content.End);
            if (last < by + 1)
            {
                continue;
            }

            found[i] = c with { Source = new TextRange(words[by + 1].Start, words[last].End), Content = c.Source };
        }
    }

    // "was backed by", "has been soundly rejected by", "a call echoed by": a past participle closing the cue, after a
    // form of "be" in it or right after a noun (no comma, no verb of its own in the cue).
    private static bool IsPassiveCue(string text, List<WordToken> words, CueCandidate candidate)
    {
        var cue = candidate.Cue;
        var first = words.FindIndex(w => w.Start >= cue.Start);
        var last = words.FindLastIndex(w => w.End <= cue.End);
        if (first < 0 || last < first || !(CueFinder.IsPastTense(words[last]) || CueFinder.IsIrregularPast(words[last])))
        {
            return false;
        }

        for (var k = first; k < last; k++)
        {
            if (AttributionLexicon.FormsOfBe.Contains(words[k].Lower) || words[k].Lower is "'s" or "’s")
            {
                return true;
            }
        }

        // "the centrist policies once championed by …", "a call echoed by …": a participle (with an adverb) right after
        // the common noun it describes, which the rules read as the source. Not after a name or pronoun, where the form
        // is the past tense of an active verb ("Holt said by then …").
        if (first == 0)
        {
            return false;
        }

        var noun = words[first - 1];
        return !noun.InQuote && !noun.IsCapitalized && candidate.Source.End == noun.End
            && !AttributionLexicon.Pronouns.Contains(noun.Text) && !AttributionLexicon.ClauseOpeners.Contains(noun.Text)
            && !AttributionLexicon.CueModifiers.Contains(noun.Text) && CueFinder.IsSpaceOnly(text, noun.End, words[first].Start);
    }

    // "in 1968", "in November", "at night": a date after the agent (not a share, "6 in 10").
    private static bool IsDate(WordToken word) =>
        char.IsDigit(word.Text[0]) || AttributionLexicon.TimeWords.Contains(word.Lower) || AttributionLexicon.DayWords.Contains(word.Lower);

    // The last word of the agent from word first up to the content's end: it stops at a word opening a phrase of manner,
    // reason or time ("by Japan on Saturday", "by the media as a bumbler", "by the council in 2015"), at "of" before a gerund ("by the press of
    // hiding it"), and at a comma not followed by a capitalized appositive ("by the U.S., held on").
    internal static int AgentEnd(string text, List<WordToken> words, int first, int end)
    {
        var last = first;
        for (var k = first + 1; k < words.Count && words[k].End <= end; k++)
        {
            var gap = text.AsSpan(words[k - 1].End, words[k].Start - words[k - 1].End).Trim();
            if (words[k].InQuote || (!gap.IsEmpty && !(gap is [','] && words[k].IsCapitalized)) || AttributionLexicon.PassiveAgentStops.Contains(words[k].Lower)
                || (words[k].Lower == "of" && k + 1 < words.Count && words[k + 1].Lower.EndsWith("ing", StringComparison.Ordinal))
                || (words[k].Lower is "in" or "at" && k + 1 < words.Count && IsDate(words[k + 1]) && !NounPhrase.IsNumberWord(words[k - 1])))
            {
                break;
            }

            last = k;
        }

        return last;
    }
}
