using OpenEip.Core.Eips;
using OpenEip.Core.Errors;
using OpenEip.Core.HaVips;
using OpenEip.Core.Identity;
using OpenEip.Core.Naming;
using OpenEip.Core.Networks;
using OpenEip.Core.Ports;
using OpenEip.Core.Quotas;
using OpenEip.Core.Tags;
using OpenEip.Core.UseCases.Compute;
using OpenEip.Core.UseCases.ResourceGroups;
using OpenEip.Core.UseCases.Tags;

namespace OpenEip.Core.UseCases.HaVips;

/// <summary>CreateHaVip, ModifyHaVipAttribute, DeleteHaVip, AssociateHaVip, UnassociateHaVip and DescribeHaVips (R-HAVIP-1, 2, 5).</summary>
public sealed class HaVipLifecycle(IStore store, TimeProvider clock)
{
    public const string OwnerType = "HaVip";

    public Task<Result<HaVip>> CreateAsync(
        string accountId, string regionId, string vSwitchId, string? ipAddress, string? name, string? description, string? resourceGroupId, IReadOnlyList<Tag> tags,
        IdempotencyKey? idempotency, CancellationToken cancellationToken)
    {
        var invalid = TextRules.ValidateText("Name", name, 128) ?? TextRules.ValidateText("Description", description, 256) ?? TagRules.Validate(tags, "Tag");
        if (invalid is not null)
            return Task.FromResult(Result<HaVip>.Fail(invalid));
        return store.WriteAsync<HaVip>(idempotency, async session =>
        {
            if ((await session.Accounts.FindQuotaAsync(accountId, QuotaNames.HaVipPrivilege) ?? QuotaNames.Defaults[QuotaNames.HaVipPrivilege]) < 1)
                return new Error("Forbidden.HaVipNotAuthorized", "This account may not create HaVips: the privilege is granted through a quota application (the operator sets havip-privilege to 1).");
            var limit = await session.Accounts.FindQuotaAsync(accountId, QuotaNames.HaVipPerAccount) ?? QuotaNames.Defaults[QuotaNames.HaVipPerAccount];
            if (await session.HaVips.CountAsync(accountId) >= limit)
                return new Error("QuotaExceeded.HaVip", $"This account has its {limit} HaVips; delete one or ask the operator to raise havip-per-account.");
            var vSwitch = await session.Networks.FindVSwitchAsync(accountId, vSwitchId);
            if (vSwitch is null || vSwitch.RegionId != regionId)
                return ApiErrors.VSwitchNotFound(vSwitchId);
            var group = await ResourceGroupPlacement.ResolveAsync(session, accountId, resourceGroupId);
            if (!group.IsSuccess)
                return group.Error;
            var id = ResourceIds.New("havip");
            var address = await PrivateIpAllocator.AllocateAsync(session, vSwitch, ipAddress, "IpAddress", OwnerType, id);
            if (!address.IsSuccess)
                return address.Error;
            var haVip = new HaVip
            {
                HaVipId = id, AccountId = accountId, RegionId = regionId, VpcId = vSwitch.VpcId, VSwitchId = vSwitchId, IpAddress = address.Value,
                Name = name ?? "", Description = description ?? "", ResourceGroupId = group.Value, CreationTime = clock.GetUtcNow(),
            };
            await session.HaVips.InsertAsync(haVip);
            await TaggedResources.SetAsync(session, accountId, ResourceTypes.HaVip, id, tags);
            return haVip;
        }, cancellationToken);
    }

    /// <summary>ModifyHaVipAttribute: Name and Description (each left as it is when not given).</summary>
    public Task<Result<Unit>> ModifyAsync(string accountId, string regionId, string haVipId, string? name, string? description, IdempotencyKey? idempotency, CancellationToken cancellationToken)
    {
        var invalid = TextRules.ValidateText("Name", name, 128) ?? TextRules.ValidateText("Description", description, 256);
        if (invalid is not null)
            return Task.FromResult(Result<Unit>.Fail(invalid));
        return store.WriteAsync<Unit>(idempotency, async session =>
        {
            var haVip = await FindAsync(session, accountId, regionId, haVipId);
            if (!haVip.IsSuccess)
                return haVip.Error;
            await session.HaVips.UpdateAsync(haVip.Value with { Name = name ?? haVip.Value.Name, Description = description ?? haVip.Value.Description });
            return Unit.Value;
        }, cancellationToken);
    }

    public Task<Result<Unit>> DeleteAsync(string accountId, string regionId, string haVipId, IdempotencyKey? idempotency, CancellationToken cancellationToken) =>
        store.WriteAsync<Unit>(idempotency, async session =>
        {
            var haVip = await FindAsync(session, accountId, regionId, haVipId);
            if (!haVip.IsSuccess)
                return haVip.Error;
            if (haVip.Value.Members.Count > 0)
                return ApiErrors.DependencyViolation("DependencyViolation.HaVip", $"The HaVip {haVipId} is still associated with {string.Join(", ", haVip.Value.Members.Select(m => m.InstanceId))}.");
            var eips = await session.Eips.ListBoundToAsync([haVipId]);
            if (eips.Count > 0)
                return AssociationErrors.HasBoundEips(haVipId, eips.Select(e => e.AllocationId));
            await session.PrivateIps.ReleaseOwnedAsync(OwnerType, haVipId);
            await TaggedResources.RemoveAllAsync(session, ResourceTypes.HaVip, haVipId);
            await session.HaVips.DeleteAsync(haVipId);
            return Unit.Value;
        }, cancellationToken);

