using System.Text.RegularExpressions;
using AngleSharp.Dom;
using AttributionKit.Model;
using AttributionKit.Text;

namespace AttributionKit.Loading.Html;

/// <summary>
/// Collects every date a page gives for itself, each with its provenance and a trust tier: JSON-LD, meta
/// elements, microdata, <c>&lt;time&gt;</c> elements, visible bylines ("Veröffentlicht am 10. April 2020") and the
/// URL path. Dates inside comments, teasers and "latest news" boxes are not the page's and are left out.
/// </summary>
internal sealed partial class HtmlDateCollector(string source, LineIndex lines, IElement? scope, string? language)
{
    private readonly List<DateCandidate> _found = [];

    public List<DateCandidate> Found => _found;

    public void AddJsonLd(JsonLdArticle article, int scriptStart)
    {
        var articleTier = article.IsArticle ? 0 : 2;
        Add(article.DatePublished, DocumentDateSource.JsonLd, "datePublished", DocumentDateRole.Published, articleTier, scriptStart);
        Add(article.DateCreated, DocumentDateSource.JsonLd, "dateCreated", DocumentDateRole.Published, 2, scriptStart);
        Add(article.DateModified, DocumentDateSource.JsonLd, "dateModified", DocumentDateRole.Modified, 6, scriptStart);
    }

    public void AddMeta(string name, string? content, int elementStart)
    {
        if (!MetaDateNames.TryGet(name, out var role, out var rank))
        {
            return;
        }

        var tier = role switch
        {
            DocumentDateRole.Modified => 6,
            DocumentDateRole.Published => rank <= 1 ? 0 : rank == 2 ? 1 : 2,
            _ => rank <= 3 ? 2 : 5,
        };
        Add(content, DocumentDateSource.Meta, name.ToLowerInvariant(), role, tier, elementStart);
    }

    /// <summary>Microdata (<c>itemprop="datePublished"</c>) and <c>&lt;time&gt;</c> elements of the body.</summary>
    public void AddElementDates(PageIndex index)
    {
        foreach (var info in index.Elements)
        {
            var element = info.Element;
            var itemprop = element.GetAttribute("itemprop");
            var isTime = info.Tag == "time";
            if (!isTime && itemprop is null)
            {
                // "<abbr title="6 October 2017 04:00">3 days ago</abbr>", "<span class="date" title="2020-09-20T14:20Z">":
                // the exact date a relative or shortened one stands for.
                if ((info.Tag == "abbr" || (info.ClassAndId.Length > 0 && DateClass().IsMatch(info.ClassAndId))) && element.GetAttribute("title") is { Length: >= 8 and <= 80 } title
                    && HasYear(title) && !ForeignZone.Contains(element, scope))
                {
                    Add(title, DocumentDateSource.Byline, "title", DocumentDateRole.Unspecified, IsNear(element) ? 3 : 5, info.SourceStart);
                }

                continue;
            }

            var prop = itemprop?.Trim().ToLowerInvariant();
            var role = prop switch
            {
                "datepublished" or "datecreated" or "uploaddate" => DocumentDateRole.Published,
                "datemodified" => DocumentDateRole.Modified,
                _ => isTime ? DocumentDateRole.Unspecified : (DocumentDateRole?)null,
            };
            if (role is null || ForeignZone.Contains(element, scope))
            {
                continue;
            }

            var value = element.GetAttribute("content") ?? element.GetAttribute("datetime") ?? element.TextContent;
            var near = IsNear(element);
            if (isTime && role == DocumentDateRole.Unspecified)
            {
                var cls = info.ClassAndId;
                role = element.HasAttribute("pubdate") || cls.Contains("publish", StringComparison.Ordinal) || cls.Contains("entry-date", StringComparison.Ordinal) || cls.Contains("created", StringComparison.Ordinal)
                    ? DocumentDateRole.Published
                    : cls.Contains("modified", StringComparison.Ordinal) || cls.Contains("updated", StringComparison.Ordinal) ? DocumentDateRole.Modified : DocumentDateRole.Unspecified;
            }

            var tier = role switch
            {
                DocumentDateRole.Modified => 6,
                DocumentDateRole.Published => near ? 1 : 3,
                _ => near ? 3 : 5,
            };
            var sourceKind = itemprop is not null ? DocumentDateSource.ItemProp : DocumentDateSource.TimeElement;
            var name = itemprop is not null ? itemprop.Trim() : element.HasAttribute("pubdate") ? "pubdate" : "datetime";
            Add(value, sourceKind, name, role.Value, tier, info.SourceStart);
        }
    }

