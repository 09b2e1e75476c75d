namespace AttributionKit;

/// <summary>Time spent in each pipeline stage of one analysis, for the evaluation command and benchmarks.</summary>
internal readonly record struct AnalysisTimings(
    TimeSpan Load,
    TimeSpan Segment,
    TimeSpan Dates,
    TimeSpan Outlets,
    TimeSpan Attribution,
    TimeSpan Claims,
    TimeSpan Rules);
