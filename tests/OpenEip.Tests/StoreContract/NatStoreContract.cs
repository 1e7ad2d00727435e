using OpenEip.Core.Nat;
using OpenEip.Core.Ports;
using static OpenEip.Tests.StoreContract.StoreContractData;

namespace OpenEip.Tests.StoreContract;

/// <summary>
/// What every store must do with NAT gateways and their SNAT and DNAT entries (<see cref="INatRecords"/>,
/// <see cref="INatEntryRecords"/>): every field survives a round trip, the finders keep to the account, the Describe
/// queries page in one order with totals independent of the page, and the lists the rules read (R-NAT-5, R-NAT-6) come
/// oldest first.
/// </summary>
public abstract class NatStoreContract : RecordStoreContract
{
    [SkippableFact]
    public async Task A_gateway_round_trips_every_field_and_is_found_by_either_of_its_tables_within_its_account()
    {
        var n = await NewNetworkAsync();
        var stranger = await NewNetworkAsync();
        var gateway = NatGateway(n, "ngw-a", Clock.GetUtcNow().AddMinutes(-3));
        await WriteAsync(s => s.NatGateways.InsertAsync(gateway));

        Assert.Equal(gateway, await ReadAsync(s => s.NatGateways.FindAsync(n.AccountId, "ngw-a")));
        Assert.Equal(gateway, await ReadAsync(s => s.NatGateways.FindAsync(null, "ngw-a")));
        Assert.Null(await ReadAsync(s => s.NatGateways.FindAsync(stranger.AccountId, "ngw-a")));
        Assert.Equal(gateway, await ReadAsync(s => s.NatGateways.FindByTableAsync(n.AccountId, gateway.SnatTableId)));
        Assert.Equal(gateway, await ReadAsync(s => s.NatGateways.FindByTableAsync(n.AccountId, gateway.ForwardTableId)));
        Assert.Null(await ReadAsync(s => s.NatGateways.FindByTableAsync(stranger.AccountId, gateway.SnatTableId)));
        Assert.Null(await ReadAsync(s => s.NatGateways.FindByTableAsync(n.AccountId, "stb-unknown")));
    }

    [SkippableFact]
    public async Task An_update_writes_the_attributes_a_gateway_changes_and_a_delete_removes_it()
    {
        var n = await NewNetworkAsync();
        var gateway = NatGateway(n, "ngw-a", Clock.GetUtcNow());
        await WriteAsync(s => s.NatGateways.InsertAsync(gateway));

        // Each written attribute goes back to Alibaba's default, so a column left unwritten keeps the inserted value.
        var changed = gateway with
        {
            Name = "renamed", Description = "described again", EipBindMode = "MULTI_BINDED", DeletionProtection = false, IcmpReplyEnabled = true,
            CreationTime = gateway.CreationTime.AddSeconds(-7),
        };
        await WriteAsync(s => s.NatGateways.UpdateAsync(changed));
        Assert.Equal(changed, await ReadAsync(s => s.NatGateways.FindAsync(n.AccountId, "ngw-a")));

        await WriteAsync(s => s.NatGateways.DeleteAsync("ngw-a"));
        Assert.Null(await ReadAsync(s => s.NatGateways.FindAsync(null, "ngw-a")));
        Assert.Null(await ReadAsync(s => s.NatGateways.FindByTableAsync(n.AccountId, gateway.SnatTableId)));
    }

    [SkippableFact]
    public async Task The_gateway_query_pages_newest_first_with_ties_in_byte_order_of_the_id()
    {
        var n = await NewNetworkAsync();
        var now = Clock.GetUtcNow();
        // Most share one creation time, so the id alone orders them; one is older and one newer.
        var gateways = MixedSuffixes.Select((suffix, i) => NatGateway(n, $"ngw-{suffix}", now.AddMinutes(i == 2 ? -1 : i == 5 ? 1 : 0))).ToList();
        await WriteAsync(async s =>
        {
            foreach (var g in gateways)
                await s.NatGateways.InsertAsync(g);
        });

        await AssertPagesAsync(
            NewestFirst(gateways, g => g.CreationTime, g => g.NatGatewayId),
            (s, number, size) => s.NatGateways.QueryAsync(new ComputeQuery(n.AccountId, Region) { PageNumber = number, PageSize = size }, null),
            g => g.NatGatewayId);
    }

