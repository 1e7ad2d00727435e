using OpenEip.Core.Eips;
using OpenEip.Core.Errors;
using OpenEip.Core.Identity;
using OpenEip.Core.Naming;
using OpenEip.Core.Nat;
using OpenEip.Core.Networks;
using OpenEip.Core.Ports;
using OpenEip.Core.UseCases.Networks;
using OpenEip.Core.UseCases.ResourceGroups;

namespace OpenEip.Core.UseCases.Nat;

/// <summary>CreateNatGateway, DeleteNatGateway, DescribeNatGateways and the operator's SetNatGatewayCreationTime.</summary>
public sealed class NatGatewayLifecycle(IStore store, TimeProvider clock)
{
    public const string OwnerType = "NatGateway";

    public Task<Result<NatGateway>> CreateAsync(CreateNatGatewayCommand command, IdempotencyKey? idempotency, CancellationToken cancellationToken)
    {
        var invalid = TextRules.ValidateText("Name", command.Name, 128) ?? TextRules.ValidateText("Description", command.Description, 256);
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
            };
            await session.NatGateways.InsertAsync(gateway);
            return gateway;
        }, cancellationToken);
    }

    public Task<Result<Unit>> DeleteAsync(string accountId, string regionId, string natGatewayId, IdempotencyKey? idempotency, CancellationToken cancellationToken) =>
        store.WriteAsync<Unit>(idempotency, async session =>
        {
            var gateway = await FindAsync(session, accountId, regionId, natGatewayId);
            if (!gateway.IsSuccess)
                return gateway.Error;
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
            await session.NatGateways.DeleteAsync(natGatewayId);
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

    /// <summary>DescribeNatGateways: each gateway with the EIPs bound to it (its IpLists) and how its entries use their addresses.</summary>
    public async Task<Result<Page<(NatGateway Gateway, IReadOnlyList<Eip> Eips, IReadOnlyList<NatIpUsage> Usage)>>> DescribeAsync(ComputeQuery query, string? networkType, CancellationToken cancellationToken) =>
        await store.ReadAsync(async session =>
        {
            var page = await session.NatGateways.QueryAsync(query, networkType);
            var ids = page.Items.Select(g => g.NatGatewayId).ToList();
            var eips = await session.Eips.ListBoundToAsync(ids);
            var usage = await session.NatEntries.ListIpUsageAsync(ids);
            return new Page<(NatGateway, IReadOnlyList<Eip>, IReadOnlyList<NatIpUsage>)>(
                page.Items.Select(g => (
                    g,
                    (IReadOnlyList<Eip>)eips.Where(e => e.Binding!.InstanceId == g.NatGatewayId).ToList(),
                    (IReadOnlyList<NatIpUsage>)usage.Where(u => u.NatGatewayId == g.NatGatewayId).ToList())).ToList(),
                page.TotalCount);
        }, cancellationToken);

    internal static async Task<Result<NatGateway>> FindAsync(IStoreSession session, string accountId, string? regionId, string natGatewayId)
    {
        var gateway = await session.NatGateways.FindAsync(accountId, natGatewayId);
        return gateway is null || (!string.IsNullOrEmpty(regionId) && gateway.RegionId != regionId)
            ? new Error("InvalidNatGatewayId.NotFound", $"The specified NAT gateway \"{ApiErrors.Shorten(natGatewayId)}\" does not exist in this region.")
            : gateway;
    }
}
