using OpenEip.Core.ResourceGroups;
using OpenEip.Core.UseCases.Accounts;
using OpenEip.Core.UseCases.Eips;
using OpenEip.Core.UseCases.ResourceGroups;
using OpenEip.Tests.UseCases;

namespace OpenEip.Tests.ResourceGroups;

/// <summary>Resource groups over a real SQLite store: default group, placement on create, moves and deletion.</summary>
public sealed class ResourceGroupUseCaseTests : IDisposable
{
    private readonly EipTestBed _bed = new();
    private readonly CreateResourceGroup _create;
    private readonly ListResourceGroups _list;
    private readonly DeleteResourceGroup _delete;
    private readonly MoveResource _move;

    public ResourceGroupUseCaseTests()
    {
        _create = new CreateResourceGroup(_bed.Store, _bed.Clock);
        _list = new ListResourceGroups(_bed.Store);
        _delete = new DeleteResourceGroup(_bed.Store);
        _move = new MoveResource(_bed.Store);
    }

    [Fact]
    public async Task CreateAccount_creates_the_default_group_with_the_account()
    {
        var created = await new CreateAccount(_bed.Store, _bed.Clock).ExecuteAsync(new CreateAccountCommand("tenant"), null, CancellationToken.None);

        var page = await _list.ExecuteAsync(new ResourceGroupQuery(created.Value.AccountId), CancellationToken.None);
        var group = Assert.Single(page.Items).Group;
        Assert.True(group.IsDefault);
        Assert.Equal(ResourceGroupRules.DefaultName, group.Name);
        Assert.Equal(ResourceGroupRules.DefaultDisplayName, group.DisplayName);
        Assert.Matches("^rg-[a-z0-9]{15}$", group.ResourceGroupId);
    }

    [Fact]
    public async Task Allocate_without_a_group_uses_the_default_group_and_with_one_uses_it()
    {
        var account = await _bed.NewAccountAsync();
        var defaultId = await DefaultGroupAsync(account);
        var own = await CreateGroupAsync(account, "own");

        var plain = await _bed.AllocateOkAsync(account);
        var grouped = await _bed.AllocateOkAsync(account, new AllocateEipCommand(account, EipTestBed.Region) { ResourceGroupId = own });

        Assert.Equal(defaultId, plain.ResourceGroupId);
        Assert.Equal(own, grouped.ResourceGroupId);
        Assert.Equal(own, (await _bed.FindAsync(account, grouped.AllocationId))!.ResourceGroupId);
    }

    [Fact]
    public async Task Allocate_with_another_accounts_group_or_an_unknown_one_is_InvalidResourceGroupId()
    {
        var account = await _bed.NewAccountAsync();
        var other = await _bed.NewAccountAsync();
        var foreign = await DefaultGroupAsync(other);

        foreach (var groupId in new[] { foreign, "rg-doesnotexist000" })
        {
            var result = await _bed.Allocate.ExecuteAsync(new AllocateEipCommand(account, EipTestBed.Region) { ResourceGroupId = groupId }, null, CancellationToken.None);
            Assert.Equal("InvalidResourceGroupId", result.Error?.Code);
            Assert.Equal("The specified ResourceGroupId does not exist.", result.Error?.Message);
        }
    }

    [Fact]
    public async Task A_recovered_EIP_returns_to_its_group_or_to_the_default_group_once_that_group_is_gone()
    {
        var account = await _bed.NewAccountAsync();
        var kept = await CreateGroupAsync(account, "kept");
        var dropped = await CreateGroupAsync(account, "dropped");
        var first = await _bed.AllocateOkAsync(account, new AllocateEipCommand(account, EipTestBed.Region) { ResourceGroupId = kept });
        var second = await _bed.AllocateOkAsync(account, new AllocateEipCommand(account, EipTestBed.Region) { ResourceGroupId = dropped });
        await _bed.Release.ExecuteAsync(new ReleaseEipCommand(account, first.AllocationId, null), null, CancellationToken.None);
        await _bed.Release.ExecuteAsync(new ReleaseEipCommand(account, second.AllocationId, null), null, CancellationToken.None);
        Assert.True((await _delete.ExecuteAsync(new DeleteResourceGroupCommand(account, dropped), null, CancellationToken.None)).IsSuccess, "a released EIP does not hold its group");

        var backToKept = await _bed.AllocateOkAsync(account, new AllocateEipCommand(account, EipTestBed.Region) { RecoverAllocationId = first.AllocationId });
        var backToDefault = await _bed.AllocateOkAsync(account, new AllocateEipCommand(account, EipTestBed.Region) { RecoverAllocationId = second.AllocationId });

        Assert.Equal(kept, backToKept.ResourceGroupId);
        Assert.Equal(await DefaultGroupAsync(account), backToDefault.ResourceGroupId);
    }

