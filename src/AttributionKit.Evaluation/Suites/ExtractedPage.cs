namespace AttributionKit.Evaluation.Suites;

/// <summary>What the main-text suite scores of a page's result: the extracted text and the title.</summary>
internal sealed record ExtractedPage(string Text, string? Title);
