using System.Collections.Immutable;
using AttributionKit.Model;
using AttributionKit.Text;
using Markdig.Extensions.Yaml;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace AttributionKit.Loading.Markdown;

/// <summary>Reads a Markdown article's YAML front matter: <c>title</c>, <c>date</c> (or <c>published</c>), <c>author</c>/<c>authors</c>, <c>lang</c>, <c>url</c>.</summary>
internal static class FrontMatterReader
{
    public static DocumentMetadata Read(
        string source,
        YamlFrontMatterBlock? block,
        LineIndex lines,
        string? firstHeading,
        (DateOnly Date, int Start, int End, string Text)? dateline)
    {
        var candidates = ImmutableArray.CreateBuilder<DocumentDate>();
        string? title = firstHeading, language = null, url = null, siteName = null;
        var authors = ImmutableArray.CreateBuilder<string>();
        if (block is not null && ParseMapping(source, block) is { } mapping)
        {
            foreach (var (keyNode, valueNode) in mapping.Children)
            {
                var key = (keyNode as YamlScalarNode)?.Value?.ToLowerInvariant();
                var scalar = (valueNode as YamlScalarNode)?.Value;
                switch (key)
                {
                    case "title" when !string.IsNullOrWhiteSpace(scalar):
                        title = scalar.Trim();
                        break;
                    case "date" or "published" or "datepublished" or "pubdate" or "modified" or "updated" or "lastmod" when scalar is not null:
                        if (DocumentDateParser.ParseMachine(scalar) is { } parsed)
                        {
                            var role = key is "modified" or "updated" or "lastmod" ? DocumentDateRole.Modified : DocumentDateRole.Published;
                            var start = FindValue(source, block, scalar);
                            candidates.Add(new DocumentDate(parsed.Date, parsed.Time, parsed.Offset, DocumentDateSource.FrontMatter, key, role, scalar, start < 0 ? null : lines.GetSpan(start, start + scalar.Length)));
                        }

                        break;
                    case "author" or "authors" or "byline":
                        if (scalar is not null)
                        {
                            authors.AddRange(scalar.Split([',', ';', '&'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
                        }
                        else if (valueNode is YamlSequenceNode sequence)
                        {
                            authors.AddRange(sequence.Children.OfType<YamlScalarNode>().Select(n => n.Value).OfType<string>().Select(v => v.Trim()));
                        }

                        break;
                    case "lang" or "language" or "locale":
                        language = scalar?.Trim();
                        break;
                    case "url" or "canonical" or "canonical_url" or "permalink":
                        url = scalar?.Trim();
                        break;
                    case "site" or "site_name" or "publication" or "source":
                        siteName = scalar?.Trim();
                        break;
                }
            }
        }

        if (dateline is { } d)
        {
            candidates.Add(new DocumentDate(d.Date, null, null, DocumentDateSource.Dateline, "dateline", DocumentDateRole.Unspecified, d.Text, lines.GetSpan(d.Start, d.End)));
        }

        var published = candidates.FirstOrDefault(c => c.Role == DocumentDateRole.Published) ?? candidates.FirstOrDefault(c => c.Role != DocumentDateRole.Modified);
        var reason = published is null ? null
            : published.Source == DocumentDateSource.FrontMatter ? $"the front matter's '{published.SourceName}'"
            : "the leading dateline of the text";
        return new DocumentMetadata(title, authors.ToImmutable(), siteName, language, url, published, reason, candidates.ToImmutable());
    }

    private static YamlMappingNode? ParseMapping(string source, YamlFrontMatterBlock block)
    {
        var yaml = source.Substring(block.Span.Start, Math.Min(block.Span.Length, source.Length - block.Span.Start));
        yaml = WithoutDelimiters(yaml);
        try
        {
            var stream = new YamlStream();
            stream.Load(new StringReader(yaml));
            return stream.Documents.FirstOrDefault()?.RootNode as YamlMappingNode;
        }
        catch (YamlException)
        {
            // Broken front matter is not fatal: the article still reads, without its metadata.
            return null;
        }
    }

    /// <summary>
    /// The YAML between the block's opening <c>---</c> line and its closing <c>---</c> or <c>...</c> line. Only whole
    /// delimiter lines go: a value that ends in a dot or a dash ("author: A. Cole Jr.") keeps it.
    /// </summary>
    private static string WithoutDelimiters(string block)
    {
        var lines = block.Split('\n').Select(l => l.TrimEnd('\r')).ToList();
        while (lines.Count > 0 && string.IsNullOrWhiteSpace(lines[0]))
        {
            lines.RemoveAt(0);
        }

        while (lines.Count > 0 && string.IsNullOrWhiteSpace(lines[^1]))
        {
            lines.RemoveAt(lines.Count - 1);
        }

        if (lines.Count > 0 && lines[0].TrimEnd() == "---")
        {
            lines.RemoveAt(0);
        }

        if (lines.Count > 0 && lines[^1].TrimEnd() is "---" or "...")
        {
            lines.RemoveAt(lines.Count - 1);
        }

        return string.Join('\n', lines);
    }

    private static int FindValue(string source, YamlFrontMatterBlock block, string value) =>
        source.IndexOf(value, block.Span.Start, Math.Min(block.Span.Length, source.Length - block.Span.Start), StringComparison.Ordinal);
}
