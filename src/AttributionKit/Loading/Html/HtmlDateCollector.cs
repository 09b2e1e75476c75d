using System.Text.RegularExpressions;
using AngleSharp.Dom;
using AttributionKit.Model;
using AttributionKit.Text;

namespace AttributionKit.Loading.Html;

/// <summary>
/// Collects every date a page gives for itself, each with its provenance and a trust tier: JSON-LD, meta
/// elements, microdata, <c>&lt;time&gt;</c> elements, visible bylines ("Veröffentlicht am 10. April 2020"), dates
/// alone in their element, short inline scripts, the URL path and, last, the preview image's path. Dates inside
/// comments, teasers and "latest news" boxes are not the page's and are left out; dates just above or below the
/// headline are marked, for they are the article's own.
/// </summary>
internal sealed partial class HtmlDateCollector(string source, LineIndex lines, IElement? scope, string? language, DateOnly today)
{
    private readonly List<DateCandidate> _found = [];

    /// <summary>Text nodes of the body that may hold a byline, with their place in visible characters.</summary>
    private readonly List<(string Data, IElement Parent, int Position)> _texts = [];

    /// <summary>Short inline scripts of the body, which sometimes write the page's date.</summary>
    private readonly List<(string Code, IElement Script)> _scriptTexts = [];

    /// <summary>Where each element that may carry a date stands, in visible characters (see <see cref="SetPosition"/>).</summary>
    private readonly Dictionary<int, (IElement Element, int Position)> _positionsBySource = [];
    private readonly Dictionary<IElement, int> _positionsByElement = new(ReferenceEqualityComparer.Instance);

