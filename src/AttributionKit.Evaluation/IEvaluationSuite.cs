namespace AttributionKit.Evaluation;

/// <summary>One scored evaluation over a gold set. Suites are found by reflection: adding one is adding its class.</summary>
internal interface IEvaluationSuite
{
    /// <summary>The name on the command line (<c>htmldate</c>).</summary>
    string Name { get; }

    /// <summary>What it measures, in a line.</summary>
    string Description { get; }

    /// <summary>Runs the suite and prints its scores; returns 0, or 2 when its data is missing or unreadable.</summary>
    int Run(EvaluationContext context);
}
