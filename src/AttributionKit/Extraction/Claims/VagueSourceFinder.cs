using System.Collections.Frozen;
using System.Collections.Immutable;
using AttributionKit.Text;

namespace AttributionKit.Extraction.Claims;

/// <summary>
/// Finds unnamed sources in a sentence. A fixed phrase (<c>Lexicons/vague-source-phrases.txt</c>: "it is believed",
/// "people familiar with the matter") is one wherever it stands. A head noun (<c>Lexicons/vague-source-heads.txt</c>:
/// "analysts", "a source") is one when a reporting verb (<c>Lexicons/vague-source-verbs.txt</c>) follows it ("experts
/// say", "officials, who spoke on condition of anonymity, said") or precedes it ("said a source"), and no name follows
/// it ("analyst Michael Clarke said" names the source).
/// The phrase reaches left over the head's modifiers (<c>Lexicons/vague-source-modifiers.txt</c>, "a senior
/// government source") and over one or two capitalised words ("U.S. officials").
/// The lexicon's verbs are a short list; <see cref="AddAttributed"/> adds the sources the attribution stage found with
/// any cue ("Critics accused …", "A person familiar with the planning for the meeting says …").
/// </summary>
internal static class VagueSourceFinder
{
    private static readonly PhraseLexicon Phrases = PhraseLexicon.Load("Lexicons/vague-source-phrases.txt");
    private static readonly PhraseLexicon Heads = PhraseLexicon.Load("Lexicons/vague-source-heads.txt");
    private static readonly PhraseLexicon Verbs = PhraseLexicon.Load("Lexicons/vague-source-verbs.txt");
    private static readonly FrozenSet<string> Modifiers = Lexicon.Lines("Lexicons/vague-source-modifiers.txt").ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    // Verbs that, standing before a head, make it the speaker ("said a source", "according to officials");
    // "told officials" makes them the listeners, so not every reporting verb counts here.
    private static readonly PhraseLexicon VerbsBefore = PhraseLexicon.Load("Lexicons/vague-source-verbs-before.txt");

    private static readonly FrozenSet<string> Skippable = Lexicon.Lines("Lexicons/vague-source-skippable.txt").ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    private static readonly FrozenSet<string> Prepositions = Lexicon.Lines("Lexicons/vague-source-links.txt").ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>The vague sources of a sentence's tokens, in text order.</summary>
    public static List<VagueSource> Find(string text, ImmutableArray<LexicalToken> tokens)
    {
        var found = new List<VagueSource>();
        var taken = new bool[tokens.Length];
        foreach (var (first, end) in Phrases.FindAll(tokens))
        {
            var start = ExtendLeft(tokens, first);
            Add(found, taken, text, tokens, start, end, start, end);
        }

        for (var h = 0; h < tokens.Length; h++)
        {
            var length = Heads.MatchAt(tokens, h);
            // "Analysts warn" opens a sentence with a capital; elsewhere a capital makes it a name ("Sources Close").
            if (length == 0 || taken[h] || !(tokens[h].IsLowercaseWord || (h == 0 && tokens[h].Kind == LexicalTokenKind.Word) || (h > 0 && IsOpening(tokens[h - 1]))))
            {
                continue;
            }

            var headEnd = h + length;
            var headStart = ExtendLeft(tokens, h);
            if (headEnd < tokens.Length && tokens[headEnd].IsCapitalized)
            {
                continue;
            }

            if (VerbAfter(tokens, headEnd) is { } verbEnd)
            {
                Add(found, taken, text, tokens, headStart, verbEnd, headStart, headEnd);
            }
            else if (VerbBefore(tokens, headStart) is { } verbStart)
            {
                Add(found, taken, text, tokens, verbStart, headEnd, headStart, headEnd);
            }

            h = headEnd - 1;
        }

        found.Sort((a, b) => a.Range.Start.CompareTo(b.Range.Start));
        return found;
    }

    /// <summary>
    /// Adds the sources of a sentence's attributions that name no one: the source opens with a head of
    /// <c>Lexicons/vague-source-heads.txt</c>, after describing words only ("Current and former officials who spoke
    /// with reporters said", "Hillary Clinton’s aides cast her victory as …", "top defense officials underlined …"),
    /// not after a name joined to it ("Mr. Rubio and his advisers") and not before one ("analyst Michael Clarke").
    /// </summary>
    /// <param name="text">The article's text.</param>
    /// <param name="tokens">The sentence's tokens.</param>
    /// <param name="attributions">The attributions whose source stands in the sentence.</param>
    /// <param name="found">The sentence's vague sources so far; a source one of them covers is not added again.</param>
    public static void AddAttributed(string text, ImmutableArray<LexicalToken> tokens, IEnumerable<Model.Attribution> attributions, List<VagueSource> found)
    {
        foreach (var attribution in attributions)
        {
            if (attribution.Source is not { } source || found.Exists(f => f.Range.Overlaps(source.Mention.Range)))
            {
                continue;
            }

            var range = source.Mention.Range;
            var first = 0;
            while (first < tokens.Length && tokens[first].Range.Start < range.Start)
            {
                first++;
            }

            for (var h = first; h < tokens.Length && h - first <= 6 && tokens[h].Range.End <= range.End; h++)
            {
                var length = Heads.MatchAt(tokens, h);
                if (length == 0)
                {
                    continue;
                }

                // "analyst Michael Clarke", "his national security adviser, Susan E. Rice,": a name after the head.
                var headEnd = h + length;
                var next = headEnd < tokens.Length && tokens[headEnd].Text == "," ? headEnd + 1 : headEnd;
                var named = next < tokens.Length && tokens[next].IsCapitalized && (next > headEnd || tokens[next].Range.Start < range.End);
                if ((tokens[h].IsLowercaseWord || h == first) && !named && tokens[headEnd - 1].Range.End <= range.End && DescribesOnly(tokens, first, h))
                {
                    var whole = attribution.Cue is { } cue
                        ? new TextRange(Math.Min(range.Start, cue.Range.Start), Math.Max(range.End, cue.Range.End))
                        : range;
                    found.Add(new VagueSource(whole, text[tokens[first].Range.Start..tokens[headEnd - 1].Range.End]));
                }

                break;
            }
        }

        found.Sort((a, b) => a.Range.Start.CompareTo(b.Range.Start));
    }

