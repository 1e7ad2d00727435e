using System.Data.Common;
using OpenEip.Core.Networks;
using OpenEip.Core.Ports;
using static OpenEip.Tests.StoreContract.StoreContractData;

namespace OpenEip.Tests.StoreContract;

/// <summary>
/// What every store must do with VPCs, vSwitches and the private addresses handed out in them
/// (<see cref="INetworkRecords"/>, <see cref="IPrivateIpRecords"/>): every field survives a round trip, DescribeVpcs and
/// DescribeVSwitches page in one order, and private addresses are kept in numeric order and never handed out twice.
/// </summary>
public abstract class NetworkStoreContract : RecordStoreContract
{
    [SkippableFact]
    public async Task A_vpc_round_trips_every_field_with_its_secondary_blocks_in_order_and_an_update_writes_blocks_and_names()
    {
        var n = await NewNetworkAsync();
        var stranger = await NewNetworkAsync();

        AssertVpc(n.Vpc, await ReadAsync(s => s.Networks.FindVpcAsync(n.AccountId, n.VpcId)));
        Assert.Null(await ReadAsync(s => s.Networks.FindVpcAsync(stranger.AccountId, n.VpcId)));

        // R-BIND-9: a secondary block added in front of the others.
        var changed = n.Vpc with { SecondaryCidrBlocks = ["100.64.0.0/24", "172.16.0.0/24", "192.168.0.0/24"], VpcName = "renamed", Description = "described again" };
        await WriteAsync(s => s.Networks.UpdateVpcAsync(changed));
        AssertVpc(changed, await ReadAsync(s => s.Networks.FindVpcAsync(n.AccountId, n.VpcId)));

        var none = changed with { SecondaryCidrBlocks = [] };
        await WriteAsync(s => s.Networks.UpdateVpcAsync(none));
        AssertVpc(none, await ReadAsync(s => s.Networks.FindVpcAsync(n.AccountId, n.VpcId)));
    }

    [SkippableFact]
    public async Task A_vswitch_round_trips_every_field_an_update_writes_its_names_and_deletes_remove_vswitch_and_vpc()
    {
        var n = await NewNetworkAsync();
        var stranger = await NewNetworkAsync();

        Assert.Equal(n.VSwitch, await ReadAsync(s => s.Networks.FindVSwitchAsync(n.AccountId, n.VSwitchId)));
        Assert.Null(await ReadAsync(s => s.Networks.FindVSwitchAsync(stranger.AccountId, n.VSwitchId)));

        var changed = n.VSwitch with { VSwitchName = "renamed", Description = "described again" };
        await WriteAsync(s => s.Networks.UpdateVSwitchAsync(changed));
        Assert.Equal(changed, await ReadAsync(s => s.Networks.FindVSwitchAsync(n.AccountId, n.VSwitchId)));

        await WriteAsync(s => s.Networks.DeleteVSwitchAsync(n.VSwitchId));
        await WriteAsync(s => s.Networks.DeleteVpcAsync(n.VpcId));
        Assert.Null(await ReadAsync(s => s.Networks.FindVSwitchAsync(n.AccountId, n.VSwitchId)));
        Assert.Null(await ReadAsync(s => s.Networks.FindVpcAsync(n.AccountId, n.VpcId)));
    }

    [SkippableFact]
    public async Task The_vpc_query_pages_newest_first_with_ties_in_byte_order_and_filters_by_id_name_and_group()
    {
        var n = await NewNetworkAsync();
        var stranger = await NewNetworkAsync();
        var now = Clock.GetUtcNow();
        var vpcs = MixedSuffixes.Select((suffix, i) => n.Vpc with { VpcId = $"vpc-{suffix}", CreationTime = now.AddSeconds(i == 4 ? 1 : i == 3 ? -1 : 0) }).ToList();
        var group = Group(n.AccountId, "rg-other", now);
        var picked = n.Vpc with { VpcId = "vpc-picked", VpcName = "picked", ResourceGroupId = group.ResourceGroupId, CreationTime = now.AddHours(-1) };
        await WriteAsync(async s =>
        {
            await s.ResourceGroups.InsertAsync(group);
            foreach (var vpc in vpcs)
                await s.Networks.InsertVpcAsync(vpc);
            await s.Networks.InsertVpcAsync(n.Vpc with { VpcId = "vpc-shanghai", RegionId = OtherRegion });
            await s.Networks.InsertVpcAsync(picked);
        });
        var all = new NetworkQuery(n.AccountId, Region);

        await AssertPagesAsync(
            NewestFirst([.. vpcs, n.Vpc, picked], v => v.CreationTime, v => v.VpcId),
            (s, number, size) => s.Networks.QueryVpcsAsync(all with { PageNumber = number, PageSize = size }),
            v => v.VpcId);

        async Task<string[]> Ids(NetworkQuery query) => (await ReadAsync(s => s.Networks.QueryVpcsAsync(query with { PageSize = 50 }))).Items.Select(v => v.VpcId).ToArray();

        Assert.Equal(["vpc-picked"], await Ids(all with { VpcId = "vpc-picked" }));
        Assert.Equal(["vpc-picked"], await Ids(all with { Name = "picked" }));
        Assert.Equal(["vpc-picked"], await Ids(all with { ResourceGroupId = group.ResourceGroupId }));
        Assert.Equal(["vpc-shanghai"], await Ids(all with { RegionId = OtherRegion }));
        Assert.Equal([stranger.VpcId], await Ids(new NetworkQuery(stranger.AccountId, Region)));
    }

