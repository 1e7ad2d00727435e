using System.CommandLine;
using System.Text.Json;
using OpenEip.Cli.Api;
using OpenEip.Cli.Common;
using OpenEip.Cli.Output;
using Spectre.Console;

namespace OpenEip.Cli.Verbs.Eips;

/// <summary><c>eip allocate</c>, <c>eip release</c> (by id or by tag) and <c>eip recover</c> (a released address, R-LIFE-6).</summary>
public static class EipLifecycle
{
    public static Command Allocate()
    {
        var bandwidth = new Option<int?>("--bandwidth") { Description = "Mbit/s (default 5)" };
        var charge = new Option<string?>("--charge") { Description = "PayByTraffic (default) or PayByBandwidth" };
        var isp = new Option<string?>("--isp") { Description = "BGP (default) or BGP_PRO where the region offers it" };
        var name = new Option<string?>("--name") { Description = "A name" };
        var description = new Option<string?>("--description") { Description = "A description" };
        var resourceGroup = new Option<string?>("--resource-group") { Description = "The resource group (rg-…)" };
        var tags = TagArguments.Option("A tag for the new EIP(s)");
        var count = new Option<int?>("--count") { Description = "Allocate this many (with progress); JSON output is then a list" };
        var command = new Command("allocate", "Allocate pay-as-you-go EIP(s)") { bandwidth, charge, isp, name, description, resourceGroup, tags, count };
        command.SetSessionAction(async (result, session, cancellationToken) =>
        {
            var many = result.GetValue(count);
            if (many is < 1 or > 100)
                throw new CliException("--count takes 1 to 100.");
            var parameters = new ParameterList()
                .Add("RegionId", session.RegionId)
                .Add("Bandwidth", result.GetValue(bandwidth))
                .Add("InternetChargeType", result.GetValue(charge))
                .Add("ISP", result.GetValue(isp))
                .Add("Name", result.GetValue(name))
                .Add("Description", result.GetValue(description))
                .Add("ResourceGroupId", result.GetValue(resourceGroup));
            var tagList = TagArguments.Parse(result.GetValue(tags));
            var slots = Enumerable.Range(1, many ?? 1).Select(n => n.ToString(System.Globalization.CultureInfo.InvariantCulture)).ToList();
            var allocated = new List<string>();
            await Batch.RunAsync(session, "Allocating", slots, async (_, ct) =>
            {
                var body = await session.Client.CallAsync(Products.Vpc, "AllocateEipAddress", parameters, ct);
                var id = Fields.Text(body, "AllocationId");
                allocated.Add(id);
                if (tagList.Count > 0)
                    await EipAttributes.TagAsync(session, [id], tagList, ct);
            }, cancellationToken);
            var items = await EipQueries.ManyAsync(session, allocated, cancellationToken);
            if (many is null)
                session.Renderer.Item(items[0], EipColumns.Details);
            else
                session.Renderer.List(items, EipColumns.List);
            return ExitCodes.Ok;
        });
        return command;
    }

    public static Command Release()
    {
        var ids = new Argument<string[]>("allocation-ids") { Description = "The EIP(s) to release", Arity = ArgumentArity.ZeroOrMore };
        var tags = TagArguments.Option("Release every EIP of the region with this tag");
        var yes = new Option<bool>("--yes", "-y") { Description = "Do not ask before releasing by tag" };
        var command = new Command("release", "Release EIP(s), by id or by tag (an EIP must be unbound first)") { ids, tags, yes };
        command.SetSessionAction(async (result, session, cancellationToken) =>
        {
            var given = result.GetValue(ids) ?? [];
            var tagList = TagArguments.Parse(result.GetValue(tags));
            if ((given.Length == 0) == (tagList.Count == 0))
                throw new CliException("Name the EIPs to release, or give --tag key=value (not both).");
            var targets = given.ToList();
            if (tagList.Count > 0)
            {
                var tagged = await EipQueries.ListAsync(session, new ParameterList().AddTags(tagList), cancellationToken);
                targets = tagged.Select(item => Fields.Text(item, "AllocationId")).ToList();
                if (targets.Count == 0)
                {
                    session.Renderer.Note("No EIP has that tag: nothing released.");
                    if (session.Renderer.Format == OutputFormat.Json)
                        session.Renderer.Json(Array.Empty<string>());
                    return ExitCodes.Ok;
                }

                if (!result.GetValue(yes))
                {
                    if (Console.IsInputRedirected)
                        throw new CliException($"{targets.Count} EIPs have that tag; add --yes to release them without a question.");
                    if (!session.Renderer.Status.Confirm($"Release {targets.Count} EIPs ({string.Join(", ", targets.Take(5))}{(targets.Count > 5 ? ", …" : "")})?", defaultValue: false))
                        return ExitCodes.Ok;
                }
            }

            var released = await Batch.RunAsync(session, "Releasing", targets, (eip, ct) =>
                session.Client.CallAsync(Products.Vpc, "ReleaseEipAddress", new ParameterList().Add("RegionId", session.RegionId).Add("AllocationId", eip), ct),
                cancellationToken);
            if (session.Renderer.Format == OutputFormat.Json)
                session.Renderer.Json(released);
            else
                session.Renderer.Note($"Released {string.Join(", ", released)}.");
            return ExitCodes.Ok;
        });
        return command;
    }

    public static Command Recover()
    {
        var ip = new Option<string?>("--ip") { Description = "The released address to get back" };
        var allocationId = new Option<string?>("--allocation-id") { Description = "The released EIP's old allocation id" };
        var command = new Command("recover", "Get back an address this account released recently (within the recovery window)") { ip, allocationId };
        command.SetSessionAction(async (result, session, cancellationToken) =>
        {
            var address = result.GetValue(ip);
            var oldId = result.GetValue(allocationId);
            if (string.IsNullOrEmpty(address) == string.IsNullOrEmpty(oldId))
                throw new CliException("Give --ip ADDRESS or --allocation-id eip-… (one of them).");
            var body = await session.Client.CallAsync(Products.Vpc, "AllocateEipAddress",
                new ParameterList().Add("RegionId", session.RegionId).Add("IpAddress", address).Add("InstanceId", oldId), cancellationToken);
            JsonElement item = await EipQueries.GetAsync(session, Fields.Text(body, "AllocationId"), cancellationToken);
            session.Renderer.Item(item, EipColumns.Details);
            return ExitCodes.Ok;
        });
        return command;
    }
}
