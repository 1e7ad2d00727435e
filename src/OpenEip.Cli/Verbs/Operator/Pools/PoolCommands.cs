using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using OpenEip.Cli.Api;
using OpenEip.Cli.Common;
using OpenEip.Cli.Generic;
using OpenEip.Cli.Output;

namespace OpenEip.Cli.Verbs.Operator.Pools;

/// <summary>
/// <c>openeip pool list</c> (operator): each region's public address pool and how much of it EIPs hold
/// (DescribeAddressPools), to see a pool running out before allocations fail with it.
/// </summary>
public static class PoolCommands
{
    private static readonly IReadOnlyList<Column> s_columns =
    [
        Column.Field("Region", "RegionId"),
        Column.Field("Ranges", "Cidrs.Cidr"),
        Column.Field("Total", "TotalIpCount"),
        Column.Field("Held", "HeldIpCount"),
        Column.Field("Free", "FreeIpCount"),
        Column.Field("Recoverable", "RecoverableIpCount"),
        new("Used", Used),
    ];

    public static Command Create()
    {
        var command = new Command("pool", "Operator: the public address pools of the regions (list)");
        command.Subcommands.Add(List());
        return command;
    }

    private static Command List()
    {
        var command = new Command("list",
            "List every region's address pool: its ranges, and the addresses held by EIPs, free, and free but recoverable by their last owner. "
            + "--region narrows it to one region; the profile's region is not used, so the list covers every region unless --region is given");
        command.SetSessionAction(async (result, session, cancellationToken) =>
        {
            // Only a region given on this command line narrows the list: the profile's region is the tenant-facing
            // default for regional calls, and an operator asking for the pools wants all of them.
            var region = result.GetValue(GlobalOptions.Region);
            var body = await session.Client.CallAsync(Products.Admin, "DescribeAddressPools", new ParameterList().Add("RegionId", region), cancellationToken);
            session.Renderer.List(ListPath.Items(body, "AddressPools.AddressPool").ToList(), s_columns);
            return ExitCodes.Ok;
        });
        return command;
    }

    private static string Used(JsonElement pool)
    {
        var total = Fields.Number(pool, "TotalIpCount") ?? 0;
        var held = Fields.Number(pool, "HeldIpCount") ?? 0;
        return total == 0 ? "" : ((double)held / total).ToString("P1", CultureInfo.InvariantCulture);
    }
}
