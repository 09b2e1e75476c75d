using System.Collections.Frozen;
using System.Collections.Immutable;
using AttributionKit.Extraction.Outlets;
using AttributionKit.Model;
using AttributionKit.Segmentation;
using AttributionKit.Text;

namespace AttributionKit.Extraction.Claims;

/// <summary>
/// Finds who a sentence credits, in this order: the attribution engine's relations and quotes that cover it;
/// an outlet it cites ("According to Ukrinform, …"); a reporting cue (<c>Lexicons/claim-attribution-cues.txt</c>)
/// with the name before it ("Peskov said", "Ukraine reported") or after it ("said Peskov"); an unnamed source
/// ("analysts warn"); and, for a quotation standing alone, the citation line under it ("— Dmitry Peskov (TASS)").
/// </summary>
internal static class SentenceAttributionFinder
{
    private static readonly PhraseLexicon Cues = PhraseLexicon.Load("Lexicons/claim-attribution-cues.txt");

    private static readonly FrozenSet<string> StopWords = Lexicon.Lines("Lexicons/claim-stopwords.txt").ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    private static readonly FrozenSet<string> Studies = Lexicon.Lines("Lexicons/claim-study-nouns.txt").ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    private static readonly FrozenSet<string> Pronouns =
        new[] { "he", "she", "they", "it", "we", "i" }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    private static readonly FrozenSet<string> Determiners =
        new[] { "the", "a", "an" }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    private static readonly FrozenSet<string> Skippable = Lexicon.Lines("Lexicons/claim-attribution-skippable.txt").ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>The sentence's source, or null when it credits nobody.</summary>
    /// <param name="article">The segmented article.</param>
    /// <param name="sentenceIndex">The sentence.</param>
    /// <param name="tokens">The sentence's tokens.</param>
    /// <param name="citations">The outlets the sentence cites.</param>
    /// <param name="vague">The unnamed sources in the sentence.</param>
    /// <param name="covering">The first relation with a source whose content overlaps the sentence.</param>
    /// <param name="quoted">The first quote with a speaker that overlaps the sentence.</param>
    public static ClaimSource? Find(
        SegmentedArticle article,
        int sentenceIndex,
        ImmutableArray<LexicalToken> tokens,
        IReadOnlyList<CitingMention> citations,
        IReadOnlyList<VagueSource> vague,
        Model.Attribution? covering,
        Quote? quoted)
    {
        if (covering?.Source is { } source)
        {
            return new ClaimSource(source.Name, "attribution");
        }

        if (quoted?.Speaker is { } speaker)
        {
            return new ClaimSource(speaker, "quote");
        }

        // A quotation standing alone is credited by the line under it, whatever names it holds ("When Putin said…").
        if (FromCitationLine(article, sentenceIndex) is { } line)
        {
            return line;
        }

        if (citations.Count > 0)
        {
            return new ClaimSource(citations[0].Entry.Name, citations[0].How);
        }

        if (FromCue(tokens) is { } cued)
        {
            return cued;
        }

        return vague.Count > 0 ? new ClaimSource(vague[0].Head, "unnamed source", IsVague: true) : null;
    }

    private static ClaimSource? FromCue(ImmutableArray<LexicalToken> tokens)
    {
        for (var i = 0; i < tokens.Length; i++)
        {
            var length = Cues.MatchAt(tokens, i);
            if (length == 0)
            {
                continue;
            }

            var cue = string.Join(' ', Enumerable.Range(i, length).Select(k => tokens[k].Lower));
            var after = i + length;

            // "according to Peskov", "according to a civil complaint filed by the SEC": the source follows.
            if (cue.StartsWith("according to", StringComparison.Ordinal) || cue.StartsWith("as ", StringComparison.Ordinal))
            {
                if ((NameAt(tokens, after) ?? PhraseAt(tokens, after)) is { } name)
                {
                    return new ClaimSource(name, cue);
                }

                continue;
            }

            if ((SubjectBefore(tokens, i) ?? SubjectBeforeApposition(tokens, i)) is { } subject)
            {
                return new ClaimSource(subject, cue);
            }

            // "…,” said Peskov.
            if (i > 0 && tokens[i - 1].Kind == LexicalTokenKind.Punctuation && NameAt(tokens, after) is { } speaker)
            {
                return new ClaimSource(speaker, cue);
            }

            i += length - 1;
        }

        return FromStudy(tokens) is { } study ? new ClaimSource(study, "study") : null;
    }

    // "Chris Covert, South Carolina director for Sanders, said": the name before the apposition.
    private static string? SubjectBeforeApposition(ImmutableArray<LexicalToken> tokens, int cue)
    {
        if (cue < 2 || tokens[cue - 1].Text != ",")
        {
            return null;
        }

        for (var k = cue - 2; k > 0 && k > cue - 14; k--)
        {
            if (tokens[k].Text == ",")
            {
                return SubjectBefore(tokens, k);
            }
        }

        return null;
    }

    // "in a new Washington Post-ABC News poll", "a Pew Research Center survey": a named study is a source.
    private static string? FromStudy(ImmutableArray<LexicalToken> tokens)
    {
        for (var i = 1; i < tokens.Length; i++)
        {
            if (tokens[i].Kind != LexicalTokenKind.Word || !Studies.Contains(tokens[i].Text) || !tokens[i - 1].IsCapitalized || i - 1 == 0)
            {
                continue;
            }

            var first = i - 1;
            while (first > 1 && tokens[first - 1].IsCapitalized && first > i - 5)
            {
                first--;
            }

            return string.Join(' ', Enumerable.Range(first, i - first + 1).Select(j => tokens[j].Text));
        }

        return null;
    }

