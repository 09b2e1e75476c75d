namespace AttributionKit.Cli.Inputs;

/// <summary>One article to check.</summary>
/// <param name="FullPath">Its full path, or <see langword="null"/> for standard input.</param>
/// <param name="DisplayPath">The path as reported.</param>
internal sealed record InputFile(string? FullPath, string DisplayPath)
{
    /// <summary>Standard input, reported as <c>-</c>.</summary>
    public static InputFile StandardInput { get; } = new(null, "-");
}
