using AttributionKit.Model;

namespace AttributionKit.Loading.Html;

/// <summary>
/// A date the page gives for itself, with how far it is trusted (lower tiers first), where it came in the page, and
/// whether it stands by the article's headline (a dateline just above or below it).
/// </summary>
internal sealed record DateCandidate(DocumentDate Date, int Tier, int Order, bool AtHeadline = false);
