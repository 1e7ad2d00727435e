using System.Data.Common;
using OpenEip.Core.Ports;
using OpenEip.Core.ResourceGroups;
using OpenEip.Tests.UseCases.Associations;
using static OpenEip.Tests.StoreContract.StoreContractData;

namespace OpenEip.Tests.StoreContract;

/// <summary>
/// What every store must do with resource groups (<see cref="IResourceGroupRecords"/>): a name and the default are one
/// per account, groups list oldest first, the members that keep a group from being deleted are found in every table of
/// grouped resources and named in one order, and a move touches only the caller's live resource in its region.
/// </summary>
public abstract class ResourceGroupStoreContract : RecordStoreContract
{
    [SkippableFact]
    public async Task A_group_round_trips_and_is_found_by_id_within_its_account_by_name_and_as_the_default()
    {
        var n = await NewNetworkAsync();
        var stranger = await NewNetworkAsync();
        var group = Group(n.AccountId, "rg-a", Clock.GetUtcNow());
        await WriteAsync(s => s.ResourceGroups.InsertAsync(group));

        Assert.Equal(group, await ReadAsync(s => s.ResourceGroups.FindAsync(n.AccountId, "rg-a")));
        Assert.Equal(group, await ReadAsync(s => s.ResourceGroups.FindAsync(null, "rg-a")));
        Assert.Null(await ReadAsync(s => s.ResourceGroups.FindAsync(stranger.AccountId, "rg-a")));
        Assert.Equal(group, await ReadAsync(s => s.ResourceGroups.FindByNameAsync(n.AccountId, group.Name)));
        Assert.Null(await ReadAsync(s => s.ResourceGroups.FindByNameAsync(stranger.AccountId, group.Name)));
        Assert.Equal(n.DefaultGroup, await ReadAsync(s => s.ResourceGroups.FindDefaultAsync(n.AccountId)));

        await WriteAsync(s => s.ResourceGroups.DeleteAsync("rg-a"));
        Assert.Null(await ReadAsync(s => s.ResourceGroups.FindAsync(null, "rg-a")));
    }

    [SkippableFact]
    public async Task A_name_and_the_default_group_are_each_one_per_account()
    {
        var n = await NewNetworkAsync();
        var stranger = await NewNetworkAsync();
        var now = Clock.GetUtcNow();
        await WriteAsync(s => s.ResourceGroups.InsertAsync(Group(n.AccountId, "rg-a", now)));

        await Assert.ThrowsAnyAsync<DbException>(() => WriteAsync(s => s.ResourceGroups.InsertAsync(Group(n.AccountId, "rg-b", now) with { Name = "name-rg-a" })));
        await Assert.ThrowsAnyAsync<DbException>(() => WriteAsync(s => s.ResourceGroups.InsertAsync(Group(n.AccountId, "rg-c", now) with { IsDefault = true })));
        await WriteAsync(s => s.ResourceGroups.InsertAsync(Group(stranger.AccountId, "rg-d", now) with { Name = "name-rg-a" }));

        Assert.Equal(["rg-a", n.GroupId], (await ReadAsync(s => s.ResourceGroups.ListAsync(n.AccountId))).Select(g => g.ResourceGroupId));
    }

    [SkippableFact]
    public async Task Groups_are_listed_oldest_first_with_ties_in_byte_order_of_the_id_per_account_or_all()
    {
        var n = await NewNetworkAsync();
        var stranger = await NewNetworkAsync();
        var now = Clock.GetUtcNow();
        var groups = MixedSuffixes.Select((suffix, i) => Group(n.AccountId, $"rg-{suffix}", now.AddSeconds(i == 1 ? -1 : i == 3 ? 1 : 0))).ToList();
        await WriteAsync(async s =>
        {
            foreach (var g in groups)
                await s.ResourceGroups.InsertAsync(g);
        });
        var mine = groups.Append(n.DefaultGroup).OrderBy(g => g.CreationTime).ThenBy(g => g.ResourceGroupId, StringComparer.Ordinal).ToList();

        Assert.Equal(mine, await ReadAsync(s => s.ResourceGroups.ListAsync(n.AccountId)));
        Assert.Equal(
            mine.Append(stranger.DefaultGroup).OrderBy(g => g.CreationTime).ThenBy(g => g.ResourceGroupId, StringComparer.Ordinal),
            await ReadAsync(s => s.ResourceGroups.ListAsync(null)));
    }

