namespace AttributionKit.Model;

/// <summary>How the attributed content is given.</summary>
public enum AttributionKind
{
    /// <summary>Quoted words (<c>“…,” she said</c>).</summary>
    Direct = 0,

    /// <summary>Reported speech without quote marks (<c>Medinsky said Ukraine requested…</c>, <c>according to NATO, …</c>).</summary>
    Indirect = 1,

    /// <summary>Reported speech with quoted words in it (<c>she said the plan was “dead on arrival”</c>).</summary>
    Mixed = 2,
}