    /// <summary>Visible bylines and datelines: a human date after a cue ("Published", "Veröffentlicht am") or in a date-classed element.</summary>
    public void AddBylines(IElement body, PageIndex index)
    {
        // A date among the first words after the page's first headline is its dateline, cue or not.
        var headlineSeen = false;
        var afterHeadline = 0;
        DomWalker.Walk(
            body,
            node =>
            {
                if (node is IElement e)
                {
                    if (!headlineSeen && e.LocalName == "h1" && e.TextContent.AsSpan().Trim().Length > 0)
                    {
                        headlineSeen = true;
                        afterHeadline = HeadlineWindow + e.TextContent.Length;
                    }

                    return e.LocalName is not ("script" or "style" or "noscript" or "template" or "svg" or "head");
                }

                if (node.NodeType == NodeType.Text && node.Parent is IElement parent)
                {
                    var data = ((ICharacterData)node).Data;
                    TryByline(data, parent, index, afterHeadline > 0);
                    afterHeadline = Math.Max(0, afterHeadline - data.AsSpan().Trim().Length);
                }

                return false;
            },
            null);
    }

    /// <summary>How many characters after the headline a dateline may stand (kicker, author, reading time).</summary>
    private const int HeadlineWindow = 160;

    /// <summary>
    /// The <c>dc:date</c> of an RDF description embedded in the page (blog engines put one, often inside a comment, for
    /// trackbacks): the post's own date.
    /// </summary>
    public void AddRdf()
    {
        var at = source.IndexOf("dc:date=\"", StringComparison.Ordinal);
        if (at < 0)
        {
            return;
        }

        var start = at + 9;
        var end = source.IndexOf('"', start);
        if (end > start && end - start <= 40)
        {
            Add(source[start..end], DocumentDateSource.Meta, "rdf:dc:date", DocumentDateRole.Published, 2, at);
        }
    }

    /// <summary>The date in the page's address: <c>/2020/04/10/</c>, <c>/2020-04-10-</c>, <c>/20200410/</c>.</summary>
    public void AddUrl(string? url, string sourceName, int elementStart)
    {
        if (string.IsNullOrEmpty(url) || UrlDate().Match(url) is not { Success: true } m)
        {
            return;
        }

        var text = $"{m.Groups["y"].Value}-{m.Groups["m"].Value.PadLeft(2, '0')}-{m.Groups["d"].Value.PadLeft(2, '0')}";
        if (DocumentDateParser.ParseMachine(text) is not { } parsed)
        {
            return;
        }

        var span = FindSpan(m.Value.Trim('/', '-', '_'), elementStart);
        _found.Add(new DateCandidate(new DocumentDate(parsed.Date, null, null, DocumentDateSource.Url, sourceName, DocumentDateRole.Unspecified, m.Value.Trim('/', '-', '_', '.'), span), 4, _found.Count));
    }

    private void TryByline(string data, IElement parent, PageIndex index, bool underHeadline)
    {
        var trimmed = data.AsSpan().Trim();
        if (trimmed.Length is < 6 or > 250 || !HasYear(trimmed))
        {
            return;
        }

        var text = trimmed.ToString();
        if ((DocumentDateParser.ParseHuman(text) ?? SlashedDate.Find(text, language)) is not { } found)
        {
            return;
        }

        var before = text.AsSpan(0, found.Index);
        var cueRole = BylineCues.Find(before);
        if (cueRole is null && before.Trim().Length == 0)
        {
            // "<dt>Datum</dt><dd>12.01.2017</dd>", "<b>Published:</b> 10 April 2020": the cue is the text before.
            cueRole = BylineCues.Find(PrecedingText(parent).AsSpan());
        }

        var dateClassed = IsDateClassed(parent, index);
        if (cueRole is null && !dateClassed && !underHeadline)
        {
            return;
        }

        if (ForeignZone.Contains(parent, scope))
        {
            return;
        }

        var near = IsNear(parent);
        var role = cueRole ?? DocumentDateRole.Unspecified;
        var tier = role == DocumentDateRole.Modified ? 6 : near ? 3 : 5;
        var dateText = text.Substring(found.Index, found.Length);
        var start = index[parent]?.SourceStart ?? 0;
        var span = FindSpan(dateText, Math.Max(0, start));
        _found.Add(new DateCandidate(new DocumentDate(found.Date, null, null, DocumentDateSource.Byline, "byline", role, dateText, span), tier, _found.Count));
    }

