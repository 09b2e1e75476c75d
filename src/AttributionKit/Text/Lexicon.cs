using System.Collections.Concurrent;
using System.Collections.Immutable;

namespace AttributionKit.Text;

/// <summary>
/// Reads the word lists embedded under <c>Resources/</c>: one entry per line, <c>#</c> starts a comment line,
/// blank lines are ignored. Each list is read once per process and shared.
/// </summary>
internal static class Lexicon
{
    private static readonly ConcurrentDictionary<string, ImmutableArray<string>> Cache = new(StringComparer.Ordinal);

    /// <summary>The lines of a resource such as <c>Lexicons/abbreviations.txt</c>.</summary>
    public static ImmutableArray<string> Lines(string relativePath) => Cache.GetOrAdd(relativePath, Read);

    /// <summary>The lines of a resource as a case-insensitive set.</summary>
    public static ImmutableHashSet<string> Set(string relativePath) =>
        Lines(relativePath).ToImmutableHashSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>Opens an embedded resource by its path under <c>Resources/</c>.</summary>
    public static Stream Open(string relativePath)
    {
        // The logical name keeps the folder separator of the machine that built the assembly; compare without it.
        var wanted = Normalize("AttributionKit.Resources." + relativePath);
        var assembly = typeof(Lexicon).Assembly;
        foreach (var name in assembly.GetManifestResourceNames())
        {
            if (Normalize(name) == wanted)
            {
                return assembly.GetManifestResourceStream(name)!;
            }
        }

        throw new InvalidOperationException($"Embedded resource '{relativePath}' is missing from the AttributionKit assembly.");
    }

    private static string Normalize(string name) => name.Replace('\\', '.').Replace('/', '.');

    private static ImmutableArray<string> Read(string relativePath)
    {
        using var stream = Open(relativePath);
        using var reader = new StreamReader(stream);
        var lines = ImmutableArray.CreateBuilder<string>();
        while (reader.ReadLine() is { } line)
        {
            var trimmed = line.Trim();
            if (trimmed.Length > 0 && trimmed[0] != '#')
            {
                lines.Add(trimmed);
            }
        }

        return lines.ToImmutable();
    }
}
