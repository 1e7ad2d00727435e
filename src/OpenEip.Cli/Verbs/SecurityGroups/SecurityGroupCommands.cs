using System.CommandLine;
using OpenEip.Cli.Api;
using OpenEip.Cli.Common;
using OpenEip.Cli.Output;

namespace OpenEip.Cli.Verbs.SecurityGroups;

/// <summary>
/// <c>openeip sg list|create|delete</c>: security groups, because an instance or an ENI needs one. Rules stay with
/// the generic form (<c>openeip ecs AuthorizeSecurityGroup …</c>).
/// </summary>
public static class SecurityGroupCommands
{
    public static Command Create()
    {
        var command = new Command("sg", "Security groups (instances and ENIs need one): list, create, delete");
        command.Subcommands.Add(List());
        command.Subcommands.Add(CreateGroup());
        command.Subcommands.Add(Delete());
        return command;
    }

    private static Command List()
    {
        var vpc = new Option<string?>("--vpc") { Description = "Only the groups of this VPC" };
        var name = new Option<string?>("--name") { Description = "Only groups with this name" };
        var command = new Command("list", "List the region's security groups (every page)") { vpc, name };
        command.SetSessionAction(async (result, session, cancellationToken) =>
        {
            var filters = new ParameterList().Add("VpcId", result.GetValue(vpc)).Add("SecurityGroupName", result.GetValue(name));
            session.Renderer.List(await SecurityGroupQueries.Reader.ListAsync(session, filters, cancellationToken), SecurityGroupColumns.List);
            return ExitCodes.Ok;
        });
        return command;
    }

    private static Command CreateGroup()
    {
        var vpc = new Option<string>("--vpc") { Description = "The VPC (vpc-…): only VPC security groups exist", Required = true };
        var name = new Option<string?>("--name") { Description = "A name" };
        var description = new Option<string?>("--description") { Description = "A description" };
        var command = new Command("create", "Create a security group in a VPC") { vpc, name, description };
        command.SetSessionAction(async (result, session, cancellationToken) =>
        {
            var body = await session.Client.CallAsync(Products.Ecs, "CreateSecurityGroup", new ParameterList()
                .Add("RegionId", session.RegionId)
                .Add("VpcId", result.GetRequiredValue(vpc))
                .Add("SecurityGroupName", result.GetValue(name))
                .Add("Description", result.GetValue(description)), cancellationToken);
            var item = await SecurityGroupQueries.Reader.GetAsync(session, Fields.Text(body, "SecurityGroupId"), cancellationToken);
            session.Renderer.Item(item, SecurityGroupColumns.List);
            return ExitCodes.Ok;
        });
        return command;
    }

    private static Command Delete()
    {
        var ids = new Argument<string[]>("security-group-ids") { Description = "The group(s) to delete (no instance or ENI may use them)", Arity = ArgumentArity.OneOrMore };
        var command = new Command("delete", "Delete security group(s)") { ids };
        command.SetSessionAction(async (result, session, cancellationToken) =>
        {
            var deleted = await Batch.RunAsync(session, "Deleting security groups", result.GetRequiredValue(ids), (group, ct) =>
                session.Client.CallAsync(Products.Ecs, "DeleteSecurityGroup", new ParameterList().Add("RegionId", session.RegionId).Add("SecurityGroupId", group), ct),
                cancellationToken);
            Results.Deleted(session.Renderer, deleted);
            return ExitCodes.Ok;
        });
        return command;
    }
}
