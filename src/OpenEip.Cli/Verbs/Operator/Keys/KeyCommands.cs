using System.CommandLine;
using System.Text.Json;
using System.Text.Json.Nodes;
using OpenEip.Cli.Api;
using OpenEip.Cli.Common;
using OpenEip.Cli.Generic;
using OpenEip.Cli.Output;
using OpenEip.Cli.Verbs.Operator.Accounts;

namespace OpenEip.Cli.Verbs.Operator.Keys;

/// <summary>
/// <c>openeip key …</c> (operator): AccessKey pairs of any account. Rotating a tenant's key is create, hand over,
/// delete the old one; the server keeps the operator's last key, so the operator cannot lock itself out.
/// </summary>
public static class KeyCommands
{
    private static readonly IReadOnlyList<Column> s_columns =
    [
        Column.Field("AccessKeyId", "AccessKeyId"),
        Column.Field("AccountId", "AccountId"),
        Column.Field("AccountName", "AccountName"),
    ];

    public static Command Create()
    {
        var command = new Command("key", "Operator: AccessKey pairs of accounts (create, delete, list)");
        command.Subcommands.Add(New());
        command.Subcommands.Add(Delete());
        command.Subcommands.Add(List());
        return command;
    }

    private static Command New()
    {
        var account = new Argument<string>("account-id") { Description = "The account to give another AccessKey pair" };
        var command = new Command("create", "Create an AccessKey pair for an account (the secret is shown only once)") { account };
        command.SetSessionAction(async (result, session, cancellationToken) =>
        {
            var answer = await session.Client.CallAsync(Products.Admin, "CreateAccessKey",
                new ParameterList().Add("AccountId", result.GetRequiredValue(account)), cancellationToken);
            NewKeyOutput.Print(session.Renderer, answer);
            return ExitCodes.Ok;
        });
        return command;
    }

    private static Command Delete()
    {
        var ids = new Argument<string[]>("access-key-ids") { Description = "The AccessKeyId(s) to delete", Arity = ArgumentArity.OneOrMore };
        var command = new Command("delete", "Delete AccessKey pair(s): calls signed with them fail from then on") { ids };
        command.SetSessionAction(async (result, session, cancellationToken) =>
        {
            // The operator API names the key to delete UserAccessKeyId: AccessKeyId is the caller's own in V1 requests.
            var deleted = await Batch.RunAsync(session, "Deleting keys", result.GetRequiredValue(ids), (id, ct) =>
                session.Client.CallAsync(Products.Admin, "DeleteAccessKey", new ParameterList().Add("UserAccessKeyId", id), ct), cancellationToken);
            if (session.Renderer.Format == OutputFormat.Json)
                session.Renderer.Json(deleted);
            else
                session.Renderer.Note($"Deleted {string.Join(", ", deleted)}.");
            return ExitCodes.Ok;
        });
        return command;
    }

    private static Command List()
    {
        var account = new Argument<string?>("account-id") { Description = "Only this account's keys", Arity = ArgumentArity.ZeroOrOne };
        var command = new Command("list", "List AccessKeyIds (never secrets) with their accounts: one account's, or every account's") { account };
        command.SetSessionAction(async (result, session, cancellationToken) =>
        {
            var accounts = result.GetValue(account) is { Length: > 0 } id
                ? [await AccountQueries.GetAsync(session, id, cancellationToken)]
                : await AccountQueries.ListAsync(session, cancellationToken);
            var keys = accounts.SelectMany(a => ListPath.Items(a, "AccessKeyIds.AccessKeyId").Select(key => KeyItem(a, key))).ToList();
            session.Renderer.List(keys, s_columns);
            return ExitCodes.Ok;
        });
        return command;
    }

    private static JsonElement KeyItem(JsonElement account, JsonElement key) => JsonSerializer.SerializeToElement(new JsonObject
    {
        ["AccessKeyId"] = key.GetString(),
        ["AccountId"] = Fields.Text(account, "AccountId"),
        ["AccountName"] = Fields.Text(account, "AccountName"),
    });
}
