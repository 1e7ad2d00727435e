using System.CommandLine;
using OpenEip.Cli.Api;
using OpenEip.Cli.Common;
using OpenEip.Cli.Output;
using OpenEip.Cli.Verbs.VSwitches;

namespace OpenEip.Cli.Verbs.Nat;

/// <summary><c>openeip nat …</c>: internet NAT gateways, which take EIPs for SNAT (out) and DNAT (in) entries.</summary>
public static class NatCommands
{
    public static Command Create()
    {
        var command = new Command("nat", "NAT gateways: list, show, create, delete; their SNAT and DNAT entries (nat snat …, nat dnat …)");
        command.Subcommands.Add(List());
        command.Subcommands.Add(Show());
        command.Subcommands.Add(CreateGateway());
        command.Subcommands.Add(Delete());
        command.Subcommands.Add(SnatCommands.Create());
        command.Subcommands.Add(DnatCommands.Create());
        return command;
    }

    private static Command List()
    {
        var vpc = new Option<string?>("--vpc") { Description = "Only the gateways of this VPC" };
        var name = new Option<string?>("--name") { Description = "Only gateways with this name" };
        var command = new Command("list", "List the region's NAT gateways (every page)") { vpc, name };
        command.SetSessionAction(async (result, session, cancellationToken) =>
        {
            var filters = new ParameterList().Add("VpcId", result.GetValue(vpc)).Add("Name", result.GetValue(name));
            session.Renderer.List(await NatQueries.Reader.ListAsync(session, filters, cancellationToken), NatColumns.List);
            return ExitCodes.Ok;
        });
        return command;
    }

    private static Command Show()
    {
        var id = new Argument<string>("nat-gateway-id") { Description = "The NAT gateway (ngw-…)" };
        var command = new Command("show", "Show one NAT gateway") { id };
        command.SetSessionAction(async (result, session, cancellationToken) =>
        {
            session.Renderer.Item(await NatQueries.Reader.GetAsync(session, result.GetRequiredValue(id), cancellationToken), NatColumns.Details);
            return ExitCodes.Ok;
        });
        return command;
    }

    private static Command CreateGateway()
    {
        var vSwitch = new Option<string>("--vswitch") { Description = "The vSwitch whose private IP the gateway takes (vsw-…)", Required = true };
        var vpc = new Option<string?>("--vpc") { Description = "The VPC (default: the vSwitch's)" };
        var name = new Option<string?>("--name") { Description = "A name" };
        var description = new Option<string?>("--description") { Description = "A description" };
        var networkType = new Option<string?>("--network-type") { Description = "internet (default: takes EIPs, has SNAT/DNAT tables) or intranet" };
        networkType.AcceptOnlyFromAmong("internet", "intranet");
        var tags = TagArguments.Option("A tag for the new gateway");
        var command = new Command("create", "Create an enhanced, pay-as-you-go NAT gateway; waits for Available")
        {
            vSwitch, vpc, name, description, networkType, tags, WaitOptions.NoWait, WaitOptions.Timeout,
        };
        command.SetSessionAction(async (result, session, cancellationToken) =>
        {
            var vSwitchId = result.GetRequiredValue(vSwitch);
            var vpcId = result.GetValue(vpc);
            if (string.IsNullOrEmpty(vpcId))
                vpcId = Fields.Text(await VSwitchQueries.Reader.GetAsync(session, vSwitchId, cancellationToken), "VpcId");
            var body = await session.Client.CallAsync(Products.Vpc, "CreateNatGateway", new ParameterList()
                .Add("RegionId", session.RegionId)
                .Add("VpcId", vpcId)
                .Add("VSwitchId", vSwitchId)
                .Add("NatType", "Enhanced")
                .Add("NetworkType", result.GetValue(networkType))
                .Add("Name", result.GetValue(name))
                .Add("Description", result.GetValue(description))
                .AddTags(TagArguments.Parse(result.GetValue(tags))), cancellationToken);
            var items = await WaitOptions.SettleAsync(result, session, NatQueries.Reader, [Fields.Text(body, "NatGatewayId")], "Available", cancellationToken);
            Results.Show(session.Renderer, items, asList: false, NatColumns.Details, NatColumns.List);
            return ExitCodes.Ok;
        });
        return command;
    }

    private static Command Delete()
    {
        var ids = new Argument<string[]>("nat-gateway-ids") { Description = "The gateway(s) to delete (their entries removed and EIPs unbound first)", Arity = ArgumentArity.OneOrMore };
        var force = new Option<bool>("--force") { Description = "DeleteNatGateway's Force (Alibaba then removes entries and EIPs itself; OpenEip still refuses while any remain)" };
        var command = new Command("delete", "Delete NAT gateway(s); waits until they are gone") { ids, force, WaitOptions.NoWait, WaitOptions.Timeout };
        command.SetSessionAction(async (result, session, cancellationToken) =>
        {
            var parameters = new ParameterList().Add("RegionId", session.RegionId).Add("Force", result.GetValue(force) ? "true" : null);
            var deleted = await Batch.RunAsync(session, "Deleting NAT gateways", result.GetRequiredValue(ids), (gateway, ct) =>
                session.Client.CallAsync(Products.Vpc, "DeleteNatGateway", parameters.With("NatGatewayId", gateway), ct), cancellationToken);
            await WaitOptions.GoneAsync(result, session, NatQueries.Reader, deleted, cancellationToken);
            Results.Deleted(session.Renderer, deleted);
            return ExitCodes.Ok;
        });
        return command;
    }
}
