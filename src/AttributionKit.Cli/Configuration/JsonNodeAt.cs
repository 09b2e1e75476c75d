using System.Text.Json;

namespace AttributionKit.Cli.Configuration;

/// <summary>
/// A JSON value with the 1-based line and column where it starts, so a configuration error can name the line.
/// (System.Text.Json's DOM keeps no positions.)
/// </summary>
internal sealed class JsonNodeAt
{
    public required JsonValueKind Kind { get; init; }

    public string? Text { get; init; }

    public required int Line { get; init; }

    public required int Column { get; init; }

    /// <summary>An object's properties in order: name, where the name stands, value.</summary>
    public List<(string Name, int Line, int Column, JsonNodeAt Value)> Properties { get; } = [];

    public List<JsonNodeAt> Items { get; } = [];

    public string Describe() => Kind switch
    {
        JsonValueKind.String => "a string",
        JsonValueKind.Number => "a number",
        JsonValueKind.True or JsonValueKind.False => "a boolean",
        JsonValueKind.Null => "null",
        JsonValueKind.Array => "an array",
        JsonValueKind.Object => "an object",
        _ => "a value",
    };
}
