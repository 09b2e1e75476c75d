using System.Collections.Frozen;
using System.Collections.Immutable;
using AttributionKit.Model;
using AttributionKit.Text;

namespace AttributionKit.Extraction.Outlets;

/// <summary>
/// Decides which outlet names of one sentence are citations: a name is cited when a cue stands before it
/// ("according to", "as reported by", "told", "on" for platforms), after it ("said", "reported"), when a
/// citation noun follows it ("his X post"), when it stands alone in brackets ("(The Guardian)"), or when it is
/// joined by "and" or a comma to a cited name ("according to ABC News and Al Jazeera"). Unknown names are read
/// after cues that allow them. Any other name is a mere mention ("NATO is not directly involved").
/// </summary>
internal static class SentenceCitationFinder
{
    private static readonly FrozenSet<string> Followers = Lexicon.Lines("Outlets/citation-followers.txt").ToFrozenSet(StringComparer.Ordinal);

    private static readonly FrozenSet<string> AfterCueSkippable = Lexicon.Lines("Outlets/citation-cue-skippable.txt").ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    private static readonly FrozenSet<string> Coordinators = new[] { ",", "and", "or", "the", "&" }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>The citations of one sentence, in text order.</summary>
    public static List<CitingMention> Find(ImmutableArray<LexicalToken> tokens, IReadOnlyList<GazetteerMatch> matches, OutletGazetteer gazetteer)
    {
        var spans = matches.Select(m => TokenSpan(tokens, m.Range)).ToList();
        var how = new string?[matches.Count];
        var byCue = new CitationCuePosition?[matches.Count];
        for (var i = 0; i < matches.Count; i++)
        {
            var (first, end) = spans[i];
            if (first >= end)
            {
                continue;
            }

            var kind = matches[i].Entry.Kind;
            // "a spokesman for NATO said": after a cue ending in "for", the next word is the person's verb.
            if (CueBefore(tokens, first, kind) is { } before && (before.Words[^1] == "for" || FollowsWell(tokens, end)))
            {
                (how[i], byCue[i]) = (before.Phrase, CitationCuePosition.Before);
            }
            else if (IsBracketed(tokens, first, end))
            {
                how[i] = "(…)";
            }
            else if (CitationNounAfter(tokens, end - 1, end, kind) is { } noun)
            {
                how[i] = noun;
            }
            else if (CueAfter(tokens, first, end, kind) is { } after)
            {
                (how[i], byCue[i]) = (after.Phrase, CitationCuePosition.After);
            }
        }

        // "according to ABC News and Al Jazeera", "Reuters and AP reported": a name joined to a cited one.
        for (var changed = true; changed;)
        {
            changed = false;
            for (var i = 0; i < matches.Count; i++)
            {
                if (how[i] is not null || spans[i].First >= spans[i].End)
                {
                    continue;
                }

                if (i > 0 && byCue[i - 1] == CitationCuePosition.Before && Joined(tokens, spans[i - 1].End, spans[i].First))
                {
                    (how[i], byCue[i]) = (how[i - 1], CitationCuePosition.Before);
                    changed = true;
                }
                else if (i + 1 < matches.Count && byCue[i + 1] == CitationCuePosition.After && Joined(tokens, spans[i].End, spans[i + 1].First))
                {
                    (how[i], byCue[i]) = (how[i + 1], CitationCuePosition.After);
                    changed = true;
                }
            }
        }

        var found = new List<CitingMention>();
        for (var i = 0; i < matches.Count; i++)
        {
            if (how[i] is { } h)
            {
                found.Add(new CitingMention(matches[i].Range, matches[i].Entry, h));
            }
        }

        found.AddRange(FindUnknown(tokens, spans, gazetteer));
        found.AddRange(FindUnknownBeforeCue(tokens, spans.Concat(found.Select(f => TokenSpan(tokens, f.Range))).ToList()));
        found.Sort((a, b) => a.Range.Start.CompareTo(b.Range.Start));
        return found;
    }

