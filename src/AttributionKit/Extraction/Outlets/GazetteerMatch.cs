namespace AttributionKit.Extraction.Outlets;

/// <summary>A gazetteer name found in the text.</summary>
/// <param name="Range">Where the name stands in <see cref="Model.Article.Text"/>.</param>
/// <param name="Entry">The outlet it names.</param>
/// <param name="IsShortForm">Whether it matched by an ambiguous short form (<c>the Post</c>).</param>
internal readonly record struct GazetteerMatch(TextRange Range, OutletEntry Entry, bool IsShortForm);
