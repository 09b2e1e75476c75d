namespace AttributionKit.Model;

/// <summary>A located piece of an article's text: what it says and where it stands.</summary>
public sealed class Mention
{
    internal Mention(string text, TextRange range, SourceSpan span)
    {
        Text = text;
        Range = range;
        Span = span;
    }

    /// <summary>The text as it reads in the article's main text.</summary>
    public string Text { get; }

    /// <summary>Where the text stands in <see cref="Article.Text"/>.</summary>
    public TextRange Range { get; }

    /// <summary>Where the text stands in the original file.</summary>
    public SourceSpan Span { get; }

    /// <inheritdoc />
    public override string ToString() => $"{Text} @{Span}";
}
