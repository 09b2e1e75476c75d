using System.Collections.Immutable;

namespace AttributionKit.Text;

/// <summary>Splits a range of text into words, numbers and punctuation marks, each with its range.</summary>
internal static class LexicalTokenizer
{
    /// <summary>The tokens of <c>text[start..end)</c>.</summary>
    public static ImmutableArray<LexicalToken> Tokenize(string text, int start, int end)
    {
        var tokens = ImmutableArray.CreateBuilder<LexicalToken>();
        var i = start;
        while (i < end)
        {
            var c = text[i];
            if (char.IsWhiteSpace(c))
            {
                i++;
                continue;
            }

            if (!char.IsLetterOrDigit(c))
            {
                tokens.Add(new LexicalToken(new TextRange(i, i + 1), c.ToString(), LexicalTokenKind.Punctuation));
                i++;
                continue;
            }

            var j = i + 1;
            while (j < end && (char.IsLetterOrDigit(text[j]) || (IsJoiner(text[j]) && j + 1 < end && char.IsLetterOrDigit(text[j + 1]) && JoinsHere(text, j))))
            {
                j++;
            }

            // "U.S.": an abbreviation with inner full stops keeps its last one.
            if (j < end && text[j] == '.' && j - i >= 3 && text[j - 2] == '.' && char.IsLetter(text[j - 1]))
            {
                j++;
            }

            tokens.Add(new LexicalToken(new TextRange(i, j), text[i..j], char.IsDigit(c) ? LexicalTokenKind.Number : LexicalTokenKind.Word));
            i = j;
        }

        return tokens.ToImmutable();
    }

    private static bool IsJoiner(char c) => c is '-' or '.' or ',' or ':' or '’' or '\'' or '&' or '/';

    // A comma or colon joins digits only (1,000 and 10:00); the others join any letters or digits (U.S, Trump’s).
    private static bool JoinsHere(string text, int j) =>
        text[j] is not (',' or ':') || (char.IsDigit(text[j - 1]) && char.IsDigit(text[j + 1]));
}
