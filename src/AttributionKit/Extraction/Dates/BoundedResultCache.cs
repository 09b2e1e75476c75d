using Microsoft.Extensions.Caching.Memory;

namespace AttributionKit.Extraction.Dates;

/// <summary>One of the recognizer's result caches after <see cref="RecognizerResultCaches"/> bounded it.</summary>
/// <param name="Owner">The static field that holds it (type and field name), for diagnostics.</param>
/// <param name="Cache">The bounded cache now in place.</param>
internal sealed record BoundedResultCache(string Owner, MemoryCache Cache);
