using BenchmarkDotNet.Running;

// dotnet run -c Release --project tests/AttributionKit.Benchmarks -- --filter '*'
BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
