using System.Collections.Frozen;
using System.Collections.Immutable;
using AttributionKit.Extraction.Attribution;
using AttributionKit.Extraction.Dates;
using AttributionKit.Extraction.Outlets;
using AttributionKit.Model;
using AttributionKit.Segmentation;
using AttributionKit.Text;

namespace AttributionKit.Extraction.Claims;

/// <summary>
/// Scores sentences for check-worthiness and links them to their attribution. Each sentence gets the features of
/// <see cref="SentenceFeatureReader"/> and a score from <see cref="ClaimModel"/>; a sentence at or above the
/// threshold is a claim, unless it is a question, has fewer than four words, or is a heading or bullet that
/// asserts nothing. Thread-safe.
/// </summary>
internal static class ClaimExtractor
{
    private static readonly FrozenSet<string> StopWords = Lexicon.Lines("Lexicons/claim-stopwords.txt").ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>Extracts the article's check-worthy claims.</summary>
    public static ClaimExtraction Extract(SegmentedArticle article, DateExtraction dates, OutletExtraction outlets, AttributionExtraction attribution)
    {
        var text = article.Text;
        var claims = ImmutableArray.CreateBuilder<Claim>();
        var sentences = ImmutableArray.CreateBuilder<AnalyzedSentence>();
        var quantities = ImmutableArray.CreateBuilder<Quantity>();
        var vagueSources = ImmutableArray.CreateBuilder<VagueSource>();
        var quoteDepthAtBlockStart = QuotedBlocks(article);
        var citingBuckets = SentenceBuckets.Build(article, outlets.Mentions.Length, i => outlets.Mentions[i].Range);
        var dateBuckets = SentenceBuckets.Build(article, dates.Mentions.Length, i => dates.Mentions[i].Range);
        var attributionBuckets = SentenceBuckets.Build(article, attribution.Attributions.Length, i => attribution.Attributions[i].Content.Range);
        var quoteBuckets = SentenceBuckets.Build(article, attribution.Quotes.Length, i => attribution.Quotes[i].Range);
        var sourced = attribution.Attributions.Where(a => a.Source is not null).ToArray();
        var sourceBuckets = SentenceBuckets.Build(article, sourced.Length, i => sourced[i].Source!.Mention.Range);
        for (var s = 0; s < article.Sentences.Length; s++)
        {
            var sentence = article.Sentences[s];
            var range = sentence.Range;
            var block = article.Article.Blocks[sentence.BlockIndex];
            var tokens = article.TokensOf(s);
            var citations = citingBuckets.At(s).Select(i => outlets.Mentions[i]).Where(m => range.Contains(m.Range)).ToList();
            var vague = VagueSourceFinder.Find(text, tokens);
            VagueSourceFinder.AddAttributed(text, tokens, sourceBuckets.At(s).Select(i => sourced[i]).Where(a => range.Contains(a.Source!.Mention.Range)), vague);
            vagueSources.AddRange(vague);
            var found = QuantityReader.Read(tokens, s);
            quantities.AddRange(found);

            var covering = attributionBuckets.At(s).Select(i => attribution.Attributions[i]).FirstOrDefault(a => a.Source is not null && a.Content.Range.Overlaps(range));
            var quoted = quoteBuckets.At(s).Select(i => attribution.Quotes[i]).FirstOrDefault(q => q.Speaker is not null && q.Range.Overlaps(range));
            var source = SentenceAttributionFinder.Find(article, s, tokens, citations, vague, covering, quoted);
            var isQuoted = quoteDepthAtBlockStart.Contains(sentence.BlockIndex) || (tokens.Length > 0 && tokens[0].Text is "“" or "\"");
            var hasDate = dateBuckets.At(s).Any(i => dates.Mentions[i].Range.Overlaps(range));
            var values = SentenceFeatureReader.Read(tokens, found, block.Kind, isQuoted, source is not null, hasDate);
            var score = Math.Round(ClaimModel.Score(values), 3);
            var features = values.Keys.Where(f => ClaimModel.Weight(f) != 0).OrderBy(f => f, StringComparer.Ordinal).ToImmutableArray();
            var words = tokens.Count(t => t.Kind is LexicalTokenKind.Word or LexicalTokenKind.Number);
            var sentenceText = text[range.Start..range.End];
            var isHeading = block.Kind is BlockKind.Title or BlockKind.Heading or BlockKind.ListItem or BlockKind.Standfirst or BlockKind.Caption;
            var isClaim = score >= ClaimModel.Threshold
                && words >= 4
                && !SentenceFeatureReader.IsQuestion(sentenceText)
                && (!isHeading || SentenceFeatureReader.LooksAssertive(tokens));
            var numbers = tokens.Where(t => t.Kind == LexicalTokenKind.Number)
                .Select(t => new string([.. t.Text.TakeWhile(c => char.IsDigit(c) || c is ',' or '.').Where(char.IsDigit)]))
                .Where(n => n.Length > 0)
                .ToHashSet(StringComparer.Ordinal);
            var content = tokens.Where(t => t.Kind == LexicalTokenKind.Word && t.Text.Length > 2 && !StopWords.Contains(t.Text))
                .Select(t => UnitLemmatizer.Lemma(t.WithoutPossessive))
                .ToHashSet(StringComparer.Ordinal);

            sentences.Add(new AnalyzedSentence(s, range, sentence.BlockIndex, block.Kind, score, features, source, isClaim, isQuoted, numbers, content));
            if (isClaim)
            {
                claims.Add(new Claim(sentenceText, range, article.Article.GetSourceSpan(range), score, source?.Name, features));
            }
        }

        return new ClaimExtraction(claims.ToImmutable(), sentences.ToImmutable(), quantities.ToImmutable(), vagueSources.ToImmutable());
    }

    // Blocks that are quotations: block quotes, and paragraphs that open with a quote mark and close with one.
    private static HashSet<int> QuotedBlocks(SegmentedArticle article)
    {
        var quoted = new HashSet<int>();
        var text = article.Text;
        for (var b = 0; b < article.Article.Blocks.Length; b++)
        {
            var block = article.Article.Blocks[b];
            if (block.Range.IsEmpty)
            {
                continue;
            }

            var first = text[block.Range.Start];
            var last = text[block.Range.End - 1];
            if (block.Kind == BlockKind.BlockQuote || (first is '“' or '"' or '«' && last is '”' or '"' or '»'))
            {
                quoted.Add(b);
            }
        }

        return quoted;
    }
}
