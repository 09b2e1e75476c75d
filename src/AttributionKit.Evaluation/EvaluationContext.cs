namespace AttributionKit.Evaluation;

/// <summary>Where the data is and how much of it to use.</summary>
/// <param name="DatasetsRoot">The folder holding the gold sets (<c>../shared/datasets</c> by default).</param>
/// <param name="Limit">Score only the first N items (for quick runs), or <see langword="null"/> for all.</param>
/// <param name="Verbose">Print each item's outcome.</param>
/// <param name="Out">Where scores are printed.</param>
internal sealed record EvaluationContext(string DatasetsRoot, int? Limit, bool Verbose, TextWriter Out)
{
    /// <summary>A folder of the datasets root.</summary>
    public string Dataset(string name) => Path.Combine(DatasetsRoot, name);
}
