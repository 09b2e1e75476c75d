using System.Collections;
using System.Reflection;
using System.Text.RegularExpressions;

namespace AttributionKit.Extraction.Dates;

/// <summary>
/// Takes the match timeout off the regular expressions a built recognizer model holds.
/// </summary>
/// <remarks>
/// Microsoft.Recognizers.Text gives each of its thousands of expressions a timeout, and when the caller sets none it
/// uses two hours (<c>Constants.MaxRegexTimeoutInSeconds</c>); no argument asks for none. Any finite timeout makes .NET's
/// regex interpreter read the clock at every backtracking step, and the recognizer backtracks a great deal: with the
/// clock reads gone its calls took 13 % less processor time on average over seven alternating runs of the 1,344
/// windows the <c>trafilatura/</c> pages send it (a noisy machine: five of the seven pairs favoured it), for
/// identical results. A two-hour limit guards against nothing here: the
/// recognizer reads windows of a few dozen characters.
/// The timeout lives in <see cref="Regex"/>'s documented protected field <c>internalMatchTimeout</c>, reached by
/// reflection; where a runtime lacks it, nothing changes. The object graph walk reaches the expressions that
/// the model's extractors and parsers hold in instance and static fields, arrays and collections; those the recognizer
/// builds while it parses are left as they are.
/// </remarks>
internal static class RecognizerRegexTimeouts
{
    private static readonly FieldInfo? TimeoutField =
        typeof(Regex).GetField("internalMatchTimeout", BindingFlags.Instance | BindingFlags.NonPublic);

    private const BindingFlags Declared = BindingFlags.DeclaredOnly | BindingFlags.Public | BindingFlags.NonPublic;

    /// <summary>
    /// Sets an infinite timeout on every expression reachable from <paramref name="root"/>; returns how many were
    /// changed (0 when the runtime offers no way to do it).
    /// </summary>
    public static int Remove(object root)
    {
        if (TimeoutField is null || TimeoutField.FieldType != typeof(TimeSpan))
        {
            return 0;
        }

        var changed = 0;
        var seen = new HashSet<object>(ReferenceEqualityComparer.Instance);
        var staticsRead = new HashSet<Type>();
        var library = new Dictionary<Assembly, bool>();
        bool IsLibraryType(Type type)
        {
            if (!library.TryGetValue(type.Assembly, out var walked))
            {
                walked = IsLibraryAssembly(type.Assembly);
                library[type.Assembly] = walked;
            }

            return walked;
        }

        var pending = new Stack<object>();
        pending.Push(root);
        while (pending.Count > 0)
        {
            var item = pending.Pop();
            if (!seen.Add(item))
            {
                continue;
            }

            if (item is Regex regex)
            {
                if (regex.MatchTimeout != Regex.InfiniteMatchTimeout)
                {
                    TimeoutField.SetValue(regex, Regex.InfiniteMatchTimeout);
                    changed++;
                }

                continue;
            }

            var type = item.GetType();
            if (IsLibraryType(type))
            {
                for (var t = type; t is not null && IsLibraryType(t); t = t.BaseType)
                {
                    PushFields(t.GetFields(Declared | BindingFlags.Instance), item, pending);
                    if (staticsRead.Add(t) && !t.ContainsGenericParameters)
                    {
                        PushFields(t.GetFields(Declared | BindingFlags.Static), null, pending);
                    }
                }
            }
            else if (item is IEnumerable items and not string)
            {
                // Arrays, lists and dictionaries of the framework: their elements, not their internals.
                foreach (var element in items)
                {
                    if (element is not null && Holds(element.GetType()))
                    {
                        pending.Push(element);
                    }
                }
            }
            else if (type.IsValueType && type.IsGenericType)
            {
                // KeyValuePair<Regex, Regex>, tuples: a boxed pair's members.
                PushFields(type.GetFields(BindingFlags.Instance | BindingFlags.Public | BindingFlags.NonPublic), item, pending);
            }
        }

        return changed;
    }

    private static void PushFields(FieldInfo[] fields, object? owner, Stack<object> pending)
    {
        foreach (var field in fields)
        {
            if (!Holds(field.FieldType) || field.IsLiteral)
            {
                continue;
            }

            object? value;
            try
            {
                value = field.GetValue(owner);
            }
            catch (Exception ex) when (ex is TargetInvocationException or TypeInitializationException or NotSupportedException or FieldAccessException)
            {
                continue;
            }

            if (value is not null)
            {
                pending.Push(value);
            }
        }
    }

    // Whether a value of this type can lead to an expression: strings, numbers and reflection objects cannot.
    private static bool Holds(Type type) =>
        !type.IsPrimitive && !type.IsEnum && !type.IsPointer && type != typeof(string) && type != typeof(decimal)
        && type != typeof(DateTime) && type != typeof(TimeSpan) && !typeof(MemberInfo).IsAssignableFrom(type)
        && !typeof(Delegate).IsAssignableFrom(type) && !typeof(System.Globalization.CultureInfo).IsAssignableFrom(type);

    // Assemblies whose types' fields are walked: everything but the framework's own (whose collections are enumerated
    // instead). Asked once per assembly: reading an assembly's name allocates, and a model holds thousands of objects.
    private static bool IsLibraryAssembly(Assembly assembly)
    {
        var name = assembly.GetName().Name ?? string.Empty;
        return !(name.StartsWith("System.", StringComparison.Ordinal) || name.StartsWith("Microsoft.Extensions.", StringComparison.Ordinal)
            || name is "netstandard" or "mscorlib");
    }
}
