using AttributionKit.Loading.Html;
using AttributionKit.Loading.Markdown;
using AttributionKit.Loading.PlainText;
using AttributionKit.Model;

namespace AttributionKit.Loading;

/// <summary>
/// Reads an article from a file, a stream or a string: refuses what is not an article (missing, empty, binary,
/// too large), decodes the bytes, detects the format and hands over to the format's loader.
/// </summary>
internal static class ArticleLoader
{
    public static Article LoadFile(string path, AnalyzeOptions options)
    {
        byte[] bytes;
        try
        {
            var info = new FileInfo(path);
            if (Directory.Exists(path))
            {
                throw new ArticleLoadException(path, "is a directory, not a file.");
            }

            if (!info.Exists)
            {
                throw new ArticleLoadException(path, "file not found.");
            }

            if (info.Length > options.MaxFileSize)
            {
                throw TooLarge(path, info.Length, options.MaxFileSize);
            }

            bytes = File.ReadAllBytes(path);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or NotSupportedException or ArgumentException)
        {
            throw new ArticleLoadException(path, $"cannot be read: {ex.Message}", ex);
        }

        return LoadBytes(bytes, path, options.Format, Today(options.Clock));
    }

    public static Article LoadStream(Stream stream, string? displayPath, AnalyzeOptions options)
    {
        using var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int read;
        while ((read = stream.Read(chunk, 0, chunk.Length)) > 0)
        {
            if (buffer.Length + read > options.MaxFileSize)
            {
                throw TooLarge(displayPath, buffer.Length + read, options.MaxFileSize);
            }

            buffer.Write(chunk, 0, read);
        }

        return LoadBytes(buffer.ToArray(), displayPath, options.Format, Today(options.Clock));
    }

    /// <summary>The day it is now by <paramref name="clock"/>, in UTC: no page is published after it.</summary>
    public static DateOnly Today(TimeProvider clock) => DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);

    public static Article LoadBytes(byte[] bytes, string? path, ArticleFormat? format, DateOnly today)
    {
        if (bytes.Length == 0)
        {
            throw new ArticleLoadException(path, "the file is empty.");
        }

        if (TextDecoder.LooksBinary(bytes))
        {
            throw new ArticleLoadException(path, "looks like a binary file, not an article (it contains NUL or control bytes).");
        }

        // A declared charset is honoured unless the caller says the text is Markdown or plain text.
        var text = TextDecoder.Decode(bytes, lookForDeclaredCharset: format is null or ArticleFormat.Html);
        return LoadText(text, path, format, today);
    }

    public static Article LoadText(string text, string? path, ArticleFormat? format, DateOnly today)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            throw new ArticleLoadException(path, "the file has no text.");
        }

        var detected = format ?? FormatDetector.Detect(path, text);
        var article = detected switch
        {
            ArticleFormat.Html => HtmlLoader.Load(text, path, today),
            ArticleFormat.Markdown => MarkdownLoader.Load(text, path),
            _ => PlainTextLoader.Load(text, path),
        };
        if (article.Blocks.IsEmpty)
        {
            throw new ArticleLoadException(path, $"no article text was found in this {detected.ToString().ToLowerInvariant()} file.");
        }

        return article;
    }

    private static ArticleLoadException TooLarge(string? path, long size, long limit) =>
        new(path, $"is {size / (1024.0 * 1024):0.0} MiB, larger than the {limit / (1024.0 * 1024):0.#} MiB limit for one article.");
}
