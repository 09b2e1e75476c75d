using System.Collections.Immutable;
using AttributionKit.Extraction;
using AttributionKit.Model;

namespace AttributionKit.Checking;

/// <summary>
/// What a rule sees of one analysed article, and the way it reports findings. One context per rule and article;
/// findings are reported with the rule's own descriptor and configured severity.
/// </summary>
public sealed class RuleContext
{
    private readonly List<Finding> _findings;

    internal RuleContext(RuleDescriptor descriptor, Severity severity, AnalysisState state, List<Finding> findings)
    {
        Descriptor = descriptor;
        Severity = severity;
        State = state;
        _findings = findings;
    }

    /// <summary>The descriptor of the rule being run.</summary>
    public RuleDescriptor Descriptor { get; }

    /// <summary>The severity findings will carry (the rule's default unless configured).</summary>
    public Severity Severity { get; }

    /// <summary>The article.</summary>
    public Article Article => State.Segmented.Article;

    /// <summary>The date relative expressions were resolved against, if any.</summary>
    public DateOnly? ReferenceDate => State.ReferenceDate;

    /// <summary>The quotes found.</summary>
    public ImmutableArray<Quote> Quotes => State.Attribution.Quotes;

    /// <summary>The attributions found.</summary>
    public ImmutableArray<Attribution> Attributions => State.Attribution.Attributions;

    /// <summary>The date expressions found.</summary>
    public ImmutableArray<DateMention> Dates => State.Dates.Mentions;

    /// <summary>The cited outlets found.</summary>
    public ImmutableArray<OutletCitation> Outlets => State.Outlets.Citations;

    /// <summary>The claims found.</summary>
    public ImmutableArray<Claim> Claims => State.Claims.Claims;

    /// <summary>The extraction stages' internal results, for built-in rules.</summary>
    internal AnalysisState State { get; }

    /// <summary>Reports a finding about a range of the main text.</summary>
    /// <param name="range">What the finding is about, in <see cref="Article.Text"/>.</param>
    /// <param name="messageArguments">The arguments of the descriptor's message format.</param>
    public void Report(TextRange range, params object?[] messageArguments) =>
        Report(range, [], messageArguments);

    /// <summary>Reports a finding about a range of the main text that refers to other places too.</summary>
    /// <param name="range">What the finding is about, in <see cref="Article.Text"/>.</param>
    /// <param name="related">The other places (the earlier figure, the other spelling).</param>
    /// <param name="messageArguments">The arguments of the descriptor's message format.</param>
    public void Report(TextRange range, IEnumerable<TextRange> related, params object?[] messageArguments)
    {
        var text = Article.Text;
        if (range.Start < 0 || range.End > text.Length || range.Start > range.End)
        {
            throw new ArgumentOutOfRangeException(nameof(range), $"Range {range} is outside the article's text (length {text.Length}).");
        }

        var relatedMentions = related.Select(Article.CreateMention).ToImmutableArray();
        _findings.Add(new Finding(
            Descriptor,
            Severity,
            Descriptor.FormatMessage(messageArguments),
            Article.GetText(range),
            range,
            Article.GetSourceSpan(range),
            relatedMentions));
    }

    /// <summary>Reports a finding about the page's own metadata (for example its dates), which lies outside the main text.</summary>
    /// <param name="excerpt">The text the finding is about.</param>
    /// <param name="span">Where it stands in the original file, if known; otherwise the finding points at line 1.</param>
    /// <param name="messageArguments">The arguments of the descriptor's message format.</param>
    public void ReportOnDocument(string excerpt, SourceSpan? span, params object?[] messageArguments)
    {
        _findings.Add(new Finding(
            Descriptor,
            Severity,
            Descriptor.FormatMessage(messageArguments),
            excerpt,
            null,
            span ?? new SourceSpan(0, 0, 1, 1, 1, 1),
            []));
    }
}
