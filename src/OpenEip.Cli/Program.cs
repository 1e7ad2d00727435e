using OpenEip.Cli;

// Ctrl+C cancels the call in flight (and a wait); the CLI then exits 130 saying so.
using var cancellation = new CancellationTokenSource();
Console.CancelKeyPress += (_, e) =>
{
    e.Cancel = true;
    cancellation.Cancel();
};
return await CliApp.RunAsync(args, cancellation.Token);
