using System.Reflection;

namespace AttributionKit.Cli.Reporting;

/// <summary>The tool's name and version as reports state them.</summary>
internal static class ToolInfo
{
    public const string Name = "AttributionKit";

    public static string Version { get; } =
        typeof(ArticleAnalyzer).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion.Split('+')[0]
        ?? typeof(ArticleAnalyzer).Assembly.GetName().Version?.ToString(3)
        ?? "0.0.0";
}
