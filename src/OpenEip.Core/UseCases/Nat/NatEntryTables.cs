using OpenEip.Core.Errors;
using OpenEip.Core.Naming;
using OpenEip.Core.Nat;
using OpenEip.Core.Ports;

namespace OpenEip.Core.UseCases.Nat;

/// <summary>What SNAT and DNAT entries share: the gateway behind a table id, the addresses it may use, entry names.</summary>
internal static class NatEntryTables
{
    /// <summary>The caller's gateway whose SNAT table this is; anyone else's, or another region's, is "not found".</summary>
    public static async Task<Result<NatGateway>> GatewayOfSnatTableAsync(IStoreSession session, string accountId, string regionId, string snatTableId)
    {
        var gateway = await session.NatGateways.FindByTableAsync(accountId, snatTableId);
        return gateway is null || gateway.SnatTableId != snatTableId || gateway.RegionId != regionId
            ? NatEntryErrors.SnatTableNotFound(snatTableId)
            : gateway;
    }

    public static async Task<Result<NatGateway>> GatewayOfForwardTableAsync(IStoreSession session, string accountId, string regionId, string forwardTableId)
    {
        var gateway = await session.NatGateways.FindByTableAsync(accountId, forwardTableId);
        return gateway is null || gateway.ForwardTableId != forwardTableId || gateway.RegionId != regionId
            ? NatEntryErrors.ForwardTableNotFound(forwardTableId)
            : gateway;
    }

    /// <summary>
    /// The gateway a Describe names, by table id (through <paramref name="gatewayOfTable"/>) or else by gateway id;
    /// null when both are given and do not match (an empty page, as any other filter that matches nothing).
    /// </summary>
    public static async Task<Result<NatGateway?>> GatewayToDescribeAsync(
        IStoreSession session, string accountId, string regionId, string tableId, string tableParameter, string? natGatewayId,
        Func<IStoreSession, string, string, string, Task<Result<NatGateway>>> gatewayOfTable)
    {
        Result<NatGateway> gateway;
        if (tableId.Length > 0)
            gateway = await gatewayOfTable(session, accountId, regionId, tableId);
        else if (natGatewayId is not null)
            gateway = await NatGatewayLifecycle.FindAsync(session, accountId, regionId, natGatewayId);
        else
            return NatEntryErrors.TableOrGatewayMissing(tableParameter);
        if (!gateway.IsSuccess)
            return gateway.Error;
        return natGatewayId is not null && natGatewayId != gateway.Value.NatGatewayId ? Result<NatGateway?>.Ok(null) : gateway.Value;
    }

    /// <summary>Entries are added only to internet gateways: their addresses are EIPs (R-NAT-1).</summary>
    public static Error? RequireInternet(NatGateway gateway) =>
        gateway.NetworkType == "internet" ? null : NatEntryErrors.NotInternetGateway(gateway.NatGatewayId);

    /// <summary>The public addresses of the EIPs bound to the gateway (an unbinding in progress no longer counts).</summary>
    public static async Task<IReadOnlySet<string>> BoundAddressesAsync(IStoreSession session, string natGatewayId) =>
        (await session.Eips.ListBoundToAsync([natGatewayId])).Select(e => e.IpAddress).ToHashSet(StringComparer.Ordinal);

    /// <summary>Alibaba's rule for entry names: 2–128 characters, a letter first, not a URL.</summary>
    public static Error? ValidateName(string parameter, string? name)
    {
        if (string.IsNullOrEmpty(name))
            return null;
        var valid = name.Length is >= 2 and <= 128 && char.IsLetter(name[0]) && !TextRules.IsUrl(name)
            && TextRules.ValidateNoControl(parameter, name) is null;
        return valid ? null : NatEntryErrors.NameMalformed(parameter);
    }
}
