using System.Reflection;
using System.Runtime.CompilerServices;

namespace AttributionKit.Evaluation.Suites;

/// <summary>
/// Compiles every non-generic method of the libraries a check runs through, before the clock starts. The synthetic
/// warm-up pages reach most paths but not the long tail real pages take (a rare markup pattern, a date form, a cue
/// rule); with tiered compilation off, each of those is compiled, fully optimised, inside the timed run. This is what
/// ReadyToRun images would give a shipped tool, done at run time.
/// </summary>
internal static class MethodPrecompiler
{
    // The libraries whose code the pages run: ours, the HTML parser, the date recognizer, the fuzzy matcher; and two
    // small ones of the framework the run still compiled methods of (some 2 KB of IL on the trafilatura pages): the
    // recognizer's result caches, which first compact once full, after the warm-up, and the code-page decoders that
    // pages in windows-1252 and the like take.
    private static readonly string[] Prefixes =
        ["AttributionKit", "AngleSharp", "Microsoft.Recognizers", "FuzzySharp", "Microsoft.Extensions.Caching", "System.Text.Encoding.CodePages"];

    // The recognizer's languages the library never builds (it builds English, German, French and Spanish): their
    // code would only take memory.
    private static readonly HashSet<string> UnusedCultures =
        ["Arabic", "Bulgarian", "Chinese", "Dutch", "Hindi", "Italian", "Japanese", "Korean", "Portuguese", "Swedish", "Turkish"];

    /// <summary>Compiles the methods; returns how many.</summary>
    public static int Run()
    {
        var count = 0;
        foreach (var assembly in AppDomain.CurrentDomain.GetAssemblies().Where(IsTarget))
        {
            foreach (var type in Types(assembly).Where(t => !t.ContainsGenericParameters && !OfUnusedCulture(t)))
            {
                const BindingFlags all = BindingFlags.DeclaredOnly | BindingFlags.Instance | BindingFlags.Static | BindingFlags.Public | BindingFlags.NonPublic;
                foreach (var method in type.GetMethods(all).Cast<MethodBase>().Concat(type.GetConstructors(all)))
                {
                    if (method.IsAbstract || method.ContainsGenericParameters || method.GetMethodBody() is null)
                    {
                        continue;
                    }

                    try
                    {
                        RuntimeHelpers.PrepareMethod(method.MethodHandle);
                        count++;
                    }
                    catch (Exception e) when (e is ArgumentException or InvalidOperationException or NotSupportedException or TypeLoadException or BadImageFormatException)
                    {
                        // A method the runtime cannot prepare alone is compiled on its first call, as before.
                    }
                }
            }
        }

        return count;
    }

    private static bool IsTarget(Assembly assembly) =>
        !assembly.IsDynamic && assembly.GetName().Name is { } name && Prefixes.Any(p => name.StartsWith(p, StringComparison.Ordinal))
        && name != typeof(MethodPrecompiler).Assembly.GetName().Name;

    // "Microsoft.Recognizers.Text.DateTime.Chinese", and the base classes only the Chinese, Japanese and Korean models use.
    private static bool OfUnusedCulture(Type type) =>
        (type.Namespace?.Split('.').Any(UnusedCultures.Contains) ?? false) || type.Name.Contains("CJK", StringComparison.Ordinal);

    private static IEnumerable<Type> Types(Assembly assembly)
    {
        try
        {
            return assembly.GetTypes();
        }
        catch (ReflectionTypeLoadException e)
        {
            return e.Types.OfType<Type>();
        }
    }
}
