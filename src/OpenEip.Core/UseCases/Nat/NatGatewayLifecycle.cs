using OpenEip.Core.Compute;
using OpenEip.Core.Eips;
using OpenEip.Core.Errors;
using OpenEip.Core.Identity;
using OpenEip.Core.Naming;
using OpenEip.Core.Nat;
using OpenEip.Core.Networks;
using OpenEip.Core.Ports;
using OpenEip.Core.UseCases.Networks;
using OpenEip.Core.UseCases.ResourceGroups;
using OpenEip.Core.Tags;
using OpenEip.Core.UseCases.Eips;
using OpenEip.Core.UseCases.Tags;

namespace OpenEip.Core.UseCases.Nat;

/// <summary>
/// CreateNatGateway, ModifyNatGatewayAttribute, DeletionProtection (Type=NATGW), DeleteNatGateway,
/// DescribeNatGateways and the operator's SetNatGatewayCreationTime.
/// </summary>
public sealed class NatGatewayLifecycle(IStore store, ComputeTimings timings, TimeProvider clock)
{
    public const string OwnerType = "NatGateway";

    /// <summary>Alibaba changes the EIP binding mode only of gateways with at most this many EIPs.</summary>
    public const int MaxEipsForBindModeChange = 5;

    public Task<Result<NatGateway>> CreateAsync(CreateNatGatewayCommand command, IdempotencyKey? idempotency, CancellationToken cancellationToken)
    {
        var invalid = TextRules.ValidateText("Name", command.Name, 128) ?? TextRules.ValidateText("Description", command.Description, 256)
            ?? TagRules.Validate(command.Tags, "Tag");
        if (invalid is not null)
            return Task.FromResult(Result<NatGateway>.Fail(invalid));
        return store.WriteAsync<NatGateway>(idempotency, async session =>
        {
            var vpc = await VpcLifecycle.FindVpcAsync(session, command.AccountId, command.VpcId, command.RegionId);
            if (!vpc.IsSuccess)
                return vpc.Error;
            var vSwitch = await session.Networks.FindVSwitchAsync(command.AccountId, command.VSwitchId);
            if (vSwitch is null || vSwitch.VpcId != command.VpcId)
                return ApiErrors.VSwitchNotFound(command.VSwitchId);

            var group = await ResourceGroupPlacement.ResolveAsync(session, command.AccountId, command.ResourceGroupId);
            if (!group.IsSuccess)
                return group.Error;
            var id = ResourceIds.New("ngw");
            var address = await PrivateIpAllocator.AllocateAsync(session, vSwitch, command.NatIp, "NatIp", OwnerType, id);
            if (!address.IsSuccess)
                return address.Error;
            var gateway = new NatGateway
            {
                NatGatewayId = id,
                AccountId = command.AccountId,
                RegionId = vSwitch.RegionId,
                VpcId = vSwitch.VpcId,
                VSwitchId = vSwitch.VSwitchId,
                ZoneId = vSwitch.ZoneId,
                NetworkType = command.NetworkType,
                EipBindMode = command.EipBindMode,
                Name = command.Name ?? "",
                Description = command.Description ?? "",
                PrivateIpAddress = address.Value,
                NetworkInterfaceId = ResourceIds.New("eni"),
                SnatTableId = ResourceIds.New("stb"),
                ForwardTableId = ResourceIds.New("ftb"),
                ResourceGroupId = group.Value,
                CreationTime = clock.GetUtcNow(),
                IcmpReplyEnabled = command.IcmpReplyEnabled,
            };
            await session.NatGateways.InsertAsync(gateway);
            await TaggedResources.SetAsync(session, gateway.AccountId, ResourceTypes.NatGateway, gateway.NatGatewayId, command.Tags);
            return gateway;
        }, cancellationToken);
    }

    public Task<Result<Unit>> DeleteAsync(string accountId, string regionId, string natGatewayId, IdempotencyKey? idempotency, CancellationToken cancellationToken) =>
        store.WriteAsync<Unit>(idempotency, async session =>
        {
            var gateway = await FindAsync(session, accountId, regionId, natGatewayId);
            if (!gateway.IsSuccess)
                return gateway.Error;
            if (gateway.Value.DeletionProtection)
                return NatGatewayErrors.DeletionProtected(natGatewayId);
            // Entries first: they are what keeps the EIPs bound (R-NAT-6), so they are the first thing to remove.
            var snat = await session.NatEntries.ListSnatAsync(natGatewayId);
            if (snat.Count > 0)
                return NatEntryErrors.GatewayHasSnatEntries(natGatewayId, snat.Select(e => e.SnatEntryId));
            var forward = await session.NatEntries.ListForwardAsync(natGatewayId);
            if (forward.Count > 0)
                return NatEntryErrors.GatewayHasForwardEntries(natGatewayId, forward.Select(e => e.ForwardEntryId));
            var eips = await session.Eips.ListBoundToAsync([natGatewayId]);
            if (eips.Count > 0)
                return AssociationErrors.HasBoundEips(natGatewayId, eips.Select(e => e.AllocationId));
            await session.PrivateIps.ReleaseOwnedAsync(OwnerType, natGatewayId);
            await TaggedResources.RemoveAllAsync(session, ResourceTypes.NatGateway, natGatewayId);
            await session.NatGateways.DeleteAsync(natGatewayId);
            return Unit.Value;
        }, cancellationToken);

