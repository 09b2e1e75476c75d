using System.Globalization;
using System.Text.RegularExpressions;

namespace AttributionKit.Evaluation.Suites;

/// <summary>Reads the Source spans of a PolNeAR BRAT standoff file (<c>T&lt;n&gt;\tSource start end[;start end]\ttext</c>).</summary>
internal static partial class PolnearSourceGold
{
    /// <summary>The Source spans of one annotation file, with their text taken from the document by offsets.</summary>
    public static List<PolnearSourceSpan> Read(string annotationPath, string documentText)
    {
        var spans = new List<PolnearSourceSpan>();
        foreach (var line in File.ReadLines(annotationPath))
        {
            var m = SourceLine().Match(line);
            if (!m.Success)
            {
                continue;
            }

            var pieces = m.Groups["offsets"].Value.Split(';')
                .Select(p => p.Trim().Split(' '))
                .Where(p => p.Length == 2)
                .Select(p => (Start: int.Parse(p[0], CultureInfo.InvariantCulture), End: int.Parse(p[1], CultureInfo.InvariantCulture)))
                .ToList();
            if (pieces.Count == 0)
            {
                continue;
            }

            var start = pieces.Min(p => p.Start);
            var end = Math.Min(documentText.Length, pieces.Max(p => p.End));
            if (start < end)
            {
                spans.Add(new PolnearSourceSpan(start, end, string.Join(' ', pieces.Where(p => p.End <= documentText.Length).Select(p => documentText[p.Start..p.End]))));
            }
        }

        return spans;
    }

    [GeneratedRegex(@"^T\d+\tSource (?<offsets>\d+ \d+(;\d+ \d+)*)\t", RegexOptions.CultureInvariant)]
    private static partial Regex SourceLine();
}
