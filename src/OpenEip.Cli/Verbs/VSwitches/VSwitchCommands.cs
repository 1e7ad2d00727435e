using System.CommandLine;
using OpenEip.Cli.Api;
using OpenEip.Cli.Common;
using OpenEip.Cli.Output;

namespace OpenEip.Cli.Verbs.VSwitches;

/// <summary><c>openeip vswitch list|show|create|delete</c>: the subnets instances, ENIs, NAT gateways, HaVips and load balancers live in.</summary>
public static class VSwitchCommands
{
    public static Command Create()
    {
        var command = new Command("vswitch", "vSwitches (subnets of a VPC in one zone): list, show, create, delete");
        command.Subcommands.Add(List());
        command.Subcommands.Add(Show());
        command.Subcommands.Add(CreateVSwitch());
        command.Subcommands.Add(Delete());
        return command;
    }

    private static Command List()
    {
        var vpc = new Option<string?>("--vpc") { Description = "Only the vSwitches of this VPC" };
        var zone = new Option<string?>("--zone") { Description = "Only the vSwitches in this zone" };
        var name = new Option<string?>("--name") { Description = "Only vSwitches with this name" };
        var command = new Command("list", "List the region's vSwitches (every page)") { vpc, zone, name };
        command.SetSessionAction(async (result, session, cancellationToken) =>
        {
            var filters = new ParameterList()
                .Add("VpcId", result.GetValue(vpc))
                .Add("ZoneId", result.GetValue(zone))
                .Add("VSwitchName", result.GetValue(name));
            session.Renderer.List(await VSwitchQueries.Reader.ListAsync(session, filters, cancellationToken), VSwitchColumns.List);
            return ExitCodes.Ok;
        });
        return command;
    }

    private static Command Show()
    {
        var id = new Argument<string>("vswitch-id") { Description = "The vSwitch (vsw-…)" };
        var command = new Command("show", "Show one vSwitch") { id };
        command.SetSessionAction(async (result, session, cancellationToken) =>
        {
            session.Renderer.Item(await VSwitchQueries.Reader.GetAsync(session, result.GetRequiredValue(id), cancellationToken), VSwitchColumns.Details);
            return ExitCodes.Ok;
        });
        return command;
    }

    private static Command CreateVSwitch()
    {
        var vpc = new Option<string>("--vpc") { Description = "The VPC (vpc-…)", Required = true };
        var zone = new Option<string>("--zone") { Description = "The zone, e.g. cn-hangzhou-b (openeip vpc DescribeZones lists them)", Required = true };
        var cidr = new Option<string>("--cidr") { Description = "The IPv4 block, inside the VPC's, e.g. 10.0.1.0/24", Required = true };
        var name = new Option<string?>("--name") { Description = "A name" };
        var description = new Option<string?>("--description") { Description = "A description" };
        var tags = TagArguments.Option("A tag for the new vSwitch");
        var command = new Command("create", "Create a vSwitch; waits for Available") { vpc, zone, cidr, name, description, tags, WaitOptions.NoWait, WaitOptions.Timeout };
        command.SetSessionAction(async (result, session, cancellationToken) =>
        {
            var body = await session.Client.CallAsync(Products.Vpc, "CreateVSwitch", new ParameterList()
                .Add("RegionId", session.RegionId)
                .Add("VpcId", result.GetRequiredValue(vpc))
                .Add("ZoneId", result.GetRequiredValue(zone))
                .Add("CidrBlock", result.GetRequiredValue(cidr))
                .Add("VSwitchName", result.GetValue(name))
                .Add("Description", result.GetValue(description))
                .AddTags(TagArguments.Parse(result.GetValue(tags))), cancellationToken);
            var items = await WaitOptions.SettleAsync(result, session, VSwitchQueries.Reader, [Fields.Text(body, "VSwitchId")], "Available", cancellationToken);
            Results.Show(session.Renderer, items, asList: false, VSwitchColumns.Details, VSwitchColumns.List);
            return ExitCodes.Ok;
        });
        return command;
    }

    private static Command Delete()
    {
        var ids = new Argument<string[]>("vswitch-ids") { Description = "The vSwitch(es) to delete (nothing may use their IPs)", Arity = ArgumentArity.OneOrMore };
        var command = new Command("delete", "Delete vSwitch(es)") { ids };
        command.SetSessionAction(async (result, session, cancellationToken) =>
        {
            var deleted = await Batch.RunAsync(session, "Deleting vSwitches", result.GetRequiredValue(ids), (vSwitch, ct) =>
                session.Client.CallAsync(Products.Vpc, "DeleteVSwitch", new ParameterList().Add("RegionId", session.RegionId).Add("VSwitchId", vSwitch), ct), cancellationToken);
            Results.Deleted(session.Renderer, deleted);
            return ExitCodes.Ok;
        });
        return command;
    }
}
