using System.CommandLine;
using OpenEip.Cli.Api;
using OpenEip.Cli.Common;

namespace OpenEip.Cli.Verbs.Operator.Accounts;

/// <summary><c>openeip account …</c> (operator): the tenant accounts of the server, and making new ones.</summary>
public static class AccountCommands
{
    public static Command Create()
    {
        var command = new Command("account", "Operator: tenant accounts (list, show, create)");
        command.Subcommands.Add(List());
        command.Subcommands.Add(Show());
        command.Subcommands.Add(New());
        return command;
    }

    private static Command List()
    {
        var command = new Command("list", "List every account of the server (the operator's own included)");
        command.SetSessionAction(async (result, session, cancellationToken) =>
        {
            session.Renderer.List(await AccountQueries.ListAsync(session, cancellationToken), AccountColumns.List);
            return ExitCodes.Ok;
        });
        return command;
    }

    private static Command Show()
    {
        var id = new Argument<string>("account-id") { Description = "The account" };
        var command = new Command("show", "Show one account with its AccessKeyIds and quotas (never a secret)") { id };
        command.SetSessionAction(async (result, session, cancellationToken) =>
        {
            session.Renderer.Item(await AccountQueries.GetAsync(session, result.GetRequiredValue(id), cancellationToken), AccountColumns.Details);
            return ExitCodes.Ok;
        });
        return command;
    }

    private static Command New()
    {
        var name = new Argument<string>("name") { Description = "The account's name (up to 64 characters)" };
        var command = new Command("create", "Create a tenant account and its first AccessKey pair (the secret is shown only once)") { name };
        command.SetSessionAction(async (result, session, cancellationToken) =>
        {
            var accountName = result.GetRequiredValue(name);
            var answer = await session.Client.CallAsync(Products.Admin, "CreateAccount", new ParameterList().Add("AccountName", accountName), cancellationToken);
            NewKeyOutput.Print(session.Renderer, answer, accountName);
            return ExitCodes.Ok;
        });
        return command;
    }
}
