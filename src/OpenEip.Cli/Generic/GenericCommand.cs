using System.CommandLine;
using System.CommandLine.Completions;
using System.Text.Json;
using OpenEip.Cli.Api;
using OpenEip.Cli.Common;
using OpenEip.Cli.Output;

namespace OpenEip.Cli.Generic;

/// <summary>
/// <c>openeip PRODUCT Action --Parameter value …</c>: any action of any product, printed as the JSON the server
/// answered, as aliyun's generic form. The command tree only describes it (help, completion); the words after
/// the product are read by <see cref="GenericInvocation"/>.
/// </summary>
public static class GenericCommand
{
    public static Command Describe(Product product)
    {
        var command = new Command(product.Name, $"{product.Title}. Any action: openeip {product.Name} <Action> --Parameter value ... [--waiter expr=... to=...] [--pager]")
        {
            TreatUnmatchedTokensAsErrors = false,
        };
        var words = new Argument<string[]>("action-and-parameters") { Arity = ArgumentArity.ZeroOrMore };
        words.CompletionSources.Add(context => KnownActions.For(product)
            .Where(action => action.StartsWith(context.WordToComplete, StringComparison.OrdinalIgnoreCase))
            .Select(action => new CompletionItem(action)));
        command.Arguments.Add(words);
        // Reached only without an action (CliApp sends every line with one to RunAsync).
        command.SetAction(_ =>
        {
            Console.Error.WriteLine($"ERROR: Name the action: openeip {product.Name} <Action> [--Parameter value ...]  (see `openeip {product.Name} --help`)");
            return ExitCodes.Usage;
        });
        return command;
    }

    public static async Task<int> RunAsync(Product product, IReadOnlyList<string> words, CancellationToken cancellationToken)
    {
        var invocation = GenericInvocation.Parse(product, words);
        using var session = CliSession.Open(invocation.Settings);
        JsonElement body;
        if (invocation.Waiter is { } waiter)
            body = await Waiter.WaitAsync(session.Client, product, invocation.Action, invocation.Parameters, waiter, session.Clock, cancellationToken);
        else if (invocation.Pager is { } pager)
            body = await Pager.GatherAsync(session.Client, product, invocation.Action, invocation.Parameters, pager, cancellationToken);
        else
            body = await session.Client.CallAsync(product, invocation.Action, invocation.Parameters, cancellationToken);
        JsonOutput.Write(Console.Out, body);
        return ExitCodes.Ok;
    }
}
