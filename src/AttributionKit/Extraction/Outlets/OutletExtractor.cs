using System.Collections.Immutable;
using System.Runtime.CompilerServices;
using AttributionKit.Model;
using AttributionKit.Segmentation;
using AttributionKit.Text;

namespace AttributionKit.Extraction.Outlets;

/// <summary>
/// Finds the outlets, agencies, platforms and bodies an article cites: gazetteer names (and names a citation
/// pattern introduces) that a cue makes a citation, sentence by sentence, and links whose host is an outlet's.
/// Each outlet is reported once, with every citing mention, in order of first citation. Thread-safe.
/// </summary>
internal static class OutletExtractor
{
    // Configured aliases rarely change between articles: build their gazetteer once per alias table.
    private static readonly ConditionalWeakTable<IReadOnlyDictionary<string, string>, OutletGazetteer> WithAliases = [];

    /// <summary>Extracts the article's cited outlets, with the options' extra aliases.</summary>
    public static OutletExtraction Extract(SegmentedArticle article, AnalyzeOptions options)
    {
        var gazetteer = options.OutletAliases.Count == 0
            ? OutletGazetteer.Default
            : WithAliases.GetValue(options.OutletAliases, a => OutletGazetteer.Default.WithAliases(a));
        var text = article.Text;

        // One scan of the whole text, so a short form ("the Post") can rely on a full name in an earlier sentence.
        var matches = gazetteer.FindAll(text, 0, text.Length);
        var mentions = new List<CitingMention>();
        var m = 0;
        for (var s = 0; s < article.Sentences.Length; s++)
        {
            var sentence = article.Sentences[s];
            while (m < matches.Count && matches[m].Range.Start < sentence.Range.Start)
            {
                m++;
            }

            var inSentence = new List<GazetteerMatch>();
            for (var k = m; k < matches.Count && matches[k].Range.End <= sentence.Range.End; k++)
            {
                inSentence.Add(matches[k]);
            }

            var tokens = article.TokensOf(s);
            mentions.AddRange(SentenceCitationFinder.Find(tokens, inSentence, gazetteer));
        }

        foreach (var link in article.Article.Links)
        {
            if (gazetteer.LookupHost(link.Host) is { } entry && !mentions.Any(c => c.Range.Overlaps(link.Anchor.Range)))
            {
                mentions.Add(new CitingMention(link.Anchor.Range, entry, "link"));
            }
        }

        mentions.Sort((a, b) => a.Range.Start.CompareTo(b.Range.Start));
        for (var i = 0; i < mentions.Count; i++)
        {
            mentions[i] = mentions[i] with { Range = WithArticle(text, mentions[i]) };
        }

        return new OutletExtraction(Group(article.Article, mentions), [.. mentions]);
    }

    // "(The Guardian)": when the outlet's own name starts with "The", its article belongs to the mention.
    private static TextRange WithArticle(string text, CitingMention mention)
    {
        var start = mention.Range.Start;
        if (!mention.Entry.Name.StartsWith("The ", StringComparison.Ordinal) || start < 4
            || string.Compare(text, start - 4, "the ", 0, 4, StringComparison.OrdinalIgnoreCase) != 0
            || (start > 4 && char.IsLetterOrDigit(text[start - 5])))
        {
            return mention.Range;
        }

        return new TextRange(start - 4, mention.Range.End);
    }

    private static ImmutableArray<OutletCitation> Group(Article article, List<CitingMention> mentions)
    {
        var order = new List<string>();
        var byName = new Dictionary<string, (OutletEntry Entry, List<Mention> Mentions)>(StringComparer.OrdinalIgnoreCase);
        foreach (var mention in mentions)
        {
            if (!byName.TryGetValue(mention.Entry.Name, out var group))
            {
                byName[mention.Entry.Name] = group = (mention.Entry, []);
                order.Add(mention.Entry.Name);
            }

            group.Mentions.Add(article.CreateMention(mention.Range));
        }

        return [.. order.Select(n => new OutletCitation(byName[n].Entry.Name, byName[n].Entry.Kind, [.. byName[n].Mentions], byName[n].Entry.IsKnown))];
    }
}
