using System.Globalization;
using System.Text;

namespace AttributionKit.Text;

/// <summary>Letters without their accents, for telling spellings of one name apart (<c>Mairéad</c> / <c>Mairead</c>).</summary>
internal static class Diacritics
{
    /// <summary>
    /// <paramref name="word"/> with combining marks removed after canonical decomposition (é → e, ü → u, ç → c);
    /// the word itself, without allocating, when it has nothing above ASCII.
    /// </summary>
    public static string Fold(string word)
    {
        if (Ascii.IsValid(word))
        {
            return word;
        }

        var decomposed = word.Normalize(NormalizationForm.FormD);
        var folded = new StringBuilder(decomposed.Length);
        foreach (var c in decomposed)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark)
            {
                folded.Append(c);
            }
        }

        return folded.ToString().Normalize(NormalizationForm.FormC);
    }
}