    [SkippableFact]
    public async Task The_members_of_a_group_are_found_in_every_kind_of_resource_and_named_in_byte_order_of_the_id()
    {
        var n = await NewNetworkAsync();
        var now = Clock.GetUtcNow();
        var group = Group(n.AccountId, "rg-busy", now);
        var into = group.ResourceGroupId;
        var released = BindingTestData.Eip("eip-released", "203.0.113.2") with { AccountId = n.AccountId, ResourceGroupId = into };
        await WriteAsync(async s =>
        {
            await s.ResourceGroups.InsertAsync(group);
            await s.Eips.InsertAsync(BindingTestData.Eip("eip-Z", "203.0.113.1") with { AccountId = n.AccountId, ResourceGroupId = into });
            await s.Eips.InsertAsync(released);
            await s.Eips.UpdateAsync(released.ReleasedAt(now));
            await s.Networks.InsertVpcAsync(n.Vpc with { VpcId = "vpc-_x", ResourceGroupId = into });
            await s.HaVips.InsertAsync(HaVip(n, "havip-1", "10.0.0.100", now) with { ResourceGroupId = into });
            await s.NatGateways.InsertAsync(NatGateway(n, "ngw-a", now) with { ResourceGroupId = into });
            await s.Compute.InsertSecurityGroupAsync(SecurityGroup(n, "sg-B", now) with { ResourceGroupId = into });
            await s.Compute.InsertInstanceAsync(Instance(n, "i-.dot", now) with { ResourceGroupId = into });
            await s.Compute.InsertNetworkInterfaceAsync(Eni(n, "eni-Q", "10.0.0.5", now) with { ResourceGroupId = into });
            await s.LoadBalancers.InsertClassicAsync(ClassicLoadBalancer(n, "lb-b", "intranet", "10.0.0.6", now) with { ResourceGroupId = into });
            await s.LoadBalancers.InsertZonalAsync(ZonalLoadBalancer(n, "alb-9", "alb", now) with { ResourceGroupId = into });
            await s.NatGateways.InsertAsync(NatGateway(n, "ngw-elsewhere", now));
        });
        string[] members = ["alb-9", "eip-Z", "eni-Q", "havip-1", "i-.dot", "lb-b", "ngw-a", "sg-B", "vpc-_x"];

        Assert.Equal(members.Order(StringComparer.Ordinal), await ReadAsync(s => s.ResourceGroups.ListMembersAsync(into, 20)));
        Assert.Equal(members.Order(StringComparer.Ordinal).Take(3), await ReadAsync(s => s.ResourceGroups.ListMembersAsync(into, 3)));
        Assert.Empty(await ReadAsync(s => s.ResourceGroups.ListMembersAsync("rg-unknown", 20)));
    }

    [SkippableFact]
    public async Task A_move_puts_only_the_callers_live_resource_of_the_region_into_the_group()
    {
        var n = await NewNetworkAsync();
        var stranger = await NewNetworkAsync();
        var now = Clock.GetUtcNow();
        var group = Group(n.AccountId, "rg-target", now);
        var released = BindingTestData.Eip("eip-released", "203.0.113.2") with { AccountId = n.AccountId, ResourceGroupId = n.GroupId };
        await WriteAsync(async s =>
        {
            await s.ResourceGroups.InsertAsync(group);
            await s.NatGateways.InsertAsync(NatGateway(n, "ngw-a", now));
            await s.Eips.InsertAsync(released);
            await s.Eips.UpdateAsync(released.ReleasedAt(now));
        });

        var moved = false;
        await WriteAsync(async s => moved = await s.ResourceGroups.MoveAsync(GroupedResource.NatGateway, n.AccountId, Region, "ngw-a", "rg-target"));
        Assert.True(moved);
        Assert.Equal("rg-target", (await ReadAsync(s => s.NatGateways.FindAsync(n.AccountId, "ngw-a")))!.ResourceGroupId);

        await WriteAsync(async s => moved = await s.ResourceGroups.MoveAsync(GroupedResource.NatGateway, stranger.AccountId, Region, "ngw-a", stranger.GroupId));
        Assert.False(moved);
        await WriteAsync(async s => moved = await s.ResourceGroups.MoveAsync(GroupedResource.NatGateway, n.AccountId, OtherRegion, "ngw-a", n.GroupId));
        Assert.False(moved);
        await WriteAsync(async s => moved = await s.ResourceGroups.MoveAsync(GroupedResource.Vpc, n.AccountId, Region, "ngw-a", n.GroupId));
        Assert.False(moved);
        await WriteAsync(async s => moved = await s.ResourceGroups.MoveAsync(GroupedResource.Eip, n.AccountId, Region, "eip-released", "rg-target"));
        Assert.False(moved);
        Assert.Equal("rg-target", (await ReadAsync(s => s.NatGateways.FindAsync(n.AccountId, "ngw-a")))!.ResourceGroupId);
        Assert.Equal(["ngw-a"], await ReadAsync(s => s.ResourceGroups.ListMembersAsync("rg-target", 10)));
    }
}
