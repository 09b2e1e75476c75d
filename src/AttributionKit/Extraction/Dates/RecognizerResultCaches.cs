using System.Reflection;
using Microsoft.Extensions.Caching.Memory;

namespace AttributionKit.Extraction.Dates;

/// <summary>
/// Bounds the recognizer's result caches to a size that keeps the hits that matter and lets the rest go.
/// </summary>
/// <remarks>
/// Microsoft.Recognizers.Text memoises its date, date-period, time, time-period and number extractors in static
/// <c>ResultsCache</c> objects, each a <see cref="MemoryCache"/> of up to 20,000 results keyed by the text read (and, for
/// dates, the reference date). Its hits that pay come within one call: the extractors read the same text and the same
/// pieces of it many times over (turned off, with <c>DateTimeOptions.NoProtoCache</c>, a call costs about five times
/// as much). Across documents a hit needs the same words and the same reference date, which a run over different
/// pages rarely gives. Full, the five caches held 50–75 MB for the whole process's life: a run over the four
/// evaluation suites (1,379 documents) peaked at 406 MB where one suite alone peaked at 275–337 MB.
/// This replaces the cache inside each of them by one of <see cref="EntriesPerCache"/> entries; like the original it
/// drops its least recently used entries when full, so a call's own entries, the newest, stay. The cache hands out
/// copies of what it holds, so what it keeps changes no result. The caches are reached by reflection (a static field
/// of type <c>ResultsCache&lt;T&gt;</c> in the recognizer's assemblies, its instance field of type
/// <see cref="IMemoryCache"/>); where a version of the library lacks them, nothing changes.
/// </remarks>
internal static class RecognizerResultCaches
{
    /// <summary>
    /// How many results each cache keeps. One call adds up to a few hundred (the number cache most: every extractor
    /// reads the numbers of its own pieces of the text); two threads' calls at once, with room to spare, fit well
    /// below this.
    /// </summary>
    public const int EntriesPerCache = 2_000;

    private const BindingFlags Statics = BindingFlags.Static | BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.DeclaredOnly;
    private const BindingFlags Instances = BindingFlags.Instance | BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.DeclaredOnly;

    private static readonly Lazy<IReadOnlyList<BoundedResultCache>> Bounded = new(BoundAll, LazyThreadSafetyMode.ExecutionAndPublication);

    /// <summary>
    /// Bounds every result cache of the recognizer, once per process (later calls do nothing); returns the caches it
    /// bounded.
    /// </summary>
    public static IReadOnlyList<BoundedResultCache> EnsureBounded() => Bounded.Value;

    /// <summary>How many results the bounded caches hold now, together.</summary>
    public static int Count => Bounded.IsValueCreated ? Bounded.Value.Sum(c => c.Cache.Count) : 0;

    private static List<BoundedResultCache> BoundAll()
    {
        var bounded = new List<BoundedResultCache>();
        foreach (var assembly in RecognizerAssemblies())
        {
            Type[] types;
            try
            {
                types = assembly.GetTypes();
            }
            catch (ReflectionTypeLoadException ex)
            {
                types = [.. ex.Types.OfType<Type>()];
            }

            foreach (var type in types)
            {
                if (type.ContainsGenericParameters)
                {
                    continue;
                }

                foreach (var field in type.GetFields(Statics))
                {
                    if (!IsResultsCache(field.FieldType) || field.IsLiteral)
                    {
                        continue;
                    }

                    if (Bound(field) is { } cache)
                    {
                        bounded.Add(new BoundedResultCache($"{type.FullName}.{field.Name}", cache));
                    }
                }
            }
        }

        return bounded;
    }

    // Puts a bounded cache in place of the one a ResultsCache object holds; null when it holds none where expected.
    private static MemoryCache? Bound(FieldInfo owner)
    {
        object? resultsCache;
        try
        {
            // Reading the static field runs the type's initialiser, which creates the ResultsCache.
            resultsCache = owner.GetValue(null);
        }
        catch (Exception ex) when (ex is TargetInvocationException or TypeInitializationException or FieldAccessException)
        {
            return null;
        }

        var inner = resultsCache?.GetType().GetFields(Instances).FirstOrDefault(f => f.FieldType == typeof(IMemoryCache));
        if (resultsCache is null || inner is null)
        {
            return null;
        }

        var cache = new MemoryCache(new MemoryCacheOptions
        {
            SizeLimit = EntriesPerCache,

            // The library's own setting: when full, drop the 60 % least recently used.
            CompactionPercentage = 0.6,
            ExpirationScanFrequency = TimeSpan.FromHours(24),
        });
        try
        {
            inner.SetValue(resultsCache, cache);
        }
        catch (Exception ex) when (ex is FieldAccessException or ArgumentException)
        {
            cache.Dispose();
            return null;
        }

        // The replaced cache holds at most the entries of a few calls made before this ran; let them go.
        return cache;
    }

    private static bool IsResultsCache(Type type) =>
        type.IsGenericType && type.GetGenericTypeDefinition() is { Name: "ResultsCache`1" } definition
        && definition.Namespace == "Microsoft.Recognizers.Text.InternalCache";

    // The recognizer's assemblies that the date model loads (its date-time and number extractors).
    private static IEnumerable<Assembly> RecognizerAssemblies()
    {
        var anchor = typeof(Microsoft.Recognizers.Text.DateTime.DateTimeModel).Assembly;
        yield return anchor;
        foreach (var reference in anchor.GetReferencedAssemblies())
        {
            if (reference.Name is { } name && name.StartsWith("Microsoft.Recognizers.Text", StringComparison.Ordinal))
            {
                Assembly loaded;
                try
                {
                    loaded = Assembly.Load(reference);
                }
                catch (Exception ex) when (ex is FileNotFoundException or FileLoadException or BadImageFormatException)
                {
                    continue;
                }

                yield return loaded;
            }
        }
    }
}
