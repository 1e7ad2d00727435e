using OpenEip.Core.Eips;
using OpenEip.Core.Errors;
using OpenEip.Core.Ports;

namespace OpenEip.Core.UseCases.Associations;

/// <summary>
/// R-NAT-6: an EIP that SNAT or DNAT entries of its NAT gateway use cannot be unassociated, unless
/// Force=true, which deletes those entries with it.
/// </summary>
public static class NatEntryGuard
{
    /// <summary>Null when the EIP may go (entries deleted if forced), else the error naming the entries.</summary>
    public static async Task<Error?> ClearAsync(IStoreSession session, Eip eip, string natGatewayId, bool force)
    {
        var snat = await session.NatEntries.ListSnatAsync(natGatewayId, eip.IpAddress);
        var forward = await session.NatEntries.ListForwardAsync(natGatewayId, eip.IpAddress);
        if (!force && snat.Count > 0)
            return AssociationErrors.UsedBySnatTable(eip.AllocationId, snat.Select(e => e.SnatEntryId));
        if (!force && forward.Count > 0)
            return AssociationErrors.UsedByForwardTable(eip.AllocationId, forward.Select(e => e.ForwardEntryId));

        // An SNAT entry with other addresses keeps working on those; one left with none is gone.
        foreach (var entry in snat)
        {
            var rest = entry.SnatIps.Where(ip => ip != eip.IpAddress).ToList();
            if (rest.Count == 0)
                await session.NatEntries.DeleteSnatAsync(entry.SnatEntryId);
            else
                await session.NatEntries.SetSnatIpsAsync(entry.SnatEntryId, rest);
        }

        foreach (var entry in forward)
            await session.NatEntries.DeleteForwardAsync(entry.ForwardEntryId);
        return null;
    }
}
