using System.Collections.Frozen;
using System.Collections.Immutable;
using AttributionKit.Model;
using AttributionKit.Text;

namespace AttributionKit.Extraction.Claims;

/// <summary>
/// Reads the claim model's features off one sentence: figures, amounts, percentages, counts, dates, named
/// entities (capitalised words that do not open the sentence), events, comparisons, causes, laws and records,
/// hedges and opinion words (each a lexicon under <c>Lexicons/claim-*.txt</c>), quotation and headings.
/// </summary>
internal static class SentenceFeatureReader
{
    private static readonly PhraseLexicon Hedges = PhraseLexicon.Load("Lexicons/claim-hedges.txt");
    private static readonly PhraseLexicon Opinions = PhraseLexicon.Load("Lexicons/claim-opinion-markers.txt");
    private static readonly PhraseLexicon Comparatives = PhraseLexicon.Load("Lexicons/claim-comparatives.txt");
    private static readonly PhraseLexicon Causal = PhraseLexicon.Load("Lexicons/claim-causal-markers.txt");
    private static readonly PhraseLexicon LawRecord = PhraseLexicon.Load("Lexicons/claim-law-record-words.txt");
    private static readonly PhraseLexicon Events = PhraseLexicon.Load("Lexicons/claim-event-verbs.txt");

    private static readonly FrozenSet<string> MonthsAndDays = MonthNames.All
        .Where(m => m.Length > 3 || m is "may")
        .Concat(EnglishWeekdays.Names)
        .ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    private static readonly FrozenSet<string> RelativeDays =
        new[] { "today", "yesterday", "tomorrow", "tonight" }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    private static readonly FrozenSet<string> MoneyWords = Lexicon.Lines("Lexicons/claim-money-words.txt").ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>The features that fire on the sentence, with their values.</summary>
    public static Dictionary<string, double> Read(ImmutableArray<LexicalToken> tokens, IReadOnlyList<Quantity> quantities, BlockKind blockKind, bool isQuoted, bool hasSource, bool hasDateMention)
    {
        var values = new Dictionary<string, double>(StringComparer.Ordinal);
        void Fire(string feature, double value = 1)
        {
            if (value > 0)
            {
                values[feature] = value;
            }
        }

        var figure = false;
        var date = hasDateMention;
        var amount = false;
        var percentage = false;
        var entities = 0;
        for (var i = 0; i < tokens.Length; i++)
        {
            var t = tokens[i];
            var afterMonth = i > 0 && MonthsAndDays.Contains(tokens[i - 1].Text.TrimEnd('.'));
            if (t.Kind == LexicalTokenKind.Number)
            {
                if (IsTime(tokens, i) || afterMonth || IsYear(t.Text))
                {
                    date = true;
                }
                else
                {
                    figure = true;
                }
            }
            else if (t.Kind == LexicalTokenKind.Word && (MonthsAndDays.Contains(t.Text) && (t.IsCapitalized || t.Lower != "may") || RelativeDays.Contains(t.Text)))
            {
                // "may" is a month only with a capital and a number next to it.
                date |= t.Lower != "may" || (i + 1 < tokens.Length && tokens[i + 1].Kind == LexicalTokenKind.Number);
            }

            amount |= MoneyWords.Contains(t.Text) && (t.Kind != LexicalTokenKind.Word || HasNumberNear(tokens, i));
            percentage |= t.Text == "%" || t.Lower is "percent" or "percentage";

            if (i > 0 && t.IsCapitalized && !IsSentenceOpening(tokens, i) && !MonthsAndDays.Contains(t.Text) && t.Text != "I")
            {
                entities++;
            }
        }

        Fire(ClaimFeatures.Figure, figure ? 1 : 0);
        Fire(ClaimFeatures.Amount, amount ? 1 : 0);
        Fire(ClaimFeatures.Percentage, percentage ? 1 : 0);
        Fire(ClaimFeatures.Count, quantities.Any(q => q.Unit is not ("percent" or "$" or "€" or "£")) ? 1 : 0);
        Fire(ClaimFeatures.Date, date ? 1 : 0);
        Fire(ClaimFeatures.NamedEntity, Math.Min(entities, 3));
        Fire(ClaimFeatures.Attribution, hasSource ? 1 : 0);
        Fire(ClaimFeatures.Event, Events.Occurs(tokens) ? 1 : 0);
        Fire(ClaimFeatures.Comparative, Comparatives.Occurs(tokens) ? 1 : 0);
        Fire(ClaimFeatures.Causal, Causal.Occurs(tokens) ? 1 : 0);
        Fire(ClaimFeatures.LawRecord, LawRecord.Occurs(tokens) ? 1 : 0);
        // "May 19" is a month, not the hedge "may".
        Fire(ClaimFeatures.Hedge, Hedges.FindAll(tokens).Any(m => tokens[m.First].Text != "May") ? 1 : 0);
        Fire(ClaimFeatures.Opinion, Opinions.Occurs(tokens) ? 1 : 0);
        Fire(ClaimFeatures.Quoted, isQuoted ? 1 : 0);
        Fire(ClaimFeatures.Heading, blockKind is BlockKind.Title or BlockKind.Heading or BlockKind.ListItem or BlockKind.Standfirst or BlockKind.Caption ? 1 : 0);
        return values;
    }

