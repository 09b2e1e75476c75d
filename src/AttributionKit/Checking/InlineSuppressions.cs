using System.Text.RegularExpressions;
using AttributionKit.Model;

namespace AttributionKit.Checking;

/// <summary>
/// The <c>attributionkit-disable</c> comments of an HTML or Markdown article, markdownlint-style:
/// <c>&lt;!-- attributionkit-disable-next-line rule --&gt;</c>, <c>&lt;!-- attributionkit-disable-line rule --&gt;</c>,
/// <c>&lt;!-- attributionkit-disable rule --&gt;</c> … <c>&lt;!-- attributionkit-enable rule --&gt;</c>.
/// A comment without rules applies to every rule. Rules are named by id or name, separated by spaces or commas.
/// </summary>
internal sealed partial class InlineSuppressions
{
    private static readonly InlineSuppressions None = new([]);

    private readonly List<Suppression> _suppressions;

    private InlineSuppressions(List<Suppression> suppressions) => _suppressions = suppressions;

    /// <summary>Reads the comments of an article's source. Plain text has none.</summary>
    public static InlineSuppressions Parse(Article article)
    {
        if (article.Format == ArticleFormat.Text || !article.Source.Contains("attributionkit-", StringComparison.Ordinal))
        {
            return None;
        }

        var suppressions = new List<Suppression>();
        var open = new List<(int Line, string[] Rules)>();
        foreach (Match m in Directive().Matches(article.Source))
        {
            var rules = m.Groups["rules"].Value.Split([' ', ',', '\t', '\r', '\n'], StringSplitOptions.RemoveEmptyEntries);
            var (line, _) = article.GetSourcePosition(m.Index);
            var (endLine, _) = article.GetSourcePosition(m.Index + m.Length);
            switch (m.Groups["verb"].Value)
            {
                case "disable-next-line":
                    var next = NextContentLine(article, m.Index + m.Length, endLine);
                    suppressions.Add(new Suppression(next, next, rules));
                    break;
                case "disable-line":
                    suppressions.Add(new Suppression(line, endLine, rules));
                    break;
                case "disable":
                    open.Add((line, rules));
                    break;
                case "enable":
                    // "enable" with rules closes the regions of those rules; without, closes every open region.
                    for (var i = open.Count - 1; i >= 0; i--)
                    {
                        if (rules.Length == 0 || open[i].Rules.Any(r => rules.Contains(r, StringComparer.OrdinalIgnoreCase)) || open[i].Rules.Length == 0)
                        {
                            suppressions.Add(new Suppression(open[i].Line, line, open[i].Rules));
                            open.RemoveAt(i);
                        }
                    }

                    break;
            }
        }

        foreach (var (line, rules) in open)
        {
            suppressions.Add(new Suppression(line, int.MaxValue, rules));
        }

        return new InlineSuppressions(suppressions);
    }

    /// <summary>The findings no comment suppresses.</summary>
    public IReadOnlyList<Finding> Filter(IReadOnlyList<Finding> findings) =>
        _suppressions.Count == 0 ? findings : findings.Where(f => !IsSuppressed(f)).ToList();

    private bool IsSuppressed(Finding finding) =>
        _suppressions.Any(s => finding.Span.Line >= s.FirstLine && finding.Span.Line <= s.LastLine
            && (s.Rules.Length == 0 || s.Rules.Any(finding.Rule.IsNamed)));

    // The line after the comment that holds something other than white space or another comment.
    private static int NextContentLine(Article article, int offset, int commentEndLine)
    {
        var source = article.Source;
        var i = offset;
        while (i < source.Length)
        {
            if (char.IsWhiteSpace(source[i]))
            {
                i++;
            }
            else if (string.CompareOrdinal(source, i, "<!--", 0, 4) == 0)
            {
                var close = source.IndexOf("-->", i + 4, StringComparison.Ordinal);
                i = close < 0 ? source.Length : close + 3;
            }
            else
            {
                return article.GetSourcePosition(i).Line;
            }
        }

        return commentEndLine + 1;
    }

    [GeneratedRegex(@"<!--\s*attributionkit-(?<verb>disable-next-line|disable-line|disable|enable)\b(?<rules>[^>]*?)-->", RegexOptions.CultureInvariant)]
    private static partial Regex Directive();

    private sealed record Suppression(int FirstLine, int LastLine, string[] Rules);
}
