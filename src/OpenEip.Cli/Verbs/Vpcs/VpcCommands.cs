using System.CommandLine;
using OpenEip.Cli.Api;
using OpenEip.Cli.Common;
using OpenEip.Cli.Output;

namespace OpenEip.Cli.Verbs.Vpcs;

/// <summary>
/// <c>openeip vpc list|show|create|delete</c>. <c>vpc</c> is also the generic form's product (<c>openeip vpc
/// DescribeVpcs …</c>): the verbs are added to that command, and <see cref="CliApp"/> sends a line to them when the
/// word after <c>vpc</c> is one of their lower-case names (an action name starts with a capital letter).
/// </summary>
public static class VpcCommands
{
    public static void AddTo(Command vpc)
    {
        vpc.Description += ". Friendly verbs for VPCs: openeip vpc list|show|create|delete (below)";
        vpc.Subcommands.Add(List());
        vpc.Subcommands.Add(Show());
        vpc.Subcommands.Add(CreateVpc());
        vpc.Subcommands.Add(Delete());
    }

    private static Command List()
    {
        var name = new Option<string?>("--name") { Description = "Only VPCs with this name" };
        var command = new Command("list", "List the region's VPCs (every page)") { name };
        command.SetSessionAction(async (result, session, cancellationToken) =>
        {
            var filters = new ParameterList().Add("VpcName", result.GetValue(name));
            session.Renderer.List(await VpcQueries.Reader.ListAsync(session, filters, cancellationToken), VpcColumns.List);
            return ExitCodes.Ok;
        });
        return command;
    }

    private static Command Show()
    {
        var id = new Argument<string>("vpc-id") { Description = "The VPC (vpc-…)" };
        var command = new Command("show", "Show one VPC") { id };
        command.SetSessionAction(async (result, session, cancellationToken) =>
        {
            session.Renderer.Item(await VpcQueries.Reader.GetAsync(session, result.GetRequiredValue(id), cancellationToken), VpcColumns.Details);
            return ExitCodes.Ok;
        });
        return command;
    }

    private static Command CreateVpc()
    {
        var cidr = new Option<string?>("--cidr") { Description = "The IPv4 block, e.g. 10.0.0.0/16 (default 172.16.0.0/12)" };
        var name = new Option<string?>("--name") { Description = "A name" };
        var description = new Option<string?>("--description") { Description = "A description" };
        var tags = TagArguments.Option("A tag for the new VPC");
        var command = new Command("create", "Create a VPC; waits for Available") { cidr, name, description, tags, WaitOptions.NoWait, WaitOptions.Timeout };
        command.SetSessionAction(async (result, session, cancellationToken) =>
        {
            var body = await session.Client.CallAsync(Products.Vpc, "CreateVpc", new ParameterList()
                .Add("RegionId", session.RegionId)
                .Add("CidrBlock", result.GetValue(cidr))
                .Add("VpcName", result.GetValue(name))
                .Add("Description", result.GetValue(description))
                .AddTags(TagArguments.Parse(result.GetValue(tags))), cancellationToken);
            var items = await WaitOptions.SettleAsync(result, session, VpcQueries.Reader, [Fields.Text(body, "VpcId")], "Available", cancellationToken);
            Results.Show(session.Renderer, items, asList: false, VpcColumns.Details, VpcColumns.List);
            return ExitCodes.Ok;
        });
        return command;
    }

    private static Command Delete()
    {
        var ids = new Argument<string[]>("vpc-ids") { Description = "The VPC(s) to delete (their vSwitches and NAT gateways first)", Arity = ArgumentArity.OneOrMore };
        var command = new Command("delete", "Delete VPC(s)") { ids };
        command.SetSessionAction(async (result, session, cancellationToken) =>
        {
            var deleted = await Batch.RunAsync(session, "Deleting VPCs", result.GetRequiredValue(ids), (vpc, ct) =>
                session.Client.CallAsync(Products.Vpc, "DeleteVpc", new ParameterList().Add("RegionId", session.RegionId).Add("VpcId", vpc), ct), cancellationToken);
            Results.Deleted(session.Renderer, deleted);
            return ExitCodes.Ok;
        });
        return command;
    }
}
