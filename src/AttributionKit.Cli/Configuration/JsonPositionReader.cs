using System.Text;
using System.Text.Json;

namespace AttributionKit.Cli.Configuration;

/// <summary>Reads JSON with comments and trailing commas into <see cref="JsonNodeAt"/> values that know their line and column.</summary>
internal static class JsonPositionReader
{
    private static readonly JsonReaderOptions Options = new()
    {
        CommentHandling = JsonCommentHandling.Skip,
        AllowTrailingCommas = true,
        MaxDepth = 64,
    };

    /// <summary>Parses <paramref name="utf8"/>.</summary>
    /// <exception cref="JsonException">On a syntax error; its <see cref="JsonException.LineNumber"/> and <see cref="JsonException.BytePositionInLine"/> say where (0-based).</exception>
    public static JsonNodeAt Parse(byte[] utf8)
    {
        var start = utf8.AsSpan().StartsWith(Encoding.UTF8.Preamble) ? 3 : 0;
        var bytes = utf8.AsMemory(start);
        var lineStarts = LineStarts(bytes.Span);
        var reader = new Utf8JsonReader(bytes.Span, Options);
        if (!reader.Read())
        {
            throw new JsonException("the file holds no JSON value.", null, 0, 0);
        }

        var root = ReadValue(ref reader, bytes.Span, lineStarts);
        if (reader.Read())
        {
            // Unreachable in practice: the reader itself rejects a second top-level value.
            throw new JsonException("more than one JSON value.", null, 0, 0);
        }

        return root;
    }

    private static JsonNodeAt ReadValue(ref Utf8JsonReader reader, ReadOnlySpan<byte> bytes, List<int> lineStarts)
    {
        var (line, column) = Position(reader.TokenStartIndex, bytes, lineStarts);
        switch (reader.TokenType)
        {
            case JsonTokenType.StartObject:
                var obj = new JsonNodeAt { Kind = JsonValueKind.Object, Line = line, Column = column };
                while (reader.Read() && reader.TokenType != JsonTokenType.EndObject)
                {
                    var (nameLine, nameColumn) = Position(reader.TokenStartIndex, bytes, lineStarts);
                    var name = reader.GetString()!;
                    reader.Read();
                    obj.Properties.Add((name, nameLine, nameColumn, ReadValue(ref reader, bytes, lineStarts)));
                }

                return obj;
            case JsonTokenType.StartArray:
                var array = new JsonNodeAt { Kind = JsonValueKind.Array, Line = line, Column = column };
                while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
                {
                    array.Items.Add(ReadValue(ref reader, bytes, lineStarts));
                }

                return array;
            case JsonTokenType.String:
                return new JsonNodeAt { Kind = JsonValueKind.String, Text = reader.GetString(), Line = line, Column = column };
            case JsonTokenType.Number:
                return new JsonNodeAt { Kind = JsonValueKind.Number, Text = Encoding.UTF8.GetString(reader.ValueSpan), Line = line, Column = column };
            case JsonTokenType.True:
                return new JsonNodeAt { Kind = JsonValueKind.True, Text = "true", Line = line, Column = column };
            case JsonTokenType.False:
                return new JsonNodeAt { Kind = JsonValueKind.False, Text = "false", Line = line, Column = column };
            default:
                return new JsonNodeAt { Kind = JsonValueKind.Null, Line = line, Column = column };
        }
    }

    private static List<int> LineStarts(ReadOnlySpan<byte> bytes)
    {
        var starts = new List<int> { 0 };
        for (var i = 0; i < bytes.Length; i++)
        {
            if (bytes[i] == (byte)'\n')
            {
                starts.Add(i + 1);
            }
        }

        return starts;
    }

    private static (int Line, int Column) Position(long byteOffset, ReadOnlySpan<byte> bytes, List<int> lineStarts)
    {
        var offset = (int)byteOffset;
        var index = lineStarts.BinarySearch(offset);
        var line = index >= 0 ? index : ~index - 1;
        // Columns count characters, not UTF-8 bytes.
        var column = Encoding.UTF8.GetCharCount(bytes[lineStarts[line]..offset]) + 1;
        return (line + 1, column);
    }
}
