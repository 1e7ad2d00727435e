using OpenEip.Core.Compute;
using OpenEip.Core.Ports;
using static OpenEip.Tests.StoreContract.StoreContractData;

namespace OpenEip.Tests.StoreContract;

/// <summary>
/// What every store must do with instances, ENIs and security groups (<see cref="IComputeRecords"/>): every field
/// survives a round trip (an ENI's security groups in the order given, R-ENI-5), the Describe queries page in one order
/// with totals independent of the page, and an instance's ENIs come in one order on every engine.
/// </summary>
public abstract class ComputeStoreContract : RecordStoreContract
{
    [SkippableFact]
    public async Task An_instance_round_trips_every_field_and_is_found_only_in_its_account()
    {
        var n = await NewNetworkAsync();
        var stranger = await NewNetworkAsync();
        var instance = Instance(n, "i-a", Clock.GetUtcNow());
        await WriteAsync(s => s.Compute.InsertInstanceAsync(instance));

        Assert.Equal(instance, await ReadAsync(s => s.Compute.FindInstanceAsync(n.AccountId, "i-a")));
        Assert.Null(await ReadAsync(s => s.Compute.FindInstanceAsync(stranger.AccountId, "i-a")));
    }

    [SkippableFact]
    public async Task An_instance_update_writes_its_names_public_address_and_power_transition_and_a_delete_removes_it()
    {
        var n = await NewNetworkAsync();
        var instance = Instance(n, "i-a", Clock.GetUtcNow());
        await WriteAsync(s => s.Compute.InsertInstanceAsync(instance));

        var changed = instance with
        {
            InstanceName = "renamed", Description = "described again", HostName = "host-renamed", PublicIpAddress = "",
            Transition = PowerTransition.Stop, TransitionStarted = instance.TransitionStarted.AddHours(1),
        };
        await WriteAsync(s => s.Compute.UpdateInstanceAsync(changed));
        Assert.Equal(changed, await ReadAsync(s => s.Compute.FindInstanceAsync(n.AccountId, "i-a")));

        await WriteAsync(s => s.Compute.DeleteInstanceAsync("i-a"));
        Assert.Null(await ReadAsync(s => s.Compute.FindInstanceAsync(n.AccountId, "i-a")));
    }

    [SkippableFact]
    public async Task The_instance_query_pages_newest_first_with_ties_in_byte_order_of_the_id()
    {
        var n = await NewNetworkAsync();
        var now = Clock.GetUtcNow();
        var instances = MixedSuffixes.Select((suffix, i) => Instance(n, $"i-{suffix}", now.AddSeconds(i == 1 ? 1 : i == 4 ? -1 : 0))).ToList();
        await WriteAsync(async s =>
        {
            foreach (var instance in instances)
                await s.Compute.InsertInstanceAsync(instance);
        });

        await AssertPagesAsync(
            NewestFirst(instances, i => i.CreationTime, i => i.InstanceId),
            (s, number, size) => s.Compute.QueryInstancesAsync(new ComputeQuery(n.AccountId, Region) { PageNumber = number, PageSize = size }),
            i => i.InstanceId);
    }

