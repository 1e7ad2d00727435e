using System.CommandLine;
using System.Text.Json;
using System.Text.Json.Nodes;
using OpenEip.Cli.Api;
using OpenEip.Cli.Common;
using OpenEip.Cli.Output;

namespace OpenEip.Cli.Verbs.Operator.Overdue;

/// <summary>
/// <c>openeip overdue set|clear ACCOUNT</c> (operator): an overdue payment (R-LIFE-5). Setting it locks the
/// account's pay-as-you-go EIPs at once (FinancialLocked) and the server releases them after the grace period
/// (OpenEip:Billing:ReleaseGracePeriod); clearing it unlocks those not yet released.
/// </summary>
public static class OverdueCommands
{
    public static Command Create()
    {
        var command = new Command("overdue", "Operator: mark an account's payment overdue, or clear it (SetAccountOverdue)");
        command.Subcommands.Add(Change("set", "Mark the account overdue: its pay-as-you-go EIPs are FinancialLocked now and released after the grace period", true));
        command.Subcommands.Add(Change("clear", "Clear the account's overdue mark: its locked EIPs not yet released are unlocked", false));
        return command;
    }

    private static Command Change(string verb, string description, bool overdue)
    {
        var account = new Argument<string>("account-id") { Description = "The account" };
        var command = new Command(verb, description) { account };
        command.SetSessionAction(async (result, session, cancellationToken) =>
        {
            var accountId = result.GetRequiredValue(account);
            await session.Client.CallAsync(Products.Admin, "SetAccountOverdue",
                new ParameterList().Add("AccountId", accountId).Add("Overdue", overdue ? "true" : "false"), cancellationToken);
            if (session.Renderer.Format == OutputFormat.Json)
                session.Renderer.Json(JsonSerializer.SerializeToElement(new JsonObject { ["AccountId"] = accountId, ["Overdue"] = overdue }));
            else
                session.Renderer.Note(overdue
                    ? $"Account {accountId} is overdue: its pay-as-you-go EIPs are FinancialLocked, and are released after the grace period unless `openeip overdue clear {accountId}` comes first."
                    : $"Account {accountId} is no longer overdue: its locked pay-as-you-go EIPs not yet released are unlocked.");
            return ExitCodes.Ok;
        });
        return command;
    }
}
