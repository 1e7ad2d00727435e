using System.CommandLine;
using OpenEip.Cli.Api;
using OpenEip.Cli.Common;

namespace OpenEip.Cli.Verbs.Instances;

/// <summary><c>openeip instance …</c>: ECS instances, the first thing an EIP is bound to.</summary>
public static class InstanceCommands
{
    public static Command Create()
    {
        var command = new Command("instance", "ECS instances: list, show, run, start, stop, delete");
        command.Subcommands.Add(List());
        command.Subcommands.Add(Show());
        command.Subcommands.Add(InstanceLifecycle.Run());
        command.Subcommands.Add(InstancePower.Start());
        command.Subcommands.Add(InstancePower.Stop());
        command.Subcommands.Add(InstanceLifecycle.Delete());
        return command;
    }

    private static Command List()
    {
        var vpc = new Option<string?>("--vpc") { Description = "Only instances in this VPC" };
        var vSwitch = new Option<string?>("--vswitch") { Description = "Only instances in this vSwitch" };
        var zone = new Option<string?>("--zone") { Description = "Only instances in this zone" };
        var status = new Option<string?>("--status") { Description = "Only instances in this status (Pending, Starting, Running, Stopping, Stopped)" };
        var name = new Option<string?>("--name") { Description = "Only instances with this name" };
        var command = new Command("list", "List the region's instances (every page)") { vpc, vSwitch, zone, status, name };
        command.SetSessionAction(async (result, session, cancellationToken) =>
        {
            var filters = new ParameterList()
                .Add("VpcId", result.GetValue(vpc))
                .Add("VSwitchId", result.GetValue(vSwitch))
                .Add("ZoneId", result.GetValue(zone))
                .Add("Status", result.GetValue(status))
                .Add("InstanceName", result.GetValue(name));
            session.Renderer.List(await InstanceQueries.Reader.ListAsync(session, filters, cancellationToken), InstanceColumns.List);
            return ExitCodes.Ok;
        });
        return command;
    }

    private static Command Show()
    {
        var id = new Argument<string>("instance-id") { Description = "The instance (i-…)" };
        var command = new Command("show", "Show one instance") { id };
        command.SetSessionAction(async (result, session, cancellationToken) =>
        {
            session.Renderer.Item(await InstanceQueries.Reader.GetAsync(session, result.GetRequiredValue(id), cancellationToken), InstanceColumns.Details);
            return ExitCodes.Ok;
        });
        return command;
    }
}