    [SkippableFact]
    public async Task The_instance_query_keeps_to_the_account_and_region_and_filters_by_ids_vpc_vswitch_zone_name_and_group()
    {
        var n = await NewNetworkAsync();
        var second = await NewVpcAsync(n, "second");
        var stranger = await NewNetworkAsync();
        var now = Clock.GetUtcNow();
        var group = Group(n.AccountId, "rg-other", now);
        await WriteAsync(async s =>
        {
            await s.ResourceGroups.InsertAsync(group);
            await s.Compute.InsertInstanceAsync(Instance(n, "i-a", now));
            await s.Compute.InsertInstanceAsync(Instance(n, "i-b", now.AddSeconds(1)) with { ZoneId = "cn-hangzhou-a", InstanceName = "picked" });
            await s.Compute.InsertInstanceAsync(Instance(second, "i-c", now.AddSeconds(2)) with { ResourceGroupId = group.ResourceGroupId });
            await s.Compute.InsertInstanceAsync(Instance(n, "i-shanghai", now) with { RegionId = OtherRegion });
            await s.Compute.InsertInstanceAsync(Instance(stranger, "i-stranger", now));
        });
        var all = new ComputeQuery(n.AccountId, Region) { PageSize = 50 };

        async Task<string[]> Ids(ComputeQuery query) => (await ReadAsync(s => s.Compute.QueryInstancesAsync(query))).Items.Select(i => i.InstanceId).ToArray();

        Assert.Equal(["i-c", "i-b", "i-a"], await Ids(all));
        Assert.Equal(["i-c", "i-a"], await Ids(all with { Ids = ["i-a", "i-c", "i-stranger", "i-unknown"] }));
        Assert.Equal(["i-c"], await Ids(all with { VpcId = second.VpcId }));
        Assert.Equal(["i-c"], await Ids(all with { VSwitchId = second.VSwitchId }));
        Assert.Equal(["i-b"], await Ids(all with { ZoneId = "cn-hangzhou-a" }));
        Assert.Equal(["i-b"], await Ids(all with { Name = "picked" }));
        Assert.Equal(["i-c"], await Ids(all with { ResourceGroupId = group.ResourceGroupId }));
        Assert.Equal(["i-shanghai"], await Ids(all with { RegionId = OtherRegion }));
        await AssertPagesAsync(
            ["i-b", "i-a"],
            (s, number, size) => s.Compute.QueryInstancesAsync(all with { VpcId = n.VpcId, PageNumber = number, PageSize = size }),
            i => i.InstanceId);
    }

    [SkippableFact]
    public async Task An_eni_round_trips_every_field_with_its_security_groups_in_the_order_given()
    {
        var n = await NewNetworkAsync();
        var stranger = await NewNetworkAsync();
        await NewSecurityGroupsAsync(n, "sg-b", "sg-a", "sg-c");
        var eni = Eni(n, "eni-a", "10.0.0.5", Clock.GetUtcNow(), "i-a", ["sg-c", "sg-a", "sg-b"]) with { PrivateTrafficDisabled = true };
        await WriteAsync(s => s.Compute.InsertNetworkInterfaceAsync(eni));

        AssertEni(eni, await ReadAsync(s => s.Compute.FindNetworkInterfaceAsync(n.AccountId, "eni-a")));
        Assert.Null(await ReadAsync(s => s.Compute.FindNetworkInterfaceAsync(stranger.AccountId, "eni-a")));
    }

    [SkippableFact]
    public async Task An_eni_update_writes_its_attachment_names_and_private_traffic_and_replaces_its_security_groups()
    {
        var n = await NewNetworkAsync();
        await NewSecurityGroupsAsync(n, "sg-a", "sg-b", "sg-c");
        var eni = Eni(n, "eni-a", "10.0.0.5", Clock.GetUtcNow(), "", ["sg-a", "sg-b"]);
        await WriteAsync(s => s.Compute.InsertNetworkInterfaceAsync(eni));

        // R-BIND-4: an update turns private traffic off and on again.
        var changed = eni with
        {
            NetworkInterfaceName = "renamed", Description = "described again", InstanceId = "i-a", Attached = true,
            AttachmentChanged = eni.AttachmentChanged.AddMinutes(3), PrivateTrafficDisabled = true, SecurityGroupIds = ["sg-c", "sg-a"],
        };
        await WriteAsync(s => s.Compute.UpdateNetworkInterfaceAsync(changed));
        AssertEni(changed, await ReadAsync(s => s.Compute.FindNetworkInterfaceAsync(n.AccountId, "eni-a")));
        Assert.Empty(await ReadAsync(s => s.Compute.ListNetworkInterfacesInGroupAsync("sg-b", 10)));

        var detached = changed with { Attached = false, AttachmentChanged = changed.AttachmentChanged.AddMinutes(1), PrivateTrafficDisabled = false };
        await WriteAsync(s => s.Compute.UpdateNetworkInterfaceAsync(detached));
        AssertEni(detached, await ReadAsync(s => s.Compute.FindNetworkInterfaceAsync(n.AccountId, "eni-a")));
    }

    [SkippableFact]
    public async Task A_deleted_eni_is_gone_with_its_security_group_memberships()
    {
        var n = await NewNetworkAsync();
        await NewSecurityGroupsAsync(n, "sg-a");
        var now = Clock.GetUtcNow();
        await WriteAsync(async s =>
        {
            await s.Compute.InsertNetworkInterfaceAsync(Eni(n, "eni-gone", "10.0.0.5", now, "", ["sg-a"]));
            await s.Compute.InsertNetworkInterfaceAsync(Eni(n, "eni-kept", "10.0.0.6", now, "", ["sg-a"]));
        });

        await WriteAsync(s => s.Compute.DeleteNetworkInterfaceAsync("eni-gone"));

        Assert.Null(await ReadAsync(s => s.Compute.FindNetworkInterfaceAsync(n.AccountId, "eni-gone")));
        Assert.Equal(["eni-kept"], await ReadAsync(s => s.Compute.ListNetworkInterfacesInGroupAsync("sg-a", 10)));
    }

