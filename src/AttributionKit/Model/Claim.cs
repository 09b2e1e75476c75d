using System.Collections.Immutable;

namespace AttributionKit.Model;

/// <summary>A sentence that asserts something checkable, scored for how much it is worth checking.</summary>
public sealed class Claim
{
    internal Claim(string text, TextRange range, SourceSpan span, double score, string? attribution, ImmutableArray<string> features)
    {
        Text = text;
        Range = range;
        Span = span;
        Score = score;
        Attribution = attribution;
        Features = features.IsDefault ? [] : features;
    }

    /// <summary>The sentence.</summary>
    public string Text { get; }

    /// <summary>Where the sentence stands in <see cref="Article.Text"/>.</summary>
    public TextRange Range { get; }

    /// <summary>Where the sentence stands in the original file.</summary>
    public SourceSpan Span { get; }

    /// <summary>Check-worthiness from 0 (nothing to check) to 1.</summary>
    public double Score { get; }

    /// <summary>The source the article credits for the claim, when it credits one.</summary>
    public string? Attribution { get; }

    /// <summary>The features that made up <see cref="Score"/> (<c>figure</c>, <c>date</c>, <c>hedge</c>...), so the score can be explained.</summary>
    public ImmutableArray<string> Features { get; }

    /// <inheritdoc />
    public override string ToString() => $"{Score:0.00} {Text}";
}
