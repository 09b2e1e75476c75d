using AttributionKit.Cli;

return CliApplication.Run(args, new ConsoleEnvironment());
