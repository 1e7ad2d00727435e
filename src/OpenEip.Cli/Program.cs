using OpenEip.Cli;

return await CliApp.RunAsync(args, CancellationToken.None);