    /// <summary>
    /// AssociateHaVip: an ECS instance (through its primary ENI) or an ENI of the HaVip's own vSwitch, up to
    /// ten. The first member becomes the master until a failover (the operator's SetHaVipMaster) moves it.
    /// </summary>
    public Task<Result<Unit>> AssociateAsync(string accountId, string regionId, string haVipId, string instanceId, string instanceType, IdempotencyKey? idempotency, CancellationToken cancellationToken) =>
        store.WriteAsync<Unit>(idempotency, async session =>
        {
            var found = await FindAsync(session, accountId, regionId, haVipId);
            if (!found.IsSuccess)
                return found.Error;
            var haVip = found.Value;
            var vSwitchId = await VSwitchOfMemberAsync(session, accountId, instanceId, instanceType);
            if (vSwitchId is null)
                return instanceType == "NetworkInterface" ? ApiErrors.NetworkInterfaceNotFound(instanceId) : ApiErrors.InstanceNotFound(instanceId);
            if (vSwitchId != haVip.VSwitchId)
                return new Error("InvalidVSwitchId.Mismatch", $"{instanceId} is in the vSwitch {vSwitchId}; the HaVip {haVipId} is in {haVip.VSwitchId}. Members share the HaVip's vSwitch.");
            var joined = haVip.AddMember(instanceId, instanceType);
            if (!joined.IsSuccess)
                return joined.Error;
            await session.HaVips.UpdateAsync(joined.Value);
            return Unit.Value;
        }, cancellationToken);

    /// <summary>
    /// Operator only (R-HAVIP-5): makes one member the master, standing in for the VRRP election
    /// (keepalived) when no data plane observes it. The EIP stays bound to the HaVip, so it follows.
    /// </summary>
    public Task<Result<Unit>> SetMasterAsync(string haVipId, string instanceId, IdempotencyKey? idempotency, CancellationToken cancellationToken) =>
        store.WriteAsync<Unit>(idempotency, async session =>
        {
            var haVip = await session.HaVips.FindAsync(accountId: null, haVipId);
            if (haVip is null)
                return ApiErrors.HaVipNotFound(haVipId);
            var moved = haVip.MakeMaster(instanceId);
            if (!moved.IsSuccess)
                return moved.Error;
            if (moved.Value != haVip)
                await session.HaVips.UpdateAsync(moved.Value);
            return Unit.Value;
        }, cancellationToken);

    public Task<Result<Unit>> UnassociateAsync(string accountId, string regionId, string haVipId, string instanceId, IdempotencyKey? idempotency, CancellationToken cancellationToken) =>
        store.WriteAsync<Unit>(idempotency, async session =>
        {
            var found = await FindAsync(session, accountId, regionId, haVipId);
            if (!found.IsSuccess)
                return found.Error;
            var left = found.Value.RemoveMember(instanceId);
            if (!left.IsSuccess)
                return left.Error;
            await session.HaVips.UpdateAsync(left.Value);
            return Unit.Value;
        }, cancellationToken);

    /// <summary>DescribeHaVips: each HaVip with the public addresses of the EIP bound to it, and its tags.</summary>
    public Task<Page<DescribedHaVip>> DescribeAsync(HaVipQuery query, CancellationToken cancellationToken) =>
        store.ReadAsync(async session =>
        {
            var page = await session.HaVips.QueryAsync(query);
            var ids = page.Items.Select(h => h.HaVipId).ToList();
            var eips = await session.Eips.ListBoundToAsync(ids);
            var tags = await session.Tags.GetAsync(ResourceTypes.HaVip, ids);
            return new Page<DescribedHaVip>(
                page.Items.Select(h => new DescribedHaVip(
                    h,
                    eips.Where(e => e.Binding!.InstanceId == h.HaVipId).Select(e => e.IpAddress).ToList(),
                    tags.GetValueOrDefault(h.HaVipId, []))).ToList(),
                page.TotalCount);
        }, cancellationToken);

    internal static async Task<Result<HaVip>> FindAsync(IStoreSession session, string accountId, string regionId, string haVipId)
    {
        var haVip = await session.HaVips.FindAsync(accountId, haVipId);
        return haVip is null || haVip.RegionId != regionId ? ApiErrors.HaVipNotFound(haVipId) : haVip;
    }

    private static async Task<string?> VSwitchOfMemberAsync(IStoreSession session, string accountId, string id, string type)
    {
        if (type == "NetworkInterface")
            return (await session.Compute.FindNetworkInterfaceAsync(accountId, id))?.VSwitchId;
        var instance = await session.Compute.FindInstanceAsync(accountId, id);
        return instance is null ? null : instance.VSwitchId.Length > 0 ? instance.VSwitchId : "(classic network)";
    }
}
