using System.CommandLine;
using OpenEip.Cli.Api;
using OpenEip.Cli.Common;
using OpenEip.Cli.Output;
using OpenEip.Cli.Verbs.SecurityGroups;

namespace OpenEip.Cli.Verbs.Enis;

/// <summary><c>openeip eni …</c>: elastic network interfaces, which carry EIPs (NAT, BINDED or MULTI_BINDED mode).</summary>
public static class EniCommands
{
    public static Command Create()
    {
        var command = new Command("eni", "Elastic network interfaces: list, show, create, attach, detach, delete");
        command.Subcommands.Add(List());
        command.Subcommands.Add(Show());
        command.Subcommands.Add(CreateEni());
        command.Subcommands.Add(EniAttachment.Attach());
        command.Subcommands.Add(EniAttachment.Detach());
        command.Subcommands.Add(Delete());
        return command;
    }

    private static Command List()
    {
        var instance = new Option<string?>("--instance") { Description = "Only the ENIs of this instance (i-…)" };
        var vpc = new Option<string?>("--vpc") { Description = "Only ENIs in this VPC" };
        var vSwitch = new Option<string?>("--vswitch") { Description = "Only ENIs in this vSwitch" };
        var type = new Option<string?>("--type") { Description = "Primary or Secondary" };
        type.AcceptOnlyFromAmong("Primary", "Secondary");
        var name = new Option<string?>("--name") { Description = "Only ENIs with this name" };
        var command = new Command("list", "List the region's ENIs (every page)") { instance, vpc, vSwitch, type, name };
        command.SetSessionAction(async (result, session, cancellationToken) =>
        {
            var filters = new ParameterList()
                .Add("InstanceId", result.GetValue(instance))
                .Add("VpcId", result.GetValue(vpc))
                .Add("VSwitchId", result.GetValue(vSwitch))
                .Add("Type", result.GetValue(type))
                .Add("NetworkInterfaceName", result.GetValue(name));
            session.Renderer.List(await EniQueries.Reader.ListAsync(session, filters, cancellationToken), EniColumns.List);
            return ExitCodes.Ok;
        });
        return command;
    }

    private static Command Show()
    {
        var id = new Argument<string>("eni-id") { Description = "The ENI (eni-…)" };
        var command = new Command("show", "Show one ENI") { id };
        command.SetSessionAction(async (result, session, cancellationToken) =>
        {
            session.Renderer.Item(await EniQueries.Reader.GetAsync(session, result.GetRequiredValue(id), cancellationToken), EniColumns.Details);
            return ExitCodes.Ok;
        });
        return command;
    }

    private static Command CreateEni()
    {
        var vSwitch = new Option<string>("--vswitch") { Description = "The vSwitch (vsw-…)", Required = true };
        var groups = SecurityGroupOption.Create();
        var name = new Option<string?>("--name") { Description = "A name" };
        var description = new Option<string?>("--description") { Description = "A description" };
        var privateIp = new Option<string?>("--private-ip") { Description = "The primary private IP (else the vSwitch's lowest free one)" };
        var secondary = new Option<int?>("--secondary-ips") { Description = "Also assign this many secondary private IPs (EIPs in NAT mode can map to them)" };
        var tags = TagArguments.Option("A tag for the new ENI");
        var command = new Command("create", "Create a secondary ENI; waits for Available")
        {
            vSwitch, groups, name, description, privateIp, secondary, tags, WaitOptions.NoWait, WaitOptions.Timeout,
        };
        command.SetSessionAction(async (result, session, cancellationToken) =>
        {
            var securityGroups = result.GetRequiredValue(groups);
            var parameters = new ParameterList()
                .Add("RegionId", session.RegionId)
                .Add("VSwitchId", result.GetRequiredValue(vSwitch))
                .Add("NetworkInterfaceName", result.GetValue(name))
                .Add("Description", result.GetValue(description))
                .Add("PrimaryIpAddress", result.GetValue(privateIp))
                .Add("SecondaryPrivateIpAddressCount", result.GetValue(secondary))
                .AddTags(TagArguments.Parse(result.GetValue(tags)));
            if (securityGroups.Length == 1)
                parameters.Add("SecurityGroupId", securityGroups[0]);
            else
                parameters.AddList("SecurityGroupIds", securityGroups);
            var body = await session.Client.CallAsync(Products.Ecs, "CreateNetworkInterface", parameters, cancellationToken);
            var items = await WaitOptions.SettleAsync(result, session, EniQueries.Reader, [Fields.Text(body, "NetworkInterfaceId")], "Available", cancellationToken);
            Results.Show(session.Renderer, items, asList: false, EniColumns.Details, EniColumns.List);
            return ExitCodes.Ok;
        });
        return command;
    }

    private static Command Delete()
    {
        var ids = new Argument<string[]>("eni-ids") { Description = "The ENI(s) to delete (detached, without EIPs)", Arity = ArgumentArity.OneOrMore };
        var command = new Command("delete", "Delete ENI(s)") { ids };
        command.SetSessionAction(async (result, session, cancellationToken) =>
        {
            var deleted = await Batch.RunAsync(session, "Deleting ENIs", result.GetRequiredValue(ids), (eni, ct) =>
                session.Client.CallAsync(Products.Ecs, "DeleteNetworkInterface", new ParameterList().Add("RegionId", session.RegionId).Add("NetworkInterfaceId", eni), ct),
                cancellationToken);
            Results.Deleted(session.Renderer, deleted);
            return ExitCodes.Ok;
        });
        return command;
    }
}
