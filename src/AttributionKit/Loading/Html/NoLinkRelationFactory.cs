using AngleSharp.Html;
using AngleSharp.Html.Dom;
using AngleSharp.Html.LinkRels;

namespace AttributionKit.Loading.Html;

/// <summary>
/// Gives a <c>&lt;link&gt;</c> no relation object: the element, its attributes and its place in the tree stay as
/// they are, but AngleSharp neither resolves its URL nor starts loading the style sheet, icon or preload it names.
/// </summary>
internal sealed class NoLinkRelationFactory : ILinkRelationFactory
{
    /// <summary>The one instance; it keeps no state.</summary>
    public static readonly NoLinkRelationFactory Instance = new();

    private NoLinkRelationFactory()
    {
    }

    /// <inheritdoc/>
    public BaseLinkRelation? Create(IHtmlLinkElement link, string? rel) => null;
}
