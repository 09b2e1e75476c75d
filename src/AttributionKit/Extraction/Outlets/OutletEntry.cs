using System.Collections.Immutable;
using AttributionKit.Model;

namespace AttributionKit.Extraction.Outlets;

/// <summary>One row of the outlet gazetteer: a canonical name, its kind, the other names it goes by and its web domains.</summary>
/// <param name="Name">The canonical name (<c>Deutsche Welle</c>).</param>
/// <param name="Kind">News outlet, agency, platform, government body or organisation.</param>
/// <param name="Aliases">Other names and abbreviations (<c>DW</c>).</param>
/// <param name="Domains">Registrable domains or hosts (<c>dw.com</c>).</param>
/// <param name="ShortForms">Ambiguous short forms (<c>the Post</c>) that name it only after the full name appeared.</param>
/// <param name="IsKnown">Whether it comes from the gazetteer rather than from a citation pattern or configuration alone.</param>
internal sealed record OutletEntry(
    string Name,
    OutletKind Kind,
    ImmutableArray<string> Aliases,
    ImmutableArray<string> Domains,
    ImmutableArray<string> ShortForms,
    bool IsKnown = true);
