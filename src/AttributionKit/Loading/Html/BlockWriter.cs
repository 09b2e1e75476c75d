using System.Collections.Immutable;
using AttributionKit.Model;
using AttributionKit.Text;

namespace AttributionKit.Loading.Html;

/// <summary>
/// Writes the main text block by block: folds white space (a run becomes one space, none at a block's edges),
/// separates blocks with a blank line, and records the blocks and links with their ranges.
/// </summary>
internal sealed class BlockWriter
{
    private readonly MappedTextBuilder _builder = new();
    private readonly ImmutableArray<TextBlock>.Builder _blocks = ImmutableArray.CreateBuilder<TextBlock>();
    private readonly List<(TextRange Range, string Href)> _links = [];
    private int _blockStart = -1;
    private (int Start, int Length)? _pendingSpace;

    public MappedTextBuilder Builder => _builder;

    public ImmutableArray<TextBlock>.Builder Blocks => _blocks;

    public IReadOnlyList<(TextRange Range, string Href)> Links => _links;

    public int Length => _builder.Length;

    /// <summary>Whether a block is open and has text.</summary>
    public bool InBlock => _blockStart >= 0;

    /// <summary>The kind, level and quote group of the next block opened.</summary>
    public (BlockKind Kind, int Level, int QuoteGroup) Next { get; set; } = (BlockKind.Paragraph, 0, -1);

    private (BlockKind Kind, int Level, int QuoteGroup) _open;

    public void AddSpace(int sourceStart, int sourceLength)
    {
        if (_blockStart >= 0 && _pendingSpace is null)
        {
            _pendingSpace = (sourceStart, sourceLength);
        }
    }

    public void AddVerbatim(ReadOnlySpan<char> text, int sourceStart)
    {
        Open();
        _builder.AppendVerbatim(text, sourceStart);
    }

    public void AddMapped(string text, int sourceStart, int sourceLength)
    {
        Open();
        _builder.AppendMapped(text, sourceStart, sourceLength);
    }

    public void AddLink(int start, string href)
    {
        var end = _builder.Length;
        while (start < end && char.IsWhiteSpace(_builder[start]))
        {
            start++;
        }

        if (_blockStart >= 0 && start < _blockStart)
        {
            start = _blockStart;
        }

        if (end > start)
        {
            _links.Add((new TextRange(start, end), href));
        }
    }

    /// <summary>Closes the open block, if any, and returns it.</summary>
    public TextBlock? EndBlock()
    {
        _pendingSpace = null;
        if (_blockStart < 0)
        {
            return null;
        }

        var block = new TextBlock(_open.Kind, new TextRange(_blockStart, _builder.Length), _open.Level, _open.QuoteGroup);
        _blocks.Add(block);
        _blockStart = -1;
        return block;
    }

    /// <summary>Replaces the last block (to change its kind once its text is known).</summary>
    public void ReplaceLast(TextBlock block) => _blocks[^1] = block;

    /// <summary>Removes the last block and its text (a block judged boilerplate once complete).</summary>
    public void RemoveLast()
    {
        var last = _blocks[^1];
        _blocks.RemoveAt(_blocks.Count - 1);
        var cut = _builder.Length - last.Range.Start + (last.Range.Start >= 2 ? 2 : 0);
        _builder.TrimEnd(cut);
        _links.RemoveAll(l => l.Range.Start >= last.Range.Start);
    }

    public string TextOf(TextBlock block) => _builder.ToString(block.Range.Start, block.Range.Length);

    private void Open()
    {
        if (_blockStart >= 0)
        {
            if (_pendingSpace is { } space)
            {
                _builder.AppendMapped(" ", space.Start, Math.Max(0, space.Length));
                _pendingSpace = null;
            }

            return;
        }

        if (_builder.Length > 0)
        {
            _builder.AppendInserted("\n\n");
        }

        _blockStart = _builder.Length;
        _open = Next;
        _pendingSpace = null;
    }
}