    // A cue that allows unknown names, then a name no gazetteer match covers: "according to the Kyiv Independent".
    private static IEnumerable<CitingMention> FindUnknown(ImmutableArray<LexicalToken> tokens, List<(int First, int End)> known, OutletGazetteer gazetteer)
    {
        var tokenList = (IReadOnlyList<LexicalToken>)tokens;
        for (var j = 0; j < tokens.Length - 1; j++)
        {
            if ((CitationCueLexicon.EndingAt(tokenList, j, CitationCuePosition.Before) ?? InvertedCueEndingAt(tokens, j)) is not { AllowsUnknown: true } cue)
            {
                continue;
            }

            var start = j + 1;
            while (UnknownOutletReader.Read(tokens, start) is { } name)
            {
                if (known.Any(k => k.First < name.End && name.First < k.End))
                {
                    break;
                }

                var words = Enumerable.Range(name.First, name.End - name.First).Select(k => tokens[k].WithoutPossessive).ToList();
                var text = string.Join(' ', words);
                var range = new TextRange(tokens[name.First].Range.Start, tokens[name.End - 1].Range.End - (tokens[name.End - 1].IsPossessive ? 2 : 0));
                if (gazetteer.LookupFuzzy(text) is { } entry)
                {
                    if (!cue.Applies(entry.Kind))
                    {
                        break;
                    }

                    yield return new CitingMention(range, entry, cue.Phrase);
                }
                else if (UnknownOutletReader.LooksLikeOutlet(words) && FollowsWell(tokens, name.End)
                    && cue.Applies(OutletKindGuesser.Guess(words) ?? OutletKind.Organization))
                {
                    var kind = OutletKindGuesser.Guess(words) ?? OutletKind.Organization;
                    yield return new CitingMention(range, new OutletEntry(text, kind, [], [], [], IsKnown: false), cue.Phrase);
                }
                else
                {
                    break;
                }

                // "according to the Kyiv Independent and the Kyiv Post": read the next name of the list.
                start = name.End;
                if (start < tokens.Length && Coordinators.Contains(tokens[start].Text) && tokens[start].Text != "the")
                {
                    start++;
                    if (start < tokens.Length && tokens[start].Lower == "and")
                    {
                        start++;
                    }

                    continue;
                }

                break;
            }
        }
    }

    // "The Clinton campaign said", "Judicial Watch reported": a name whose head word says what body it is, right
    // before a cue that follows names. A lower-case head needs a capitalised word with it ("the campaign said" is an
    // anaphor, not a name).
    private static IEnumerable<CitingMention> FindUnknownBeforeCue(ImmutableArray<LexicalToken> tokens, List<(int First, int End)> known)
    {
        for (var k = 1; k < tokens.Length; k++)
        {
            if (CitationCueLexicon.StartingAt(tokens, k, CitationCuePosition.After) is not { } cue)
            {
                continue;
            }

            var head = k - 1;
            while (head > 0 && AfterCueSkippable.Contains(tokens[head].Text))
            {
                head--;
            }

            var h = tokens[head];
            if (h.Kind != LexicalTokenKind.Word || h.IsPossessive || !OutletKindGuesser.IsKindWord(h.Text) || known.Any(s => s.First <= head && head < s.End))
            {
                continue;
            }

            var first = head;
            while (first > 0 && tokens[first - 1].IsCapitalized && first > head - 4)
            {
                first--;
            }

            var words = Enumerable.Range(first, head - first + 1).Select(j => tokens[j].Text).ToList();
            if (first > 0 && tokens[first - 1].Lower is "of" or "for"
                || (!h.IsCapitalized && first == head)
                || known.Any(s => s.First <= head && first < s.End))
            {
                continue;
            }

            // A sentence-initial "The" is the article, not part of the name.
            if (words[0] == "The" && words.Count > 1)
            {
                first++;
                words.RemoveAt(0);
            }

            var range = new TextRange(tokens[first].Range.Start, tokens[head].Range.End);
            var name = string.Join(' ', words);
            yield return new CitingMention(range, new OutletEntry(name, OutletKindGuesser.Guess(words) ?? OutletKind.Organization, [], [], [], IsKnown: false), cue.Phrase);
        }
    }

