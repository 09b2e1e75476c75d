using System.Collections.Immutable;
using AttributionKit.Model;

namespace AttributionKit.Checking;

/// <summary>Something a rule flags, located in the main text and in the original file.</summary>
public sealed class Finding
{
    internal Finding(
        RuleDescriptor rule,
        Severity severity,
        string message,
        string excerpt,
        TextRange? range,
        SourceSpan span,
        ImmutableArray<Mention> related)
    {
        Rule = rule;
        Severity = severity;
        Message = message;
        Excerpt = excerpt;
        Range = range;
        Span = span;
        Related = related.IsDefault ? [] : related;
    }

    /// <summary>The rule that reported the finding.</summary>
    public RuleDescriptor Rule { get; }

    /// <summary>The rule's id (<c>AK1001</c>).</summary>
    public string RuleId => Rule.Id;

    /// <summary>The rule's name (<c>date-mismatch</c>).</summary>
    public string RuleName => Rule.Name;

    /// <summary>The severity after configuration.</summary>
    public Severity Severity { get; }

    /// <summary>What is wrong, in a sentence.</summary>
    public string Message { get; }

    /// <summary>The article text the finding is about.</summary>
    public string Excerpt { get; }

    /// <summary>Where the finding stands in <see cref="Article.Text"/>; <see langword="null"/> for a finding about the page's metadata.</summary>
    public TextRange? Range { get; }

    /// <summary>Where the finding stands in the original file.</summary>
    public SourceSpan Span { get; }

    /// <summary>Other places the finding refers to (the other figure of a conflict, the earlier form of a name).</summary>
    public ImmutableArray<Mention> Related { get; }

    /// <inheritdoc />
    public override string ToString() => $"{Span.Line}:{Span.Column} {Severity.ToString().ToLowerInvariant()} {RuleName} {Message}";
}
