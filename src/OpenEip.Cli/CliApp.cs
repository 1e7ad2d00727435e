using System.CommandLine;
using OpenEip.Cli.Api;
using OpenEip.Cli.Common;
using OpenEip.Cli.Generic;

namespace OpenEip.Cli;

/// <summary>
/// The entry point's logic: the generic form (a product name as the first word that is not a global option) is
/// read by hand; everything else goes through the command tree. Every failure ends as an exit status and a
/// message on standard error (<see cref="ErrorReport"/>), never a stack trace.
/// </summary>
public static class CliApp
{
    private static readonly HashSet<string> s_valuedGlobalOptions = ["--profile", "-p", "--endpoint", "--region", "--output", "-o"];

    public static async Task<int> RunAsync(string[] args, CancellationToken cancellationToken)
    {
        try
        {
            if (GenericProduct(args) is var (product, words))
                return await GenericCommand.RunAsync(product, words, cancellationToken);

            var parse = CommandTree.Build().Parse(args);
            if (parse.Errors.Count > 0 && parse.Action is not System.CommandLine.Help.HelpAction)
            {
                foreach (var error in parse.Errors)
                    Console.Error.WriteLine($"ERROR: {error.Message}");
                Console.Error.WriteLine("See `openeip --help` (or `openeip <command> --help`).");
                return ExitCodes.Usage;
            }

            return await parse.InvokeAsync(new InvocationConfiguration { EnableDefaultExceptionHandler = false, ProcessTerminationTimeout = null }, cancellationToken);
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            return ErrorReport.Print(e, Console.Error);
        }
    }

    /// <summary>The product and the other words, when the line is the generic form and not a request for its help.</summary>
    private static (Product, List<string>)? GenericProduct(string[] args)
    {
        for (var i = 0; i < args.Length; i++)
        {
            if (s_valuedGlobalOptions.Contains(args[i]))
            {
                i++;
                continue;
            }

            if (args[i].StartsWith('-'))
                continue;
            if (Products.Find(args[i]) is not { } product)
                return null;
            var words = args.Where((_, index) => index != i).ToList();
            if (words.Count == 0 || words.Any(w => w is "--help" or "-h" or "-?"))
                return null;
            return (product, words);
        }

        return null;
    }
}