    private static CitationCue? CueBefore(ImmutableArray<LexicalToken> tokens, int first, OutletKind kind)
    {
        var j = first - 1;
        if (j >= 0 && CitationCueLexicon.Determiners.Contains(tokens[j].Text))
        {
            j--;
        }

        if (j < 0)
        {
            return null;
        }

        if (CitationCueLexicon.EndingAt(tokens, j, CitationCuePosition.Before) is { } cue && cue.Applies(kind))
        {
            return cue;
        }

        return InvertedCueEndingAt(tokens, j) is { } inverted && inverted.Applies(kind) ? inverted : null;
    }

    // "…,” said the White House": a reporting verb counts before a name only right after a quotation or a comma.
    private static CitationCue? InvertedCueEndingAt(ImmutableArray<LexicalToken> tokens, int j)
    {
        var cue = CitationCueLexicon.EndingAt(tokens, j, CitationCuePosition.Inverted);
        if (cue is null)
        {
            return null;
        }

        var before = j - cue.Words.Length;
        return before >= 0 && tokens[before].Text is "," or "”" or "\"" or "’" or "'" ? cue : null;
    }

    private static CitationCue? CueAfter(ImmutableArray<LexicalToken> tokens, int first, int end, OutletKind kind)
    {
        // "NATO’s chief said" and "the head of NATO said": the speaker is someone else.
        if (tokens[end - 1].IsPossessive || (first > 0 && tokens[first - 1].Lower == "of")
            || (first > 1 && tokens[first - 1].Lower == "the" && tokens[first - 2].Lower == "of"))
        {
            return null;
        }

        var k = end;
        while (true)
        {
            if (CitationCueLexicon.StartingAt(tokens, k, CitationCuePosition.After) is { } cue && cue.Applies(kind))
            {
                return cue;
            }

            if (k < tokens.Length && AfterCueSkippable.Contains(tokens[k].Text))
            {
                k++;
                continue;
            }

            return null;
        }
    }

    private static string? CitationNounAfter(ImmutableArray<LexicalToken> tokens, int last, int end, OutletKind kind) =>
        end < tokens.Length && (tokens[end].IsLowercaseWord || tokens[last].IsPossessive) && CitationCueLexicon.IsCitationNoun(tokens[end].Text, kind)
            ? tokens[end].Text
            : null;

    private static bool IsBracketed(ImmutableArray<LexicalToken> tokens, int first, int end)
    {
        var j = first - 1;
        if (j >= 0 && tokens[j].Lower == "the")
        {
            j--;
        }

        return j >= 0 && tokens[j].Text == "(" && end < tokens.Length && tokens[end].Text == ")";
    }

    // What may follow a name cited by a cue before it: nothing, punctuation, or a word that does not make the name a
    // modifier ("told NATO leaders" cites nobody).
    private static bool FollowsWell(ImmutableArray<LexicalToken> tokens, int end) =>
        end >= tokens.Length
        || !tokens[end].IsLowercaseWord
        || Followers.Contains(tokens[end].Text)
        || CitationCueLexicon.Nouns.ContainsKey(tokens[end].Text)
        || CitationCueLexicon.StartingAt(tokens, end, CitationCuePosition.After) is not null;

    private static bool Joined(ImmutableArray<LexicalToken> tokens, int end, int first)
    {
        if (first <= end || first - end > 3)
        {
            return false;
        }

        for (var k = end; k < first; k++)
        {
            if (!Coordinators.Contains(tokens[k].Text))
            {
                return false;
            }
        }

        return true;
    }

    private static (int First, int End) TokenSpan(ImmutableArray<LexicalToken> tokens, TextRange range)
    {
        var first = 0;
        while (first < tokens.Length && tokens[first].Range.End <= range.Start)
        {
            first++;
        }

        var end = first;
        while (end < tokens.Length && tokens[end].Range.Start < range.End)
        {
            end++;
        }

        return (first, end);
    }
}
