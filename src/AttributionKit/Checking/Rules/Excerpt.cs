namespace AttributionKit.Checking.Rules;

/// <summary>Short excerpts of quoted text for findings' messages.</summary>
internal static class Excerpt
{
    private const int MaxLength = 60;

    // What a quote's edge may carry from the sentence around it.
    private const string SentencePunctuation = ", ;";

    /// <summary>
    /// The text, cut at a word boundary with an ellipsis when it is long. A comma or semicolon at the end belongs to
    /// the sentence around the quote ("“We lose another year,” he said"), not to what was said, so it is left out.
    /// </summary>
    public static string Of(string text)
    {
        if (text.Length <= MaxLength)
        {
            return text.AsSpan().TrimEnd(SentencePunctuation).ToString();
        }

        var cut = text.LastIndexOf(' ', MaxLength);
        return string.Concat(text.AsSpan(0, cut > 20 ? cut : MaxLength).TrimEnd(SentencePunctuation), "…");
    }
}
