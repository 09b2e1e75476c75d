namespace AttributionKit.Model;

/// <summary>Where in a page a date the page gives for itself was found.</summary>
public enum DocumentDateSource
{
    /// <summary>schema.org JSON-LD (<c>datePublished</c>, <c>dateModified</c>, <c>dateCreated</c>).</summary>
    JsonLd = 0,

    /// <summary>A <c>&lt;meta&gt;</c> element (<c>article:published_time</c>, <c>og:</c>, <c>dc.date</c>, <c>parsely-pub-date</c>...).</summary>
    Meta = 1,

    /// <summary>An <c>itemprop</c> microdata attribute.</summary>
    ItemProp = 2,

    /// <summary>A <c>&lt;time datetime&gt;</c> element or a <c>pubdate</c> attribute.</summary>
    TimeElement = 3,

    /// <summary>A visible byline or "published on" line in the page.</summary>
    Byline = 4,

    /// <summary>A leading dateline of a plain-text or Markdown article.</summary>
    Dateline = 5,

    /// <summary>The date in the page's URL path (<c>/2020/04/10/</c>).</summary>
    Url = 6,

    /// <summary>Markdown YAML front matter (<c>date</c>).</summary>
    FrontMatter = 7,
}