    /// <summary>Whether the sentence asks rather than asserts.</summary>
    public static bool IsQuestion(string sentence)
    {
        var s = sentence.TrimEnd('"', '”', '’', '\'', ')', ' ');
        return s.EndsWith('?');
    }

    /// <summary>Whether a heading or bullet reads as a statement: it has a verb-like word ("Raises", "Scheduled", "will").</summary>
    public static bool LooksAssertive(ImmutableArray<LexicalToken> tokens)
    {
        for (var i = 1; i < tokens.Length; i++)
        {
            var w = tokens[i].Lower;
            if (tokens[i].Kind != LexicalTokenKind.Word)
            {
                continue;
            }

            if (w is "is" or "are" or "was" or "were" or "will" or "has" or "have" or "had" or "to" or "says" or "said"
                || Events.MatchAt(tokens, i) > 0
                || (w.Length > 4 && w.EndsWith("ed", StringComparison.Ordinal))
                || (w.Length > 4 && w.EndsWith("es", StringComparison.Ordinal) && !w.EndsWith("ies", StringComparison.Ordinal)))
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsTime(ImmutableArray<LexicalToken> tokens, int i)
    {
        var text = tokens[i].Text;
        if (text.Contains(':', StringComparison.Ordinal) || text.EndsWith("AM", StringComparison.OrdinalIgnoreCase) || text.EndsWith("PM", StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }

        return i + 1 < tokens.Length && tokens[i + 1].Text is "AM" or "PM" or "a.m" or "p.m" or "am" or "pm";
    }

    private static bool IsYear(string text) =>
        text.Length == 4 && text.All(char.IsAsciiDigit) && int.Parse(text, System.Globalization.CultureInfo.InvariantCulture) is >= 1900 and <= 2100;

    private static bool HasNumberNear(ImmutableArray<LexicalToken> tokens, int i) =>
        (i > 0 && tokens[i - 1].Kind == LexicalTokenKind.Number) || (i > 1 && tokens[i - 2].Kind == LexicalTokenKind.Number);

    private static bool IsSentenceOpening(ImmutableArray<LexicalToken> tokens, int i)
    {
        // The first word, or the first word after an opening quote, dash or colon.
        for (var k = i - 1; k >= 0; k--)
        {
            if (tokens[k].Kind != LexicalTokenKind.Punctuation)
            {
                return false;
            }

            if (tokens[k].Text is "“" or "\"" or "‘" or "—" or ":" or "(")
            {
                return true;
            }
        }

        return true;
    }
}
