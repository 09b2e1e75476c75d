using AttributionKit.Model;

namespace AttributionKit.Extraction.Attribution;

/// <summary>
/// A relative clause of endorsement inside another report's source ("“The pier must close,” said Dana Holt, a pilot who
/// backs the mayor", "Nora Vale, who has endorsed Holt, said …") tells who the speaker is: PolNeAR keeps the clause
/// inside that source and annotates no relation of its own for it. Measured on PolNeAR train, such clauses (endorse,
/// support, back, challenge, oppose, favor) were a relation of their own 5 times in 34; clauses of saying or judging in
/// the same place ("who said …", "who criticized …") are annotated about half the time and stay.
/// </summary>
internal static class RelativeStanceInSource
{
    /// <summary>
    /// Whether <paramref name="inner"/>, a report without quotes, is sourced by a relative pronoun that another draft's
    /// source spans, with an endorsement verb in its cue. A clause holding quotes keeps them credited and stays.
    /// </summary>
    /// <param name="text">The article's main text, which the drafts' ranges index.</param>
    /// <param name="inner">The draft to test.</param>
    /// <param name="drafts">The drafts of the article.</param>
    public static bool IsWithinOtherSource(string text, AttributionDraft inner, IReadOnlyList<AttributionDraft> drafts)
    {
        if (inner.Quotes.Count > 0 || inner.Source is not { } source || inner.Cue is not { } cue
            || !AttributionLexicon.RelativeSubjectPronouns.Contains(text.Substring(source.Start, source.Length))
            || !WordTokenizer.Tokenize(text, cue.Start, cue.End).Any(w => AttributionLexicon.EndorsementVerbs.Contains(w.Text)))
        {
            return false;
        }

        return drafts.Any(d => d != inner && d.Source is { } host && host.Start < source.Start && source.Start < host.End);
    }
}