    [SkippableFact]
    public async Task The_gateway_query_keeps_to_the_account_and_region_and_filters_by_network_type_vpc_name_id_and_group()
    {
        var n = await NewNetworkAsync();
        var second = await NewVpcAsync(n, "second");
        var stranger = await NewNetworkAsync();
        var now = Clock.GetUtcNow();
        var group = Group(n.AccountId, "rg-other", now);
        await WriteAsync(async s =>
        {
            await s.ResourceGroups.InsertAsync(group);
            await s.NatGateways.InsertAsync(NatGateway(n, "ngw-internet", now));
            await s.NatGateways.InsertAsync(NatGateway(n, "ngw-intranet", now.AddMinutes(1)) with { NetworkType = "intranet" });
            await s.NatGateways.InsertAsync(NatGateway(second, "ngw-second", now.AddMinutes(2)) with { Name = "picked", ResourceGroupId = group.ResourceGroupId });
            await s.NatGateways.InsertAsync(NatGateway(n, "ngw-shanghai", now) with { RegionId = OtherRegion });
            await s.NatGateways.InsertAsync(NatGateway(stranger, "ngw-stranger", now));
        });
        var all = new ComputeQuery(n.AccountId, Region) { PageSize = 50 };

        async Task<string[]> Ids(ComputeQuery query, string? networkType = null) =>
            (await ReadAsync(s => s.NatGateways.QueryAsync(query, networkType))).Items.Select(g => g.NatGatewayId).ToArray();

        Assert.Equal(["ngw-second", "ngw-intranet", "ngw-internet"], await Ids(all));
        Assert.Equal(["ngw-intranet"], await Ids(all, "intranet"));
        Assert.Empty(await Ids(all, "vpc"));
        Assert.Equal(["ngw-second"], await Ids(all with { VpcId = second.VpcId }));
        Assert.Equal(["ngw-second"], await Ids(all with { Name = "picked" }));
        Assert.Equal(["ngw-intranet"], await Ids(all with { Ids = ["ngw-intranet"] }));
        Assert.Equal(["ngw-second"], await Ids(all with { ResourceGroupId = group.ResourceGroupId }));
        Assert.Equal(["ngw-shanghai"], await Ids(all with { RegionId = OtherRegion }));
        await AssertPagesAsync(
            ["ngw-second", "ngw-internet"],
            (s, number, size) => s.NatGateways.QueryAsync(all with { PageNumber = number, PageSize = size }, "internet"),
            g => g.NatGatewayId);
    }

    [SkippableFact]
    public async Task A_vpcs_gateways_are_listed_oldest_first()
    {
        var n = await NewNetworkAsync();
        var second = await NewVpcAsync(n, "second");
        var now = Clock.GetUtcNow();
        var oldest = NatGateway(n, "ngw-z", now.AddMinutes(-2));
        await WriteAsync(async s =>
        {
            await s.NatGateways.InsertAsync(NatGateway(n, "ngw-a", now));
            await s.NatGateways.InsertAsync(oldest);
            await s.NatGateways.InsertAsync(NatGateway(second, "ngw-second", now.AddMinutes(-5)));
            await s.NatGateways.InsertAsync(NatGateway(n, "ngw-m", now.AddMinutes(-1)));
        });

        var listed = await ReadAsync(s => s.NatGateways.ListOfVpcAsync(n.VpcId));

        Assert.Equal(["ngw-z", "ngw-m", "ngw-a"], listed.Select(g => g.NatGatewayId));
        Assert.Equal(oldest, listed[0]);
        Assert.Empty(await ReadAsync(s => s.NatGateways.ListOfVpcAsync("vpc-unknown")));
    }

    [SkippableFact]
    public async Task A_vpcs_gateways_of_one_millisecond_are_listed_by_id_whatever_order_they_were_written_in()
    {
        var n = await NewNetworkAsync();
        var now = Clock.GetUtcNow();
        var moved = NatGateway(n, "ngw-b", now.AddMinutes(1));
        await WriteAsync(async s =>
        {
            await s.NatGateways.InsertAsync(NatGateway(n, "ngw-c", now));
            await s.NatGateways.InsertAsync(moved);
            await s.NatGateways.InsertAsync(NatGateway(n, "ngw-a", now));
        });

        // Its creation time rewritten to the others': on PostgreSQL the row moves within the table.
        await WriteAsync(s => s.NatGateways.UpdateAsync(moved with { CreationTime = now }));

        Assert.Equal(["ngw-a", "ngw-b", "ngw-c"], (await ReadAsync(s => s.NatGateways.ListOfVpcAsync(n.VpcId))).Select(g => g.NatGatewayId));
    }

