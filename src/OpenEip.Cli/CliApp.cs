using System.CommandLine;
using OpenEip.Cli.Api;
using OpenEip.Cli.Common;
using OpenEip.Cli.Generic;

namespace OpenEip.Cli;

/// <summary>
/// The entry point's logic: the generic form (a product name as the first word that is not a global option) is
/// read by hand; everything else goes through the command tree. A product that also has friendly verbs
/// (<c>vpc list</c>) goes to the tree when the next word is one of them: verbs are lower case, actions are not.
/// Every failure ends as an exit status and a message on standard error (<see cref="ErrorReport"/>), never a
/// stack trace.
/// </summary>
public static class CliApp
{
    private static readonly HashSet<string> s_valuedGlobalOptions = ["--profile", "-p", "--endpoint", "--region", "--output", "-o"];

    public static async Task<int> RunAsync(string[] args, CancellationToken cancellationToken)
    {
        try
        {
            var tree = CommandTree.Build();
            if (GenericProduct(args, tree) is var (product, words))
                return await GenericCommand.RunAsync(product, words, cancellationToken);

            var parse = tree.Parse(args);
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
    private static (Product, List<string>)? GenericProduct(string[] args, RootCommand tree)
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
            if (Products.Find(args[i]) is not { } product || IsVerb(args, i + 1, tree, product))
                return null;
            var words = args.Where((_, index) => index != i).ToList();
            if (words.Count == 0 || words.Any(w => w is "--help" or "-h" or "-?"))
                return null;
            return (product, words);
        }

        return null;
    }

    /// <summary>Whether the word at <paramref name="next"/> (after any global options) is a friendly verb of the product's command.</summary>
    private static bool IsVerb(string[] args, int next, RootCommand tree, Product product)
    {
        while (next < args.Length && s_valuedGlobalOptions.Contains(args[next]))
            next += 2;
        if (next >= args.Length)
            return false;
        var command = tree.Subcommands.FirstOrDefault(c => c.Name == product.Name);
        return command is not null && command.Subcommands.Any(verb => verb.Name == args[next]);
    }
}
