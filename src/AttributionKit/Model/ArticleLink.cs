namespace AttributionKit.Model;

/// <summary>A hyperlink in the main text: its anchor text and where it points.</summary>
public sealed class ArticleLink
{
    internal ArticleLink(Mention anchor, string href)
    {
        Anchor = anchor;
        Href = href;
    }

    /// <summary>The linked words.</summary>
    public Mention Anchor { get; }

    /// <summary>The link target as written in the page (not fetched, not resolved against the network).</summary>
    public string Href { get; }

    /// <summary>The host name of <see cref="Href"/> when it is an absolute http(s) address, without <c>www.</c>.</summary>
    public string? Host =>
        Uri.TryCreate(Href, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps)
            ? (uri.Host.StartsWith("www.", StringComparison.OrdinalIgnoreCase) ? uri.Host[4..] : uri.Host).ToLowerInvariant()
            : null;
}