    private IElement? _headline;
    private int _headlineStart = -1;
    private int _headlineEnd = -1;

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
                    && HasYear(title) && !ForeignZone.Contains(element, scope, _headline))
                {
                    Add(title, DocumentDateSource.Byline, "title", DocumentDateRole.Unspecified, IsNear(element) ? 3 : 5, info.SourceStart, ByHeadline(element));
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
            if (role is null || ForeignZone.Contains(element, scope, _headline))
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
            Add(value, sourceKind, name, role.Value, tier, info.SourceStart, role != DocumentDateRole.Modified && ByHeadline(element));
        }
    }

    /// <summary>
    /// Walks the body once, before the element dates and bylines are read: notes the text nodes that may hold a
    /// byline, where each date element stands, and where the headline is, all measured in visible characters, so
    /// that a date just above or below the headline can be told from one further down (a list, a teaser, a comment).
    /// </summary>
    /// <param name="body">The page's body.</param>
    /// <param name="headline">The article's headline, when the title was found on the page; else the first <c>h1</c> is taken.</param>
    public void ScanBody(IElement body, IElement? headline)
    {
        var position = 0;
        IElement? found = null;
        DomWalker.Walk(
            body,
            node =>
            {
                if (node is Element e)
                {
                    if (e.LocalName is "script" or "style" or "noscript" or "template" or "svg" or "head")
                    {
                        if (e.LocalName == "script" && _scriptTexts.Count < 8 && !e.HasAttribute("src") && TextLength(e, 300) is >= 10 and <= 300)
                        {
                            _scriptTexts.Add((e.TextContent, e));
                        }

                        return false;
                    }

                    if (found is null && (headline is null ? e.LocalName == "h1" && e.TextContent.AsSpan().Trim().Length > 0 && !ForeignZone.ContainsHeading(e, scope) : ReferenceEquals(e, headline)))
                    {
                        found = e;
                        _headline = e;
                        _headlineStart = position;
                    }

                    if (e.LocalName is "time" or "abbr" || HasItemPropOrTitle(e))
                    {
                        SetPosition(e, position);
                    }

                    return true;
                }

                if (node.NodeType == NodeType.Text && node.Parent is Element parent)
                {
                    var data = ((ICharacterData)node).Data;
                    var length = data.AsSpan().Trim().Length;
                    if (length is >= 6 and <= 250)
                    {
                        _texts.Add((data, parent, position));
                    }

                    position += length;
                }

                return false;
            },
            node =>
            {
                if (found is not null && _headlineEnd < 0 && ReferenceEquals(node, found))
                {
                    _headlineEnd = position;
                }
            });
    }

    /// <summary>
    /// The length of <paramref name="element"/>'s <c>TextContent</c> (its descendant text nodes end to end) without
    /// building it, or some length above <paramref name="limit"/> once it passes it: a page's inline scripts run to
    /// hundreds of kilobytes, and only short ones are read.
    /// </summary>
    internal static int TextLength(IElement element, int limit)
    {
        var length = 0;
        DomWalker.Walk(
            element,
            node =>
            {
                if (node is IText text)
                {
                    length += text.Data.Length;
                }

                return length <= limit && node.HasChildNodes;
            },
            null);
        return length;
    }

    /// <summary>Visible bylines and datelines: a human date after a cue ("Published", "Veröffentlicht am"), in a date-classed element, by the headline, or alone in its element.</summary>
    public void AddBylines(PageIndex index)
    {
        foreach (var (data, parent, position) in _texts)
        {
            TryByline(data, parent, index, position);
        }

        // "<td><script>showDate("2020/04/17 01:43:09")</script></td>": a date a short inline script writes into the page.
        foreach (var (code, script) in _scriptTexts)
        {
            if (ScriptDate().Match(code) is { Success: true } m && DocumentDateParser.ParseMachine(m.Groups["v"].Value.Replace('/', '-')) is { } parsed
                && script.ParentElement is { } holder && holder.LocalName != "head" && !ForeignZone.Contains(holder, scope, _headline))
            {
                var start = index[holder]?.SourceStart ?? 0;
                _found.Add(new DateCandidate(new DocumentDate(parsed.Date, null, null, DocumentDateSource.Byline, "script", DocumentDateRole.Unspecified, m.Groups["v"].Value, FindSpan(m.Groups["v"].Value, Math.Max(0, start))), 5, _found.Count));
                break;
            }
        }
    }

    /// <summary>Whether a date at <paramref name="position"/> (visible characters from the body's start) stands just below the headline.</summary>
    private bool BelowHeadline(int position) =>
        _headlineStart >= 0 && position >= _headlineStart && (_headlineEnd < 0 || position - _headlineEnd <= HeadlineWindow);

    /// <summary>Whether a date at <paramref name="position"/> stands just above the headline (a dateline over the title).</summary>
    private bool AboveHeadline(int position) =>
        _headlineStart >= 0 && position < _headlineStart && _headlineStart - position <= AboveHeadlineWindow;

    /// <summary>How many characters after the headline a dateline may stand (kicker, author, reading time).</summary>
    private const int HeadlineWindow = 160;

    /// <summary>How many characters before the headline a dateline may stand (a kicker or section name between them).</summary>
    private const int AboveHeadlineWindow = 40;

    /// <summary>How far into its text a byline's date may start ("By Jane Doe and John Roe, Staff Writers | Published ..."): later, it is a date the text talks about.</summary>
    private const int MaxBylineLead = 80;

    /// <summary>How far into its text a date under the headline may start without a cue.</summary>
    private const int MaxDatelineLead = 40;

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

    /// <summary>The date in the page's address: <c>/2020/04/10/</c>, <c>/2020-04-10-</c>, <c>/20200410/</c>, <c>-20200410</c>.</summary>
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

    /// <summary>
    /// The date in the path of the page's preview image (<c>og:image</c>): uploads are filed by day
    /// (<c>/2016/05/04/</c>), usually the day the article went out. The last resort, after every date the page shows.
    /// </summary>
    public void AddImageUrl(string? url, int elementStart)
    {
        if (string.IsNullOrEmpty(url) || UrlDate().Match(url) is not { Success: true } m || !m.Value.Contains('/', StringComparison.Ordinal))
        {
            return;
        }

        var text = $"{m.Groups["y"].Value}-{m.Groups["m"].Value.PadLeft(2, '0')}-{m.Groups["d"].Value.PadLeft(2, '0')}";
        if (DocumentDateParser.ParseMachine(text) is not { } parsed)
        {
            return;
        }

        var value = m.Value.Trim('/', '-', '_', '.');
        _found.Add(new DateCandidate(new DocumentDate(parsed.Date, null, null, DocumentDateSource.Url, "og:image", DocumentDateRole.Unspecified, value, FindSpan(value, elementStart)), 5, _found.Count));
    }

    private void TryByline(string data, IElement parent, PageIndex index, int position)
    {
        var trimmed = data.AsSpan().Trim();
        if (trimmed.IndexOfAnyInRange('0', '9') < 0)
        {
            return;
        }

        var text = trimmed.ToString();
        var alone = DatelineText.Find(text, language, today);
        var found = alone ?? (HasYear(trimmed) ? DocumentDateParser.ParseHuman(text) ?? SlashedDate.Find(text, language) : null);
        if (found is null || found.Value.Index > MaxBylineLead)
        {
            return;
        }

        var (date, foundIndex, foundLength) = found.Value;
        var before = text.AsSpan(0, foundIndex);
        var cueRole = BylineCues.Find(before);
        if (cueRole is null && (before.Trim().Length == 0 || alone is not null))
        {
            // "<dt>Datum</dt><dd>12.01.2017</dd>", "<b>Published:</b> 10 April 2020": the cue is the label before.
            var label = PrecedingText(parent);
            cueRole = BylineCues.FindLabel(label.AsSpan());
            if (cueRole is null && parent.LocalName == "dd" && label.Length > 0)
            {
                // "<dt>Effective date</dt><dd>July 25, 2020</dd>": a field of a record, named for something else.
                return;
            }
        }

        var dateClassed = IsDateClassed(parent, index);
        var below = BelowHeadline(position) && (foundIndex <= MaxDatelineLead || cueRole is not null);
        var above = AboveHeadline(position) && alone is not null;
        if (cueRole is null && !dateClassed && !below && !above && alone is null)
        {
            return;
        }

        if (ForeignZone.Contains(parent, scope, _headline))
        {
            return;
        }

        var role = cueRole ?? DocumentDateRole.Unspecified;

        // A date alone in its element, with no cue, class or headline to say whose it is, is only a loose date.
        var loose = cueRole is null && !dateClassed && !below && !above;
        var tier = role == DocumentDateRole.Modified ? 6 : !loose && IsNear(parent) ? 3 : 5;
        var dateText = text.Substring(foundIndex, foundLength);
        var start = index[parent]?.SourceStart ?? 0;
        var span = FindSpan(dateText, Math.Max(0, start));
        _found.Add(new DateCandidate(new DocumentDate(date, null, null, DocumentDateSource.Byline, "byline", role, dateText, span), tier, _found.Count, (below || above) && role != DocumentDateRole.Modified));
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

    /// <summary>Whether a date element stands just above or below the headline.</summary>
    private bool ByHeadline(IElement element) =>
        TryGetPosition(element, out var position) && (BelowHeadline(position) || AboveHeadline(position));

    // Whether the element has an itemprop or a title attribute: one pass over its attributes, where two HasAttribute
    // calls each lower-case the name they are given and search the list. The parser writes the names of an HTML
    // element's attributes in lower case, and the names asked are lower case, so the names compare as they are.
    private static bool HasItemPropOrTitle(IElement element)
    {
        var attributes = element.Attributes;
        for (var i = 0; i < attributes.Length; i++)
        {
            if (attributes[i] is { Name: "itemprop" or "title" })
            {
                return true;
            }
        }

        return false;
    }

    // Keyed by where the element's start tag stands in the source rather than by the element, as PageIndex does: a
    // dictionary keyed by the element costs an identity hash code per element. An element without a source position,
    // or sharing one with another, goes to _positionsByElement.
    private void SetPosition(Element element, int position)
    {
        if (element.SourceReference is { } source
            && (!_positionsBySource.TryGetValue(source.Position.Index, out var held) || ReferenceEquals(held.Element, element)))
        {
            _positionsBySource[source.Position.Index] = (element, position);
            return;
        }

        _positionsByElement[element] = position;
    }

    private bool TryGetPosition(IElement element, out int position)
    {
        if (element.SourceReference is { } source && _positionsBySource.TryGetValue(source.Position.Index, out var held)
            && ReferenceEquals(held.Element, element))
        {
            position = held.Position;
            return true;
        }

        position = 0;
        return _positionsByElement.Count > 0 && _positionsByElement.TryGetValue(element, out position);
    }

    private void Add(string? value, DocumentDateSource kind, string name, DocumentDateRole role, int tier, int elementStart, bool atHeadline = false)
    {
        if (string.IsNullOrWhiteSpace(value) || value.Length > 100 || DocumentDateParser.ParseMachine(value) is not { } parsed)
        {
            return;
        }

        var text = value.Trim();
        var span = FindSpan(text, elementStart);
        _found.Add(new DateCandidate(new DocumentDate(parsed.Date, parsed.Time, parsed.Offset, kind, name, role, text, span), tier, _found.Count, atHeadline));
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

    // showDate("2020/04/17 01:43:09"), document.write('2020-04-17'): a full date in a string of a short script.
    [GeneratedRegex(@"[""'](?<v>(?:19|20)\d{2}[/-][01]?\d[/-][0-3]?\d(?:[ T][0-2]?\d:[0-5]\d)?)", RegexOptions.CultureInvariant)]
    private static partial Regex ScriptDate();

    [GeneratedRegex(@"(?<![\d])(?:[/_-](?<y>(?:19|20)\d{2})[/_-](?<m>[01]?\d)[/_-](?<d>[0-3]?\d)(?=[/_.-]|$)|[/_-](?<y>(?:19|20)\d{2})(?<m>[01]\d)(?<d>[0-3]\d)(?=[/_.?#-]|$))", RegexOptions.CultureInvariant)]
    private static partial Regex UrlDate();
}
