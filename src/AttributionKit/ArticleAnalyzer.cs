using System.Collections.Immutable;
using System.Diagnostics;
using AttributionKit.Checking;
using AttributionKit.Extraction;
using AttributionKit.Extraction.Attribution;
using AttributionKit.Extraction.Claims;
using AttributionKit.Extraction.Dates;
using AttributionKit.Extraction.Outlets;
using AttributionKit.Loading;
using AttributionKit.Model;
using AttributionKit.Segmentation;

namespace AttributionKit;

/// <summary>
/// The entry point: turns an article into an <see cref="AnalysisResult"/>. The pipeline reads top to bottom:
/// load → segment → extract (dates, outlets, quotes and attributions, claims) → check (rules).
/// Thread-safe: analyse as many articles in parallel as you like.
/// </summary>
public static class ArticleAnalyzer
{
    /// <summary>Reads and analyses an article file with the default options; the format is detected from its name and content.</summary>
    /// <param name="path">The file to read.</param>
    /// <exception cref="ArticleLoadException">The file is missing, empty, binary, too large or unreadable.</exception>
    public static AnalysisResult Analyze(string path) => Analyze(path, AnalyzeOptions.Default);

    /// <summary>Reads and analyses an article file; the format is detected from its name and content unless <see cref="AnalyzeOptions.Format"/> says.</summary>
    /// <param name="path">The file to read.</param>
    /// <param name="options">How to read and check it.</param>
    /// <exception cref="ArticleLoadException">The file is missing, empty, binary, too large or unreadable.</exception>
    public static AnalysisResult Analyze(string path, AnalyzeOptions options)
    {
        ArgumentNullException.ThrowIfNull(path);
        ArgumentNullException.ThrowIfNull(options);
        return Run(() => ArticleLoader.LoadFile(path, options), options);
    }

    /// <summary>Analyses an article held in memory.</summary>
    /// <param name="content">The article's text.</param>
    /// <param name="format">Its format.</param>
    /// <param name="options">How to check it (its <see cref="AnalyzeOptions.Format"/> is ignored).</param>
    /// <exception cref="ArticleLoadException">The text is empty or holds no article text.</exception>
    public static AnalysisResult Analyze(string content, ArticleFormat format, AnalyzeOptions options)
    {
        ArgumentNullException.ThrowIfNull(content);
        ArgumentNullException.ThrowIfNull(options);
        return Run(() => ArticleLoader.LoadText(content, null, format, ArticleLoader.Today(options.Clock)), options);
    }

    /// <summary>Reads and analyses an article from a stream (for example standard input), decoding it like a file.</summary>
    /// <param name="stream">The bytes of the article.</param>
    /// <param name="displayPath">The name to report it under (and to detect its format from), or <see langword="null"/>.</param>
    /// <param name="options">How to read and check it.</param>
    /// <exception cref="ArticleLoadException">The stream is empty, binary, too large or unreadable.</exception>
    public static AnalysisResult Analyze(Stream stream, string? displayPath, AnalyzeOptions options)
    {
        ArgumentNullException.ThrowIfNull(stream);
        ArgumentNullException.ThrowIfNull(options);
        return Run(() => ArticleLoader.LoadStream(stream, displayPath, options), options);
    }

    private static AnalysisResult Run(Func<Article> load, AnalyzeOptions options)
    {
        var clock = Stopwatch.StartNew();
        var article = load();
        var tLoad = Lap(clock);

        var reference = ChooseReferenceDate(article, options);
        var segmented = SentenceSegmenter.Segment(article);
        var tSegment = Lap(clock);

        var dates = DateExtractor.Extract(segmented, reference);
        var tDates = Lap(clock);

        var outlets = OutletExtractor.Extract(segmented, options);
        var tOutlets = Lap(clock);

        var attribution = AttributionExtractor.Extract(segmented, outlets);
        var tAttribution = Lap(clock);

        var claims = ClaimExtractor.Extract(segmented, dates, outlets, attribution);
        var tClaims = Lap(clock);

        var state = new AnalysisState(segmented, reference, dates, outlets, attribution, claims);
        var findings = RuleRunner.Run(state, options);
        var tRules = Lap(clock);

        return new AnalysisResult(
            article,
            reference,
            attribution.Quotes,
            attribution.Attributions,
            dates.Mentions,
            outlets.Citations,
            claims.Claims,
            findings,
            new AnalysisTimings(tLoad, tSegment, tDates, tOutlets, tAttribution, tClaims, tRules));
    }

    private static DateOnly? ChooseReferenceDate(Article article, AnalyzeOptions options)
    {
        if (options.ReferenceDate is { } fixedDate)
        {
            return fixedDate;
        }

        var today = DateOnly.FromDateTime(options.Clock.GetLocalNow().DateTime);
        return options.ReferenceDatePolicy switch
        {
            ReferenceDatePolicy.Clock => today,
            ReferenceDatePolicy.DocumentOrClock => article.Metadata.Published?.Date ?? today,
            _ => article.Metadata.Published?.Date,
        };
    }

    private static TimeSpan Lap(Stopwatch clock)
    {
        var elapsed = clock.Elapsed;
        clock.Restart();
        return elapsed;
    }
}
