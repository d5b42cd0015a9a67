using ToyRust.Cli;

return ToyRustCli.Run(args, Console.Out, Console.Error);
