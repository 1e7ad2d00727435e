using OpenEip.Core.LoadBalancers;
using OpenEip.Core.Ports;
using static OpenEip.Tests.StoreContract.StoreContractData;

namespace OpenEip.Tests.StoreContract;

/// <summary>
/// What every store must do with load balancers (<see cref="ILoadBalancerRecords"/>): CLBs, and ALBs and NLBs with their
/// zone mappings (the system's EIP of each zone, R-LB-2), survive a round trip, and their Describe queries page in one
/// order with their filters.
/// </summary>
public abstract class LoadBalancerStoreContract : RecordStoreContract
{
    [SkippableFact]
    public async Task A_classic_load_balancer_round_trips_every_field_within_its_account_and_a_delete_removes_it()
    {
        var n = await NewNetworkAsync();
        var stranger = await NewNetworkAsync();
        var lb = ClassicLoadBalancer(n, "lb-a", "intranet", "10.0.0.6", Clock.GetUtcNow());
        await WriteAsync(s => s.LoadBalancers.InsertClassicAsync(lb));

        Assert.Equal(lb, await ReadAsync(s => s.LoadBalancers.FindClassicAsync(n.AccountId, "lb-a")));
        Assert.Null(await ReadAsync(s => s.LoadBalancers.FindClassicAsync(stranger.AccountId, "lb-a")));

        await WriteAsync(s => s.LoadBalancers.DeleteClassicAsync("lb-a"));
        Assert.Null(await ReadAsync(s => s.LoadBalancers.FindClassicAsync(n.AccountId, "lb-a")));
    }

    [SkippableFact]
    public async Task The_classic_query_pages_newest_first_with_ties_in_byte_order_and_filters_by_ids_vpc_vswitch_address_type_and_group()
    {
        var n = await NewNetworkAsync();
        var second = await NewVpcAsync(n, "second");
        var stranger = await NewNetworkAsync();
        var now = Clock.GetUtcNow();
        var balancers = MixedSuffixes.Select((suffix, i) => ClassicLoadBalancer(n, $"lb-{suffix}", "intranet", $"10.0.0.{10 + i}", now.AddSeconds(i == 0 ? -1 : i == 6 ? 1 : 0))).ToList();
        var group = Group(n.AccountId, "rg-other", now);
        await WriteAsync(async s =>
        {
            await s.ResourceGroups.InsertAsync(group);
            foreach (var lb in balancers)
                await s.LoadBalancers.InsertClassicAsync(lb);
            await s.LoadBalancers.InsertClassicAsync(ClassicLoadBalancer(second, "lb-internet", "internet", "203.0.113.5", now.AddHours(-1)) with { VpcId = "", VSwitchId = "" });
            await s.LoadBalancers.InsertClassicAsync(ClassicLoadBalancer(second, "lb-second", "intranet", "10.0.0.5", now.AddHours(-2)) with { ResourceGroupId = group.ResourceGroupId });
            await s.LoadBalancers.InsertClassicAsync(ClassicLoadBalancer(n, "lb-shanghai", "intranet", "10.0.0.7", now) with { RegionId = OtherRegion });
            await s.LoadBalancers.InsertClassicAsync(ClassicLoadBalancer(stranger, "lb-stranger", "intranet", "10.0.0.5", now));
        });
        var all = new ComputeQuery(n.AccountId, Region);

        await AssertPagesAsync(
            [.. NewestFirst(balancers, lb => lb.CreationTime, lb => lb.LoadBalancerId), "lb-internet", "lb-second"],
            (s, number, size) => s.LoadBalancers.QueryClassicAsync(all with { PageNumber = number, PageSize = size }, null),
            lb => lb.LoadBalancerId);

        async Task<string[]> Ids(ComputeQuery query, string? addressType = null) =>
            (await ReadAsync(s => s.LoadBalancers.QueryClassicAsync(query with { PageSize = 50 }, addressType))).Items.Select(lb => lb.LoadBalancerId).ToArray();

        Assert.Equal(["lb-internet"], await Ids(all, "internet"));
        Assert.Equal(["lb-B", "lb-internet", "lb-second"], await Ids(all with { Ids = ["lb-second", "lb-B", "lb-internet", "lb-stranger"] }));
        Assert.Equal(["lb-second"], await Ids(all with { VpcId = second.VpcId }));
        Assert.Equal(["lb-second"], await Ids(all with { VSwitchId = second.VSwitchId }));
        Assert.Equal(["lb-second"], await Ids(all with { ResourceGroupId = group.ResourceGroupId }));
        Assert.Equal(["lb-shanghai"], await Ids(all with { RegionId = OtherRegion }));
    }

