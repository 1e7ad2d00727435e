using OpenEip.Core.Errors;
using OpenEip.Core.Networks;
using OpenEip.Core.Ports;

namespace OpenEip.Core.UseCases.Networks;

/// <summary>Finds the caller's VPC for an operation on it or in it: another account's, or one of another region than the one named, is not found alike.</summary>
public static class VpcLookup
{
    /// <param name="regionId">Null or empty: any region (RegionId is optional on most VPC actions).</param>
    public static async Task<Result<Vpc>> FindVpcAsync(IStoreSession session, string accountId, string vpcId, string? regionId)
    {
        var vpc = await session.Networks.FindVpcAsync(accountId, vpcId);
        return vpc is null || (!string.IsNullOrEmpty(regionId) && vpc.RegionId != regionId) ? ApiErrors.VpcNotFound(vpcId) : vpc;
    }
}
