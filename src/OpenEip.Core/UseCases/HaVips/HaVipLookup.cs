using OpenEip.Core.Errors;
using OpenEip.Core.HaVips;
using OpenEip.Core.Ports;

namespace OpenEip.Core.UseCases.HaVips;

/// <summary>Finds the caller's HaVip for an operation on it: another account's, or one of another region, is not found alike.</summary>
public static class HaVipLookup
{
    public static async Task<Result<HaVip>> FindAsync(IStoreSession session, string accountId, string regionId, string haVipId)
    {
        var haVip = await session.HaVips.FindAsync(accountId, haVipId);
        return haVip is null || haVip.RegionId != regionId ? ApiErrors.HaVipNotFound(haVipId) : haVip;
    }
}
