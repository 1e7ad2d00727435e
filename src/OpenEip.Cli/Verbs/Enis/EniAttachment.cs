using System.CommandLine;
using OpenEip.Cli.Api;
using OpenEip.Cli.Common;
using OpenEip.Cli.Output;

namespace OpenEip.Cli.Verbs.Enis;

/// <summary>
/// <c>eni attach</c> and <c>eni detach</c>: asynchronous on Alibaba and here (Attaching → InUse, Detaching →
/// Available), so they wait for the resting state unless <c>--no-wait</c>.
/// </summary>
public static class EniAttachment
{
    public static Command Attach()
    {
        var id = new Argument<string>("eni-id") { Description = "The ENI (eni-…)" };
        var instance = new Option<string>("--instance") { Description = "The instance (i-…) in the ENI's VPC and zone", Required = true };
        var command = new Command("attach", "Attach an ENI to an instance; waits for InUse") { id, instance, WaitOptions.NoWait, WaitOptions.Timeout };
        command.SetSessionAction((result, session, cancellationToken) =>
            RunAsync(result, session, "AttachNetworkInterface", result.GetRequiredValue(id), result.GetRequiredValue(instance), "InUse", cancellationToken));
        return command;
    }

    public static Command Detach()
    {
        var id = new Argument<string>("eni-id") { Description = "The ENI (eni-…)" };
        var instance = new Option<string?>("--instance") { Description = "The instance it is attached to (default: the one DescribeNetworkInterfaces names)" };
        var command = new Command("detach", "Detach an ENI from its instance; waits for Available") { id, instance, WaitOptions.NoWait, WaitOptions.Timeout };
        command.SetSessionAction(async (result, session, cancellationToken) =>
        {
            var eni = result.GetRequiredValue(id);
            var from = result.GetValue(instance);
            if (string.IsNullOrEmpty(from))
            {
                from = Fields.Text(await EniQueries.Reader.GetAsync(session, eni, cancellationToken), "InstanceId");
                if (from.Length == 0)
                    throw new CliException($"{eni} is not attached to an instance: nothing to detach.");
            }

            return await RunAsync(result, session, "DetachNetworkInterface", eni, from, "Available", cancellationToken);
        });
        return command;
    }

    private static async Task<int> RunAsync(
        ParseResult result, CliSession session, string action, string eni, string instance, string status, CancellationToken cancellationToken)
    {
        await session.Client.CallAsync(Products.Ecs, action, new ParameterList()
            .Add("RegionId", session.RegionId).Add("NetworkInterfaceId", eni).Add("InstanceId", instance), cancellationToken);
        var items = await WaitOptions.SettleAsync(result, session, EniQueries.Reader, [eni], status, cancellationToken);
        Results.Show(session.Renderer, items, asList: false, EniColumns.Details, EniColumns.List);
        return ExitCodes.Ok;
    }
}
