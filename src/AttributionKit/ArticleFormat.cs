namespace AttributionKit;

/// <summary>The format an article is read as.</summary>
public enum ArticleFormat
{
    /// <summary>Plain text: blocks are separated by blank lines; a leading dateline is the document date.</summary>
    Text = 0,

    /// <summary>Markdown (CommonMark), optionally with YAML front matter (<c>title</c>, <c>date</c>, <c>author</c>).</summary>
    Markdown = 1,

    /// <summary>An HTML page: the main article content is found and boilerplate dropped.</summary>
    Html = 2,
}
