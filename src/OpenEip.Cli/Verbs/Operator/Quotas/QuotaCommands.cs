using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using OpenEip.Cli.Api;
using OpenEip.Cli.Common;
using OpenEip.Cli.Output;
using OpenEip.Cli.Verbs.Operator.Accounts;

namespace OpenEip.Cli.Verbs.Operator.Quotas;

/// <summary>
/// <c>openeip quota …</c> (operator): an account's quotas (docs/operator-api.md lists the names). The server
/// checks the name; the CLI checks only that the value is a whole number, so a typo costs no call.
/// </summary>
public static class QuotaCommands
{
    private static readonly IReadOnlyList<Column> s_columns =
    [
        Column.Field("QuotaName", "QuotaName"),
        Column.Field("Value", "Value"),
    ];

    public static Command Create()
    {
        var command = new Command("quota", "Operator: an account's quotas and limits (list, set)");
        command.Subcommands.Add(List());
        command.Subcommands.Add(Set());
        return command;
    }

    private static Command List()
    {
        var account = new Argument<string>("account-id") { Description = "The account" };
        var command = new Command("list", "List an account's quotas, defaults included") { account };
        command.SetSessionAction(async (result, session, cancellationToken) =>
        {
            var found = await AccountQueries.GetAsync(session, result.GetRequiredValue(account), cancellationToken);
            session.Renderer.List(AccountQueries.Quotas(found), s_columns);
            return ExitCodes.Ok;
        });
        return command;
    }

    private static Command Set()
    {
        var account = new Argument<string>("account-id") { Description = "The account" };
        var name = new Argument<string>("name") { Description = "The quota, e.g. eip-postpaid-per-region (docs/operator-api.md lists them)" };
        var value = new Argument<string>("value") { Description = "The new value, a whole number ≥ 0" };
        var command = new Command("set", "Set one of an account's quotas; prints the value the server now holds") { account, name, value };
        command.SetSessionAction(async (result, session, cancellationToken) =>
        {
            var accountId = result.GetRequiredValue(account);
            var quotaName = result.GetRequiredValue(name);
            var text = result.GetRequiredValue(value);
            if (!long.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var number))
                throw new CliException($"A quota's value is a whole number ≥ 0, not '{text}'.");
            await SetAsync(session, accountId, quotaName, number, cancellationToken);
            var found = await AccountQueries.GetAsync(session, accountId, cancellationToken);
            session.Renderer.Item(QuotaItem(accountId, quotaName, AccountQueries.Quota(found, quotaName)));
            return ExitCodes.Ok;
        });
        return command;
    }

    /// <summary>SetAccountQuota; the privileges are quotas too, set through here.</summary>
    public static Task SetAsync(CliSession session, string accountId, string quotaName, long value, CancellationToken cancellationToken) =>
        session.Client.CallAsync(Products.Admin, "SetAccountQuota", new ParameterList()
            .Add("AccountId", accountId)
            .Add("QuotaName", quotaName)
            .Add("Value", value.ToString(CultureInfo.InvariantCulture)), cancellationToken);

    private static JsonElement QuotaItem(string accountId, string quotaName, long? value) => JsonSerializer.SerializeToElement(new JsonObject
    {
        ["AccountId"] = accountId,
        ["QuotaName"] = quotaName,
        ["Value"] = value,
    });
}
