using System.Collections.Immutable;

namespace AttributionKit.Model;

/// <summary>An outlet, agency, platform or official body the article cites as a source, with every place it does.</summary>
public sealed class OutletCitation
{
    internal OutletCitation(string name, OutletKind kind, ImmutableArray<Mention> mentions, bool isKnown)
    {
        Name = name;
        Kind = kind;
        Mentions = mentions;
        IsKnown = isKnown;
    }

    /// <summary>The canonical name (<c>Deutsche Welle</c> for <c>DW</c>).</summary>
    public string Name { get; }

    /// <summary>What kind of body it is.</summary>
    public OutletKind Kind { get; }

    /// <summary>Each place the article cites it, in order.</summary>
    public ImmutableArray<Mention> Mentions { get; }

    /// <summary>Whether the name is in the gazetteer (otherwise it was recognised from a citation pattern alone).</summary>
    public bool IsKnown { get; }

    /// <inheritdoc />
    public override string ToString() => $"{Name} ({Kind}, {Mentions.Length}×)";
}
