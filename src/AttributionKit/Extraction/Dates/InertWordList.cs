using System.Collections.Frozen;
using AttributionKit.Text;

namespace AttributionKit.Extraction.Dates;

/// <summary>
/// One list of <see cref="InertWindowFilter"/>: whole words, and word parts for languages that write numbers as one
/// word ("dreiundzwanzig", "zweihundert", "veintitrés"), which no list of whole words could hold. A line
/// <c>*zig</c> matches the end of a word, <c>dieci*</c> its start, <c>*hundert*</c> any part of it. Case-insensitive.
/// Immutable.
/// </summary>
internal sealed class InertWordList
{
    private readonly FrozenSet<string> _words;
    private readonly string[] _starts;
    private readonly string[] _ends;
    private readonly string[] _parts;

    private InertWordList(FrozenSet<string> words, string[] starts, string[] ends, string[] parts)
    {
        _words = words;
        _starts = starts;
        _ends = ends;
        _parts = parts;
    }

    /// <summary>Reads <c>Lexicons/Dates/Inert/{name}.txt</c>.</summary>
    public static InertWordList Load(string name)
    {
        var words = new List<string>();
        var starts = new List<string>();
        var ends = new List<string>();
        var parts = new List<string>();
        foreach (var line in Lexicon.Lines($"Lexicons/Dates/Inert/{name}.txt"))
        {
            var (open, close) = (line.StartsWith('*'), line.Length > 1 && line.EndsWith('*'));
            var word = line[(open ? 1 : 0)..(close ? line.Length - 1 : line.Length)];
            var list = (open, close) switch
            {
                (true, true) => parts,
                (true, false) => ends,
                (false, true) => starts,
                _ => words,
            };
            list.Add(word);
        }

        return new InertWordList(words.ToFrozenSet(StringComparer.OrdinalIgnoreCase), [.. starts], [.. ends], [.. parts]);
    }

    /// <summary>Whether <paramref name="word"/> is one of the list's words or holds one of its word parts where it says.</summary>
    public bool Matches(ReadOnlySpan<char> word)
    {
        if (_words.Contains(word.ToString()))
        {
            return true;
        }

        foreach (var start in _starts)
        {
            if (word.StartsWith(start, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        foreach (var end in _ends)
        {
            if (word.EndsWith(end, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        foreach (var part in _parts)
        {
            if (word.Contains(part, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }
}
