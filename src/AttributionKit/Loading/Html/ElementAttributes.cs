using AngleSharp.Dom;

namespace AttributionKit.Loading.Html;

/// <summary>
/// The attributes the page index asks of every element, read in one pass over its attribute list.
/// </summary>
/// <remarks>
/// Each <see cref="IElement.GetAttribute(string)"/> lower-cases the name it is given and searches the element's
/// attributes from the start; asked seven times for each of a page's thousands of elements, that came to some 4 % of a
/// check's time on the <c>trafilatura/</c> pages. Each value here is the one those calls give: the first attribute of
/// that name (the names asked are lower case already, as the parser writes the attributes of HTML elements), and for
/// <c>id</c> the one <see cref="IElement.Id"/> gives: the first in no namespace, or the empty string.
/// </remarks>
internal readonly record struct ElementAttributes(string? Class, string? Id, string? Style, string? Role, string? ItemProp, bool Hidden, bool Href)
{
    /// <summary>Reads <paramref name="element"/>'s attributes.</summary>
    public static ElementAttributes Of(IElement element)
    {
        string? cls = null, id = null, style = null, role = null, itemProp = null;
        bool hidden = false, href = false, idSeen = false;
        foreach (var attribute in element.Attributes)
        {
            var name = attribute.Name;
            switch (name)
            {
                case "class":
                    cls ??= attribute.Value;
                    break;
                case "style":
                    style ??= attribute.Value;
                    break;
                case "role":
                    role ??= attribute.Value;
                    break;
                case "itemprop":
                    itemProp ??= attribute.Value;
                    break;
                case "hidden":
                    hidden = true;
                    break;
                case "href":
                    href = true;
                    break;
            }

            if (!idSeen && attribute.NamespaceUri is null && attribute.LocalName == "id")
            {
                id = attribute.Value;
                idSeen = true;
            }
        }

        return new ElementAttributes(cls, id ?? string.Empty, style, role, itemProp, hidden, href);
    }
}