    [SkippableFact]
    public async Task The_vswitch_query_pages_newest_first_with_ties_in_byte_order_and_filters_by_vpc_id_zone_and_name()
    {
        var n = await NewNetworkAsync();
        var second = await NewVpcAsync(n, "second");
        var now = Clock.GetUtcNow().AddMinutes(1);
        var vSwitches = MixedSuffixes.Select((suffix, i) => VSwitch(n, $"vsw-{suffix}", $"10.0.{i + 1}.0/24", now.AddSeconds(i == 7 ? 1 : i == 5 ? -1 : 0))).ToList();
        var picked = VSwitch(n, "vsw-zone-a", "10.0.101.0/24", now.AddHours(-1)) with { ZoneId = "cn-hangzhou-a", VSwitchName = "picked" };
        await WriteAsync(async s =>
        {
            foreach (var v in vSwitches)
                await s.Networks.InsertVSwitchAsync(v);
            await s.Networks.InsertVSwitchAsync(VSwitch(n, "vsw-shanghai", "10.0.100.0/24", now) with { RegionId = OtherRegion });
            await s.Networks.InsertVSwitchAsync(picked);
        });
        var all = new NetworkQuery(n.AccountId, Region);

        await AssertPagesAsync(
            NewestFirst([.. vSwitches, n.VSwitch, second.VSwitch, picked], v => v.CreationTime, v => v.VSwitchId),
            (s, number, size) => s.Networks.QueryVSwitchesAsync(all with { PageNumber = number, PageSize = size }),
            v => v.VSwitchId);

        async Task<string[]> Ids(NetworkQuery query) => (await ReadAsync(s => s.Networks.QueryVSwitchesAsync(query with { PageSize = 50 }))).Items.Select(v => v.VSwitchId).ToArray();

        Assert.Equal([second.VSwitchId], await Ids(all with { VpcId = second.VpcId }));
        Assert.Equal(["vsw-B"], await Ids(all with { VSwitchId = "vsw-B" }));
        Assert.Equal(["vsw-zone-a"], await Ids(all with { ZoneId = "cn-hangzhou-a" }));
        Assert.Equal(["vsw-zone-a"], await Ids(all with { Name = "picked" }));
        Assert.Equal(["vsw-shanghai"], await Ids(all with { RegionId = OtherRegion }));
    }

    [SkippableFact]
    public async Task A_vpcs_vswitches_are_listed_oldest_first_with_ties_in_byte_order_of_the_id()
    {
        var n = await NewNetworkAsync();
        var second = await NewVpcAsync(n, "second");
        var now = Clock.GetUtcNow();
        var vSwitches = MixedSuffixes.Select((suffix, i) => VSwitch(n, $"vsw-{suffix}", $"10.0.{i + 1}.0/24", now.AddSeconds(i == 2 ? 1 : 0))).ToList();
        await WriteAsync(async s =>
        {
            foreach (var v in vSwitches)
                await s.Networks.InsertVSwitchAsync(v);
        });

        var listed = await ReadAsync(s => s.Networks.ListVSwitchesOfVpcAsync(n.VpcId));

        Assert.Equal(
            vSwitches.Append(n.VSwitch).OrderBy(v => v.CreationTime).ThenBy(v => v.VSwitchId, StringComparer.Ordinal).Select(v => v.VSwitchId),
            listed.Select(v => v.VSwitchId));
        Assert.Equal(n.VSwitch, listed.Single(v => v.VSwitchId == n.VSwitchId));
        Assert.Equal([second.VSwitch], await ReadAsync(s => s.Networks.ListVSwitchesOfVpcAsync(second.VpcId)));
    }

