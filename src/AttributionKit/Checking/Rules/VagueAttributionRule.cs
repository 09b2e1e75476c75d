namespace AttributionKit.Checking.Rules;

/// <summary>
/// AK3001 vague-attribution: an unnamed or anonymous source ("analysts warn", "a government source said",
/// "it is believed", "people familiar with the matter"). The phrases are lexicons
/// (<c>Lexicons/vague-source-*.txt</c>), found by the claim stage.
/// </summary>
internal sealed class VagueAttributionRule : ArticleRule
{
    internal static readonly RuleDescriptor Rule = new(
        "AK3001",
        "vague-attribution",
        "Unnamed or anonymous source",
        "Unnamed source '{0}': say who it is, or why the source cannot be named",
        RuleCategory.Sourcing,
        Severity.Info,
        "Finds sources the article does not name: 'analysts warn', 'experts say', 'critics say', 'sources said', "
            + "'a government source said', 'it is believed', 'people familiar with the matter'. A reader cannot weigh "
            + "a claim whose source is unnamed.",
        "Name the source (person, role and organisation), or say why it is anonymous and how the newsroom knows it is "
            + "reliable ('a senior official who was not authorised to speak publicly'). Disable the rule for genres "
            + "that quote unnamed sources by design.",
        RuleHelp.For("vague-attribution"));

    public override RuleDescriptor Descriptor => Rule;

    public override void Check(RuleContext context)
    {
        foreach (var source in context.State.Claims.VagueSources)
        {
            context.Report(source.Range, source.Head);
        }
    }
}
