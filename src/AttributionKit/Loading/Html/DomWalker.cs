using AngleSharp.Dom;

namespace AttributionKit.Loading.Html;

/// <summary>
/// Walks a DOM subtree in document order without recursion: an explicit stack of (parent, next child index).
/// Children are reached by index because AngleSharp's <c>NextSibling</c> searches the parent's child list, which
/// would make a walk over a long list of siblings quadratic. Nesting depth is bounded by <see cref="NestingLimiter"/>.
/// </summary>
internal static class DomWalker
{
    /// <summary>Visits <paramref name="root"/> and its descendants.</summary>
    /// <param name="root">Where to start.</param>
    /// <param name="enter">Called on each node before its children; returns whether to visit the children.</param>
    /// <param name="exit">Called on each node after its children (also when they were skipped).</param>
    public static void Walk(INode root, Func<INode, bool> enter, Action<INode>? exit)
    {
        if (!enter(root) || root.ChildNodes.Length == 0)
        {
            exit?.Invoke(root);
            return;
        }

        var stack = new Stack<(INode Node, INodeList Children, int Next)>();
        stack.Push((root, root.ChildNodes, 0));
        while (stack.Count > 0)
        {
            var (parent, children, next) = stack.Pop();
            if (next >= children.Length)
            {
                exit?.Invoke(parent);
                continue;
            }

            stack.Push((parent, children, next + 1));
            var node = children[next];
            if (enter(node) && node.HasChildNodes)
            {
                stack.Push((node, node.ChildNodes, 0));
            }
            else
            {
                exit?.Invoke(node);
            }
        }
    }
}
