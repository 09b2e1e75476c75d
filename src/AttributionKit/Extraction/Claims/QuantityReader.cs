using System.Collections.Frozen;
using System.Collections.Immutable;
using System.Globalization;
using AttributionKit.Text;

namespace AttributionKit.Extraction.Claims;

/// <summary>
/// Reads the figures of a sentence with what they count: a number written in digits, an optional multiplier
/// ("billion"), a currency ("$", "dollars") or a unit noun up to two adjectives later ("734 Russian violations"),
/// a qualifier before it ("over", "about", <c>Lexicons/quantity-qualifiers.tsv</c>) and the sentence's time frame
/// (<c>Lexicons/time-frames.tsv</c>, or "within 12 hours"). Years, times, dates and compound modifiers ("30-day")
/// are not quantities.
/// </summary>
internal static class QuantityReader
{
    private static readonly FrozenDictionary<string, double> Multipliers = new Dictionary<string, double>(StringComparer.OrdinalIgnoreCase)
    {
        ["hundred"] = 1e2, ["thousand"] = 1e3, ["million"] = 1e6, ["billion"] = 1e9, ["trillion"] = 1e12, ["bn"] = 1e9, ["m"] = 1e6,
    }.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);

    private static readonly FrozenDictionary<string, string> Currencies = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase)
    {
        ["$"] = "$", ["€"] = "€", ["£"] = "£", ["¥"] = "¥", ["dollars"] = "$", ["dollar"] = "$", ["euros"] = "€", ["euro"] = "€", ["pounds"] = "£",
        ["usd"] = "$", ["eur"] = "€", ["gbp"] = "£", ["hryvnias"] = "₴", ["rubles"] = "₽", ["roubles"] = "₽",
    }.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);

    private static readonly FrozenSet<string> IgnoredUnits = Lexicon.Lines("Lexicons/quantity-units-ignored.txt").ToFrozenSet(StringComparer.OrdinalIgnoreCase);
    private static readonly FrozenSet<string> StopWords = Lexicon.Lines("Lexicons/claim-stopwords.txt").ToFrozenSet(StringComparer.OrdinalIgnoreCase);
    private static readonly FrozenSet<string> GenericWords = Lexicon.Lines("Lexicons/quantity-generic-words.txt").ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    // How many words on each side of a figure tell what it counts ("the $3.2 billion plan", "the plan would cost $2.3
    // billion"). The whole sentence was too wide: two sums in a story about money nearly always share a word.
    private const int NearbyWords = 3;

    private static readonly Lazy<(PhraseLexicon Lexicon, FrozenDictionary<string, string> Kinds)> Qualifiers = new(() => LoadPairs("Lexicons/quantity-qualifiers.tsv"));
    private static readonly Lazy<(PhraseLexicon Lexicon, FrozenDictionary<string, string> Kinds)> Frames = new(() => LoadPairs("Lexicons/time-frames.tsv"));

    /// <summary>The quantities of one sentence, in text order.</summary>
    public static List<Quantity> Read(ImmutableArray<LexicalToken> tokens, int sentenceIndex)
    {
        var found = new List<Quantity>();
        var frame = FrameOf(tokens);
        var places = PlacesOf(tokens);
        QuantityFigure? previous = null;
        for (var i = 0; i < tokens.Length; i++)
        {
            if (ReadAt(tokens, i) is not { } figure)
            {
                continue;
            }

            // "76 of 112 drones": the part and the total share the unit after the total.
            if (figure.Unit is null && figure.End + 1 < tokens.Length && tokens[figure.End].Lower == "of" && ReadAt(tokens, figure.End + 1) is { Unit: not null } total)
            {
                var whole = new TextRange(tokens[figure.Start].Range.Start, tokens[total.End - 1].Range.End);
                found.Add(Make(tokens, figure with { Unit = total.Unit }, whole, new TextRange(tokens[figure.Start].Range.Start, tokens[figure.End - 1].Range.End), frame, true, sentenceIndex, places, total.End));
                found.Add(Make(tokens, total, whole, Span(tokens, total), frame, false, sentenceIndex, places, total.End));
                i = total.End - 1;
                continue;
            }

            if (figure.Unit is not null)
            {
                found.Add(Make(tokens, figure, Span(tokens, figure), Span(tokens, figure), frame, false, sentenceIndex, places, figure.End));
                if (previous is { } p && IsRangeOrChoice(tokens, p, figure))
                {
                    // "between $10 million and $25 million", "$9 million to $10 million", "either $43 billion or $55
                    // billion": one amount given as a range, which each end stands for.
                    var (first, second) = (found[^2], found[^1]);
                    var low = Math.Min(first.Low, second.Low);
                    var high = Math.Max(first.High, second.High);
                    found[^2] = first with { Low = low, High = high };
                    found[^1] = second with { Low = low, High = high };
                }

                previous = figure;
                i = figure.End - 1;
            }
        }

        return found;
    }

    // "lastToken" ends the whole expression ("76 of 112 drones"), after which the words that follow it are read.
    private static Quantity Make(ImmutableArray<LexicalToken> tokens, QuantityFigure f, TextRange range, TextRange figureRange, string? frame, bool isPart, int sentence, HashSet<string> places, int lastToken)
    {
        var (low, high) = Bounds(tokens, f.Start, f.Value);
        return new Quantity(range, figureRange, f.Value, low, high, f.Unit!, frame, isPart, sentence, NearbyOf(tokens, f.Start, lastToken, f.Unit!), places);
    }

    // The content words within a few words of the figure and in its clause: a comma, semicolon, colon, bracket or
    // dash ends the search, as it ends the phrase the figure belongs to.
    private static HashSet<string> NearbyOf(ImmutableArray<LexicalToken> tokens, int start, int end, string unit)
    {
        var nearby = new HashSet<string>(StringComparer.Ordinal);
        for (var (k, words) = (start - 1, 0); k >= 0 && words < NearbyWords && !EndsClause(tokens[k]); k--)
        {
            words += AddNearby(nearby, tokens[k], unit);
        }

        for (var (k, words) = (end, 0); k < tokens.Length && words < NearbyWords && !EndsClause(tokens[k]); k++)
        {
            words += AddNearby(nearby, tokens[k], unit);
        }

        return nearby;
    }

    private static int AddNearby(HashSet<string> nearby, LexicalToken token, string unit)
    {
        if (token.Kind != LexicalTokenKind.Word)
        {
            return 0;
        }

        if (token.IsLowercaseWord && token.Text.Length > 2 && !StopWords.Contains(token.Text) && !GenericWords.Contains(token.Text)
            && !IsRegularPast(token.Text) && UnitLemmatizer.Lemma(token.Text) is var lemma && lemma != unit)
        {
            nearby.Add(lemma);
        }

        return 1;
    }

    // "donated", "killed", "reported": a past verb or participle says what was done with a figure, not what it counts
    // ("speed", "seed" are not past forms).
    private static bool IsRegularPast(string word) =>
        word.Length > 4 && word.EndsWith("ed", StringComparison.Ordinal) && !word.EndsWith("eed", StringComparison.Ordinal);

    private static bool EndsClause(LexicalToken token) =>
        token.Kind == LexicalTokenKind.Punctuation && token.Text is "," or ";" or ":" or "(" or ")" or "—" or "–" or "." or "!" or "?";

    // Two figures of one unit joined by a single "and", "or", "to" or dash.
    private static bool IsRangeOrChoice(ImmutableArray<LexicalToken> tokens, QuantityFigure first, QuantityFigure second) =>
        first.Unit == second.Unit && second.Start == first.End + 1 && tokens[first.End].Lower is "and" or "or" or "to" or "-" or "–";

    private static TextRange Span(ImmutableArray<LexicalToken> tokens, QuantityFigure f) => new(tokens[f.Start].Range.Start, tokens[f.End - 1].Range.End);

    private static QuantityFigure? ReadAt(ImmutableArray<LexicalToken> tokens, int i)
    {
        var start = i;
        string? currency = null;
        if (tokens[i].Kind == LexicalTokenKind.Punctuation && Currencies.TryGetValue(tokens[i].Text, out var symbol) && i + 1 < tokens.Length)
        {
            currency = symbol;
            i++;
        }

        var t = tokens[i];
        if (t.Kind != LexicalTokenKind.Number || !t.Text.All(c => char.IsDigit(c) || c is ',' or '.'))
        {
            return null;
        }

        if (!double.TryParse(t.Text.Replace(",", string.Empty, StringComparison.Ordinal), NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var value))
        {
            return null;
        }

        // "May 18", "18 May", "the 2024 Washington Summit": dates and years are not quantities.
        if ((i > 0 && MonthNames.All.Contains(tokens[i - 1].Text.TrimEnd('.'))) || (i + 1 < tokens.Length && MonthNames.All.Contains(tokens[i + 1].Text.TrimEnd('.'))))
        {
            return null;
        }

        var end = i + 1;
        if (end < tokens.Length && Multipliers.TryGetValue(tokens[end].Text, out var multiplier))
        {
            value *= multiplier;
            end++;
        }

        if (end < tokens.Length && (tokens[end].Text == "-" || tokens[end].Text == "–"))
        {
            return null;
        }

        if (currency is null && end < tokens.Length && Currencies.TryGetValue(tokens[end].Text, out var named) && tokens[end].Kind == LexicalTokenKind.Word)
        {
            return new QuantityFigure(start, end + 1, value, named);
        }

        if (currency is not null)
        {
            return new QuantityFigure(start, end, value, currency);
        }

        if (end < tokens.Length && (tokens[end].Text == "%" || tokens[end].Lower == "percent"))
        {
            return new QuantityFigure(start, end + 1, value, "percent");
        }

        // The unit: the first plural noun within two words ("734 Russian violations"), or the next word for 1.
        for (var k = end; k < tokens.Length && k < end + 3; k++)
        {
            var w = tokens[k];
            if (w.Kind != LexicalTokenKind.Word || (w.IsCapitalized && k == end + 2))
            {
                break;
            }

            if (w.IsLowercaseWord && (UnitLemmatizer.IsPlural(w.Text) || (value == 1 && k == end)))
            {
                var unit = UnitLemmatizer.Lemma(w.Text);
                return IgnoredUnits.Contains(unit) || StopWords.Contains(w.Text) ? null : new QuantityFigure(start, k + 1, value, unit);
            }

            if (w.IsLowercaseWord && StopWords.Contains(w.Text))
            {
                break;
            }
        }

        return new QuantityFigure(start, end, value, null);
    }

    private static (double Low, double High) Bounds(ImmutableArray<LexicalToken> tokens, int start, double value)
    {
        var (lexicon, kinds) = Qualifiers.Value;
        for (var length = 3; length >= 1; length--)
        {
            var first = start - length;
            if (first >= 0 && lexicon.MatchAt(tokens, first) == length)
            {
                var phrase = string.Join(' ', Enumerable.Range(first, length).Select(k => tokens[k].Lower));
                return kinds.GetValueOrDefault(phrase) switch
                {
                    "min" => (value, double.PositiveInfinity),
                    "max" => (0, value),
                    "approx" => (value * 0.85, value * 1.15),
                    _ => (value, value),
                };
            }
        }

        return (value, value);
    }

    private static string? FrameOf(ImmutableArray<LexicalToken> tokens)
    {
        var (lexicon, kinds) = Frames.Value;
        for (var i = 0; i < tokens.Length; i++)
        {
            // "within 12 hours", "in 48 hours", "over three days": a span of its own.
            if (tokens[i].Lower is "within" or "in" or "over" or "during" && i + 2 < tokens.Length && tokens[i + 1].Kind == LexicalTokenKind.Number
                && tokens[i + 2].Lower is "hours" or "days" or "weeks" or "months" or "years" or "minutes")
            {
                return $"{tokens[i + 1].Text} {tokens[i + 2].Lower}";
            }

            var length = lexicon.MatchAt(tokens, i);
            if (length > 0)
            {
                var phrase = string.Join(' ', Enumerable.Range(i, length).Select(k => tokens[k].Lower));
                return kinds.GetValueOrDefault(phrase);
            }
        }

        return null;
    }

    private static HashSet<string> PlacesOf(ImmutableArray<LexicalToken> tokens) =>
        Enumerable.Range(1, Math.Max(0, tokens.Length - 1))
            .Where(k => tokens[k - 1].Lower == "in" && tokens[k].IsCapitalized)
            .Select(k => tokens[k].WithoutPossessive)
            .ToHashSet(StringComparer.Ordinal);

    private static (PhraseLexicon, FrozenDictionary<string, string>) LoadPairs(string path)
    {
        var rows = Lexicon.Lines(path).Select(l => l.Split('\t')).Where(c => c.Length >= 2).ToList();
        return (new PhraseLexicon(rows.Select(r => r[0].Trim())),
            rows.GroupBy(r => r[0].Trim(), StringComparer.OrdinalIgnoreCase).ToFrozenDictionary(g => g.Key, g => g.First()[1].Trim(), StringComparer.OrdinalIgnoreCase));
    }
}
