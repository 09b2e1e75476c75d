using AngleSharp.Dom;
using AttributionKit.Model;

namespace AttributionKit.Loading.Html;

/// <summary>The page's metadata and the headline element found with it.</summary>
internal sealed record HtmlMetadata(DocumentMetadata Metadata, IElement? Headline);