    [SkippableFact]
    public async Task Private_addresses_are_listed_and_counted_per_vswitch_in_numeric_order_not_text_order()
    {
        var n = await NewNetworkAsync();
        var second = await NewVpcAsync(n, "second");
        await WriteAsync(async s =>
        {
            // As text "10.0.0.10" < "10.0.0.100" < "10.0.0.9"; as numbers 9 < 10 < 100.
            await s.PrivateIps.ReserveAsync(new PrivateIpUse(n.VSwitchId, "10.0.0.100", "HaVip", "havip-a"));
            await s.PrivateIps.ReserveAsync(new PrivateIpUse(n.VSwitchId, "10.0.0.9", "NetworkInterface", "eni-a"));
            await s.PrivateIps.ReserveAsync(new PrivateIpUse(n.VSwitchId, "10.0.0.10", "NetworkInterface", "eni-a"));
            await s.PrivateIps.ReserveAsync(new PrivateIpUse(second.VSwitchId, "10.0.0.9", "NatGateway", "ngw-a"));
        });

        Assert.Equal([Number("10.0.0.9"), Number("10.0.0.10"), Number("10.0.0.100")], await ReadAsync(s => s.PrivateIps.ListUsedAsync(n.VSwitchId)));
        Assert.Equal(3, await ReadAsync(s => s.PrivateIps.CountUsedAsync(n.VSwitchId)));
        Assert.Equal(
            [new PrivateIpUse(n.VSwitchId, "10.0.0.9", "NetworkInterface", "eni-a"), new PrivateIpUse(n.VSwitchId, "10.0.0.10", "NetworkInterface", "eni-a")],
            await ReadAsync(s => s.PrivateIps.ListUsesAsync(n.VSwitchId, 2)));
        Assert.Equal(new PrivateIpUse(second.VSwitchId, "10.0.0.9", "NatGateway", "ngw-a"), await ReadAsync(s => s.PrivateIps.FindAsync(second.VSwitchId, "10.0.0.9")));
        Assert.Null(await ReadAsync(s => s.PrivateIps.FindAsync(second.VSwitchId, "10.0.0.10")));
        Assert.Equal(["10.0.0.9", "10.0.0.10"], await ReadAsync(s => s.PrivateIps.ListOwnedAsync("NetworkInterface", "eni-a")));
        Assert.Empty(await ReadAsync(s => s.PrivateIps.ListOwnedAsync("HaVip", "eni-a")));
    }

    [SkippableFact]
    public async Task A_private_address_is_never_handed_out_twice_in_a_vswitch_and_is_free_again_once_released()
    {
        var n = await NewNetworkAsync();
        await WriteAsync(async s =>
        {
            await s.PrivateIps.ReserveAsync(new PrivateIpUse(n.VSwitchId, "10.0.0.5", "NetworkInterface", "eni-a"));
            await s.PrivateIps.ReserveAsync(new PrivateIpUse(n.VSwitchId, "10.0.0.6", "NetworkInterface", "eni-a"));
            await s.PrivateIps.ReserveAsync(new PrivateIpUse(n.VSwitchId, "10.0.0.7", "HaVip", "havip-a"));
        });

        // The primary key is the rule: whatever the caller checked, the second holder's write fails and writes nothing.
        await Assert.ThrowsAnyAsync<DbException>(() => WriteAsync(s => s.PrivateIps.ReserveAsync(new PrivateIpUse(n.VSwitchId, "10.0.0.5", "HaVip", "havip-b"))));
        Assert.Empty(await ReadAsync(s => s.PrivateIps.ListOwnedAsync("HaVip", "havip-b")));

        await WriteAsync(s => s.PrivateIps.ReleaseAsync(n.VSwitchId, "10.0.0.5"));
        await WriteAsync(s => s.PrivateIps.ReserveAsync(new PrivateIpUse(n.VSwitchId, "10.0.0.5", "HaVip", "havip-b")));
        Assert.Equal(["10.0.0.5", "10.0.0.7"], (await ReadAsync(s => s.PrivateIps.ListUsesAsync(n.VSwitchId, 10))).Where(u => u.OwnerType == "HaVip").Select(u => u.IpAddress));

        await WriteAsync(s => s.PrivateIps.ReleaseOwnedAsync("NetworkInterface", "eni-a"));
        Assert.Equal(2, await ReadAsync(s => s.PrivateIps.CountUsedAsync(n.VSwitchId)));
        Assert.Empty(await ReadAsync(s => s.PrivateIps.ListOwnedAsync("NetworkInterface", "eni-a")));
    }

    private static uint Number(string address) => Ipv4Block.ParseAddress(address)!.Value;

    private static void AssertVpc(Vpc expected, Vpc? actual)
    {
        Assert.NotNull(actual);
        Assert.Equal(expected.SecondaryCidrBlocks, actual.SecondaryCidrBlocks);
        Assert.Equal(expected, actual with { SecondaryCidrBlocks = expected.SecondaryCidrBlocks });
    }
}