    [SkippableFact]
    public async Task A_snat_entry_round_trips_with_its_addresses_in_the_order_given()
    {
        var (n, g) = await NewGatewayAsync();
        // Neither text order nor numeric order: the order of SnatIp as the caller gave it.
        var entry = Snat(g, "snat-a", n.VSwitch.CidrBlock, ["203.0.113.20", "203.0.113.3", "203.0.113.100"], Clock.GetUtcNow(), n.VSwitchId);
        await WriteAsync(s => s.NatEntries.InsertSnatAsync(entry));

        AssertSnat(entry, await ReadAsync(s => s.NatEntries.FindSnatAsync(g.SnatTableId, "snat-a")));
        Assert.Null(await ReadAsync(s => s.NatEntries.FindSnatAsync(g.ForwardTableId, "snat-a")));
        Assert.Null(await ReadAsync(s => s.NatEntries.FindSnatAsync(g.SnatTableId, "snat-unknown")));
    }

    [SkippableFact]
    public async Task Snat_addresses_are_replaced_in_the_order_given_and_an_update_writes_name_affinity_and_addresses()
    {
        var (n, g) = await NewGatewayAsync();
        var entry = Snat(g, "snat-a", "192.168.0.0/24", ["203.0.113.20", "203.0.113.3", "203.0.113.100"], Clock.GetUtcNow());
        await WriteAsync(s => s.NatEntries.InsertSnatAsync(entry));

        // R-NAT-6: an address leaves an entry that has others.
        await WriteAsync(s => s.NatEntries.SetSnatIpsAsync("snat-a", ["203.0.113.100", "203.0.113.20"]));
        AssertSnat(entry with { SnatIps = ["203.0.113.100", "203.0.113.20"] }, await ReadAsync(s => s.NatEntries.FindSnatAsync(g.SnatTableId, "snat-a")));

        var modified = entry with { Name = "renamed", EipAffinity = 0, SnatIps = ["203.0.113.3"] };
        await WriteAsync(s => s.NatEntries.UpdateSnatAsync(modified));
        AssertSnat(modified, await ReadAsync(s => s.NatEntries.FindSnatAsync(g.SnatTableId, "snat-a")));
    }

    [SkippableFact]
    public async Task A_deleted_snat_entry_is_gone_with_its_addresses()
    {
        var (_, g) = await NewGatewayAsync();
        var now = Clock.GetUtcNow();
        await WriteAsync(async s =>
        {
            await s.NatEntries.InsertSnatAsync(Snat(g, "snat-gone", "192.168.0.0/24", ["203.0.113.1", "203.0.113.2"], now));
            await s.NatEntries.InsertSnatAsync(Snat(g, "snat-kept", "192.168.1.0/24", ["203.0.113.2"], now));
        });

        await WriteAsync(s => s.NatEntries.DeleteSnatAsync("snat-gone"));

        Assert.Null(await ReadAsync(s => s.NatEntries.FindSnatAsync(g.SnatTableId, "snat-gone")));
        Assert.Equal(["snat-kept"], (await ReadAsync(s => s.NatEntries.ListSnatAsync(g.NatGatewayId))).Select(e => e.SnatEntryId));
        Assert.Empty(await ReadAsync(s => s.NatEntries.ListSnatAsync(g.NatGatewayId, "203.0.113.1")));
        Assert.Equal([new NatIpUsage(g.NatGatewayId, "203.0.113.2", true, false)], await ReadAsync(s => s.NatEntries.ListIpUsageAsync([g.NatGatewayId])));
    }

    [SkippableFact]
    public async Task The_snat_query_pages_newest_first_with_ties_in_byte_order_of_the_id()
    {
        var (_, g) = await NewGatewayAsync();
        var now = Clock.GetUtcNow();
        var entries = MixedSuffixes.Select((suffix, i) => Snat(g, $"snat-{suffix}", $"192.168.{i}.0/24", ["203.0.113.1"], now.AddSeconds(i == 3 ? 1 : i == 6 ? -1 : 0))).ToList();
        await WriteAsync(async s =>
        {
            foreach (var e in entries)
                await s.NatEntries.InsertSnatAsync(e);
        });

        await AssertPagesAsync(
            NewestFirst(entries, e => e.CreationTime, e => e.SnatEntryId),
            (s, number, size) => s.NatEntries.QuerySnatAsync(new SnatEntryQuery(g.SnatTableId) { PageNumber = number, PageSize = size }),
            e => e.SnatEntryId);
    }

