using System.CommandLine;
using System.Text.Json;
using System.Text.Json.Nodes;
using OpenEip.Cli.Common;
using OpenEip.Cli.Output;
using OpenEip.Cli.Verbs.Operator.Accounts;
using OpenEip.Cli.Verbs.Operator.Quotas;

namespace OpenEip.Cli.Verbs.Operator.Privileges;

/// <summary>
/// <c>openeip privilege …</c> (operator): the rights Alibaba grants on application (HaVips, MULTI_BINDED), by
/// name, so an operator need not remember which quota holds them or that 1 means granted.
/// </summary>
public static class PrivilegeCommands
{
    private static readonly IReadOnlyList<Column> s_columns =
    [
        Column.Field("Privilege", "Privilege"),
        Column.Field("Granted", "Granted"),
        Column.Field("QuotaName", "QuotaName"),
    ];

    public static Command Create()
    {
        var command = new Command("privilege", "Operator: an account's privileges, havip and multi-binded (list, grant, revoke)");
        command.Subcommands.Add(List());
        command.Subcommands.Add(Change("grant", "Grant privilege(s) to an account (sets their quota to 1)", 1));
        command.Subcommands.Add(Change("revoke", "Revoke privilege(s) of an account (sets their quota to 0)", 0));
        return command;
    }

    private static Command List()
    {
        var account = new Argument<string>("account-id") { Description = "The account" };
        var command = new Command("list", "List an account's privileges and whether each is granted") { account };
        command.SetSessionAction(async (result, session, cancellationToken) =>
        {
            await PrintAsync(session, result.GetRequiredValue(account), cancellationToken);
            return ExitCodes.Ok;
        });
        return command;
    }

    private static Command Change(string verb, string description, long value)
    {
        var account = new Argument<string>("account-id") { Description = "The account" };
        var names = new Argument<string[]>("privileges")
        {
            Description = "havip, multi-binded (one or both)",
            Arity = ArgumentArity.OneOrMore,
        };
        names.AcceptOnlyFromAmong([.. PrivilegeQuotas.All.Select(p => p.Name)]);
        var command = new Command(verb, description) { account, names };
        command.SetSessionAction(async (result, session, cancellationToken) =>
        {
            var accountId = result.GetRequiredValue(account);
            foreach (var name in result.GetRequiredValue(names).Distinct(StringComparer.Ordinal))
                await QuotaCommands.SetAsync(session, accountId, PrivilegeQuotas.QuotaNameOf(name), value, cancellationToken);
            await PrintAsync(session, accountId, cancellationToken);
            return ExitCodes.Ok;
        });
        return command;
    }

    /// <summary>The account's privileges as the server now holds them: a change is shown by reading it back.</summary>
    private static async Task PrintAsync(CliSession session, string accountId, CancellationToken cancellationToken)
    {
        var found = await AccountQueries.GetAsync(session, accountId, cancellationToken);
        var items = PrivilegeQuotas.All.Select(p => JsonSerializer.SerializeToElement(new JsonObject
        {
            ["Privilege"] = p.Name,
            ["Granted"] = AccountQueries.Quota(found, p.QuotaName) is > 0,
            ["QuotaName"] = p.QuotaName,
        })).ToList();
        session.Renderer.List(items, s_columns);
    }
}