    private static string PrecedingText(IElement element)
    {
        var steps = 0;
        for (var node = element.PreviousSibling; node is not null && steps++ < 3; node = node.PreviousSibling)
        {
            var text = node.TextContent.Trim();
            if (text.Length > 0)
            {
                return text.Length > 60 ? text[^60..] : text;
            }
        }

        return element.ParentElement is { } parent && steps == 0 && parent.PreviousElementSibling is { } uncle && uncle.TextContent.Length < 200 ? uncle.TextContent.Trim() : string.Empty;
    }

    private static bool HasYear(string text) => HasYear(text.AsSpan());

    private static bool HasYear(ReadOnlySpan<char> text)
    {
        var run = 0;
        foreach (var c in text)
        {
            run = char.IsAsciiDigit(c) ? run + 1 : 0;
            if (run == 4)
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsDateClassed(IElement element, PageIndex index)
    {
        var depth = 0;
        for (IElement? e = element; e is not null && depth < 3; e = e.ParentElement, depth++)
        {
            if (e.LocalName == "time")
            {
                return true;
            }

            var cls = index[e]?.ClassAndId ?? string.Empty;
            if (cls.Length > 0 && DateClass().IsMatch(cls))
            {
                return true;
            }
        }

        return false;
    }

    private bool IsNear(IElement element)
    {
        if (scope is null)
        {
            return false;
        }

        var depth = 0;
        for (IElement? e = element; e is not null && depth < 500; e = e.ParentElement, depth++)
        {
            if (ReferenceEquals(e, scope))
            {
                return true;
            }
        }

        return false;
    }

    private void Add(string? value, DocumentDateSource kind, string name, DocumentDateRole role, int tier, int elementStart)
    {
        if (string.IsNullOrWhiteSpace(value) || value.Length > 100 || DocumentDateParser.ParseMachine(value) is not { } parsed)
        {
            return;
        }

        var text = value.Trim();
        var span = FindSpan(text, elementStart);
        _found.Add(new DateCandidate(new DocumentDate(parsed.Date, parsed.Time, parsed.Offset, kind, name, role, text, span), tier, _found.Count));
    }

    /// <summary>Where <paramref name="text"/> stands in the source, looked for from the element that holds it.</summary>
    private SourceSpan? FindSpan(string text, int from)
    {
        if (from < 0 || from >= source.Length || text.Length == 0)
        {
            return null;
        }

        var window = Math.Min(source.Length - from, 4096);
        var at = source.IndexOf(text, from, window, StringComparison.Ordinal);
        return at >= 0 ? lines.GetSpan(at, at + text.Length) : lines.GetSpan(from, from);
    }

    [GeneratedRegex(@"date|time|byline|posted|publish|meta|dateline|datum|zeit|fecha|data|info|stamp|created|modified|updated|\bday\b|when", RegexOptions.CultureInvariant)]
    private static partial Regex DateClass();

    [GeneratedRegex(@"(?<![\d])(?:[/_-](?<y>(?:19|20)\d{2})[/_-](?<m>[01]?\d)[/_-](?<d>[0-3]?\d)(?=[/_.-]|$)|/(?<y>(?:19|20)\d{2})(?<m>[01]\d)(?<d>[0-3]\d)(?=[/_.-]|$))", RegexOptions.CultureInvariant)]
    private static partial Regex UrlDate();
}
