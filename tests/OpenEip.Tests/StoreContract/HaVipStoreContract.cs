using OpenEip.Core.HaVips;
using OpenEip.Core.Ports;
using static OpenEip.Tests.StoreContract.StoreContractData;

namespace OpenEip.Tests.StoreContract;

/// <summary>
/// What every store must do with HaVips (<see cref="IHaVipRecords"/>): members (in the order they joined) and the
/// master survive a round trip and an update, a member's HaVips are found from the member, and DescribeHaVips pages
/// in one order with its filters (the Status filter is derived from the members, as <see cref="HaVip.Status"/> is).
/// </summary>
public abstract class HaVipStoreContract : RecordStoreContract
{
    private static readonly HaVipMember EcsA = new("i-a", "EcsInstance");
    private static readonly HaVipMember EniB = new("eni-b", "NetworkInterface");
    private static readonly HaVipMember EcsC = new("i-c", "EcsInstance");

    [SkippableFact]
    public async Task A_havip_round_trips_every_field_with_its_members_in_the_order_they_joined_and_its_master()
    {
        var n = await NewNetworkAsync();
        var stranger = await NewNetworkAsync();
        var haVip = HaVip(n, "havip-a", "10.0.0.100", Clock.GetUtcNow(), [EcsC, EcsA, EniB], "i-a");
        await WriteAsync(s => s.HaVips.InsertAsync(haVip));

        AssertHaVip(haVip, await ReadAsync(s => s.HaVips.FindAsync(n.AccountId, "havip-a")));
        AssertHaVip(haVip, await ReadAsync(s => s.HaVips.FindAsync(null, "havip-a")));
        Assert.Null(await ReadAsync(s => s.HaVips.FindAsync(stranger.AccountId, "havip-a")));
    }

    [SkippableFact]
    public async Task An_update_writes_names_and_master_and_replaces_the_members_and_a_delete_removes_the_havip_and_its_members()
    {
        var n = await NewNetworkAsync();
        var haVip = HaVip(n, "havip-a", "10.0.0.100", Clock.GetUtcNow(), [EcsA, EniB], "i-a");
        await WriteAsync(s => s.HaVips.InsertAsync(haVip));

        // The master left (R-HAVIP-*: HaVip.Transitions), another joined.
        var changed = haVip with { Name = "renamed", Description = "described again", Members = [EniB, EcsC], MasterInstanceId = "eni-b" };
        await WriteAsync(s => s.HaVips.UpdateAsync(changed));
        AssertHaVip(changed, await ReadAsync(s => s.HaVips.FindAsync(n.AccountId, "havip-a")));
        Assert.Empty(await ReadAsync(s => s.HaVips.ListByMemberAsync("i-a")));

        var emptied = changed with { Members = [], MasterInstanceId = "" };
        await WriteAsync(s => s.HaVips.UpdateAsync(emptied));
        AssertHaVip(emptied, await ReadAsync(s => s.HaVips.FindAsync(n.AccountId, "havip-a")));

        await WriteAsync(s => s.HaVips.UpdateAsync(changed));
        await WriteAsync(s => s.HaVips.DeleteAsync("havip-a"));
        Assert.Null(await ReadAsync(s => s.HaVips.FindAsync(null, "havip-a")));
        Assert.Empty(await ReadAsync(s => s.HaVips.ListByMemberAsync("eni-b")));
    }

    [SkippableFact]
    public async Task A_members_havips_are_listed_in_byte_order_of_the_id_and_counted_per_account()
    {
        var n = await NewNetworkAsync();
        var stranger = await NewNetworkAsync();
        var now = Clock.GetUtcNow();
        await WriteAsync(async s =>
        {
            for (var i = 0; i < MixedSuffixes.Count; i++)
                await s.HaVips.InsertAsync(HaVip(n, $"havip-{MixedSuffixes[i]}", $"10.0.0.{100 + i}", now, i % 2 == 0 ? [EcsA, EniB] : [EniB]));
            await s.HaVips.InsertAsync(HaVip(stranger, "havip-stranger", "10.0.0.100", now, [EcsC]));
        });

        Assert.Equal(
            MixedSuffixes.Where((_, i) => i % 2 == 0).Select(x => $"havip-{x}").Order(StringComparer.Ordinal),
            await ReadAsync(s => s.HaVips.ListByMemberAsync("i-a")));
        Assert.Equal(MixedSuffixes.Select(x => $"havip-{x}").Order(StringComparer.Ordinal), await ReadAsync(s => s.HaVips.ListByMemberAsync("eni-b")));
        Assert.Empty(await ReadAsync(s => s.HaVips.ListByMemberAsync("i-unknown")));
        Assert.Equal(MixedSuffixes.Count, await ReadAsync(s => s.HaVips.CountAsync(n.AccountId)));
        Assert.Equal(1, await ReadAsync(s => s.HaVips.CountAsync(stranger.AccountId)));
    }

