using System.CommandLine;
using OpenEip.Cli.Api;
using OpenEip.Cli.Common;
using OpenEip.Cli.Output;

namespace OpenEip.Cli.Verbs.HaVips;

/// <summary>
/// <c>openeip havip …</c>: high-availability virtual IPs. A HaVip is a private IP of a vSwitch that follows its
/// master member (an instance or ENI); an EIP bound to it follows too. Creating one needs the operator's
/// <c>havip-privilege</c> quota (Forbidden.HaVipNotAuthorized otherwise).
/// </summary>
public static class HaVipCommands
{
    public static Command Create()
    {
        var command = new Command("havip", "HaVips (a failover private IP that can take an EIP): list, show, create, delete, attach, detach");
        command.Subcommands.Add(List());
        command.Subcommands.Add(Show());
        command.Subcommands.Add(CreateHaVip());
        command.Subcommands.Add(Delete());
        command.Subcommands.Add(HaVipMembers.Attach());
        command.Subcommands.Add(HaVipMembers.Detach());
        return command;
    }

    private static Command List()
    {
        var vpc = new Option<string?>("--vpc") { Description = "Only the HaVips of this VPC" };
        var vSwitch = new Option<string?>("--vswitch") { Description = "Only the HaVips of this vSwitch" };
        var status = new Option<string?>("--status") { Description = "Only HaVips in this status (Available, InUse)" };
        var command = new Command("list", "List the region's HaVips (every page)") { vpc, vSwitch, status };
        command.SetSessionAction(async (result, session, cancellationToken) =>
        {
            var filters = HaVipQueries.Filters([
                ("VpcId", Values(result.GetValue(vpc))),
                ("VSwitchId", Values(result.GetValue(vSwitch))),
                ("Status", Values(result.GetValue(status))),
            ]);
            session.Renderer.List(await HaVipQueries.Reader.ListAsync(session, filters, cancellationToken), HaVipColumns.List);
            return ExitCodes.Ok;
        });
        return command;
    }

    private static Command Show()
    {
        var id = new Argument<string>("havip-id") { Description = "The HaVip (havip-…)" };
        var command = new Command("show", "Show one HaVip") { id };
        command.SetSessionAction(async (result, session, cancellationToken) =>
        {
            session.Renderer.Item(await HaVipQueries.Reader.GetAsync(session, result.GetRequiredValue(id), cancellationToken), HaVipColumns.Details);
            return ExitCodes.Ok;
        });
        return command;
    }

    private static Command CreateHaVip()
    {
        var vSwitch = new Option<string>("--vswitch") { Description = "The vSwitch whose private IP the HaVip takes (vsw-…)", Required = true };
        var ip = new Option<string?>("--ip") { Description = "The private IP (else the vSwitch's lowest free one)" };
        var name = new Option<string?>("--name") { Description = "A name" };
        var description = new Option<string?>("--description") { Description = "A description" };
        var tags = TagArguments.Option("A tag for the new HaVip");
        var command = new Command("create", "Create a HaVip in a vSwitch") { vSwitch, ip, name, description, tags };
        command.SetSessionAction(async (result, session, cancellationToken) =>
        {
            var body = await session.Client.CallAsync(Products.Vpc, "CreateHaVip", new ParameterList()
                .Add("RegionId", session.RegionId)
                .Add("VSwitchId", result.GetRequiredValue(vSwitch))
                .Add("IpAddress", result.GetValue(ip))
                .Add("Name", result.GetValue(name))
                .Add("Description", result.GetValue(description))
                .AddTags(TagArguments.Parse(result.GetValue(tags))), cancellationToken);
            session.Renderer.Item(await HaVipQueries.Reader.GetAsync(session, Fields.Text(body, "HaVipId"), cancellationToken), HaVipColumns.Details);
            return ExitCodes.Ok;
        });
        return command;
    }

    private static Command Delete()
    {
        var ids = new Argument<string[]>("havip-ids") { Description = "The HaVip(s) to delete (without members or EIP)", Arity = ArgumentArity.OneOrMore };
        var command = new Command("delete", "Delete HaVip(s)") { ids };
        command.SetSessionAction(async (result, session, cancellationToken) =>
        {
            var deleted = await Batch.RunAsync(session, "Deleting HaVips", result.GetRequiredValue(ids), (haVip, ct) =>
                session.Client.CallAsync(Products.Vpc, "DeleteHaVip", new ParameterList().Add("RegionId", session.RegionId).Add("HaVipId", haVip), ct), cancellationToken);
            Results.Deleted(session.Renderer, deleted);
            return ExitCodes.Ok;
        });
        return command;
    }

    private static IReadOnlyList<string> Values(string? value) => string.IsNullOrEmpty(value) ? [] : [value];
}
