using AttributionKit.Cli.Running;

namespace AttributionKit.Cli.Reporting;

/// <summary>Writes a run's report: called once at the start, once per file in input order, once at the end.</summary>
internal interface IReportWriter : IDisposable
{
    void Begin();

    void Write(FileOutcome outcome);

    void End(RunSummary summary);
}