    [SkippableFact]
    public async Task The_snat_query_keeps_to_its_table_and_filters_by_id_name_address_and_source()
    {
        var (n, g) = await NewGatewayAsync();
        var (_, other) = await NewGatewayAsync("ngw-other");
        var now = Clock.GetUtcNow();
        var byVSwitch = Snat(g, "snat-vsw", n.VSwitch.CidrBlock, ["203.0.113.1", "203.0.113.2"], now, n.VSwitchId);
        var byCidr = Snat(g, "snat-cidr", "192.168.0.0/24", ["203.0.113.2"], now.AddSeconds(1)) with { Name = "picked" };
        await WriteAsync(async s =>
        {
            await s.NatEntries.InsertSnatAsync(byVSwitch);
            await s.NatEntries.InsertSnatAsync(byCidr);
            await s.NatEntries.InsertSnatAsync(Snat(other, "snat-other", "192.168.0.0/24", ["203.0.113.1"], now));
        });
        var all = new SnatEntryQuery(g.SnatTableId) { PageSize = 50 };

        async Task<string[]> Ids(SnatEntryQuery query) => (await ReadAsync(s => s.NatEntries.QuerySnatAsync(query))).Items.Select(e => e.SnatEntryId).ToArray();

        Assert.Equal(["snat-cidr", "snat-vsw"], await Ids(all));
        Assert.Equal(["snat-vsw"], await Ids(all with { SnatEntryId = "snat-vsw" }));
        Assert.Equal(["snat-cidr"], await Ids(all with { Name = "picked" }));
        Assert.Equal(["snat-vsw"], await Ids(all with { SnatIp = "203.0.113.1" }));
        Assert.Equal(["snat-cidr", "snat-vsw"], await Ids(all with { SnatIp = "203.0.113.2" }));
        Assert.Empty(await Ids(all with { SnatIp = "203.0.113.3" }));
        Assert.Equal(["snat-cidr"], await Ids(all with { SourceCidr = "192.168.0.0/24" }));
        Assert.Equal(["snat-vsw"], await Ids(all with { SourceVSwitchId = n.VSwitchId }));
        var page = await ReadAsync(s => s.NatEntries.QuerySnatAsync(all));
        AssertSnat(byCidr, page.Items[0]);
        AssertSnat(byVSwitch, page.Items[1]);
    }

    [SkippableFact]
    public async Task A_gateways_snat_entries_are_listed_oldest_first_all_or_those_using_an_address_and_by_source_vswitch()
    {
        var (n, g) = await NewGatewayAsync();
        var (_, other) = await NewGatewayAsync("ngw-other");
        var now = Clock.GetUtcNow();
        await WriteAsync(async s =>
        {
            await s.NatEntries.InsertSnatAsync(Snat(g, "snat-new", "192.168.1.0/24", ["203.0.113.2"], now.AddMinutes(1)));
            await s.NatEntries.InsertSnatAsync(Snat(g, "snat-b", "192.168.2.0/24", ["203.0.113.1", "203.0.113.2"], now));
            await s.NatEntries.InsertSnatAsync(Snat(g, "snat-a", n.VSwitch.CidrBlock, ["203.0.113.1"], now, n.VSwitchId));
            await s.NatEntries.InsertSnatAsync(Snat(other, "snat-other", n.VSwitch.CidrBlock, ["203.0.113.1"], now.AddMinutes(-1), n.VSwitchId));
        });

        Assert.Equal(["snat-a", "snat-b", "snat-new"], (await ReadAsync(s => s.NatEntries.ListSnatAsync(g.NatGatewayId))).Select(e => e.SnatEntryId));
        Assert.Equal(["snat-a", "snat-b"], (await ReadAsync(s => s.NatEntries.ListSnatAsync(g.NatGatewayId, "203.0.113.1"))).Select(e => e.SnatEntryId));
        Assert.Equal(["203.0.113.1", "203.0.113.2"], (await ReadAsync(s => s.NatEntries.ListSnatAsync(g.NatGatewayId, "203.0.113.1")))[1].SnatIps);
        Assert.Equal(["snat-other", "snat-a"], await ReadAsync(s => s.NatEntries.ListSnatIdsOfVSwitchAsync(n.VSwitchId)));
        Assert.Empty(await ReadAsync(s => s.NatEntries.ListSnatIdsOfVSwitchAsync("vsw-unknown")));
    }

