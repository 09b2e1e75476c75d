namespace AttributionKit.Model;

/// <summary>Who an attribution credits: the words in the text and the name they resolve to.</summary>
public sealed class AttributionSource
{
    internal AttributionSource(Mention mention, string name)
    {
        Mention = mention;
        Name = name;
    }

    /// <summary>The words naming the source here (<c>he</c>, <c>Peskov</c>, <c>a senior official</c>).</summary>
    public Mention Mention { get; }

    /// <summary>The canonical name the mention resolves to (<c>Dmitry Peskov</c>); the mention's own words when it resolves to nobody named.</summary>
    public string Name { get; }

    /// <inheritdoc />
    public override string ToString() => Name;
}
