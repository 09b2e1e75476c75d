using System.Reflection;
using System.Reflection.Emit;
using System.Runtime.CompilerServices;

namespace AttributionKit.Evaluation.Suites;

/// <summary>
/// Compiles, ahead of the timed run, what <see cref="MethodPrecompiler"/> cannot reach by listing types: the generic
/// instantiations our code makes (<c>List&lt;(TextRange, string)&gt;</c>, <c>Enumerable.Select&lt;TextRange, …&gt;</c>,
/// sorting a <c>List&lt;CitingMention&gt;</c>...) and the framework methods it calls (<c>Uri</c>, JSON, encodings),
/// which this project's settings (no tiering, no ReadyToRun code) leave for the JIT on first call. It follows the call
/// graph from the IL of our libraries' methods, a few calls deep, resolving each called method in its generic context.
/// Everything comes from the code; nothing from the pages.
/// </summary>
internal static class CallGraphPrecompiler
{
    // How many calls deep to follow from our methods, and how many methods at most (the framework's call graph is wide).
    private const int MaxDepth = 8;
    private const int MaxMethods = 40_000;

    private static readonly Dictionary<short, OpCode> OpCodesByValue = typeof(OpCodes)
        .GetFields(BindingFlags.Public | BindingFlags.Static)
        .Select(f => (OpCode)f.GetValue(null)!)
        .ToDictionary(o => o.Value);

    /// <summary>Compiles the methods reached from the given assemblies' code; returns how many were compiled.</summary>
    public static int Run(IEnumerable<Assembly> roots)
    {
        var seen = new HashSet<MethodBase>();
        var pending = new Queue<(MethodBase Method, int Depth)>();
        foreach (var assembly in roots)
        {
            foreach (var type in Types(assembly).Where(t => !t.ContainsGenericParameters))
            {
                const BindingFlags all = BindingFlags.DeclaredOnly | BindingFlags.Instance | BindingFlags.Static | BindingFlags.Public | BindingFlags.NonPublic;
                foreach (var method in type.GetMethods(all).Cast<MethodBase>().Concat(type.GetConstructors(all)))
                {
                    if (!method.ContainsGenericParameters && seen.Add(method))
                    {
                        pending.Enqueue((method, 0));
                    }
                }
            }
        }

        var compiled = 0;
        while (pending.Count > 0 && seen.Count < MaxMethods)
        {
            var (method, depth) = pending.Dequeue();
            if (depth > 0 && Prepare(method))
            {
                compiled++;
            }

            if (depth >= MaxDepth)
            {
                continue;
            }

            foreach (var callee in Callees(method))
            {
                if (!callee.ContainsGenericParameters && !callee.IsAbstract && seen.Add(callee))
                {
                    pending.Enqueue((callee, depth + 1));
                }
            }
        }

        return compiled;
    }

    private static bool Prepare(MethodBase method)
    {
        try
        {
            var typeArgs = method.DeclaringType is { IsGenericType: true } t ? t.GetGenericArguments() : [];
            var methodArgs = method.IsGenericMethod ? method.GetGenericArguments() : [];
            if (typeArgs.Length + methodArgs.Length == 0)
            {
                RuntimeHelpers.PrepareMethod(method.MethodHandle);
            }
            else
            {
                RuntimeHelpers.PrepareMethod(method.MethodHandle, [.. typeArgs.Concat(methodArgs).Select(a => a.TypeHandle)]);
            }

            return true;
        }
        catch (Exception e) when (e is ArgumentException or InvalidOperationException or NotSupportedException or TypeLoadException or BadImageFormatException or MemberAccessException)
        {
            return false;
        }
    }

    // The methods a method's IL calls, creates or takes the address of, in its generic context.
    private static IEnumerable<MethodBase> Callees(MethodBase method)
    {
        byte[]? il;
        try
        {
            il = method.GetMethodBody()?.GetILAsByteArray();
        }
        catch (Exception e) when (e is InvalidOperationException or NotSupportedException or BadImageFormatException)
        {
            il = null;
        }

        if (il is null)
        {
            yield break;
        }

        var typeArgs = method.DeclaringType is { IsGenericType: true } t ? t.GetGenericArguments() : null;
        var methodArgs = method.IsGenericMethod ? method.GetGenericArguments() : null;
        var i = 0;
        while (i < il.Length)
        {
            short value = il[i++];
            if (value == 0xFE && i < il.Length)
            {
                value = (short)(0xFE00 | il[i++]);
            }

            if (!OpCodesByValue.TryGetValue(value, out var op))
            {
                yield break;
            }

            if (op.OperandType == OperandType.InlineMethod && i + 4 <= il.Length)
            {
                var token = BitConverter.ToInt32(il, i);
                MethodBase? callee;
                try
                {
                    callee = method.Module.ResolveMethod(token, typeArgs, methodArgs);
                }
                catch (Exception e) when (e is ArgumentException or TypeLoadException or MissingMethodException or BadImageFormatException)
                {
                    callee = null;
                }

                if (callee is not null)
                {
                    yield return callee;
                }
            }

            i += OperandSize(op, il, i);
        }
    }

    private static int OperandSize(OpCode op, byte[] il, int at) => op.OperandType switch
    {
        OperandType.InlineNone => 0,
        OperandType.ShortInlineBrTarget or OperandType.ShortInlineI or OperandType.ShortInlineVar => 1,
        OperandType.InlineVar => 2,
        OperandType.InlineI8 or OperandType.InlineR => 8,
        OperandType.InlineSwitch => 4 + (4 * (at + 4 <= il.Length ? BitConverter.ToInt32(il, at) : 0)),
        _ => 4,
    };

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
