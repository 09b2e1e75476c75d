using AttributionKit.Model;

namespace AttributionKit.Loading.Html;

/// <summary>A date the page gives for itself, with how far it is trusted (lower tiers first) and where it came in the page.</summary>
internal sealed record DateCandidate(DocumentDate Date, int Tier, int Order);