    [SkippableFact]
    public async Task The_eni_query_pages_newest_first_with_ties_in_byte_order_of_the_id()
    {
        var n = await NewNetworkAsync();
        var now = Clock.GetUtcNow();
        var enis = MixedSuffixes.Select((suffix, i) => Eni(n, $"eni-{suffix}", $"10.0.0.{10 + i}", now.AddSeconds(i == 7 ? 1 : i == 2 ? -1 : 0))).ToList();
        await WriteAsync(async s =>
        {
            foreach (var eni in enis)
                await s.Compute.InsertNetworkInterfaceAsync(eni);
        });

        await AssertPagesAsync(
            NewestFirst(enis, e => e.CreationTime, e => e.NetworkInterfaceId),
            (s, number, size) => s.Compute.QueryNetworkInterfacesAsync(new ComputeQuery(n.AccountId, Region) { PageNumber = number, PageSize = size }),
            e => e.NetworkInterfaceId);
    }

    [SkippableFact]
    public async Task The_eni_query_filters_by_the_instance_it_is_attached_to_type_ids_vpc_vswitch_zone_name_and_group()
    {
        var n = await NewNetworkAsync();
        var second = await NewVpcAsync(n, "second");
        var stranger = await NewNetworkAsync();
        var now = Clock.GetUtcNow();
        var group = Group(n.AccountId, "rg-other", now);
        await WriteAsync(async s =>
        {
            await s.ResourceGroups.InsertAsync(group);
            await s.Compute.InsertNetworkInterfaceAsync(Eni(n, "eni-primary", "10.0.0.4", now, "i-a") with { Type = "Primary" });
            await s.Compute.InsertNetworkInterfaceAsync(Eni(n, "eni-attached", "10.0.0.5", now.AddSeconds(1), "i-a") with { NetworkInterfaceName = "picked" });
            await s.Compute.InsertNetworkInterfaceAsync(Eni(n, "eni-detaching", "10.0.0.6", now.AddSeconds(2), "i-a") with { Attached = false, ZoneId = "cn-hangzhou-a" });
            await s.Compute.InsertNetworkInterfaceAsync(Eni(second, "eni-second", "10.0.0.7", now.AddSeconds(3)) with { ResourceGroupId = group.ResourceGroupId });
            await s.Compute.InsertNetworkInterfaceAsync(Eni(n, "eni-shanghai", "10.0.0.8", now) with { RegionId = OtherRegion });
            await s.Compute.InsertNetworkInterfaceAsync(Eni(stranger, "eni-stranger", "10.0.0.9", now, "i-a"));
        });
        var all = new ComputeQuery(n.AccountId, Region) { PageSize = 50 };

        async Task<string[]> Ids(ComputeQuery query) => (await ReadAsync(s => s.Compute.QueryNetworkInterfacesAsync(query))).Items.Select(e => e.NetworkInterfaceId).ToArray();

        Assert.Equal(["eni-second", "eni-detaching", "eni-attached", "eni-primary"], await Ids(all));
        Assert.Equal(["eni-attached", "eni-primary"], await Ids(all with { InstanceId = "i-a" }));
        Assert.Equal(["eni-primary"], await Ids(all with { Type = "Primary" }));
        Assert.Equal(["eni-second", "eni-primary"], await Ids(all with { Ids = ["eni-primary", "eni-second", "eni-stranger"] }));
        Assert.Equal(["eni-second"], await Ids(all with { VpcId = second.VpcId }));
        Assert.Equal(["eni-second"], await Ids(all with { VSwitchId = second.VSwitchId }));
        Assert.Equal(["eni-detaching"], await Ids(all with { ZoneId = "cn-hangzhou-a" }));
        Assert.Equal(["eni-attached"], await Ids(all with { Name = "picked" }));
        Assert.Equal(["eni-second"], await Ids(all with { ResourceGroupId = group.ResourceGroupId }));
        Assert.Equal(["eni-shanghai"], await Ids(all with { RegionId = OtherRegion }));
        await AssertPagesAsync(
            ["eni-detaching", "eni-attached"],
            (s, number, size) => s.Compute.QueryNetworkInterfacesAsync(all with { Type = "Secondary", VpcId = n.VpcId, PageNumber = number, PageSize = size }),
            e => e.NetworkInterfaceId);
    }

