using System.Collections.Immutable;

namespace AttributionKit.Model;

/// <summary>What a document says about itself: title, authors, site, language, address and dates.</summary>
public sealed class DocumentMetadata
{
    internal DocumentMetadata(
        string? title,
        ImmutableArray<string> authors,
        string? siteName,
        string? language,
        string? url,
        DocumentDate? published,
        string? publishedReason,
        ImmutableArray<DocumentDate> dateCandidates)
    {
        Title = title;
        Authors = authors.IsDefault ? [] : authors;
        SiteName = siteName;
        Language = language;
        Url = url;
        Published = published;
        PublishedReason = publishedReason;
        DateCandidates = dateCandidates.IsDefault ? [] : dateCandidates;
    }

    /// <summary>An empty record, for documents that say nothing about themselves.</summary>
    internal static DocumentMetadata Empty { get; } = new(null, [], null, null, null, null, null, []);

    /// <summary>The article's headline.</summary>
    public string? Title { get; }

    /// <summary>The authors named by the page, in page order, without duplicates.</summary>
    public ImmutableArray<string> Authors { get; }

    /// <summary>The publication or site name.</summary>
    public string? SiteName { get; }

    /// <summary>The language as a BCP 47 tag (<c>en</c>, <c>de-DE</c>), when the document states or shows it.</summary>
    public string? Language { get; }

    /// <summary>The canonical address of the page, when it gives one.</summary>
    public string? Url { get; }

    /// <summary>The publication date chosen among <see cref="DateCandidates"/>, or <see langword="null"/> when none is trustworthy.</summary>
    public DocumentDate? Published { get; }

    /// <summary>Why <see cref="Published"/> was chosen (or why none was).</summary>
    public string? PublishedReason { get; }

    /// <summary>Every date the document gives for itself, each with its provenance, in the order found.</summary>
    public ImmutableArray<DocumentDate> DateCandidates { get; }
}
