using System.Reflection;
using AttributionKit.Extraction.Dates;
using Microsoft.Extensions.Caching.Memory;
using Microsoft.Recognizers.Text;

namespace AttributionKit.Tests.Extraction.Dates;

public class RecognizerResultCachesTests
{
    [Fact]
    public void Bounds_the_date_time_and_number_caches_the_recognizer_fills()
    {
        var caches = RecognizerResultCaches.EnsureBounded();

        var owners = caches.Select(c => c.Owner).ToList();
        owners.Should().Contain(o => o.EndsWith(".BaseDateExtractor.ResultsCache", StringComparison.Ordinal));
        owners.Should().Contain(o => o.EndsWith(".BaseDatePeriodExtractor.ResultsCache", StringComparison.Ordinal));
        owners.Should().Contain(o => o.EndsWith(".BaseTimeExtractor.ResultsCache", StringComparison.Ordinal));
        owners.Should().Contain(o => o.EndsWith(".BaseTimePeriodExtractor.ResultsCache", StringComparison.Ordinal));
        owners.Should().Contain(o => o.EndsWith(".BaseNumberExtractor.ResultsCache", StringComparison.Ordinal));
        RecognizerResultCaches.EnsureBounded().Should().BeSameAs(caches, "the caches are bounded once per process");
    }

    [Fact]
    public void The_bounded_cache_is_the_one_the_recognizer_uses()
    {
        var caches = RecognizerResultCaches.EnsureBounded();
        var dateCache = caches.Single(c => c.Owner.EndsWith(".BaseDateExtractor.ResultsCache", StringComparison.Ordinal));

        // Emptied, the cache must take the date extractor's result for the text (tests in other classes may add more).
        dateCache.Cache.Compact(1.0);
        DateRecognizerModels.Get(Culture.English).Parse("The hearing on March 3 was moved.", new DateTime(2024, 5, 17));

        dateCache.Cache.Count.Should().BeGreaterThan(0);
        InnerCacheOf(typeof(Microsoft.Recognizers.Text.DateTime.BaseDateExtractor)).Should().BeSameAs(dateCache.Cache);
    }

    [Fact]
    public void A_full_cache_holds_no_more_than_its_bound_and_the_recognizer_still_answers()
    {
        var caches = RecognizerResultCaches.EnsureBounded();
        var numberCache = caches.Single(c => c.Owner.EndsWith(".BaseNumberExtractor.ResultsCache", StringComparison.Ordinal)).Cache;

        // Fill it past its bound with entries of keys the recognizer never asks for.
        for (var i = 0; i < RecognizerResultCaches.EntriesPerCache + 500; i++)
        {
            numberCache.Set(("test", i), new List<object>(), new MemoryCacheEntryOptions().SetSize(1));
        }

        numberCache.Count.Should().BeLessThanOrEqualTo(RecognizerResultCaches.EntriesPerCache);
        var results = DateRecognizerModels.Get(Culture.English).Parse("The talks lasted three weeks and ended on Tuesday.", new DateTime(2024, 5, 17));
        results.Select(r => r.Text).Should().Equal("three weeks", "tuesday");
    }

    private static object? InnerCacheOf(Type extractor)
    {
        var owner = extractor.GetField("ResultsCache", BindingFlags.Static | BindingFlags.NonPublic | BindingFlags.Public)!.GetValue(null)!;
        return owner.GetType().GetFields(BindingFlags.Instance | BindingFlags.NonPublic).Single(f => f.FieldType == typeof(IMemoryCache)).GetValue(owner);
    }
}
