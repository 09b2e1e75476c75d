using AttributionKit.Checking;

namespace AttributionKit.Cli.Running;

/// <summary>Counts of a run: files, failures, findings by severity and how many reach each file's fail level.</summary>
internal sealed class RunSummary
{
    public int Files { get; private set; }

    public List<FileOutcome> Failed { get; } = [];

    public int Errors { get; private set; }

    public int Warnings { get; private set; }

    public int Infos { get; private set; }

    public int Baselined { get; private set; }

    public int FailingFindings { get; private set; }

    public void Add(FileOutcome outcome)
    {
        Files++;
        if (outcome.Result is null)
        {
            Failed.Add(outcome);
            return;
        }

        Baselined += outcome.Baselined;
        foreach (var finding in outcome.Findings)
        {
            switch (finding.Severity)
            {
                case Severity.Error: Errors++; break;
                case Severity.Warning: Warnings++; break;
                default: Infos++; break;
            }

            if (outcome.FailOn is { } level && finding.Severity >= level)
            {
                FailingFindings++;
            }
        }
    }

    public string Describe() =>
        $"{Files} file{Plural(Files)} checked: {Errors} error{Plural(Errors)}, {Warnings} warning{Plural(Warnings)}, {Infos} info"
        + (Baselined > 0 ? $" ({Baselined} known finding{Plural(Baselined)} hidden by the baseline)" : string.Empty)
        + (Failed.Count > 0 ? $"; {Failed.Count} file{Plural(Failed.Count)} could not be checked" : string.Empty) + ".";

    private static string Plural(int n) => n == 1 ? string.Empty : "s";
}
