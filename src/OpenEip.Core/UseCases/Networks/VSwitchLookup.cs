using OpenEip.Core.Errors;
using OpenEip.Core.Networks;
using OpenEip.Core.Ports;

namespace OpenEip.Core.UseCases.Networks;

/// <summary>Finds the caller's vSwitch for an operation on it: another account's, or one of another region than the one named, is not found alike.</summary>
public static class VSwitchLookup
{
    /// <param name="regionId">Null or empty: any region.</param>
    public static async Task<Result<VSwitch>> FindAsync(IStoreSession session, string accountId, string vSwitchId, string? regionId)
    {
        var vSwitch = await session.Networks.FindVSwitchAsync(accountId, vSwitchId);
        return vSwitch is null || (!string.IsNullOrEmpty(regionId) && vSwitch.RegionId != regionId) ? ApiErrors.VSwitchNotFound(vSwitchId) : vSwitch;
    }
}
