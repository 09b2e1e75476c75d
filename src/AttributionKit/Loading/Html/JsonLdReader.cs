using System.Collections.Frozen;
using System.Text.Json;
using System.Text.RegularExpressions;
using AttributionKit.Text;

namespace AttributionKit.Loading.Html;

/// <summary>
/// Reads schema.org JSON-LD blocks: <c>@graph</c>, top-level arrays and nested objects, walked without recursion.
/// Articles (<c>NewsArticle</c>, <c>BlogPosting</c>...) and web pages are reported; comments, reviews and other
/// things a page mentions are not (their dates are not the page's).
/// </summary>
internal static partial class JsonLdReader
{
    // Lists of schema.org names are data: Resources/Html/jsonld-*.txt.
    private static readonly FrozenSet<string> ArticleTypes = Load("Html/jsonld-article-types.txt");

    private static readonly FrozenSet<string> PageTypes = Load("Html/jsonld-page-types.txt");

    private static readonly FrozenSet<string> SkippedProperties = Load("Html/jsonld-skipped-properties.txt");

    private static readonly JsonDocumentOptions Options = new() { AllowTrailingCommas = true, CommentHandling = JsonCommentHandling.Skip, MaxDepth = 64 };

    /// <summary>The article and page objects of one JSON-LD script's text, in order; nothing when it does not parse.</summary>
    public static List<JsonLdArticle> Read(string json)
    {
        var found = new List<JsonLdArticle>();
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(json.Trim().TrimEnd(';'), Options);
        }
        catch (JsonException)
        {
            // A block that does not parse (a brace too many, a stray comma) still says when the page was published.
            if (Salvage(json) is { } salvaged)
            {
                found.Add(salvaged);
            }

            return found;
        }

        using (document)
        {
            var pending = new Stack<JsonElement>();
            pending.Push(document.RootElement);
            var visited = 0;
            while (pending.Count > 0 && visited++ < 10_000)
            {
                var element = pending.Pop();
                if (element.ValueKind == JsonValueKind.Array)
                {
                    for (var i = element.GetArrayLength() - 1; i >= 0; i--)
                    {
                        pending.Push(element[i]);
                    }

                    continue;
                }

                if (element.ValueKind != JsonValueKind.Object)
                {
                    continue;
                }

                var type = TypeOf(element);
                var isArticle = type.Any(ArticleTypes.Contains);
                if (isArticle || type.Any(PageTypes.Contains))
                {
                    found.Add(new JsonLdArticle(
                        type.FirstOrDefault() ?? string.Empty,
                        isArticle,
                        Text(element, "headline") ?? Text(element, "name"),
                        Text(element, "datePublished"),
                        Text(element, "dateCreated"),
                        Text(element, "dateModified"),
                        Names(element, "author"),
                        Names(element, "publisher").FirstOrDefault(),
                        Text(element, "url") ?? IdOf(element, "mainEntityOfPage")));
                }

                // Children in reverse so they pop in document order.
                var children = new List<JsonElement>();
                foreach (var property in element.EnumerateObject())
                {
                    if (property.Value.ValueKind is JsonValueKind.Object or JsonValueKind.Array && !SkippedProperties.Contains(property.Name))
                    {
                        children.Add(property.Value);
                    }
                }

                for (var i = children.Count - 1; i >= 0; i--)
                {
                    pending.Push(children[i]);
                }
            }
        }

        return found;
    }

    /// <summary>The dates of a broken JSON-LD block, read as "name": "value" pairs; its first type says whether it is an article.</summary>
    private static JsonLdArticle? Salvage(string json)
    {
        string? published = null, created = null, modified = null;
        foreach (Match m in DateProperty().Matches(json))
        {
            switch (m.Groups["name"].Value)
            {
                case "datePublished":
                    published ??= m.Groups["value"].Value;
                    break;
                case "dateCreated":
                    created ??= m.Groups["value"].Value;
                    break;
                default:
                    modified ??= m.Groups["value"].Value;
                    break;
            }
        }

        if (published is null && created is null && modified is null)
        {
            return null;
        }

        var type = TypeProperty().Match(json) is { Success: true } t ? t.Groups["type"].Value : string.Empty;
        type = type[(type.LastIndexOfAny(['/', ':']) + 1)..];
        return new JsonLdArticle(type, ArticleTypes.Contains(type), null, published, created, modified, [], null, null);
    }

    [GeneratedRegex(@"""(?<name>datePublished|dateCreated|dateModified)""\s*:\s*""(?<value>[^""]{8,40})""", RegexOptions.CultureInvariant)]
    private static partial Regex DateProperty();

    [GeneratedRegex(@"""@type""\s*:\s*""(?<type>[^""]{1,60})""", RegexOptions.CultureInvariant)]
    private static partial Regex TypeProperty();

    private static FrozenSet<string> Load(string path) => Lexicon.Lines(path).ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    private static List<string> TypeOf(JsonElement element)
    {
        var types = new List<string>();
        if (!element.TryGetProperty("@type", out var type))
        {
            return types;
        }

        if (type.ValueKind == JsonValueKind.String)
        {
            types.Add(Strip(type.GetString()!));
        }
        else if (type.ValueKind == JsonValueKind.Array)
        {
            foreach (var t in type.EnumerateArray())
            {
                if (t.ValueKind == JsonValueKind.String)
                {
                    types.Add(Strip(t.GetString()!));
                }
            }
        }

        return types;

        static string Strip(string t) => t[(t.LastIndexOfAny(['/', ':']) + 1)..];
    }

    private static string? Text(JsonElement element, string name)
    {
        if (!element.TryGetProperty(name, out var value))
        {
            return null;
        }

        if (value.ValueKind == JsonValueKind.Array && value.GetArrayLength() > 0)
        {
            value = value[0];
        }

        if (value.ValueKind == JsonValueKind.Object && value.TryGetProperty("@value", out var inner))
        {
            value = inner;
        }

        return value.ValueKind == JsonValueKind.String && value.GetString() is { Length: > 0 } s ? s.Trim() : null;
    }

    private static string? IdOf(JsonElement element, string name)
    {
        if (!element.TryGetProperty(name, out var value))
        {
            return null;
        }

        if (value.ValueKind == JsonValueKind.String)
        {
            return value.GetString();
        }

        return value.ValueKind == JsonValueKind.Object ? Text(value, "@id") ?? Text(value, "url") : null;
    }

    private static List<string> Names(JsonElement element, string name)
    {
        var names = new List<string>();
        if (!element.TryGetProperty(name, out var value))
        {
            return names;
        }

        foreach (var item in value.ValueKind == JsonValueKind.Array ? value.EnumerateArray().ToList() : [value])
        {
            var n = item.ValueKind switch
            {
                JsonValueKind.String => item.GetString(),
                JsonValueKind.Object => Text(item, "name"),
                _ => null,
            };
            if (!string.IsNullOrWhiteSpace(n) && !n.StartsWith("http", StringComparison.OrdinalIgnoreCase))
            {
                names.Add(n.Trim());
            }
        }

        return names;
    }
}
