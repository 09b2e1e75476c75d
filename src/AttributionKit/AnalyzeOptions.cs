using System.Collections.Immutable;
using AttributionKit.Checking;

namespace AttributionKit;

/// <summary>How <see cref="ArticleAnalyzer"/> reads and checks an article. Immutable; use <c>with</c> to vary it.</summary>
public sealed record AnalyzeOptions
{
    /// <summary>The default options: format detected, dates resolved against the document, every built-in rule at its default severity.</summary>
    public static AnalyzeOptions Default { get; } = new();

    /// <summary>The format to read the article as; <see langword="null"/> detects it from the file name and content.</summary>
    public ArticleFormat? Format { get; init; }

    /// <summary>The clock used when <see cref="ReferenceDatePolicy"/> asks for today's date. Injectable for tests.</summary>
    public TimeProvider Clock { get; init; } = TimeProvider.System;

    /// <summary>Which date relative expressions are resolved against.</summary>
    public ReferenceDatePolicy ReferenceDatePolicy { get; init; } = ReferenceDatePolicy.Document;

    /// <summary>A fixed reference date that overrides <see cref="ReferenceDatePolicy"/> when set.</summary>
    public DateOnly? ReferenceDate { get; init; }

    /// <summary>Rules of your own, checked after the built-in ones and configured like them.</summary>
    public ImmutableArray<ArticleRule> AdditionalRules { get; init; } = [];

    /// <summary>Severity per rule id or name, overriding the rule's default.</summary>
    public ImmutableDictionary<string, Severity> SeverityOverrides { get; init; } =
        ImmutableDictionary.Create<string, Severity>(StringComparer.OrdinalIgnoreCase);

    /// <summary>Rule ids or names that are switched off.</summary>
    public ImmutableHashSet<string> DisabledRules { get; init; } = ImmutableHashSet.Create<string>(StringComparer.OrdinalIgnoreCase);

    /// <summary>Whether <c>attributionkit-disable</c> comments in HTML and Markdown suppress findings. On by default.</summary>
    public bool InlineConfiguration { get; init; } = true;

    /// <summary>Extra outlet names: alias → canonical name (the canonical name may be one of the built-in gazetteer's or new).</summary>
    public ImmutableDictionary<string, string> OutletAliases { get; init; } =
        ImmutableDictionary.Create<string, string>(StringComparer.OrdinalIgnoreCase);

    /// <summary>
    /// The largest file read, in bytes; larger files are refused with a clear error. 16 MiB by default: news pages
    /// weigh well under 2 MiB, and a 50 MB page would take tens of seconds and over a gigabyte to analyse.
    /// </summary>
    public long MaxFileSize { get; init; } = 16L * 1024 * 1024;
}