    [SkippableFact]
    public async Task An_instances_enis_come_primary_first_then_oldest_with_ties_by_id_whatever_order_they_were_written_in()
    {
        var n = await NewNetworkAsync();
        await NewSecurityGroupsAsync(n, "sg-a", "sg-b");
        var now = Clock.GetUtcNow();
        var reattached = Eni(n, "eni-c", "10.0.0.7", now, "i-a");
        await WriteAsync(async s =>
        {
            await s.Compute.InsertNetworkInterfaceAsync(reattached);
            await s.Compute.InsertNetworkInterfaceAsync(Eni(n, "eni-b", "10.0.0.6", now, "i-a", ["sg-b", "sg-a"]));
            await s.Compute.InsertNetworkInterfaceAsync(Eni(n, "eni-old", "10.0.0.8", now.AddMinutes(-1), "i-a") with { Attached = false });
            await s.Compute.InsertNetworkInterfaceAsync(Eni(n, "eni-a", "10.0.0.5", now, "i-a"));
            await s.Compute.InsertNetworkInterfaceAsync(Eni(n, "eni-primary", "10.0.0.4", now.AddMinutes(1), "i-a") with { Type = "Primary" });
            await s.Compute.InsertNetworkInterfaceAsync(Eni(n, "eni-other", "10.0.0.9", now, "i-other"));
        });

        // Detached and attached again: the row is rewritten, which on PostgreSQL moves it within the table.
        await WriteAsync(s => s.Compute.UpdateNetworkInterfaceAsync(reattached with { InstanceId = "" , Attached = false }));
        await WriteAsync(s => s.Compute.UpdateNetworkInterfaceAsync(reattached));

        var enis = await ReadAsync(s => s.Compute.ListNetworkInterfacesOfInstanceAsync("i-a"));

        Assert.Equal(["eni-primary", "eni-old", "eni-a", "eni-b", "eni-c"], enis.Select(e => e.NetworkInterfaceId));
        Assert.Equal(["sg-b", "sg-a"], enis[3].SecurityGroupIds);
        Assert.Empty(await ReadAsync(s => s.Compute.ListNetworkInterfacesOfInstanceAsync("i-unknown")));
    }

    [SkippableFact]
    public async Task A_security_group_round_trips_its_rules_in_priority_order_and_names_its_enis()
    {
        var n = await NewNetworkAsync();
        var stranger = await NewNetworkAsync();
        var now = Clock.GetUtcNow();
        var group = SecurityGroup(n, "sg-a", now);
        var first = Rule("sg-a", "sgr-z", 1, now.AddMinutes(1));
        var tiedEarly = Rule("sg-a", "sgr-b", 5, now) with { Direction = "egress", Policy = "accept" };
        var tiedLate = Rule("sg-a", "sgr-a", 5, now.AddSeconds(1));
        var tiedSameTime = Rule("sg-a", "sgr-c", 5, now);
        await WriteAsync(async s =>
        {
            await s.Compute.InsertSecurityGroupAsync(group);
            foreach (var rule in new[] { tiedLate, tiedSameTime, first, tiedEarly })
                await s.Compute.InsertRuleAsync(rule);
            foreach (var id in new[] { "eni-c", "eni-a", "eni-b" })
                await s.Compute.InsertNetworkInterfaceAsync(Eni(n, id, "10.0.0.5", now, "", ["sg-a"]));
        });

        Assert.Equal(group, await ReadAsync(s => s.Compute.FindSecurityGroupAsync(n.AccountId, "sg-a")));
        Assert.Null(await ReadAsync(s => s.Compute.FindSecurityGroupAsync(stranger.AccountId, "sg-a")));
        Assert.Equal([first, tiedEarly, tiedSameTime, tiedLate], await ReadAsync(s => s.Compute.ListRulesAsync("sg-a")));
        Assert.Equal(["eni-a", "eni-b"], await ReadAsync(s => s.Compute.ListNetworkInterfacesInGroupAsync("sg-a", 2)));

        await WriteAsync(s => s.Compute.DeleteRuleAsync("sgr-b"));
        Assert.Equal([first, tiedSameTime, tiedLate], await ReadAsync(s => s.Compute.ListRulesAsync("sg-a")));
    }

