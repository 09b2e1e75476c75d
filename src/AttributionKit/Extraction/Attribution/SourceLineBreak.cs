using AttributionKit.Model;

namespace AttributionKit.Extraction.Attribution;

/// <summary>Where the main text's white space stands for a line break of the original file.</summary>
internal static class SourceLineBreak
{
    /// <summary>
    /// Whether the white space at text offset <paramref name="i"/> (with a character on either side) stands for a line
    /// break of the file: the plain-text and Markdown loaders join the lines of one paragraph with a space.
    /// </summary>
    public static bool At(Article article, int i) =>
        article.Text[i] == '\n' || article.GetSourceSpan(new TextRange(i - 1, i)).Line < article.GetSourceSpan(new TextRange(i + 1, i + 2)).Line;
}
