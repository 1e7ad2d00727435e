using System.CommandLine;
using OpenEip.Cli.Api;
using OpenEip.Cli.Common;

namespace OpenEip.Cli.Verbs.Eips;

/// <summary><c>eip tag</c>, <c>eip untag</c> and <c>eip modify</c> (name, description, bandwidth, ENI mode, deletion protection).</summary>
public static class EipAttributes
{
    public static Command Tag()
    {
        var ids = new Argument<string[]>("allocation-ids") { Description = "The EIP(s) to tag", Arity = ArgumentArity.OneOrMore };
        var tags = TagArguments.Option("A tag to set");
        var command = new Command("tag", "Set tags on EIP(s)") { ids, tags };
        command.SetSessionAction(async (result, session, cancellationToken) =>
        {
            var tagList = TagArguments.Parse(result.GetValue(tags));
            if (tagList.Count == 0)
                throw new CliException("Give at least one --tag key=value.");
            var eips = result.GetRequiredValue(ids);
            await TagAsync(session, eips, tagList, cancellationToken);
            session.Renderer.List(await EipQueries.ManyAsync(session, eips, cancellationToken), EipColumns.List);
            return ExitCodes.Ok;
        });
        return command;
    }

    public static Command Untag()
    {
        var ids = new Argument<string[]>("allocation-ids") { Description = "The EIP(s)", Arity = ArgumentArity.OneOrMore };
        var keys = new Option<string[]>("--key") { Description = "A tag key to remove (repeat for more)", Arity = ArgumentArity.OneOrMore, Required = true };
        var command = new Command("untag", "Remove tags from EIP(s)") { ids, keys };
        command.SetSessionAction(async (result, session, cancellationToken) =>
        {
            var eips = result.GetRequiredValue(ids);
            await session.Client.CallAsync(Products.Vpc, "UnTagResources", new ParameterList()
                .Add("RegionId", session.RegionId).Add("ResourceType", "EIP")
                .AddList("ResourceId", eips).AddList("TagKey", result.GetRequiredValue(keys)), cancellationToken);
            session.Renderer.List(await EipQueries.ManyAsync(session, eips, cancellationToken), EipColumns.List);
            return ExitCodes.Ok;
        });
        return command;
    }

    public static Command Modify()
    {
        var id = new Argument<string>("allocation-id") { Description = "The EIP" };
        var name = new Option<string?>("--name") { Description = "A new name" };
        var description = new Option<string?>("--description") { Description = "A new description" };
        var bandwidth = new Option<int?>("--bandwidth") { Description = "A new bandwidth, Mbit/s" };
        var mode = new Option<string?>("--mode") { Description = "An ENI binding's mode: NAT, BINDED or MULTI_BINDED" };
        var protection = new Option<string?>("--deletion-protection") { Description = "on or off" };
        protection.AcceptOnlyFromAmong("on", "off");
        var command = new Command("modify", "Change an EIP's name, description, bandwidth, mode or deletion protection") { id, name, description, bandwidth, mode, protection };
        command.SetSessionAction(async (result, session, cancellationToken) =>
        {
            var eip = result.GetRequiredValue(id);
            var attributes = new ParameterList()
                .Add("Name", result.GetValue(name))
                .Add("Description", result.GetValue(description))
                .Add("Bandwidth", result.GetValue(bandwidth));
            var changed = false;
            if (attributes.Items.Count > 0)
            {
                await session.Client.CallAsync(Products.Vpc, "ModifyEipAddressAttribute",
                    attributes.With("RegionId", session.RegionId).With("AllocationId", eip), cancellationToken);
                changed = true;
            }

            if (result.GetValue(mode) is { Length: > 0 } newMode)
            {
                await session.Client.CallAsync(Products.Vpc, "ModifyEipForwardMode",
                    new ParameterList().Add("RegionId", session.RegionId).Add("InstanceId", eip).Add("Mode", newMode), cancellationToken);
                changed = true;
            }

            if (result.GetValue(protection) is { Length: > 0 } onOff)
            {
                await session.Client.CallAsync(Products.Vpc, "DeletionProtection", new ParameterList()
                    .Add("RegionId", session.RegionId).Add("InstanceId", eip).Add("Type", "EIP").Add("ProtectionEnable", onOff == "on" ? "true" : "false"), cancellationToken);
                changed = true;
            }

            if (!changed)
                throw new CliException("Nothing to change: give --name, --description, --bandwidth, --mode or --deletion-protection.");
            session.Renderer.Item(await EipQueries.GetAsync(session, eip, cancellationToken), EipColumns.Details);
            return ExitCodes.Ok;
        });
        return command;
    }

    public static Task TagAsync(CliSession session, IReadOnlyList<string> eips, IReadOnlyList<KeyValuePair<string, string>> tags, CancellationToken cancellationToken) =>
        session.Client.CallAsync(Products.Vpc, "TagResources", new ParameterList()
            .Add("RegionId", session.RegionId).Add("ResourceType", "EIP").AddList("ResourceId", eips).AddTags(tags), cancellationToken);
}
