using OpenEip.Core.Eips;
using OpenEip.Core.Errors;
using OpenEip.Core.Ports;

namespace OpenEip.Core.UseCases.Eips;

/// <summary>
/// Finds the caller's EIP for an operation on it (R-EIP-1). Another account's EIP, a released one, or
/// one in another region than the RegionId the caller named, is "not found" alike.
/// </summary>
public static class EipLookup
{
    public static async Task<Result<Eip>> FindAsync(IStoreSession session, string accountId, string allocationId, string? regionId)
    {
        var eip = await session.Eips.FindAsync(accountId, allocationId);
        return eip is null || (!string.IsNullOrEmpty(regionId) && eip.RegionId != regionId)
            ? ApiErrors.InvalidAllocationIdNotFound(allocationId)
            : eip;
    }
}
