using System.Diagnostics;

namespace AttributionKit.Evaluation;

/// <summary>
/// Runs the evaluation under a cap on generation 1's budget, which the runtime reads only from the environment.
/// </summary>
/// <remarks>
/// The project runs blocking collections with generation 0's budget capped in its runtimeconfig (see the project file).
/// Without a cap on generation 1 too, the pages in flight at each collection of generation 0 piled up in generation 1
/// until its own rare collection. <c>GCGen1MaxBudget</c> has no runtimeconfig name, so when the environment does not set
/// it, the command starts itself again with it set (the same host, arguments and standard streams) and returns the
/// child's exit code; that costs a process start, outside every timing. Set the variable yourself to keep the run in
/// one process (to attach a profiler to it, say); <c>dotnet run</c> sets it through Properties/launchSettings.json.
/// </remarks>
internal static class CollectorEnvironment
{
    /// <summary>The environment variable the runtime reads generation 1's largest budget from (hexadecimal).</summary>
    public const string Gen1MaxBudgetVariable = "DOTNET_GCGen1MaxBudget";

    /// <summary>24 MB, in the hexadecimal the runtime expects.</summary>
    public const string Gen1MaxBudget = "0x1800000";

    /// <summary>
    /// When the cap is not set, runs this command again with it set and returns the child's exit code; otherwise
    /// (or when the command cannot be started again) returns <see langword="null"/> and the caller goes on itself.
    /// </summary>
    public static int? RunUnderCap(string[] args)
    {
        if (Environment.GetEnvironmentVariable(Gen1MaxBudgetVariable) is { Length: > 0 } || Environment.ProcessPath is not { } host)
        {
            return null;
        }

        var start = new ProcessStartInfo(host) { UseShellExecute = false };

        // Under `dotnet <dll>` the host is dotnet and the first argument the assembly; under the app host, no assembly.
        if (Path.GetFileNameWithoutExtension(host).Equals("dotnet", StringComparison.OrdinalIgnoreCase))
        {
            start.ArgumentList.Add(typeof(CollectorEnvironment).Assembly.Location);
        }

        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        start.Environment[Gen1MaxBudgetVariable] = Gen1MaxBudget;
        try
        {
            using var child = Process.Start(start);
            if (child is null)
            {
                return null;
            }

            child.WaitForExit();
            return child.ExitCode;
        }
        catch (System.ComponentModel.Win32Exception)
        {
            return null;
        }
    }
}
