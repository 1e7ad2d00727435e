using System.CommandLine;
using OpenEip.Cli.Api;
using OpenEip.Cli.Common;

namespace OpenEip.Cli.Verbs.Eips;

/// <summary><c>openeip eip …</c>: the daily work with Elastic IP addresses.</summary>
public static class EipCommands
{
    public static Command Create()
    {
        var command = new Command("eip", "Elastic IP addresses: list, show, allocate, associate, unassociate, release, recover, tag, modify");
        command.Subcommands.Add(List());
        command.Subcommands.Add(Show());
        command.Subcommands.Add(EipLifecycle.Allocate());
        command.Subcommands.Add(EipAssociation.Associate());
        command.Subcommands.Add(EipAssociation.Unassociate());
        command.Subcommands.Add(EipLifecycle.Release());
        command.Subcommands.Add(EipLifecycle.Recover());
        command.Subcommands.Add(EipAttributes.Tag());
        command.Subcommands.Add(EipAttributes.Untag());
        command.Subcommands.Add(EipAttributes.Modify());
        return command;
    }

    private static Command List()
    {
        var status = new Option<string?>("--status") { Description = "Only EIPs in this status (Available, InUse, Associating, Unassociating)" };
        var ip = new Option<string?>("--ip") { Description = "Only these addresses (comma-separated)" };
        var name = new Option<string?>("--name") { Description = "Only EIPs with this name" };
        var boundTo = new Option<string?>("--bound-to") { Description = "Only EIPs bound to this resource (i-, eni-, ngw-, lb-, havip-)" };
        var tags = TagArguments.Option("Only EIPs with this tag");
        var command = new Command("list", "List the region's EIPs (every page)") { status, ip, name, boundTo, tags };
        command.SetSessionAction(async (result, session, cancellationToken) =>
        {
            var filters = new ParameterList()
                .Add("Status", result.GetValue(status))
                .Add("EipAddress", result.GetValue(ip))
                .Add("EipName", result.GetValue(name))
                .AddTags(TagArguments.Parse(result.GetValue(tags)));
            if (result.GetValue(boundTo) is { Length: > 0 } target)
                filters.Add("AssociatedInstanceId", target).Add("AssociatedInstanceType", TargetKinds.Infer(target, null));
            session.Renderer.List(await EipQueries.ListAsync(session, filters, cancellationToken), EipColumns.List);
            return ExitCodes.Ok;
        });
        return command;
    }

    private static Command Show()
    {
        var id = new Argument<string>("allocation-id") { Description = "The EIP (eip-…)" };
        var command = new Command("show", "Show one EIP") { id };
        command.SetSessionAction(async (result, session, cancellationToken) =>
        {
            session.Renderer.Item(await EipQueries.GetAsync(session, result.GetRequiredValue(id), cancellationToken), EipColumns.Details);
            return ExitCodes.Ok;
        });
        return command;
    }
}
