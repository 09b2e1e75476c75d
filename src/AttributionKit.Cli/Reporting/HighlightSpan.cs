namespace AttributionKit.Cli.Reporting;

/// <summary>A range of an article's main text to highlight in the HTML report: its CSS class, tooltip and optional link target.</summary>
/// <param name="Start">First offset in <c>Article.Text</c>.</param>
/// <param name="End">Offset past the last character.</param>
/// <param name="CssClass">The highlight's class (<c>q</c>, <c>sp</c>, <c>dt</c>, <c>ol</c>, <c>cl</c>, <c>fd</c>...).</param>
/// <param name="Title">The tooltip.</param>
/// <param name="FindingId">The element id of the finding's note in the margin, for a finding.</param>
internal sealed record HighlightSpan(int Start, int End, string CssClass, string Title, string? FindingId = null);
