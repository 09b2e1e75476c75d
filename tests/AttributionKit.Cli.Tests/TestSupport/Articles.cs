namespace AttributionKit.Cli.Tests.TestSupport;

/// <summary>Small articles written for these tests. Each "zorblax" is a finding of <see cref="MarkerRule"/>.</summary>
public static class Articles
{
    /// <summary>Markdown with two marker words, on lines 7 and 9.</summary>
    public const string Story = """
        ---
        title: Council story
        date: 2025-05-19
        ---
        # Council story

        The mayor said the zorblax plan was ready, according to the BBC.

        Officials called it "a zorblax moment" on Tuesday.
        """;

    /// <summary>Plain text without findings.</summary>
    public const string Clean = """
        Monday, May 19, 2025

        Nothing to see here. The council met and adjourned.
        """;

    /// <summary>Bytes that are clearly not an article.</summary>
    public static readonly byte[] Binary = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0x00, 0x00, 0x00, 0x0D, 0x49, 0x48, 0x44, 0x52, 0x00, 0x01, 0x02];

    /// <summary>The 1-based (line, column) of each occurrence of <paramref name="word"/> in <paramref name="text"/>.</summary>
    public static List<(int Line, int Column)> Positions(string text, string word)
    {
        var result = new List<(int, int)>();
        var lines = text.Split('\n');
        for (var l = 0; l < lines.Length; l++)
        {
            for (var c = lines[l].IndexOf(word, StringComparison.Ordinal); c >= 0; c = lines[l].IndexOf(word, c + 1, StringComparison.Ordinal))
            {
                result.Add((l + 1, c + 1));
            }
        }

        return result;
    }
}