    /// <summary>
    /// ModifyNatGatewayAttribute on an Available gateway: Name, Description, IcmpReplyEnabled, and
    /// EipBindMode only from MULTI_BINDED to NAT, with at most five EIPs bound (as Alibaba documents).
    /// </summary>
    public Task<Result<Unit>> ModifyAsync(ModifyNatGatewayCommand command, IdempotencyKey? idempotency, CancellationToken cancellationToken)
    {
        var invalid = TextRules.ValidateText("Name", command.Name, 128) ?? TextRules.ValidateText("Description", command.Description, 256);
        if (invalid is not null)
            return Task.FromResult(Result<Unit>.Fail(invalid));
        return store.WriteAsync<Unit>(idempotency, async session =>
        {
            var found = await FindAsync(session, command.AccountId, command.RegionId, command.NatGatewayId);
            if (!found.IsSuccess)
                return found.Error;
            var gateway = found.Value;
            var status = gateway.StatusAt(clock.GetUtcNow(), timings.NatGatewayCreating);
            if (status != "Available")
                return NatGatewayErrors.NotAvailable(gateway.NatGatewayId, status);
            if (command.EipBindMode is { } mode && mode != gateway.EipBindMode)
            {
                if (mode != "NAT")
                    return NatGatewayErrors.EipBindModeChange(gateway.NatGatewayId, "a gateway in NAT mode does not go back to MULTI_BINDED.");
                var bound = await session.Eips.ListBoundToAsync([gateway.NatGatewayId]);
                if (bound.Count > MaxEipsForBindModeChange)
                    return NatGatewayErrors.EipBindModeChange(gateway.NatGatewayId, $"it has {bound.Count} EIPs; the mode changes only with at most {MaxEipsForBindModeChange}.");
            }

            await session.NatGateways.UpdateAsync(gateway with
            {
                Name = command.Name ?? gateway.Name,
                Description = command.Description ?? gateway.Description,
                EipBindMode = command.EipBindMode ?? gateway.EipBindMode,
                IcmpReplyEnabled = command.IcmpReplyEnabled ?? gateway.IcmpReplyEnabled,
            });
            return Unit.Value;
        }, cancellationToken);
    }

    /// <summary>DeletionProtection with Type=NATGW: while on, DeleteNatGateway is refused.</summary>
    public Task<Result<Unit>> SetDeletionProtectionAsync(string accountId, string regionId, string natGatewayId, bool enabled, IdempotencyKey? idempotency, CancellationToken cancellationToken) =>
        store.WriteAsync<Unit>(idempotency, async session =>
        {
            var gateway = await FindAsync(session, accountId, regionId, natGatewayId);
            if (!gateway.IsSuccess)
                return gateway.Error;
            if (gateway.Value.DeletionProtection != enabled)
                await session.NatGateways.UpdateAsync(gateway.Value with { DeletionProtection = enabled });
            return Unit.Value;
        }, cancellationToken);

    /// <summary>Operator only: back-dates (or moves) a gateway's creation time, to exercise R-NAT-3's 2022-09-19 boundary.</summary>
    public Task<Result<Unit>> SetCreationTimeAsync(string natGatewayId, DateTimeOffset creationTime, IdempotencyKey? idempotency, CancellationToken cancellationToken) =>
        store.WriteAsync<Unit>(idempotency, async session =>
        {
            var gateway = await session.NatGateways.FindAsync(accountId: null, natGatewayId);
            if (gateway is null)
                return new Error("InvalidNatGatewayId.NotFound", $"The NAT gateway \"{ApiErrors.Shorten(natGatewayId)}\" does not exist.");
            await session.NatGateways.UpdateAsync(gateway with { CreationTime = creationTime });
            return Unit.Value;
        }, cancellationToken);

    /// <summary>
    /// DescribeNatGateways: each gateway with the EIPs bound to it (its IpLists), how its entries use their
    /// addresses, and its tags.
    /// </summary>
    public async Task<Result<Page<DescribedNatGateway>>> DescribeAsync(ComputeQuery query, string? networkType, CancellationToken cancellationToken) =>
        await store.ReadAsync(async session =>
        {
            var page = await session.NatGateways.QueryAsync(query, networkType);
            var ids = page.Items.Select(g => g.NatGatewayId).ToList();
            var eips = await session.Eips.ListBoundToAsync(ids);
            var usage = await session.NatEntries.ListIpUsageAsync(ids);
            var tags = await session.Tags.GetAsync(ResourceTypes.NatGateway, ids);
            return new Page<DescribedNatGateway>(
                page.Items.Select(g => new DescribedNatGateway(
                    g,
                    eips.Where(e => e.Binding!.InstanceId == g.NatGatewayId).ToList(),
                    usage.Where(u => u.NatGatewayId == g.NatGatewayId).ToList(),
                    tags.GetValueOrDefault(g.NatGatewayId, []))).ToList(),
                page.TotalCount);
        }, cancellationToken);

    internal static async Task<Result<NatGateway>> FindAsync(IStoreSession session, string accountId, string? regionId, string natGatewayId)
    {
        var gateway = await session.NatGateways.FindAsync(accountId, natGatewayId);
        return gateway is null || (!string.IsNullOrEmpty(regionId) && gateway.RegionId != regionId)
            ? NatGatewayErrors.NotFound(natGatewayId)
            : gateway;
    }
}
