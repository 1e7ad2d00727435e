namespace OpenEip.Cli;

/// <summary>The process's entry point (in a namespace: the test project also sees the server's global <c>Program</c>).</summary>
public static class Program
{
    public static async Task<int> Main(string[] args)
    {
        // Ctrl+C cancels the call in flight (and a wait); the CLI then exits 130 saying so.
        using var cancellation = new CancellationTokenSource();
        Console.CancelKeyPress += (_, e) =>
        {
            e.Cancel = true;
            cancellation.Cancel();
        };
        return await CliApp.RunAsync(args, cancellation.Token);
    }
}
