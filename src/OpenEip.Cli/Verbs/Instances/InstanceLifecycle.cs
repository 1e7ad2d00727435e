using System.CommandLine;
using OpenEip.Cli.Api;
using OpenEip.Cli.Common;
using OpenEip.Cli.Output;
using OpenEip.Cli.Verbs.SecurityGroups;

namespace OpenEip.Cli.Verbs.Instances;

/// <summary><c>instance run</c> (RunInstances, waits for Running) and <c>instance delete</c> (waits until the instances are gone).</summary>
public static class InstanceLifecycle
{
    /// <summary>The smallest general-purpose type of the server's catalogue (src/OpenEip.Core/Compute/instance-types.json), sold by Alibaba too.</summary>
    public const string DefaultType = "ecs.g7.large";

    /// <summary>
    /// RunInstances requires an image on Alibaba; OpenEip records the id and boots nothing. This is the id form of an
    /// Alibaba Cloud Linux 3 public image, so the same command line reads sensibly against either.
    /// </summary>
    public const string DefaultImage = "aliyun_3_x64_20G_alibase_20240819.vhd";

    public static Command Run()
    {
        var vSwitch = new Option<string>("--vswitch") { Description = "The vSwitch (vsw-…): the instance's VPC and zone", Required = true };
        var groups = SecurityGroupOption.Create();
        var type = new Option<string>("--type") { Description = $"The instance type (default {DefaultType}; openeip ecs DescribeInstanceTypes lists them)", DefaultValueFactory = _ => DefaultType };
        var image = new Option<string>("--image") { Description = $"The image id (default {DefaultImage}; recorded, not booted)", DefaultValueFactory = _ => DefaultImage };
        var name = new Option<string?>("--name") { Description = "A name" };
        var description = new Option<string?>("--description") { Description = "A description" };
        var privateIp = new Option<string?>("--private-ip") { Description = "The primary private IP (one instance only)" };
        var count = new Option<int?>("--count") { Description = "Run this many (1-100); JSON output is then a list" };
        var command = new Command("run", "Run pay-as-you-go instance(s) in a vSwitch; waits for Running")
        {
            vSwitch, groups, type, image, name, description, privateIp, count, WaitOptions.NoWait, WaitOptions.Timeout,
        };
        command.SetSessionAction(async (result, session, cancellationToken) =>
        {
            var amount = result.GetValue(count);
            if (amount is < 1 or > 100)
                throw new CliException("--count takes 1 to 100.");
            var securityGroups = result.GetRequiredValue(groups);
            var parameters = new ParameterList()
                .Add("RegionId", session.RegionId)
                .Add("VSwitchId", result.GetRequiredValue(vSwitch))
                .Add("InstanceType", result.GetValue(type))
                .Add("ImageId", result.GetValue(image))
                .Add("InstanceName", result.GetValue(name))
                .Add("Description", result.GetValue(description))
                .Add("PrivateIpAddress", result.GetValue(privateIp))
                .Add("Amount", amount ?? 1);
            if (securityGroups.Length == 1)
                parameters.Add("SecurityGroupId", securityGroups[0]);
            else
                parameters.AddList("SecurityGroupIds", securityGroups);
            var body = await session.Client.CallAsync(Products.Ecs, "RunInstances", parameters, cancellationToken);
            var ids = ListOf(body, "InstanceIdSets.InstanceIdSet");
            var items = await WaitOptions.SettleAsync(result, session, InstanceQueries.Reader, ids, "Running", cancellationToken);
            Results.Show(session.Renderer, items, asList: amount is not null, InstanceColumns.Details, InstanceColumns.List);
            return ExitCodes.Ok;
        });
        return command;
    }

    public static Command Delete()
    {
        var ids = new Argument<string[]>("instance-ids") { Description = "The instance(s) to delete (Stopped, or Running with --force)", Arity = ArgumentArity.OneOrMore };
        var force = new Option<bool>("--force") { Description = "Delete a Running instance too (DeleteInstance's Force)" };
        var command = new Command("delete", "Delete instance(s); waits until they are gone") { ids, force, WaitOptions.NoWait, WaitOptions.Timeout };
        command.SetSessionAction(async (result, session, cancellationToken) =>
        {
            var parameters = new ParameterList().Add("RegionId", session.RegionId).Add("Force", result.GetValue(force) ? "true" : null);
            var deleted = await Batch.RunAsync(session, "Deleting instances", result.GetRequiredValue(ids), (instance, ct) =>
                session.Client.CallAsync(Products.Ecs, "DeleteInstance", parameters.With("InstanceId", instance), ct), cancellationToken);
            await WaitOptions.GoneAsync(result, session, InstanceQueries.Reader, deleted, cancellationToken);
            Results.Deleted(session.Renderer, deleted);
            return ExitCodes.Ok;
        });
        return command;
    }

    private static List<string> ListOf(System.Text.Json.JsonElement body, string path) =>
        FieldLists.Items(body, path).Select(id => id.GetString() ?? "").Where(id => id.Length > 0).ToList();
}
