namespace AttributionKit.Extraction.Attribution;

/// <summary>A reporting cue found in a passage, with the words naming its source and what it attributes.</summary>
/// <param name="Cue">The cue words (<c>said</c>, <c>has also said</c>, <c>According to</c>).</param>
/// <param name="Source">The words naming who said it, with any appositive (<c>Patch, a former director,</c>).</param>
/// <param name="Content">What was said, when the passage holds it; <see langword="null"/> for a lead-in (<c>He added:</c>).</param>
/// <param name="IsLeadIn">Whether the cue ends its passage with a colon and introduces what follows.</param>
internal sealed record CueCandidate(TextRange Cue, TextRange Source, TextRange? Content, bool IsLeadIn)
{
    /// <summary>Whether the cue names nobody (<c>Asked whether …</c>, <c>he appears uneasy</c>): <see cref="Source"/> then
    /// repeats the cue and is not reported.</summary>
    public bool IsSourceless { get; init; }

    /// <summary>Whether quoted words in <see cref="Content"/> are taken as the source's speech: not after a cue of stance
    /// (<c>considers “smart”</c>, <c>voted for</c>) nor in a title-case headline, where quote marks sell a term.</summary>
    public bool AttributesQuotes { get; init; } = true;
}
