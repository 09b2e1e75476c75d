using AngleSharp.Dom;

namespace AttributionKit.Loading.Html;

/// <summary>
/// Walks a DOM subtree in document order without recursion (parent pointers instead of a call stack),
/// so a page of 100,000 nested elements neither overflows the stack nor costs more than one visit per node.
/// </summary>
internal static class DomWalker
{
    /// <summary>Visits <paramref name="root"/> and its descendants.</summary>
    /// <param name="root">Where to start.</param>
    /// <param name="enter">Called on each node before its children; returns whether to visit the children.</param>
    /// <param name="exit">Called on each node after its children (also when they were skipped).</param>
    public static void Walk(INode root, Func<INode, bool> enter, Action<INode>? exit)
    {
        var node = root;
        while (true)
        {
            if (enter(node) && node.FirstChild is { } child)
            {
                node = child;
                continue;
            }

            // Leave the node, then climb until a next sibling is found.
            while (true)
            {
                exit?.Invoke(node);
                if (ReferenceEquals(node, root))
                {
                    return;
                }

                if (node.NextSibling is { } next)
                {
                    node = next;
                    break;
                }

                node = node.Parent!;
                if (node is null)
                {
                    return;
                }
            }
        }
    }
}
