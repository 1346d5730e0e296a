return await Wijkpeil.Cli.CliApplication.RunAsync(args, null, Console.Out, Console.Error, CancellationToken.None);