    // The words before a head describe it and name no one: words, numbers and hyphens, at most three capitalised
    // ("White House officials", "Hillary Clinton’s aides"), no other punctuation, no preposition but a partitive
    // "of" ("many of her aides"; after another the head's phrase is not the source: "the leading voice among Fed
    // officials"), and no "and"/"or"/"nor" after a capitalised word, which joins a named person to the group
    // ("Mr. Rubio and his advisers").
    private static bool DescribesOnly(ImmutableArray<LexicalToken> tokens, int first, int head)
    {
        var capitalised = 0;
        for (var k = first; k < head; k++)
        {
            var t = tokens[k];
            if (t.Kind == LexicalTokenKind.Punctuation ? t.Text is not ("-" or "’" or "'") : t.IsCapitalized && ++capitalised > 3)
            {
                return false;
            }

            if (t.IsLowercaseWord && Prepositions.Contains(t.Text) && t.Lower is not ("the" or "a" or "an" or "of"))
            {
                return false;
            }

            // The sentence's first word is capitalised whatever it is ("Current and former officials").
            if (t.Lower is "and" or "or" or "nor" && k > first && k - 1 > 0 && tokens[k - 1].IsCapitalized)
            {
                return false;
            }
        }

        return true;
    }

    private static void Add(List<VagueSource> found, bool[] taken, string text, ImmutableArray<LexicalToken> tokens, int first, int end, int headFirst, int headEnd)
    {
        for (var k = first; k < end; k++)
        {
            taken[k] = true;
        }

        var head = text[tokens[headFirst].Range.Start..tokens[headEnd - 1].Range.End];
        found.Add(new VagueSource(new TextRange(tokens[first].Range.Start, tokens[end - 1].Range.End), head));
    }

    // The token just past a reporting verb after the head, skipping "have", adverbs, a short prepositional
    // phrase without names ("people familiar with the matter said", "sources close to the talks said") and one
    // clause set off by commas ("officials, who spoke on condition of anonymity, said").
    private static int? VerbAfter(ImmutableArray<LexicalToken> tokens, int k)
    {
        var skipped = 0;
        var insertionSkipped = false;
        while (k < tokens.Length && skipped <= 8)
        {
            var verb = Verbs.MatchAt(tokens, k);
            if (verb > 0)
            {
                return k + verb;
            }

            var t = tokens[k];
            if (!insertionSkipped && t.Text == "," && InsertionEnd(tokens, k) is { } after)
            {
                insertionSkipped = true;
                k = after;
                continue;
            }

            if (!t.IsLowercaseWord || !(Skippable.Contains(t.Text) || Prepositions.Contains(t.Text) || t.Text.EndsWith("ly", StringComparison.Ordinal)))
            {
                return null;
            }

            k++;
            skipped++;
        }

        return null;
    }

    // The token after the comma that closes a clause opened by the comma at tokens[open]: at most twelve lower-case
    // words and no name, so "officials, Smith said" or a list of heads is no insertion.
    private static int? InsertionEnd(ImmutableArray<LexicalToken> tokens, int open)
    {
        for (var k = open + 1; k < tokens.Length && k <= open + 13; k++)
        {
            var t = tokens[k];
            if (t.Text == ",")
            {
                return k > open + 1 ? k + 1 : null;
            }

            if (!t.IsLowercaseWord)
            {
                return null;
            }
        }

        return null;
    }

    private static int? VerbBefore(ImmutableArray<LexicalToken> tokens, int headStart)
    {
        for (var length = 2; length >= 1; length--)
        {
            var start = headStart - length;
            if (start >= 0 && VerbsBefore.MatchAt(tokens, start) == length)
            {
                return start;
            }
        }

        return null;
    }

    private static bool IsOpening(LexicalToken t) => t.Kind == LexicalTokenKind.Punctuation && t.Text is "“" or "\"" or "‘" or "(" or "—" or "–";

    private static int ExtendLeft(ImmutableArray<LexicalToken> tokens, int first)
    {
        var capitalised = 0;
        while (first > 0)
        {
            var t = tokens[first - 1];
            if ((t.IsLowercaseWord || first - 1 == 0) && Modifiers.Contains(t.Text))
            {
                first--;
            }
            else if (t.Kind == LexicalTokenKind.Number && t.Text.All(char.IsDigit))
            {
                first--;
            }
            else if (t.IsCapitalized && !t.IsPossessive && capitalised < 2 && (first - 1 > 0 || t.Text.Contains('.', StringComparison.Ordinal)))
            {
                first--;
                capitalised++;
            }
            else
            {
                break;
            }
        }

        return first;
    }
}