    [SkippableFact]
    public async Task A_deleted_security_group_takes_its_rules_with_it()
    {
        var n = await NewNetworkAsync();
        var now = Clock.GetUtcNow();
        await WriteAsync(async s =>
        {
            await s.Compute.InsertSecurityGroupAsync(SecurityGroup(n, "sg-gone", now));
            await s.Compute.InsertRuleAsync(Rule("sg-gone", "sgr-gone", 1, now));
            await s.Compute.InsertSecurityGroupAsync(SecurityGroup(n, "sg-kept", now));
            await s.Compute.InsertRuleAsync(Rule("sg-kept", "sgr-kept", 1, now));
        });

        await WriteAsync(s => s.Compute.DeleteSecurityGroupAsync("sg-gone"));

        Assert.Null(await ReadAsync(s => s.Compute.FindSecurityGroupAsync(n.AccountId, "sg-gone")));
        Assert.Empty(await ReadAsync(s => s.Compute.ListRulesAsync("sg-gone")));
        Assert.Equal(["sgr-kept"], (await ReadAsync(s => s.Compute.ListRulesAsync("sg-kept"))).Select(r => r.SecurityGroupRuleId));
    }

    [SkippableFact]
    public async Task The_security_group_query_pages_newest_first_with_ties_in_byte_order_and_filters_by_vpc_name_ids_and_group()
    {
        var n = await NewNetworkAsync();
        var second = await NewVpcAsync(n, "second");
        var now = Clock.GetUtcNow();
        var groups = MixedSuffixes.Select((suffix, i) => SecurityGroup(n, $"sg-{suffix}", now.AddSeconds(i == 5 ? 1 : i == 0 ? -1 : 0))).ToList();
        var group = Group(n.AccountId, "rg-other", now);
        await WriteAsync(async s =>
        {
            await s.ResourceGroups.InsertAsync(group);
            foreach (var g in groups)
                await s.Compute.InsertSecurityGroupAsync(g);
            await s.Compute.InsertSecurityGroupAsync(SecurityGroup(second, "sg-second", now.AddMinutes(-1)) with { SecurityGroupName = "picked", ResourceGroupId = group.ResourceGroupId });
        });
        var inMain = new ComputeQuery(n.AccountId, Region) { VpcId = n.VpcId };

        await AssertPagesAsync(
            NewestFirst(groups, g => g.CreationTime, g => g.SecurityGroupId),
            (s, number, size) => s.Compute.QuerySecurityGroupsAsync(inMain with { PageNumber = number, PageSize = size }),
            g => g.SecurityGroupId);

        async Task<string[]> Ids(ComputeQuery query) => (await ReadAsync(s => s.Compute.QuerySecurityGroupsAsync(query with { PageSize = 50 }))).Items.Select(g => g.SecurityGroupId).ToArray();

        var all = new ComputeQuery(n.AccountId, Region);
        Assert.Equal(9, (await ReadAsync(s => s.Compute.QuerySecurityGroupsAsync(all with { PageSize = 1 }))).TotalCount);
        Assert.Equal(["sg-second"], await Ids(all with { Name = "picked" }));
        Assert.Equal(["sg-second"], await Ids(all with { ResourceGroupId = group.ResourceGroupId }));
        Assert.Equal(["sg-B", "sg-second"], await Ids(all with { Ids = ["sg-second", "sg-B"] }));
        Assert.Empty(await Ids(all with { RegionId = OtherRegion }));
    }

    private async Task NewSecurityGroupsAsync(ContractNetwork n, params string[] ids) =>
        await WriteAsync(async s =>
        {
            foreach (var id in ids)
                await s.Compute.InsertSecurityGroupAsync(SecurityGroup(n, id, Clock.GetUtcNow()));
        });

    private static void AssertEni(NetworkInterface expected, NetworkInterface? actual)
    {
        Assert.NotNull(actual);
        Assert.Equal(expected.SecurityGroupIds, actual.SecurityGroupIds);
        Assert.Equal(expected, actual with { SecurityGroupIds = expected.SecurityGroupIds });
    }
}
