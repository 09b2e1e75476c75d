namespace AttributionKit.Cli.Inputs;

/// <summary>One article to check.</summary>
/// <param name="FullPath">Its full path, or <see langword="null"/> for standard input.</param>
/// <param name="DisplayPath">The path as reported.</param>
/// <param name="IsExplicit">Whether the command line named the file itself (not a folder or glob that found it); configuration's include/exclude globs filter only found files.</param>
internal sealed record InputFile(string? FullPath, string DisplayPath, bool IsExplicit = true)
{
    /// <summary>Standard input, reported as <c>-</c>.</summary>
    public static InputFile StandardInput { get; } = new(null, "-");
}