    [SkippableFact]
    public async Task A_zonal_load_balancer_round_trips_its_zone_mappings_is_found_by_kind_and_an_update_writes_name_type_and_zones()
    {
        var n = await NewNetworkAsync();
        var stranger = await NewNetworkAsync();
        var alb = ZonalLoadBalancer(n, "alb-a", "alb", Clock.GetUtcNow());
        await WriteAsync(s => s.LoadBalancers.InsertZonalAsync(alb));

        AssertZonal(alb, await ReadAsync(s => s.LoadBalancers.FindZonalAsync(n.AccountId, "alb", "alb-a")));
        Assert.Null(await ReadAsync(s => s.LoadBalancers.FindZonalAsync(n.AccountId, "nlb", "alb-a")));
        Assert.Null(await ReadAsync(s => s.LoadBalancers.FindZonalAsync(stranger.AccountId, "alb", "alb-a")));

        // Intranet now: the zones give their EIPs back.
        var changed = alb with
        {
            LoadBalancerName = "renamed", AddressType = "Intranet",
            ZoneMappings = [new ZoneMapping("cn-hangzhou-a", "vsw-a", "10.0.1.21"), new ZoneMapping(Zone, n.VSwitchId, "10.0.0.21")],
        };
        await WriteAsync(s => s.LoadBalancers.UpdateZonalAsync(changed));
        AssertZonal(changed, await ReadAsync(s => s.LoadBalancers.FindZonalAsync(n.AccountId, "alb", "alb-a")));

        await WriteAsync(s => s.LoadBalancers.DeleteZonalAsync("alb-a"));
        Assert.Null(await ReadAsync(s => s.LoadBalancers.FindZonalAsync(n.AccountId, "alb", "alb-a")));
    }

    [SkippableFact]
    public async Task The_zonal_query_pages_newest_first_with_ties_in_byte_order_and_filters_by_kind_ids_vpcs_and_address_type()
    {
        var n = await NewNetworkAsync();
        var second = await NewVpcAsync(n, "second");
        var now = Clock.GetUtcNow();
        var albs = MixedSuffixes.Select((suffix, i) => ZonalLoadBalancer(n, $"alb-{suffix}", "alb", now.AddSeconds(i == 4 ? -1 : i == 7 ? 1 : 0))).ToList();
        await WriteAsync(async s =>
        {
            foreach (var alb in albs)
                await s.LoadBalancers.InsertZonalAsync(alb);
            await s.LoadBalancers.InsertZonalAsync(ZonalLoadBalancer(second, "alb-intranet", "alb", now.AddHours(-1)) with { AddressType = "Intranet", ZoneMappings = [] });
            await s.LoadBalancers.InsertZonalAsync(ZonalLoadBalancer(n, "nlb-a", "nlb", now));
            await s.LoadBalancers.InsertZonalAsync(ZonalLoadBalancer(n, "alb-shanghai", "alb", now) with { RegionId = OtherRegion });
        });

        await AssertPagesAsync(
            [.. NewestFirst(albs, lb => lb.CreationTime, lb => lb.LoadBalancerId), "alb-intranet"],
            (s, number, size) => s.LoadBalancers.QueryZonalAsync(n.AccountId, Region, "alb", [], [], null, (number - 1) * size, size),
            lb => lb.LoadBalancerId);

        async Task<string[]> Ids(string kind, IReadOnlyList<string> ids, IReadOnlyList<string> vpcIds, string? addressType = null) =>
            (await ReadAsync(s => s.LoadBalancers.QueryZonalAsync(n.AccountId, Region, kind, ids, vpcIds, addressType, 0, 50))).Items.Select(lb => lb.LoadBalancerId).ToArray();

        Assert.Equal(["nlb-a"], await Ids("nlb", [], []));
        Assert.Equal(["alb-B", "alb-intranet"], await Ids("alb", ["alb-intranet", "alb-B", "nlb-a"], []));
        Assert.Equal(["alb-intranet"], await Ids("alb", [], [second.VpcId, "vpc-unknown"]));
        Assert.Equal(["alb-intranet"], await Ids("alb", [], [], "Intranet"));
        Assert.Empty(await Ids("alb", ["alb-B"], [second.VpcId]));
        var intranet = (await ReadAsync(s => s.LoadBalancers.QueryZonalAsync(n.AccountId, Region, "alb", ["alb-B"], [], null, 0, 1))).Items.Single();
        AssertZonal(albs.Single(lb => lb.LoadBalancerId == "alb-B"), intranet);
    }

    private static void AssertZonal(ZonalLoadBalancer expected, ZonalLoadBalancer? actual)
    {
        Assert.NotNull(actual);
        Assert.Equal(expected.ZoneMappings, actual.ZoneMappings);
        Assert.Equal(expected, actual with { ZoneMappings = expected.ZoneMappings });
    }
}