    [SkippableFact]
    public async Task A_forward_entry_round_trips_every_field_and_an_update_writes_all_but_its_ids_gateway_and_time()
    {
        var (_, g) = await NewGatewayAsync();
        var entry = Forward(g, "fwd-a", "203.0.113.1", "80", "10.0.0.5", Clock.GetUtcNow());
        await WriteAsync(s => s.NatEntries.InsertForwardAsync(entry));

        Assert.Equal(entry, await ReadAsync(s => s.NatEntries.FindForwardAsync(g.ForwardTableId, "fwd-a")));
        Assert.Null(await ReadAsync(s => s.NatEntries.FindForwardAsync(g.SnatTableId, "fwd-a")));

        var modified = entry with
        {
            Name = "renamed", ExternalIp = "203.0.113.2", ExternalPort = "1000/1010", InternalIp = "10.0.0.6", InternalPort = "2000/2010",
            IpProtocol = "udp", PortBreak = false,
        };
        await WriteAsync(s => s.NatEntries.UpdateForwardAsync(modified));
        Assert.Equal(modified, await ReadAsync(s => s.NatEntries.FindForwardAsync(g.ForwardTableId, "fwd-a")));

        await WriteAsync(s => s.NatEntries.DeleteForwardAsync("fwd-a"));
        Assert.Null(await ReadAsync(s => s.NatEntries.FindForwardAsync(g.ForwardTableId, "fwd-a")));
    }

    [SkippableFact]
    public async Task The_forward_query_pages_newest_first_with_ties_in_byte_order_of_the_id()
    {
        var (_, g) = await NewGatewayAsync();
        var now = Clock.GetUtcNow();
        var entries = MixedSuffixes.Select((suffix, i) => Forward(g, $"fwd-{suffix}", "203.0.113.1", $"{80 + i}", $"10.0.0.{10 + i}", now.AddSeconds(i == 0 ? 1 : i == 7 ? -1 : 0))).ToList();
        await WriteAsync(async s =>
        {
            foreach (var e in entries)
                await s.NatEntries.InsertForwardAsync(e);
        });

        await AssertPagesAsync(
            NewestFirst(entries, e => e.CreationTime, e => e.ForwardEntryId),
            (s, number, size) => s.NatEntries.QueryForwardAsync(new ForwardEntryQuery(g.ForwardTableId) { PageNumber = number, PageSize = size }),
            e => e.ForwardEntryId);
    }

    [SkippableFact]
    public async Task The_forward_query_keeps_to_its_table_and_filters_by_each_field_exactly()
    {
        var (_, g) = await NewGatewayAsync();
        var (_, other) = await NewGatewayAsync("ngw-other");
        var now = Clock.GetUtcNow();
        await WriteAsync(async s =>
        {
            await s.NatEntries.InsertForwardAsync(Forward(g, "fwd-web", "203.0.113.1", "80", "10.0.0.5", now) with { Name = "web" });
            await s.NatEntries.InsertForwardAsync(Forward(g, "fwd-dns", "203.0.113.2", "53", "10.0.0.6", now.AddSeconds(1)) with { IpProtocol = "udp", InternalPort = "53" });
            await s.NatEntries.InsertForwardAsync(Forward(other, "fwd-other", "203.0.113.1", "80", "10.0.0.5", now));
        });
        var all = new ForwardEntryQuery(g.ForwardTableId) { PageSize = 50 };

        async Task<string[]> Ids(ForwardEntryQuery query) => (await ReadAsync(s => s.NatEntries.QueryForwardAsync(query))).Items.Select(e => e.ForwardEntryId).ToArray();

        Assert.Equal(["fwd-dns", "fwd-web"], await Ids(all));
        Assert.Equal(["fwd-web"], await Ids(all with { ForwardEntryId = "fwd-web" }));
        Assert.Equal(["fwd-web"], await Ids(all with { Name = "web" }));
        Assert.Equal(["fwd-dns"], await Ids(all with { ExternalIp = "203.0.113.2" }));
        Assert.Equal(["fwd-web"], await Ids(all with { ExternalPort = "80" }));
        Assert.Equal(["fwd-dns"], await Ids(all with { InternalIp = "10.0.0.6" }));
        Assert.Equal(["fwd-web"], await Ids(all with { InternalPort = "8080" }));
        Assert.Equal(["fwd-dns"], await Ids(all with { IpProtocol = "udp" }));
        Assert.Empty(await Ids(all with { IpProtocol = "UDP" }));
    }