    [Fact]
    public async Task Move_changes_the_group_at_once_and_refuses_unknown_groups_resources_and_regions()
    {
        var account = await _bed.NewAccountAsync();
        var target = await CreateGroupAsync(account, "target");
        var eip = await _bed.AllocateOkAsync(account);

        var moved = await _move.ExecuteAsync(new MoveResourceCommand(account, EipTestBed.Region, GroupedResource.Eip, eip.AllocationId, target), null, CancellationToken.None);
        var unknownGroup = await _move.ExecuteAsync(new MoveResourceCommand(account, EipTestBed.Region, GroupedResource.Eip, eip.AllocationId, "rg-doesnotexist000"), null, CancellationToken.None);
        var unknownEip = await _move.ExecuteAsync(new MoveResourceCommand(account, EipTestBed.Region, GroupedResource.Eip, "eip-none", target), null, CancellationToken.None);
        var otherRegion = await _move.ExecuteAsync(new MoveResourceCommand(account, "cn-beijing", GroupedResource.Eip, eip.AllocationId, target), null, CancellationToken.None);
        var unknownVpc = await _move.ExecuteAsync(new MoveResourceCommand(account, EipTestBed.Region, GroupedResource.Vpc, "vpc-none", target), null, CancellationToken.None);

        Assert.True(moved.IsSuccess);
        Assert.Equal(target, (await _bed.FindAsync(account, eip.AllocationId))!.ResourceGroupId);
        Assert.Equal("InvalidResourceGroupId", unknownGroup.Error?.Code);
        Assert.Equal("InvalidAllocationId.NotFound", unknownEip.Error?.Code);
        Assert.Equal("InvalidAllocationId.NotFound", otherRegion.Error?.Code);
        Assert.Equal("InvalidVpcId.NotFound", unknownVpc.Error?.Code);
    }

    [Fact]
    public async Task Delete_refuses_the_default_group_and_a_group_with_resources_then_deletes_it_once_empty()
    {
        var account = await _bed.NewAccountAsync();
        var group = await CreateGroupAsync(account, "busy");
        var eip = await _bed.AllocateOkAsync(account, new AllocateEipCommand(account, EipTestBed.Region) { ResourceGroupId = group });

        var defaultRefused = await _delete.ExecuteAsync(new DeleteResourceGroupCommand(account, await DefaultGroupAsync(account)), null, CancellationToken.None);
        var busyRefused = await _delete.ExecuteAsync(new DeleteResourceGroupCommand(account, group), null, CancellationToken.None);
        await _move.ExecuteAsync(new MoveResourceCommand(account, EipTestBed.Region, GroupedResource.Eip, eip.AllocationId, await DefaultGroupAsync(account)), null, CancellationToken.None);
        var deleted = await _delete.ExecuteAsync(new DeleteResourceGroupCommand(account, group), null, CancellationToken.None);
        var again = await _delete.ExecuteAsync(new DeleteResourceGroupCommand(account, group), null, CancellationToken.None);

        Assert.Equal("DeleteConflict.ResourceGroup.Default", defaultRefused.Error?.Code);
        Assert.Equal("DeleteConflict.ResourceGroup.Resource", busyRefused.Error?.Code);
        Assert.Contains(eip.AllocationId, busyRefused.Error!.Message, StringComparison.Ordinal);
        Assert.True(deleted.IsSuccess);
        Assert.Equal("EntityNotExists.ResourceGroup", again.Error?.Code);
    }

    [Fact]
    public async Task Create_refuses_a_name_the_account_already_has_and_counts_the_limit_without_the_default_group()
    {
        var account = await _bed.NewAccountAsync();
        var other = await _bed.NewAccountAsync();
        await _bed.SetQuotaAsync(account, "resource-group-per-account", 2);
        await CreateGroupAsync(account, "one");

        var taken = await _create.ExecuteAsync(new CreateResourceGroupCommand(account, "one", "again"), null, CancellationToken.None);
        var sameNameElsewhere = await _create.ExecuteAsync(new CreateResourceGroupCommand(other, "one", "theirs"), null, CancellationToken.None);
        var second = await _create.ExecuteAsync(new CreateResourceGroupCommand(account, "two", "2"), null, CancellationToken.None);
        var third = await _create.ExecuteAsync(new CreateResourceGroupCommand(account, "three", "3"), null, CancellationToken.None);
        var defaultName = await _create.ExecuteAsync(new CreateResourceGroupCommand(other, "default", "mine"), null, CancellationToken.None);

        Assert.Equal("EntityAlreadyExists.ResourceGroup", taken.Error?.Code);
        Assert.True(sameNameElsewhere.IsSuccess);
        Assert.True(second.IsSuccess);
        Assert.Equal("LimitExceeded.ResourceGroup", third.Error?.Code);
        Assert.Equal("EntityAlreadyExists.ResourceGroup", defaultName.Error?.Code);
    }

    [Fact]
    public async Task Describe_with_a_group_filter_the_caller_does_not_own_is_InvalidResourceGroupId()
    {
        var account = await _bed.NewAccountAsync();
        var own = await DefaultGroupAsync(account);
        await _bed.AllocateOkAsync(account);

        var ok = await _bed.Describe.ExecuteAsync(new OpenEip.Core.Ports.EipQuery(account, EipTestBed.Region) { ResourceGroupId = own }, CancellationToken.None);
        var refused = await _bed.Describe.ExecuteAsync(new OpenEip.Core.Ports.EipQuery(account, EipTestBed.Region) { ResourceGroupId = "rg-doesnotexist000" }, CancellationToken.None);

        Assert.Equal(1, ok.Value.Page.TotalCount);
        Assert.Equal("InvalidResourceGroupId", refused.Error?.Code);
    }

    private async Task<string> DefaultGroupAsync(string accountId) =>
        (await _bed.Store.ReadAsync(s => s.ResourceGroups.FindDefaultAsync(accountId), CancellationToken.None))!.ResourceGroupId;

    private async Task<string> CreateGroupAsync(string accountId, string name)
    {
        var created = await _create.ExecuteAsync(new CreateResourceGroupCommand(accountId, name, name), null, CancellationToken.None);
        Assert.True(created.IsSuccess, created.Error?.ToString());
        return created.Value.Group.ResourceGroupId;
    }

    public void Dispose() => _bed.Dispose();
}
