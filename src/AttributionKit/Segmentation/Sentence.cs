namespace AttributionKit.Segmentation;

/// <summary>One sentence of the main text and the block it belongs to.</summary>
/// <param name="Range">The sentence's range in <see cref="Model.Article.Text"/>, without surrounding white space.</param>
/// <param name="BlockIndex">The index of its block in <see cref="Model.Article.Blocks"/>.</param>
internal readonly record struct Sentence(TextRange Range, int BlockIndex);