    [SkippableFact]
    public async Task A_gateways_forward_entries_are_listed_oldest_first_all_or_those_on_an_external_address()
    {
        var (_, g) = await NewGatewayAsync();
        var (_, other) = await NewGatewayAsync("ngw-other");
        var now = Clock.GetUtcNow();
        await WriteAsync(async s =>
        {
            await s.NatEntries.InsertForwardAsync(Forward(g, "fwd-new", "203.0.113.1", "443", "10.0.0.7", now.AddMinutes(1)));
            await s.NatEntries.InsertForwardAsync(Forward(g, "fwd-b", "203.0.113.2", "80", "10.0.0.6", now));
            await s.NatEntries.InsertForwardAsync(Forward(g, "fwd-a", "203.0.113.1", "80", "10.0.0.5", now));
            await s.NatEntries.InsertForwardAsync(Forward(other, "fwd-other", "203.0.113.1", "80", "10.0.0.5", now.AddMinutes(-1)));
        });

        Assert.Equal(["fwd-a", "fwd-b", "fwd-new"], (await ReadAsync(s => s.NatEntries.ListForwardAsync(g.NatGatewayId))).Select(e => e.ForwardEntryId));
        Assert.Equal(["fwd-a", "fwd-new"], (await ReadAsync(s => s.NatEntries.ListForwardAsync(g.NatGatewayId, "203.0.113.1"))).Select(e => e.ForwardEntryId));
    }

    [SkippableFact]
    public async Task The_ip_usage_says_per_gateway_and_address_whether_snat_or_dnat_entries_use_it()
    {
        var (_, a) = await NewGatewayAsync("ngw-a");
        var (_, b) = await NewGatewayAsync("ngw-b");
        var (_, unasked) = await NewGatewayAsync("ngw-unasked");
        var now = Clock.GetUtcNow();
        await WriteAsync(async s =>
        {
            await s.NatEntries.InsertSnatAsync(Snat(a, "snat-a1", "192.168.0.0/24", ["203.0.113.1", "203.0.113.2"], now));
            await s.NatEntries.InsertSnatAsync(Snat(a, "snat-a2", "192.168.1.0/24", ["203.0.113.2"], now));
            await s.NatEntries.InsertForwardAsync(Forward(a, "fwd-a1", "203.0.113.2", "80", "10.0.0.5", now));
            await s.NatEntries.InsertForwardAsync(Forward(a, "fwd-a2", "203.0.113.3", "80", "10.0.0.6", now));
            await s.NatEntries.InsertForwardAsync(Forward(b, "fwd-b1", "203.0.113.1", "80", "10.0.0.5", now));
            await s.NatEntries.InsertSnatAsync(Snat(unasked, "snat-unasked", "192.168.0.0/24", ["203.0.113.9"], now));
        });

        var usage = await ReadAsync(s => s.NatEntries.ListIpUsageAsync(["ngw-a", "ngw-b"]));

        // One row per gateway and address, in no promised order (DescribeNatGateways looks each address up).
        Assert.Equal(
            [
                new NatIpUsage("ngw-a", "203.0.113.1", true, false), new NatIpUsage("ngw-a", "203.0.113.2", true, true),
                new NatIpUsage("ngw-a", "203.0.113.3", false, true), new NatIpUsage("ngw-b", "203.0.113.1", false, true),
            ],
            usage.OrderBy(u => u.NatGatewayId, StringComparer.Ordinal).ThenBy(u => u.IpAddress, StringComparer.Ordinal));
        Assert.Empty(await ReadAsync(s => s.NatEntries.ListIpUsageAsync([])));
    }

    private async Task<(ContractNetwork Network, NatGateway Gateway)> NewGatewayAsync(string id = "ngw-main")
    {
        var n = await NewNetworkAsync();
        var gateway = NatGateway(n, id, Clock.GetUtcNow().AddHours(-1));
        await WriteAsync(s => s.NatGateways.InsertAsync(gateway));
        return (n, gateway);
    }

    private static void AssertSnat(SnatEntry expected, SnatEntry? actual)
    {
        Assert.NotNull(actual);
        Assert.Equal(expected.SnatIps, actual.SnatIps);
        Assert.Equal(expected, actual with { SnatIps = expected.SnatIps });
    }
}