    [SkippableFact]
    public async Task The_query_pages_newest_first_with_ties_in_byte_order_of_the_id()
    {
        var n = await NewNetworkAsync();
        var now = Clock.GetUtcNow();
        var haVips = MixedSuffixes.Select((suffix, i) => HaVip(n, $"havip-{suffix}", $"10.0.0.{100 + i}", now.AddSeconds(i == 6 ? 1 : i == 1 ? -1 : 0), [EcsA])).ToList();
        await WriteAsync(async s =>
        {
            foreach (var haVip in haVips)
                await s.HaVips.InsertAsync(haVip);
        });

        await AssertPagesAsync(
            NewestFirst(haVips, h => h.CreationTime, h => h.HaVipId),
            (s, number, size) => s.HaVips.QueryAsync(new HaVipQuery(n.AccountId, Region) { PageNumber = number, PageSize = size }),
            h => h.HaVipId);
        var first = (await ReadAsync(s => s.HaVips.QueryAsync(new HaVipQuery(n.AccountId, Region) { PageSize = 1 }))).Items.Single();
        Assert.Equal([EcsA], first.Members);
    }

    [SkippableFact]
    public async Task The_query_keeps_to_the_account_and_region_and_filters_by_id_vpc_vswitch_address_and_status()
    {
        var n = await NewNetworkAsync();
        var second = await NewVpcAsync(n, "second");
        var stranger = await NewNetworkAsync();
        var now = Clock.GetUtcNow();
        await WriteAsync(async s =>
        {
            await s.HaVips.InsertAsync(HaVip(n, "havip-used", "10.0.0.100", now, [EcsA], "i-a"));
            await s.HaVips.InsertAsync(HaVip(n, "havip-free", "10.0.0.101", now.AddSeconds(1)));
            await s.HaVips.InsertAsync(HaVip(second, "havip-second", "10.0.0.100", now.AddSeconds(2), [EniB]));
            await s.HaVips.InsertAsync(HaVip(n, "havip-shanghai", "10.0.0.102", now) with { RegionId = OtherRegion });
            await s.HaVips.InsertAsync(HaVip(stranger, "havip-stranger", "10.0.0.100", now));
        });
        var all = new HaVipQuery(n.AccountId, Region) { PageSize = 50 };

        async Task<string[]> Ids(params (string Key, string[] Values)[] filters)
        {
            var query = all with { Filters = filters.ToDictionary(f => f.Key, f => (IReadOnlyList<string>)f.Values) };
            return (await ReadAsync(s => s.HaVips.QueryAsync(query))).Items.Select(h => h.HaVipId).ToArray();
        }

        Assert.Equal(["havip-second", "havip-free", "havip-used"], await Ids());
        Assert.Equal(["havip-second", "havip-used"], await Ids(("HaVipId", ["havip-used", "havip-second", "havip-stranger"])));
        Assert.Equal(["havip-second"], await Ids(("VpcId", [second.VpcId])));
        Assert.Equal(["havip-second"], await Ids(("VSwitchId", [second.VSwitchId])));
        Assert.Equal(["havip-second", "havip-used"], await Ids(("HaVipAddress", ["10.0.0.100"])));
        Assert.Equal(["havip-used"], await Ids(("HaVipAddress", ["10.0.0.100"]), ("VpcId", [n.VpcId])));
        Assert.Equal(["havip-second", "havip-used"], await Ids(("Status", ["InUse"])));
        Assert.Equal(["havip-free"], await Ids(("Status", ["Available"])));
        Assert.Equal(["havip-second", "havip-free", "havip-used"], await Ids(("Status", ["Available", "InUse"])));
        Assert.Empty(await Ids(("Status", ["Deleting"])));
        Assert.Equal(["havip-shanghai"], (await ReadAsync(s => s.HaVips.QueryAsync(all with { RegionId = OtherRegion }))).Items.Select(h => h.HaVipId));
        await AssertPagesAsync(
            ["havip-second", "havip-used"],
            (s, number, size) => s.HaVips.QueryAsync(all with
            {
                Filters = new Dictionary<string, IReadOnlyList<string>> { ["Status"] = ["InUse"] }, PageNumber = number, PageSize = size,
            }),
            h => h.HaVipId);
    }

    private static void AssertHaVip(HaVip expected, HaVip? actual)
    {
        Assert.NotNull(actual);
        Assert.Equal(expected.Members, actual.Members);
        Assert.Equal(expected, actual with { Members = expected.Members });
    }
}
