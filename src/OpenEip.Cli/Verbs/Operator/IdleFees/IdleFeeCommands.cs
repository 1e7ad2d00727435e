using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using OpenEip.Cli.Api;
using OpenEip.Cli.Common;
using OpenEip.Cli.Generic;
using OpenEip.Cli.Output;

namespace OpenEip.Cli.Verbs.Operator.IdleFees;

/// <summary>
/// <c>openeip idle-fees report|price</c> (operator): the idle fee pay-as-you-go EIPs run up while unbound
/// (R-LIFE-2), per EIP and per account, with the EIPs idle long enough that releasing them is worth suggesting;
/// and the price per EIP and hour, which applies to every idle hour so far (the server prices at the current one).
/// </summary>
public static class IdleFeeCommands
{
    private const string AccountsPath = "Accounts.Account";

    private const string EipsPath = "IdleEips.IdleEip";

    private static readonly IReadOnlyList<Column> s_eipColumns =
    [
        Column.Field("Account", "AccountId"),
        Column.Field("AllocationId", "AllocationId"),
        Column.Field("IpAddress", "IpAddress"),
        Column.Field("Region", "RegionId"),
        Column.Field("Status", "Status"),
        Column.Field("IdleSince", "IdleSince"),
        Column.Field("IdleHours", "IdleHours"),
        Column.Field("Fee", "Fee"),
        new("SuggestRelease", item => Fields.Text(item, "SuggestRelease") == "true" ? "yes" : ""),
    ];

    private static readonly IReadOnlyList<Column> s_accountColumns =
    [
        Column.Field("Account", "AccountId"),
        new("EIPs", item => ListPath.Items(item, EipsPath).Count().ToString(CultureInfo.InvariantCulture)),
        new("SuggestRelease", item => ListPath.Items(item, EipsPath).Count(e => Fields.Text(e, "SuggestRelease") == "true").ToString(CultureInfo.InvariantCulture)),
        Column.Field("TotalFee", "TotalFee"),
    ];

    public static Command Create()
    {
        var command = new Command("idle-fees", "Operator: idle fees of unbound pay-as-you-go EIPs (report, price)");
        command.Subcommands.Add(Report());
        command.Subcommands.Add(Price());
        return command;
    }

    private static Command Report()
    {
        var account = new Option<string?>("--account") { Description = "Only this account's EIPs" };
        var command = new Command("report",
            "Report each pay-as-you-go EIP's idle hours and fee (IdleSince is empty while bound), the EIPs worth releasing, and each account's total. "
            + "JSON: DescribeIdleEipFees' answer (PricePerHour, Accounts.Account[])") { account };
        command.SetSessionAction(async (result, session, cancellationToken) =>
        {
            var body = await session.Client.CallAsync(Products.Admin, "DescribeIdleEipFees",
                new ParameterList().Add("AccountId", result.GetValue(account)), cancellationToken);
            if (session.Renderer.Format == OutputFormat.Json)
            {
                var report = JsonNode.Parse(body.GetRawText())!.AsObject();
                report.Remove("RequestId");
                session.Renderer.Json(report);
                return ExitCodes.Ok;
            }

            var accounts = ListPath.Items(body, AccountsPath).ToList();
            var eips = accounts.SelectMany(a => ListPath.Items(a, EipsPath).Select(e => WithAccount(e, Fields.Text(a, "AccountId")))).ToList();
            session.Renderer.Note($"Idle fee: {Fields.Text(body, "PricePerHour")} per EIP and hour.");
            session.Renderer.List(eips, s_eipColumns);
            session.Renderer.List(accounts, s_accountColumns);
            return ExitCodes.Ok;
        });
        return command;
    }

    private static Command Price()
    {
        var value = new Argument<string>("price-per-hour") { Description = "The fee per idle pay-as-you-go EIP and hour, a decimal ≥ 0 such as 0.02" };
        var command = new Command("price", "Set the idle fee per pay-as-you-go EIP and hour (SetIdleEipPrice); every idle hour is priced at it") { value };
        command.SetSessionAction(async (result, session, cancellationToken) =>
        {
            var text = result.GetRequiredValue(value);
            if (!decimal.TryParse(text, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var price))
                throw new CliException($"The price is a decimal number ≥ 0 such as 0.02, not '{text}'.");
            await session.Client.CallAsync(Products.Admin, "SetIdleEipPrice",
                new ParameterList().Add("PricePerHour", price.ToString(CultureInfo.InvariantCulture)), cancellationToken);
            if (session.Renderer.Format == OutputFormat.Json)
                session.Renderer.Json(JsonSerializer.SerializeToElement(new JsonObject { ["PricePerHour"] = price }));
            else
                session.Renderer.Note($"Idle fee set to {price.ToString(CultureInfo.InvariantCulture)} per EIP and hour.");
            return ExitCodes.Ok;
        });
        return command;
    }

    /// <summary>An idle EIP with its account's id first: the table's rows come from every account's list.</summary>
    private static JsonElement WithAccount(JsonElement eip, string accountId)
    {
        var row = new JsonObject { ["AccountId"] = accountId };
        foreach (var property in eip.EnumerateObject())
            row[property.Name] = JsonNode.Parse(property.Value.GetRawText());
        return JsonSerializer.SerializeToElement(row);
    }
}