    // The words after "according to" up to the next punctuation: "a 52-count civil complaint filed by the SEC".
    private static string? PhraseAt(ImmutableArray<LexicalToken> tokens, int start)
    {
        var end = start;
        while (end < tokens.Length && tokens[end].Kind != LexicalTokenKind.Punctuation && end - start < 10)
        {
            end++;
        }

        return end > start ? string.Join(' ', Enumerable.Range(start, end - start).Select(j => tokens[j].Text)) : null;
    }

    private static string? SubjectBefore(ImmutableArray<LexicalToken> tokens, int cue)
    {
        var k = cue - 1;
        while (k >= 0 && tokens[k].Kind == LexicalTokenKind.Word && (Skippable.Contains(tokens[k].Text) || (tokens[k].IsLowercaseWord && tokens[k].Text.EndsWith("ly", StringComparison.Ordinal))))
        {
            k--;
        }

        if (k < 0 || tokens[k].Kind != LexicalTokenKind.Word || tokens[k].IsPossessive)
        {
            return null;
        }

        if (tokens[k].IsCapitalized && !StopWords.Contains(tokens[k].Text))
        {
            var end = k + 1;
            while (k > 0 && tokens[k - 1].IsCapitalized && !tokens[k - 1].IsPossessive && !StopWords.Contains(tokens[k - 1].Text) && end - k < 4)
            {
                k--;
            }

            return string.Join(' ', Enumerable.Range(k, end - k).Select(j => tokens[j].Text));
        }

        if (Pronouns.Contains(tokens[k].Text))
        {
            return tokens[k].Text;
        }

        // "the ministry said", "Ukraine’s air force said", "analysts warn": a noun phrase that opens with an article
        // or a possessive name, or a plural noun on its own; not "its ceasefire claims".
        if (tokens[k].IsLowercaseWord && tokens[k].Text.Length > 2 && !StopWords.Contains(tokens[k].Text))
        {
            var end = k + 1;
            var first = k;
            while (first > 0 && first > k - 3 && tokens[first - 1].IsLowercaseWord && !StopWords.Contains(tokens[first - 1].Text) && !Determiners.Contains(tokens[first - 1].Text))
            {
                first--;
            }

            var before = first > 0 ? tokens[first - 1] : default;
            if (first > 0 && (Determiners.Contains(before.Text) || (before.IsCapitalized && before.IsPossessive)))
            {
                return string.Join(' ', Enumerable.Range(first - 1, end - first + 1).Select(j => tokens[j].Text));
            }

            if (first == k && UnitLemmatizer.IsPlural(tokens[k].Text) && (k == 0 || before.Kind == LexicalTokenKind.Punctuation))
            {
                return tokens[k].Text;
            }
        }

        return null;
    }

    private static string? NameAt(ImmutableArray<LexicalToken> tokens, int start)
    {
        if (start < tokens.Length && Determiners.Contains(tokens[start].Text))
        {
            start++;
        }

        if (start < tokens.Length && tokens[start].Lower is "his" or "her" or "their" or "its")
        {
            return start + 1 < tokens.Length && tokens[start + 1].Kind == LexicalTokenKind.Word ? tokens[start + 1].Text : null;
        }

        var end = start;
        while (end < tokens.Length && tokens[end].IsCapitalized && end - start < 4)
        {
            end++;
            if (tokens[end - 1].IsPossessive)
            {
                break;
            }
        }

        return end > start ? string.Join(' ', Enumerable.Range(start, end - start).Select(j => tokens[j].WithoutPossessive)) : null;
    }

    // A quotation standing as its own block, with the line under it naming who said it: "— Dmitry Peskov (TASS)".
    private static ClaimSource? FromCitationLine(SegmentedArticle article, int sentenceIndex)
    {
        var text = article.Text;
        var blocks = article.Article.Blocks;
        var b = article.Sentences[sentenceIndex].BlockIndex;
        var block = blocks[b];
        var first = text[block.Range.Start];
        if (first is not ('“' or '"' or '«' or '„') && block.Kind != BlockKind.BlockQuote)
        {
            return null;
        }

        for (var next = b + 1; next < blocks.Length && next <= b + 3; next++)
        {
            var line = blocks[next];
            if (line.Kind == BlockKind.BlockQuote)
            {
                continue;
            }

            var lineText = text[line.Range.Start..line.Range.End].TrimStart('—', '–', '-', ' ');
            if (line.Kind is BlockKind.Citation || (line.Range.Length <= 120 && line.Kind is BlockKind.ListItem or BlockKind.Heading or BlockKind.Paragraph && !lineText.EndsWith('.')))
            {
                var cut = lineText.IndexOfAny([',', '(']);
                var on = lineText.IndexOf(" on ", StringComparison.Ordinal);
                var end = new[] { cut, on }.Where(x => x > 0).DefaultIfEmpty(lineText.Length).Min();
                var name = lineText[..end].Trim();
                return name.Length > 0 ? new ClaimSource(name, "citation line") : null;
            }

            break;
        }

        return null;
    }
}
