namespace AttributionKit;

/// <summary>An article could not be read: the file is missing, empty, binary, too large or not text.</summary>
public sealed class ArticleLoadException : Exception
{
    /// <summary>Creates the exception.</summary>
    /// <param name="path">The file, or <see langword="null"/> for text passed in memory.</param>
    /// <param name="message">What is wrong, in a sentence that does not repeat the path.</param>
    /// <param name="innerException">The underlying error, if any.</param>
    public ArticleLoadException(string? path, string message, Exception? innerException = null)
        : base(path is null ? message : $"{path}: {message}", innerException)
    {
        Path = path;
        Problem = message;
    }

    /// <summary>The file that could not be read, or <see langword="null"/>.</summary>
    public string? Path { get; }

    /// <summary>What is wrong, without the path.</summary>
    public string Problem { get; }
}
