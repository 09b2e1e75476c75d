namespace AttributionKit.Extraction.Claims;

/// <summary>The names of the claim model's features, as in <c>Lexicons/claim-weights.txt</c> and <see cref="Model.Claim.Features"/>.</summary>
internal static class ClaimFeatures
{
    public const string Figure = "figure";
    public const string Amount = "amount";
    public const string Percentage = "percentage";
    public const string Count = "count";
    public const string Date = "date";
    public const string NamedEntity = "named-entity";
    public const string Attribution = "attribution";
    public const string Event = "event";
    public const string Comparative = "comparative";
    public const string Causal = "causal";
    public const string LawRecord = "law-record";
    public const string Hedge = "hedge";
    public const string Opinion = "opinion";
    public const string Quoted = "quoted";
    public const string Heading = "heading";
}
