using System.Collections.Immutable;
using AttributionKit.Checking;
using AttributionKit.Model;

namespace AttributionKit;

/// <summary>Everything found in one article: its text and metadata, quotes, attributions, dates, outlets, claims and findings. Immutable.</summary>
public sealed class AnalysisResult
{
    internal AnalysisResult(
        Article article,
        DateOnly? referenceDate,
        ImmutableArray<Quote> quotes,
        ImmutableArray<Attribution> attributions,
        ImmutableArray<DateMention> dates,
        ImmutableArray<OutletCitation> outlets,
        ImmutableArray<Claim> claims,
        ImmutableArray<Finding> findings,
        AnalysisTimings timings)
    {
        Article = article;
        ReferenceDate = referenceDate;
        Quotes = quotes;
        Attributions = attributions;
        Dates = dates;
        Outlets = outlets;
        Claims = claims;
        Findings = findings;
        Timings = timings;
    }

    /// <summary>The loaded article.</summary>
    public Article Article { get; }

    /// <summary>The date relative expressions were resolved against, if any.</summary>
    public DateOnly? ReferenceDate { get; }

    /// <summary>The quotes, in text order.</summary>
    public ImmutableArray<Quote> Quotes { get; }

    /// <summary>Quotes and reported speech with their sources, in text order.</summary>
    public ImmutableArray<Attribution> Attributions { get; }

    /// <summary>The date and time expressions, in text order.</summary>
    public ImmutableArray<DateMention> Dates { get; }

    /// <summary>The outlets, agencies, platforms and bodies cited as sources, each once, in order of first citation.</summary>
    public ImmutableArray<OutletCitation> Outlets { get; }

    /// <summary>Check-worthy claims, in text order.</summary>
    public ImmutableArray<Claim> Claims { get; }

    /// <summary>The findings, ordered by position then rule id.</summary>
    public ImmutableArray<Finding> Findings { get; }

    /// <summary>Time spent in each stage.</summary>
    internal AnalysisTimings Timings { get; }

    /// <summary>Whether any finding is at or above <paramref name="severity"/>.</summary>
    /// <param name="severity">The threshold.</param>
    public bool HasFindingsAtOrAbove(Severity severity) => Findings.Any(f => f.Severity >= severity);
}
