namespace AttributionKit.Cli.Commands;

/// <summary>The command line or its configuration asks for something impossible; reported as a clear error with exit code 2.</summary>
internal sealed class UsageException(string message) : Exception(message);
