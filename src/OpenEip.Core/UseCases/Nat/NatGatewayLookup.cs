using OpenEip.Core.Errors;
using OpenEip.Core.Nat;
using OpenEip.Core.Ports;

namespace OpenEip.Core.UseCases.Nat;

/// <summary>
/// Finds the caller's NAT gateway for an operation on it or on its entries, and reads what the gateway's rules decide
/// on. Another account's gateway, or one of another region than the RegionId the caller named, is "not found" alike.
/// </summary>
public static class NatGatewayLookup
{
    public static async Task<Result<NatGateway>> FindAsync(IStoreSession session, string accountId, string? regionId, string natGatewayId)
    {
        var gateway = await session.NatGateways.FindAsync(accountId, natGatewayId);
        return gateway is null || (!string.IsNullOrEmpty(regionId) && gateway.RegionId != regionId)
            ? NatGatewayErrors.NotFound(natGatewayId)
            : gateway;
    }

    /// <summary>The caller's gateway whose SNAT table this is; anyone else's, or another region's, is "not found".</summary>
    public static async Task<Result<NatGateway>> OfSnatTableAsync(IStoreSession session, string accountId, string regionId, string snatTableId)
    {
        var gateway = await session.NatGateways.FindByTableAsync(accountId, snatTableId);
        return gateway is null || gateway.SnatTableId != snatTableId || gateway.RegionId != regionId
            ? NatEntryErrors.SnatTableNotFound(snatTableId)
            : gateway;
    }

    /// <summary>The caller's gateway whose forward (DNAT) table this is; anyone else's, or another region's, is "not found".</summary>
    public static async Task<Result<NatGateway>> OfForwardTableAsync(IStoreSession session, string accountId, string regionId, string forwardTableId)
    {
        var gateway = await session.NatGateways.FindByTableAsync(accountId, forwardTableId);
        return gateway is null || gateway.ForwardTableId != forwardTableId || gateway.RegionId != regionId
            ? NatEntryErrors.ForwardTableNotFound(forwardTableId)
            : gateway;
    }

    /// <summary>
    /// The gateway a Describe of entries names, by table id (through <paramref name="gatewayOfTable"/>) or else by
    /// gateway id; null when both are given and do not match (an empty page, as any other filter that matches nothing).
    /// </summary>
    public static async Task<Result<NatGateway?>> ToDescribeAsync(
        IStoreSession session, string accountId, string regionId, string tableId, string tableParameter, string? natGatewayId,
        Func<IStoreSession, string, string, string, Task<Result<NatGateway>>> gatewayOfTable)
    {
        Result<NatGateway> gateway;
        if (tableId.Length > 0)
            gateway = await gatewayOfTable(session, accountId, regionId, tableId);
        else if (natGatewayId is not null)
            gateway = await FindAsync(session, accountId, regionId, natGatewayId);
        else
            return NatEntryErrors.TableOrGatewayMissing(tableParameter);
        if (!gateway.IsSuccess)
            return gateway.Error;
        return natGatewayId is not null && natGatewayId != gateway.Value.NatGatewayId ? Result<NatGateway?>.Ok(null) : gateway.Value;
    }

    /// <summary>The public addresses of the EIPs bound to the gateway (an unbinding in progress no longer counts).</summary>
    public static async Task<IReadOnlySet<string>> BoundAddressesAsync(IStoreSession session, string natGatewayId) =>
        (await session.Eips.ListBoundToAsync([natGatewayId])).Select(e => e.IpAddress).ToHashSet(StringComparer.Ordinal);

    /// <summary>What keeps a gateway from being deleted (<see cref="NatGateway.CheckDeletable"/>): its entries and its EIPs.</summary>
    public static async Task<NatGatewayDependents> DependentsAsync(IStoreSession session, string natGatewayId)
    {
        var snat = await session.NatEntries.ListSnatAsync(natGatewayId);
        var forward = await session.NatEntries.ListForwardAsync(natGatewayId);
        var eips = await session.Eips.ListBoundToAsync([natGatewayId]);
        return new NatGatewayDependents(
            snat.Select(e => e.SnatEntryId).ToList(), forward.Select(e => e.ForwardEntryId).ToList(), eips.Select(e => e.AllocationId).ToList());
    }
}
